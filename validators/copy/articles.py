"""copy.article-a-an: "a" before a vowel sound, "an" before a consonant sound."""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from validators.copy import lexicon as lx
from validators.copy.base import CLAUSE_BREAKS, SentenceRule, names_a_letter
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

_ACRONYM = re.compile(r"^(?:[A-Z]{2,6}s?|[A-Za-z][A-Z][A-Za-z0-9]{0,4}|[A-Z](?=-)|[A-Z][0-9])")
# Letters whose names start with a vowel sound: "an F", "an H", "an M" ...
_VOWEL_LETTER_NAMES = frozenset("AEFHILMNORSX")
# Beginnings of words with a short "u" sound ("an umbrella", "an urgent", "an unusual").
_SHORT_U = ("un", "um", "up", "ul", "urg", "us", "ug", "ut", "ud")
# Words before a capital "A" that make it a name, not an article: "vitamin A", "hepatitis A".
_NOT_ARTICLE_BEFORE = frozenset(
    "vitamin type hepatitis grade class stage part group plan list appendix option step".split()
)


@dataclass(frozen=True)
class IndefiniteArticle:
    """ "a" or "an" for a lower-case word by the sound it opens with ("a useful", "an hour"; copy_grammar.yaml),
    for the rules that suggest an article to add."""

    vowel_prefixes: tuple[str, ...]
    consonant_words: frozenset[str]
    consonant_prefixes: tuple[str, ...]

    @classmethod
    def from_grammar(cls, grammar: dict) -> "IndefiniteArticle":
        return cls(
            tuple(grammar["vowel_sound_prefixes"]),
            frozenset(grammar["consonant_sound_words"]),
            tuple(grammar["consonant_sound_prefixes"]),
        )

    def __call__(self, word: str) -> str:
        if word.startswith(self.vowel_prefixes):
            return "an"
        vowel = word[0] in "aeiou" and word not in self.consonant_words
        return "an" if vowel and not word.startswith(self.consonant_prefixes) else "a"


@register
class ArticleAAn(SentenceRule):
    """Wrong indefinite article: "a" before a vowel sound or "an" before a consonant sound.

    What it does: flags "a" before a word read with a vowel sound and "an" before one read with a
    consonant sound, judged by pronunciation (acronyms letter by letter).
    Why is this bad? The article follows pronunciation, not spelling, and slips are common around
    acronyms ("a FDA warning"), silent h ("a hour") and vowels read as consonants
    ("an one-time dose", "an unique"). Acronyms are read letter by letter unless the
    copy_grammar vocabulary lists them as read as a word.
    Example: "Ask for a HIV test" -> "an HIV test"; "a infection" -> "an infection".
    """

    id = "copy.article-a-an"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)
    trigger_words = frozenset({"a", "an"})

    def __init__(self, config):
        super().__init__(config)
        grammar = self.vocabulary("copy_grammar")
        self.vowel_prefixes = tuple(grammar["vowel_sound_prefixes"])
        self.consonant_words = frozenset(grammar["consonant_sound_words"])
        self.consonant_prefixes = tuple(grammar["consonant_sound_prefixes"])
        self.vowel_exceptions = tuple(grammar["vowel_sound_exceptions"])
        self.h_either = tuple(grammar["h_words_either_article"])
        self.acronym_consonant = frozenset(grammar["word_acronyms_consonant_sound"])
        self.acronym_vowel = frozenset(grammar["word_acronyms_vowel_sound"])
        self.acronym_either = frozenset(grammar["acronyms_either_article"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        shouting = sum([t.text.isupper() for t in tokens if t.is_word]) > len(tokens) / 2
        for index in range(len(tokens) - 1):
            article = tokens[index]
            if article.lower not in ("a", "an") or not self._is_article(tokens, index):
                continue
            if names_a_letter(tokens, index):
                continue  # "A is for asymmetry": the letter's own name
            following = tokens[index + 1]
            if following.start - article.end != 1 or not (following.is_word or following.is_number):
                continue
            if index + 2 < len(tokens) and tokens[index + 2].text in (".", ")") and len(following.text) == 1:
                continue
            vowel, certain = self.vowel_sound(following, shouting)
            if vowel is None:
                continue
            wanted = "an" if vowel else "a"
            if article.lower == wanted:
                continue
            replacement = wanted.capitalize() if article.text[0].isupper() else wanted
            sound = "a vowel" if vowel else "a consonant"
            yield self.finding(
                document,
                article.start,
                article.end,
                f"Use '{wanted}' before {sound} sound: '{wanted} {following.text}'.",
                [Suggestion(replacement, safe=certain)],
            )

    @staticmethod
    def _is_article(tokens, index: int) -> bool:
        article = tokens[index]
        if index and tokens[index - 1].is_number and tokens[index - 1].end == article.start:
            return False  # "stage 3a", "type 1a": a letter written onto a number labels a subdivision
        if article.text in ("a", "an"):
            return index == 0 or tokens[index - 1].lower not in _NOT_ARTICLE_BEFORE
        # A capital "A" is an article only where a sentence or clause starts ("Vitamin A is").
        return article.text in ("A", "An") and (index == 0 or tokens[index - 1].text in CLAUSE_BREAKS)

    def vowel_sound(self, token: Token, shouting: bool = False) -> tuple[bool | None, bool]:
        """(starts with a vowel sound?, is that certain?); (None, False) when unsure."""
        if token.is_number:
            return _number_vowel_sound(token.text), True
        word = token.text.replace("’", "'")
        if not shouting and _ACRONYM.match(word):
            stem = word.split("-")[0]
            if stem in self.acronym_either:
                return None, False
            if stem in self.acronym_vowel:
                return True, False
            if stem in self.acronym_consonant:
                return False, False
            if stem.isupper() and len(stem) >= 4 and re.search(r"[AEIOU]", stem[1:]):
                return None, False  # may be read as a word
            if stem.isalpha() and lx.lemmas(stem.lower()):
                return None, False  # an English word in capitals: "a NEW feature"
            return stem[0].upper() in _VOWEL_LETTER_NAMES, False
        lower = word.lower()
        if len(lower) == 1:
            return None, False
        first = lower.split("-")[0]
        if first in self.consonant_words:
            return False, False
        if lower.startswith(self.vowel_exceptions):
            return True, False
        if lower.startswith(self.consonant_prefixes):
            return False, False
        if lower.startswith(self.vowel_prefixes):
            return True, False
        if lower.startswith(self.h_either):
            return None, False
        if lower[0] in "aeio":
            return True, True
        if lower[0] == "u":
            return (True, False) if lower.startswith(_SHORT_U) else (None, False)
        if lower[0] == "h" and lower[1] not in "aeiouy":
            return None, False
        return False, lower[0] != "h"


def _number_vowel_sound(number: str) -> bool | None:
    digits = number.split(".")[0].replace(",", "")
    if not digits.isdigit():
        return None
    if digits.startswith("8"):
        return True  # eight, eighty, eight hundred
    # eleven, eighteen, eleven thousand, eighteen million
    return digits[:2] in ("11", "18") and len(digits) % 3 == 2
