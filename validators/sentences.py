"""Sentence splitting for English health copy.

A boundary is end punctuation followed by white space and a character that can
start a sentence. Abbreviations ("e.g.", "Dr."), initials ("J. Smith") and
citation markers after the full stop ("... effects. [2]") do not end a sentence.
"""

import re

_ABBREVIATIONS = frozenset(
    "e.g i.e etc vs approx dr mr mrs ms prof st no fig figs al ed eds vol pp ca cf inc ltd co jr sr dept "
    "mg mcg ml kg min max est".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_WORD_BEFORE_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
# Reference markers after the full stop ("... effects. [2]", "[3, 4]", "[5-7]") belong to that sentence.
_CITATIONS_AFTER = re.compile(r"(?:\s*\[\d+(?:\s*[-–,]\s*\d+)*\])+")
_SENTENCE_AHEAD = re.compile(r"\s+[\"'“‘(\[]?[A-Z0-9]|\s*$")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in text[start:end], white space trimmed."""
    spans = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        stop = match.end()
        if match.start() < cursor or _is_abbreviation(text, cursor, match.start()):
            continue
        citations = _CITATIONS_AFTER.match(text, stop, end)
        if citations:
            stop = citations.end()
            if not _SENTENCE_AHEAD.match(text, stop, end):
                continue
        spans.append((cursor, stop))
        cursor = stop
    spans.append((cursor, end))
    trimmed = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed


def _is_abbreviation(text: str, sentence_start: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    # Only the run of letters and dots just before the dot can match: searching from the sentence's
    # start tried the pattern at every letter of it. (`$` also matches before a final newline: then
    # the whole sentence is searched, as before.)
    begin = dot
    while begin > sentence_start and text[begin - 1] in _WORD_BEFORE_CHARACTERS:
        begin -= 1
    if begin == dot and text[dot - 1 : dot] == "\n":
        begin = sentence_start
    match = _WORD_BEFORE.search(text, begin, dot)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith", "E. coli"
    if word == "no" and not text[dot + 1 : dot + 3].strip()[:1].isdigit():
        return False  # the word "no" ends a sentence ("the answer is no. Only if ..."); "no. 5" is a number
    return word.lower().rstrip(".") in _ABBREVIATIONS
