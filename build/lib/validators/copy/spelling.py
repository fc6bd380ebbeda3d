"""copy.spelling: misspelled words, checked against Hunspell en_US plus medical and project words."""

from collections.abc import Iterator
from functools import lru_cache

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.dictionary import PREFIXES, load_dictionary
from validators.copy.text import TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# Characters next to a token that make it part of an address, a file name or code.
_GLUE_BEFORE = frozenset("./@:#_\\=<>$%&*+~^|")
_GLUE_AFTER = frozenset("/@_\\=<>$%&*+~^|")
_LATIN_ENDINGS = ("us", "a", "um", "is", "ium", "ae", "ii")


@lru_cache(maxsize=65536)
def _frequency(word: str) -> float:
    from wordfreq import zipf_frequency  # its word list loads lazily, on the first unknown word

    return zipf_frequency(word, "en")


@register
class Spelling(SentenceRule):
    """A misspelled word, with near-miss suggestions.

    Why: typos in health copy erode trust and can hide a wrong drug name. To keep false
    alarms rare, only lower-case words are checked (capitalised words are mostly names),
    British spellings and regular derivations are accepted, so are common words missing
    from the dictionary and words shaped like medical terms ("-itis", "-opathy"); a word
    is flagged only when it is one edit away from a much more common word or a listed
    medical word -- the shape of a typo. Medical terms live in spelling_medical.txt,
    site words in spelling_project.yaml.
    Example: "You will recieve a reminder" -> "receive"; "Take ibuprofin" -> "ibuprofen".
    """

    id = "copy.spelling"
    severity = Severity.WARNING

    def __init__(self, config):
        super().__init__(config)
        self.dictionary = load_dictionary(tuple(config.vocabulary_dirs))
        self.min_common = float(self.options.get("accept_zipf", 3.5))
        self._verdicts: dict[str, list[str]] = {}
        shapes = self.vocabulary("copy_spelling")
        self.medical_suffixes = tuple(shapes["medical_suffixes"])
        self.medical_prefixes = tuple(shapes["medical_prefixes"])
        self.misspellings = dict(self.vocabulary("spelling_misspellings").get("misspellings") or {})
        self.weak_suffixes = tuple(shapes["weak_medical_suffixes"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        text = document.text
        known = self.dictionary.words
        for index, token in enumerate(tokens):
            word = token.lower
            if word in known and word not in self.misspellings or not token.is_word:
                continue
            if not token.text.islower() and not (index == 0 and word in self.misspellings and token.text.istitle()):
                continue  # not a plain lower-case word (names, acronyms, "HSV-1"), unless "Dont" opens a sentence
            if len(word) < 3 or not token.text.isascii() or self._not_prose(text, tokens, index):
                continue
            if word in self.misspellings:
                correction = self.misspellings[word]
                message = f"'{token.text}' is a common misspelling of '{correction}'."
                yield self.finding(document, token.start, token.end, message, [Suggestion(correction, safe=True)])
                continue
            possessive = _missing_apostrophe(tokens, index)
            if possessive:
                message = f"'{token.text}' needs an apostrophe: '{possessive}'."
                yield self.finding(document, token.start, token.end, message, [Suggestion(possessive, safe=True)])
                continue
            if any(ch.isdigit() for ch in word) or self.dictionary.knows(word):
                continue
            suggestions = self._verdicts.get(word)
            if suggestions is None:
                suggestions = self._verdicts[word] = self._suggest(word)
            if suggestions:
                yield self.finding(
                    document,
                    token.start,
                    token.end,
                    f"'{token.text}' may be misspelled; did you mean '{suggestions[0]}'?",
                    [Suggestion(s) for s in suggestions],
                )

    def _suggest(self, word: str) -> list[str]:
        if "-" in word:
            parts = [part for part in word.split("-") if part]
            unknown = [part for part in parts if not self.dictionary.knows(part) and part not in PREFIXES]
            if len(unknown) != 1 or len(unknown[0]) < 4:
                return []
            fixes = self._suggest(unknown[0])
            return [word.replace(unknown[0], fix, 1) for fix in fixes]
        if self._medical_shape(word):
            return []  # shaped like a medical term ("otitis", "retinopathy"): not a typo we can judge
        own = _frequency(word)
        if own >= self.min_common:
            return []  # a common word the dictionary lacks
        ranked = sorted(((self._weight(c), c) for c in self.dictionary.near_misses(word)), reverse=True)
        return [c for score, c in ranked[:3] if score >= 3.0 and score >= own + 1.0]

    def _medical_shape(self, word: str) -> bool:
        if len(word) >= 6 and (word.endswith(self.medical_suffixes) or word.startswith(self.medical_prefixes)):
            return True
        return len(word) >= 9 and word.endswith(self.weak_suffixes)

    def _weight(self, candidate: str) -> float:
        """How likely a near miss is the intended word: its frequency; medical words count as common."""
        return max(_frequency(candidate), 3.5) if candidate in self.dictionary.domain else _frequency(candidate)

    def _not_prose(self, text: str, tokens, index: int) -> bool:
        """Part of an address, a file name or code, or the second word of an organism name."""
        token = tokens[index]
        if text[token.start - 1 : token.start] in _GLUE_BEFORE or text[token.end : token.end + 1] in _GLUE_AFTER:
            return True
        if text[token.end : token.end + 1] == "." and text[token.end + 1 : token.end + 2].isalnum():
            return True  # a domain name: "cdc.gov"
        return self._species_name(tokens, index)

    @staticmethod
    def _species_name(tokens, index: int) -> bool:
        """The second word of an organism name: "P. acnes", "Staphylococcus aureus"."""
        if index >= 2 and tokens[index - 1].text == "." and len(tokens[index - 2].text) == 1:
            return tokens[index - 2].is_capitalised
        if index >= 1 and tokens[index - 1].is_capitalised:
            return tokens[index - 1].lower.endswith(_LATIN_ENDINGS)
        return False


_SINGULAR_DETERMINERS = frozenset("a an the this that each every one another any no".split())


def _missing_apostrophe(tokens, index: int) -> str | None:
    """ "a womans hormones" -> "woman's": a singular noun whose plural is irregular, plus "s", between
    a determiner and a noun, can only be its possessive (the plain "-s" form is no word)."""
    word = tokens[index].lower
    if len(word) < 4 or not word.endswith("s") or index == 0 or index + 1 >= len(tokens):
        return None
    if tokens[index - 1].lower not in _SINGULAR_DETERMINERS or not tokens[index + 1].is_word:
        return None
    stem = word[:-1]
    plural = lx.singular_count_noun(stem)
    if plural is None or plural == word or not lx.is_plural_noun(plural):
        return None
    return tokens[index].text[:-1] + "'s"
