"""Shapes of text that copy.spelling leaves alone: respelled pronunciations, acronyms and other
capitalisations that are not names, bibliographic references."""

import re

# A block shaped like a bibliographic reference: a DOI or PubMed id, "et al", "2016;74(5)".
_REFERENCE = re.compile(r"\bdoi:|\bPMID\b|\bet al\b|\b(?:19|20)\d{2};\s*\d")
# One of these is in every text _REFERENCE matches: most blocks are ruled out by substring tests.
_REFERENCE_MARKS = ("doi:", "PMID", "et al", ";")
# A respelled pronunciation: hyphenated syllables, the stressed one in capitals ("ek-ZEE-muh").
_RESPELLING = re.compile(r"^[A-Za-z]+(?:-[A-Za-z]+)+$")
_QUOTES_AND_BRACKETS = frozenset('"“‘\'(:')
_PRONOUNCED = frozenset({"pronounced", "pronunciation", "say"})


def is_reference(text: str) -> bool:
    """A bibliographic reference: a DOI or PubMed id, "et al", "2016;74(5)"."""
    return any(mark in text for mark in _REFERENCE_MARKS) and _REFERENCE.search(text) is not None


def checkable_capitals(shown: str) -> bool:
    """A capitalised word worth checking: "Amercia", "Tylenoll", not "NHS", "iPhone", "McKenzie"."""
    if is_respelling(shown):
        return False
    parts = shown.split("-")
    return shown[0].isupper() and all(part[:1].isupper() and part[1:].islower() or part.islower() for part in parts)


def is_respelling(shown: str) -> bool:
    """A respelled pronunciation, "ek-ZEE-muh", "soh-RY-uh-sis": hyphenated syllables with the stressed
    one in capitals and the others in lower case. Never a word to spell-check."""
    if not _RESPELLING.match(shown):
        return False
    parts = shown.split("-")
    return any(len(p) >= 2 and p.isupper() for p in parts) and any(p.islower() for p in parts)


def after_pronounced(tokens, index: int) -> bool:
    """The word after "pronounced" or "say", maybe in quotes or brackets: a respelling ("gowt")."""
    position = index - 1
    while position >= 0 and tokens[position].text in _QUOTES_AND_BRACKETS:
        position -= 1
    return position >= 0 and tokens[position].lower in _PRONOUNCED
