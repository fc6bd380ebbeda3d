"""The spelling dictionary: Hunspell en_US word forms + medical words + the project dictionary.

Loaded once per process and per set of vocabulary directories (about 60 ms, see
`benchmarks`); lookups are set membership. British spellings are accepted when their
American form is known ("moisturise", "anaemia", "colour").
"""

import re
from functools import lru_cache
from pathlib import Path

from validators.vocabulary import DATA_DIR, load_vocabulary

# Regular British -> American spelling correspondences, tried on unknown words.
_BRITISH = (
    (re.compile(r"is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"our(s|ed|ing|ite|ites|ful|less|able)?$"), r"or\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"oe"), "e"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"([aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"),
    (re.compile(r"ence$"), "ense"),
    (re.compile(r"mme(s)?$"), r"m\1"),
)
# Prefixes that make new words from known ones ("reinfection", "non-drowsy", "overuse").
PREFIXES = tuple(
    "re pre non anti over under post co sub super hyper hypo micro multi semi inter intra self mis un dis de bio "
    "neuro cardio immuno photo auto peri trans poly mono ultra extra counter pseudo".split()
)


# Suffixes that make regular derivations of known words.
SUFFIXES = tuple(
    "er ers ness less able ably ment ments ation ations ful fully ity ly ize ized izes izing ise ised".split()
)


class SpellingDictionary:
    def __init__(self, words: set[str], domain: set[str]):
        self.words = words  # every known word form, lower case
        self.domain = domain  # the medical and project words among them: rare, yet typo targets

    def knows(self, word: str) -> bool:
        """Is the (lower-case) word, or a regular variant or derivation of it, spelled right?"""
        if word in self.words or american_variant(word, self.words) is not None:
            return True
        for ending in ("s", "es", "'s", "s'"):
            if word.endswith(ending) and word[: -len(ending)] in self.words:
                return True
        if self._derived(word):
            return True
        for prefix in PREFIXES:
            rest = word[len(prefix) :].lstrip("-")
            shortest = 5 if len(prefix) <= 2 else 4  # "untill" is not "un" + "till"
            if word.startswith(prefix) and len(rest) >= shortest and rest in self.words:
                return True
        return False

    def _derived(self, word: str) -> bool:
        """A regular derivation of a known word: "expander", "formatter", "itchiness" (y -> i)."""
        return any(
            word.endswith(suffix) and len(word) - len(suffix) >= 4 and self._derives(word[: -len(suffix)], suffix)
            for suffix in SUFFIXES
        )

    def _derives(self, stem: str, suffix: str) -> bool:
        words = self.words
        if stem in words:
            # "arguement", "truely": the known word drops the e ("argument", "truly").
            return not (stem.endswith("e") and suffix[0] not in "aeiou" and stem[:-1] + suffix in words)
        if suffix[0] in "aeiou":  # e-drop and doubling happen before a vowel: "user", "formatter"
            return stem + "e" in words or (stem[-1] == stem[-2] and stem[:-1] in words)
        return suffix in ("ness", "less", "ly", "ful") and stem.endswith("i") and stem[:-1] + "y" in words

    def near_misses(self, word: str) -> list[str]:
        """Known words one edit away (delete, transpose, replace, insert), as Hunspell suggests."""
        letters = "abcdefghijklmnopqrstuvwxyz"
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        candidates = {a + b[1:] for a, b in splits if b}
        candidates |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        candidates |= {a + c + b[1:] for a, b in splits if b for c in letters}
        candidates |= {a + c + b for a, b in splits for c in letters}
        candidates.discard(word)
        return sorted(c for c in candidates if c in self.words)


def american_variant(word: str, words: set[str]) -> str | None:
    """The known American spelling of a British form ("moisturise" -> "moisturize"), if any."""
    for pattern, american in _BRITISH:
        variant = pattern.sub(american, word)
        if variant != word and variant in words:
            return variant
    return None


@lru_cache(maxsize=8)
def load_dictionary(extra_dirs: tuple[Path, ...] = ()) -> SpellingDictionary:
    words = set((DATA_DIR / "spelling_en_US.txt").read_text(encoding="utf-8").split())
    domain: set[str] = set()
    for directory in (DATA_DIR, *extra_dirs):
        for path in sorted(Path(directory).glob("spelling_*.txt")):
            if path.name == "spelling_en_US.txt":
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                entry = line.split("#", 1)[0].strip().lower()
                if entry:
                    domain.add(entry)
    project = load_vocabulary("spelling_project", extra_dirs) or {}
    domain.update(str(word).lower() for word in project.get("words", []) or [])
    return SpellingDictionary(words | domain, domain)
