"""The spelling dictionary: Hunspell en_US and en_GB word forms, medical words, the project dictionary.

The bundled lists (`dictionary_en_*.txt`, built by `build_wordlist`) hold the forms both
dialects share and those only one has; the site's dialect (`Config.dialect`) decides which
spellings are its own and which belong to the other dialect (recognised, never typos). The
medical dictionary of Debian's `hunspell-en-med` (GPL-3+, so installed, not bundled) is read
at run time when present, with the project's own medical list (`spelling_medical.txt`) for
terms it lacks. Loaded once per process and per configuration; lookups are membership tests.

The word lists are held as dict keys (`WordTable`), not sets: a dict of strings is not tracked
by Python's garbage collector, a set is, and a full collection walking these 300,000 words
cost some 25 ms, several times in a long document.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from validators.copy.build_wordlist import NAMES_MARK
from validators.vocabulary import DATA_DIR, load_vocabulary

# Debian's hunspell-en-med; a site may point copy.spelling's `medical_dictionary` option elsewhere.
MEDICAL_DICTIONARY = Path("/usr/share/hunspell/en_med_glut.dic")

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
# Any of the _BRITISH spellings, in one pass: most words hold none, and each pattern would leave them as they are.
_ANY_BRITISH = re.compile("|".join(pattern.pattern for pattern, _ in _BRITISH))
# Prefixes that make new words from known ones ("reinfection", "non-drowsy", "overuse").
PREFIXES = tuple(
    "re pre non anti over under post co sub super hyper hypo micro multi semi inter intra self mis un dis de bio "
    "neuro cardio immuno photo auto peri trans poly mono ultra extra counter pseudo".split()
)


# How many judged derivations a dictionary remembers (a long-running CMS process checks many pages).
_JUDGED_LIMIT = 50_000

# Suffixes that make regular derivations of known words.
SUFFIXES = tuple(
    "er ers ness less able ably ment ments ation ations ful fully ity ly ize ized izes izing ise ised".split()
)


@dataclass(frozen=True)
class DictionarySources:
    """What a dictionary is built from: the site's dialect, extra vocabulary dirs, the medical list."""

    dialect: str = "en-US"
    extra_dirs: tuple[Path, ...] = ()
    medical_path: Path | None = MEDICAL_DICTIONARY


type WordTable = dict[str, None]  # a word list: its words are the keys (see the module docstring)


def word_table(words) -> WordTable:
    return dict.fromkeys(words)


class WordSet:
    """Membership in any of several word tables, without the cost of copying them into one."""

    __slots__ = ("parts",)

    def __init__(self, *parts: WordTable):
        self.parts = parts

    def __contains__(self, word: str) -> bool:
        for part in self.parts:  # noqa: SIM110 - a plain loop, twice as fast as any(): asked for every word
            if word in part:
                return True
        return False

    def among(self, candidates: set[str]) -> set[str]:
        """The candidates that are in the set (set intersections, fast for many candidates)."""
        found: set[str] = set()
        for part in self.parts:
            found |= candidates & part.keys()
        return found

    def unlisted(self, words: list[str]) -> list[str]:
        """The words in none of the tables, in their order (one comprehension per table, fast for
        many words: most leave at the first)."""
        for part in self.parts:
            words = [word for word in words if word not in part]
        return words


class SpellingDictionary:
    def __init__(self, lists: dict[str, WordTable], own: str, domain: WordTable, medical: WordTable,
                 names: WordTable, medical_names: WordTable):
        other = "en_GB" if own == "en_US" else "en_US"
        both = lists["en_both"]
        self.shared = both  # the forms both dialects share: most words of a text, looked up first
        self.other_dialect = lists[other]  # forms only the other dialect spells this way ("color" on en-GB)
        self.suggestible = WordSet(both, lists[own], domain, medical)  # what a correction may be
        self.general = WordSet(both, lists[own], lists[other], domain)  # the stems of regular derivations
        self.words = WordSet(both, lists[own], lists[other], domain, medical)  # every accepted lower-case form
        self.american = WordSet(both, lists["en_US"])  # for telling British and American spellings apart
        self.british = lists["en_GB"]  # forms only British English spells this way ("colour", "labelled")
        self.names = names  # names in either dictionary, in lower case ("america")
        self.domain = domain  # the project's medical and site words: rare in general English, yet typo targets
        self.medical = medical  # the installed medical dictionary (lower case): typo targets for long terms only
        # Entries the medical dictionary writes capitalised (eponyms, brands: "Reye", "Crohn"), in lower case.
        self.medical_names = medical_names
        self._judged: dict[str, bool] = {}  # words not in the lists, judged by their derivation
        self._british_form: dict[str, bool] = {}  # American forms judged by has_british_form

    def has_british_form(self, american: str) -> bool:
        """Whether an American form has a British counterpart ("color", "labeled", "organize"); a form both
        dialects write ("label", "travel") has none. Judged per word from the candidate British spellings."""
        found = self._british_form.get(american)
        if found is None:
            found = self._british_form[american] = any(
                candidate in self.british and american_variant(candidate, self.american) == american
                for candidate in _british_candidates(american)
            )
        return found

    @cached_property
    def _names_as_spelled(self) -> dict[str, str]:
        names = [name for part in ("en_both", "en_US", "en_GB") for name in _read_list(part)[1]]
        return {name.lower(): name for name in names}

    def name_as_spelled(self, lower: str) -> str:
        """ "america" -> "America"."""
        return self._names_as_spelled.get(lower, lower.capitalize())

    def knows(self, word: str) -> bool:
        """Is the (lower-case) word, or a regular variant or derivation of it, spelled right?"""
        if word in self.words:
            return True
        known = self._judged.get(word)
        if known is None:
            if len(self._judged) >= _JUDGED_LIMIT:
                self._judged.clear()
            known = self._judged[word] = self._judge(word)
        return known

    def _judge(self, word: str) -> bool:
        if american_variant(word, self.words) is not None:
            return True
        for ending in ("s", "es", "'s", "s'"):
            stem = word[: -len(ending)]
            if word.endswith(ending) and stem in self.words and not (ending == "s" and stem.endswith("s")):
                return True  # "nurses", "cases", but not "pariss"
        if self._derived(word) or self._prefixed(word):
            return not self._omitted_letter(word)  # not "asses" + "ment" for "assesment", nor "dis" + "cont"
        return self._inflected_ize_verb(word)

    def _inflected_ize_verb(self, word: str) -> bool:
        """What: a regular inflection (-d, -s, -r, -rs, -ing) of a known verb in -ize/-ise/-yze/-yse, in either
        spelling ("nebulized", "nebulised", "nebulizing" from "nebulize"). These verbs inflect without exception,
        and the word lists often hold the verb or its noun in -er but not every form.
        Why is this bad? "a nebulized medicine" was flagged as a misspelling of "nebulizer".
        Example: "nebulized", "aerosolised" pass; "nebulzied" (no known stem) is still judged."""
        for ending, restore in (("d", ""), ("s", ""), ("r", ""), ("rs", ""), ("ing", "e")):
            stem = word[: -len(ending)] + restore if word.endswith(ending) else ""
            if stem.endswith(_IZE_VERB_ENDINGS) and (stem in self.words or american_variant(stem, self.words)):
                return True
        return False

    def _prefixed(self, word: str) -> bool:
        for prefix in PREFIXES:
            rest = word[len(prefix) :].lstrip("-")
            shortest = 5 if len(prefix) <= 2 else 4  # "untill" is not "un" + "till"
            if word.startswith(prefix) and len(rest) >= shortest and rest in self.general:
                return True
        return False

    def knows_name(self, word: str) -> bool:
        """A name in either dictionary, or its possessive ("Amazon's")."""
        return word in self.names or (word.endswith(("'s", "s'")) and word[:-2] in self.names)

    def _omitted_letter(self, word: str) -> bool:
        """A known word is this one with a letter put back inside it: a typo, however the word seems
        to derive."""
        letters = "abcdefghijklmnopqrstuvwxyz"
        return bool(self.general.among({word[:i] + c + word[i:] for i in range(1, len(word)) for c in letters}))

    def _derived(self, word: str) -> bool:
        """A regular derivation of a known word: "expander", "formatter", "itchiness" (y -> i)."""
        return any(
            word.endswith(suffix) and len(word) - len(suffix) >= 4 and self._derives(word[: -len(suffix)], suffix)
            for suffix in SUFFIXES
        )

    def _derives(self, stem: str, suffix: str) -> bool:
        words = self.general
        if stem in words:
            if suffix in _Y_TO_I_SUFFIXES and stem.endswith("y") and stem[:-1] + "i" + suffix in words:
                return False  # "dizzyness", "happyly": the dictionary spells the derivation with i ("dizziness")
            # "arguement", "truely": the known word drops the e ("argument", "truly").
            return not (stem.endswith("e") and suffix[0] not in "aeiou" and stem[:-1] + suffix in words)
        if suffix[0] in "aeiou":  # e-drop and doubling happen before a vowel: "user", "formatter"
            return stem + "e" in words or (stem[-1] == stem[-2] and stem[:-1] in words)
        return suffix in ("ness", "less", "ly", "ful") and stem.endswith("i") and stem[:-1] + "y" in words


# Suffixes before which a word's final y turns to i ("dizzy" -> "dizziness", "happy" -> "happily"); a derivation
# keeping the y is a slip when the dictionary holds the one with i ("shyness" stays: no "shiness").
_Y_TO_I_SUFFIXES = frozenset({"ness", "less", "ly", "ful"})

# The endings of verbs that inflect regularly whatever their stem ("nebulize", "analyse").
_IZE_VERB_ENDINGS = ("ize", "ise", "yze", "yse")


def american_variant(word: str, words: WordSet | WordTable) -> str | None:
    """The known American spelling of a British form ("moisturise" -> "moisturize"), if any."""
    if _ANY_BRITISH.search(word) is None:
        return None
    for pattern, american in _BRITISH:
        variant = pattern.sub(american, word)
        if variant != word and variant in words:
            return variant
    return None


# The spellings _BRITISH turns into an American form, written back ("color" -> "colour").
_AMERICAN = (
    (re.compile(r"iz(e|es|ed|ing|ation|ations|er|ers)$"), r"is\1"),
    (re.compile(r"yz(e|es|ed|ing)$"), r"ys\1"),
    (re.compile(r"or(s|ed|ing|ite|ites|ful|less|able)?$"), r"our\1"),
    (re.compile(r"ter(s)?$"), r"tre\1"),
    (re.compile(r"og(s)?$"), r"ogue\1"),
    (re.compile(r"([aeiou])l(ed|ing|er|ers)$"), r"\1ll\2"),
    (re.compile(r"ense$"), "ence"),
    (re.compile(r"m(s)?$"), r"mme\1"),
)


def _british_candidates(american: str) -> Iterator[str]:
    """Every spelling that _BRITISH could have turned into `american`, one change at a time."""
    for pattern, british in _AMERICAN:
        candidate = pattern.sub(british, american)
        if candidate != american:
            yield candidate
    for index, letter in enumerate(american):
        if letter == "e":
            yield f"{american[:index]}ae{american[index + 1:]}"
            yield f"{american[:index]}oe{american[index + 1:]}"


def _read_list(name: str) -> tuple[list[str], list[str]]:
    """(lower-case forms, names) of a bundled list; `build_wordlist` writes names after a mark."""
    words = (DATA_DIR / f"dictionary_{name}.txt").read_text(encoding="utf-8").split()
    mark = words.index(NAMES_MARK)
    return words[:mark], words[mark + 1 :]


def read_medical_dictionary(path: Path) -> str:
    """The entries of a Hunspell .dic word list without their affix flags, one a line; "" when absent."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    return _AFFIX_FLAGS.sub("", text.partition("\n")[2])  # the first line is the entry count


_AFFIX_FLAGS = re.compile(r"/\S*")


def _lower_case(words: list[str]) -> list[str]:
    return "\n".join(words).lower().split("\n") if words else []


@lru_cache(maxsize=8)
def load_dictionary(sources: DictionarySources = DictionarySources()) -> SpellingDictionary:
    lists: dict[str, WordTable] = {}
    names: WordTable = {}
    for part in ("en_both", "en_US", "en_GB"):
        words, part_names = _read_list(part)
        lists[part] = word_table(words)
        names.update(word_table(_lower_case(part_names)))
    domain: WordTable = {}
    for directory in (DATA_DIR, *sources.extra_dirs):
        for path in sorted(Path(directory).glob("spelling_*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                entry = line.split("#", 1)[0].strip().lower()
                if entry:
                    domain[entry] = None
    project = load_vocabulary("spelling_project", sources.extra_dirs) or {}
    domain.update(word_table(str(word).lower() for word in project.get("words", []) or []))
    entries = read_medical_dictionary(sources.medical_path).split() if sources.medical_path else []
    medical = word_table(_lower_case(entries))
    medical_names = word_table(_lower_case([entry for entry in entries if entry[:1].isupper()]))
    own = "en_GB" if sources.dialect == "en-GB" else "en_US"
    return SpellingDictionary(lists, own, domain, medical, names, medical_names)
