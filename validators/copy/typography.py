"""Typing mechanics in running text: text left behind by tools, a missing space after a full stop,
a currency given twice."""

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from validators.copy.base import SentenceRule
from validators.copy.text import TokenizedSentence
from validators.document import Document
from validators.findings import Category, Finding, Severity, Suggestion
from validators.registry import Rule, register
from validators.vocabulary import load_vocabulary


@register
class LeftoverText(Rule):
    """Text left in the copy by a tool or a template: a tracking code, a placeholder, dummy text.

    Also HTML entities or tags shown as text.

    What it does: matches the patterns listed under `leftovers` in copy_mechanics.yaml in the
    visible text: "utm_source=...", "{{first_name}}", "[INSERT LINK]", "TODO", "lorem ipsum",
    "&amp;nbsp;", "<br>".
    Why is this bad? Readers see the page as unfinished, and a placeholder where a link, a dose
    or a name belongs hides missing content.
    Example: "Hi {{first_name}}, book today" -> the placeholder is flagged.
    """

    id = "copy.leftover-text"
    category = Category.COPY
    severity = Severity.ERROR

    def __init__(self, config):
        super().__init__(config)
        entries = self.vocabulary("copy_mechanics").get("leftovers") or []
        self.patterns = [
            (re.compile(e["pattern"], re.IGNORECASE if e.get("case_insensitive", True) else 0), e["what"])
            for e in entries
        ]

    def check(self, document: Document) -> Iterable[Finding]:
        taken: list[tuple[int, int]] = []
        for pattern, what in self.patterns:
            for match in pattern.finditer(document.text):
                start, end = match.span()
                if any(a < end and start < b for a, b in taken):
                    continue
                taken.append((start, end))
                yield self.finding(document, start, end, f"'{match.group()}' looks like {what} left in the text.")


# End punctuation between two letters and then a capitalised word ("nurse.She"), or a comma or
# semicolon between two lower-case words ("however,the"); the words around are read afterwards.
# The mark comes first in the pattern and the letters before it are looked back at: a pattern that
# opens with a character class is scanned for in C, one opening with a look-behind is tried at every
# character of the text (ten times slower).
# A full stop after a figure ("save £7.Gift wrapping", "in 2019.Our team") glues two sentences too: a
# decimal point is followed by a digit, never by a capitalised word.
_GLUED = re.compile(
    r"[.!?,;](?:(?<=[a-z][a-z][.!?,;])(?:(?<=[.!?])(?=[A-Z][a-z])|(?<=[,;])(?=[a-z][a-z]))"
    r"|(?<=[0-9%][.!?])(?=[A-Z][a-z]{2}))"
)
_WORD_BEFORE = re.compile(r"[A-Za-z0-9%]+$")
_WORD_AFTER = re.compile(r"[A-Za-z]+")


@register
class MissingSpaceAfterPunctuation(Rule):
    """No space after a full stop, question mark, exclamation mark, comma or semicolon.

    What it does: flags a word glued to the next one by end punctuation when a capitalised
    word follows ("a nurse.She"), also after a figure ("save £7.Gift wrapping", "since
    2019.Our team"), and by a comma or semicolon between two lower-case words
    ("however,the"). Numbers ("2.5", "1,000"), web addresses and file names
    ("example.com", "www.Example.org", "report.PDF"), initials ("J.K. Rowling") and code are left alone.
    Why is this bad? The two sentences run together; screen readers and search engines read
    "nurse.She" as one token.
    Example: "Speak to a nurse.She can help." -> "nurse. She".
    """

    id = "copy.missing-space"
    category = Category.COPY
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        for match in _GLUED.finditer(text):
            mark = match.start()
            before = _WORD_BEFORE.search(text, max(0, mark - 40), mark)
            after = _WORD_AFTER.match(text, mark + 1)
            start, end = before.start(), after.end()
            if text[start - 1 : start] == "&":
                continue  # an HTML entity shown as text ("&nbsp;to"): copy.leftover-text flags it
            if text[mark - 1].isdigit() and not before.group().isdigit():
                continue  # an identifier ending in a digit ("httplib2.Http", "systemd1.Manager"), not a figure
            if _in_address(text, start, end) or document.links_in(start, end):
                continue
            fixed = f"{text[start:mark + 1]} {text[mark + 1:end]}"
            yield self.finding(
                document, start, end, f"Add a space after '{text[mark]}': '{fixed}'.", [Suggestion(fixed, safe=True)]
            )


def _in_address(text: str, start: int, end: int) -> bool:
    """Part of a web address, an e-mail address, a file name or code: look at the whole run of
    non-space characters around the match."""
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    run = text[left:right]
    if re.search(r"[/@_=<>{}\\]|://|^www\.", run):
        return True
    return bool(re.search(r"\.(?:com|org|net|gov|edu|nhs|uk|io|co|info|html?|pdf|docx?|xlsx?|png|jpe?g)\b", run, re.I))


@register
class RedundantCurrency(SentenceRule):
    """A currency given twice: a symbol before the amount and the currency's name after it.

    What it does: finds "$", "£" or "€" and an amount (optionally "million", "k", "bn") followed
    by the same currency's name or code, as listed under `currency_words` in copy_mechanics.yaml.
    Why is this bad? "$20 million dollars" reads "twenty million dollars dollars"; it is a
    classic slip of copy written in a hurry.
    Example: "$20 million dollars" -> "$20 million"; "£5 pounds" -> "£5".
    """

    id = "copy.redundant-currency"
    severity = Severity.ERROR

    def __init__(self, config):
        super().__init__(config)
        self.patterns, symbols = _currency_patterns(config.vocabulary_dirs)
        if all(len(symbol) == 1 and not symbol.isalnum() for symbol in symbols):
            self.trigger_words = symbols  # each symbol is a token of its own

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        span = sentence.sentence
        for pattern in self.patterns:
            for match in pattern.finditer(document.text, span.start, span.end):
                yield self.finding(
                    document,
                    match.start(1),
                    match.end(1),
                    f"The currency is given twice: '{match.group().strip()}'; keep the symbol or the word.",
                    [Suggestion("", safe=True)],
                )


@lru_cache(maxsize=8)
def _currency_patterns(vocabulary_dirs: tuple[Path, ...]) -> tuple[tuple[re.Pattern, ...], frozenset[str]]:
    """A pattern per symbol of copy_mechanics.yaml's `currency_words` (group 1: the name after the amount),
    and the symbols; compiled once per configuration (a check run makes its rules anew)."""
    words = load_vocabulary("copy_mechanics", vocabulary_dirs).get("currency_words") or {}
    patterns = tuple(
        re.compile(
            re.escape(symbol)
            + r"\s?\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion|k|m|bn)\b)?"
            + r"(\s+(?:"
            + "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
            + r")\b)",
            re.IGNORECASE,
        )
        for symbol, names in words.items()
    )
    return patterns, frozenset(words)


# A space before a comma, full stop, semicolon, colon, question or exclamation mark that ends a
# word's clause ("today , we"); a comma, semicolon or full stop typed twice ("today,, we", "now.. We").
_SPACE_BEFORE_MARK = re.compile(r" +([,.;:!?])(?=\s|$)| +([,;])(?=[A-Za-z])")
_DOUBLED_MARK = re.compile(r",,|;;|\.\.(?=\s|$)")
# What each pattern cannot match without: most texts hold none of them, and looking for a few
# fixed strings costs far less than trying the pattern at every space or mark.
_SPACE_BEFORE_MARK_NEEDS = (" ,", " .", " ;", " :", " !", " ?")
_DOUBLED_MARK_NEEDS = (",,", ";;", "..")
_ENDS_A_WORD = re.compile(r"[A-Za-z0-9%)]")


@register
class StrayPunctuation(Rule):
    """A space before a punctuation mark, or a comma, semicolon or full stop typed twice.

    What it does: flags "word ," / "word ." / "word ?" (a space between a word and the mark that
    follows it), a comma or semicolon whose space went before it instead of after ("tablets ,then")
    and ",," / ";;" / ".." after a word. An ellipsis ("..."), a decimal (" .5"), a
    smiley and a mark repeated for emphasis ("!!") are left alone.
    Why is this bad? Stray spaces and doubled marks are slips of editing that make copy look
    careless; a line may even break before the comma.
    Example: "Call us today , we can help." -> "today,"; "Book now.. Spaces are limited." -> "now."
    """

    id = "copy.stray-punctuation"
    category = Category.COPY
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        spaced = any(needed in text for needed in _SPACE_BEFORE_MARK_NEEDS)
        for match in _SPACE_BEFORE_MARK.finditer(text) if spaced else ():
            if not _after_word(text, match.start()):
                continue
            mark = match.group(1) or match.group(2)
            moved = match.group(2) is not None  # "tablets ,then": the space belongs after the mark
            yield self.finding(
                document,
                match.start(),
                match.end(),
                f"Put the space after '{mark}', not before it." if moved else f"Remove the space before '{mark}'.",
                [Suggestion(f"{mark} " if moved else mark, safe=True)],
            )
        doubled = any(needed in text for needed in _DOUBLED_MARK_NEEDS)
        for match in _DOUBLED_MARK.finditer(text) if doubled else ():
            if not _after_word(text, match.start()):
                continue
            if text[match.end() : match.end() + 1] in ",;.":
                continue  # "...", ",,,": a run, typed on purpose
            yield self.finding(
                document,
                match.start(),
                match.end(),
                f"'{match.group()}': the mark is typed twice.",
                [Suggestion(match.group()[0], safe=True)],
            )


def _after_word(text: str, offset: int) -> bool:
    """Does a word (or a number, a percentage, a closing bracket) end just before `offset`?"""
    return offset > 0 and _ENDS_A_WORD.match(text, offset - 1) is not None
