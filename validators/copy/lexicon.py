"""Word classes and inflections for the grammar rules, plus the closed classes English grammar is built on.

The open classes come from the lemminflect lexicon, precomputed into
`validators/data/copy_lexicon.tsv.gz` by `validators.copy.build_lexicon` (loading that
table takes milliseconds; importing lemminflect itself most of a second). A word can
belong to several classes ("keeps" is a plural noun and a verb); the rules decide from
context. Every lookup is cached: articles repeat their words.
"""

import gzip
import re
from functools import lru_cache

import yaml

from validators.vocabulary import DATA_DIR, SAFE_LOADER

DETERMINERS = frozenset(
    "a an the this that these those my your his her its our their each every any some no all both either "
    "neither another such what which whose".split()
)
# The possessive determiners (all of them are in DETERMINERS too).
POSSESSIVES = frozenset("my your his her its our their whose".split())
SUBJECT_PRONOUNS = frozenset("i we they he she it you".split())
OBJECT_PRONOUNS = frozenset("me us them him her it you".split())
MODALS = frozenset(
    "can could may might must shall should will would cannot can't couldn't mustn't shouldn't won't wouldn't "
    "mightn't shan't".split()
)
DO_FORMS = frozenset("do does did".split())
NEGATED_DO = frozenset("don't doesn't didn't".split())
BE_FORMS = frozenset("be am is are was were been being isn't aren't wasn't weren't".split())
# The words that can carry a clause's tense without a lexical verb: modals and the forms of be, have and do.
AUXILIARIES = MODALS | DO_FORMS | BE_FORMS | frozenset(("has", "have", "had"))
# Verbs that take an adjective as their complement ("the skin becomes dry", "the tea tastes great").
LINKING_VERBS = frozenset("become seem appear feel look remain stay turn grow taste smell".split())
# Numbers spelt out: "Six sessions is the most", a quantity taken as one amount.
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty "
    "hundred thousand million".split()
)
PREPOSITIONS = frozenset(
    "of in on at by for with without from to into onto about against among amongst between through throughout "
    "during before after above below under over within across along around near like than via per upon "
    "toward towards beyond despite unlike including except behind beneath beside underneath amid amidst".split()
)
# Adverb particles of phrasal verbs ("spreads up", "keep away"): never a verb after another verb.
PARTICLES = frozenset("away out off up down back aside".split())
CONJUNCTIONS = frozenset("and or but nor yet so".split())
SUBORDINATORS = frozenset(
    "that which who whom whose if when whenever while whereas because since as although though unless until "
    "till where wherever whether once so".split()
)
# Adverbs that sit between an auxiliary or subject and its verb ("can only kill", "they often get").
MID_ADVERBS = frozenset(
    "only also not still never always often usually sometimes rarely seldom even just really probably "
    "likely actually already easily quickly generally typically frequently occasionally all both "
    "certainly definitely simply further then ever".split()
)

# The closed classes together: one look-up for is_function_word, asked for most words of a text.
_FUNCTION_WORDS = (
    DETERMINERS | SUBJECT_PRONOUNS | OBJECT_PRONOUNS | PREPOSITIONS | CONJUNCTIONS | SUBORDINATORS | MODALS | BE_FORMS
)

# Plurals the lexicon lists as their own lemma.
_IRREGULAR_PLURALS = frozenset("people bacteria criteria phenomena fungi larvae nuclei stimuli bacilli cocci".split())
_IRREGULAR_THIRD_PERSON = {"have": "has", "do": "does", "be": "is", "go": "goes"}


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """word -> the rest of its line; fields are split on first use of each word."""
    with gzip.open(DATA_DIR / "copy_lexicon.tsv.gz", "rt", encoding="utf-8") as handle:
        table = dict(line.split("\t", 1) for line in handle.read().splitlines())
    for word, line in _extra_nouns().items():
        table.setdefault(word, line)  # a word the lexicon knows is never overridden
    return table


@lru_cache(maxsize=1)
def _extra_data() -> dict:
    """copy_lexicon_extra.yaml. Its `plural_only_nouns` are plurale tantum nouns ("glasses", "trousers",
    "contents", "goods") that lemminflect lists as a lemma of their own, so the table does not mark them
    plural. A closed class listed as data, not every own-lemma plural: many of those are also common verbs
    ("needs", "means") or modifiers ("sports"), and reading them as plural subjects moves real findings."""
    extra = yaml.load((DATA_DIR / "copy_lexicon_extra.yaml").read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    extra["plural_only_nouns"] = frozenset(extra.get("plural_only_nouns", ()))
    return extra


def _extra_nouns() -> dict[str, str]:
    """Lines in the table's format for the nouns of `copy_lexicon_extra.yaml` (web and marketing nouns
    lemminflect does not know: "app", "website", "skincare")."""
    extra = _extra_data()
    lines = {}
    for item in extra.get("count_nouns", []):
        singular, _, plural = item.partition("/")
        plural = plural or singular + "s"
        lines[singular] = f"NOUN={singular}\t\t{plural}\t\t"
        lines[plural] = f"NOUN={singular}\t\t\t\tP"
    for word in extra.get("mass_nouns", []):
        lines[word] = f"NOUN={word}\t\t\t\t"
    return lines


@lru_cache(maxsize=65536)
def _entry(word: str) -> tuple[dict[str, tuple[str, ...]], str, str, str, str]:
    """(POS -> lemmas, 3rd-person base, plural, 3rd-person form, flags) of a lower-case word."""
    line = _table().get(word)
    if line is None:
        return {}, "", "", "", ""
    encoded, third_person_base, plural, third_person_form, flags = line.split("\t")
    found = {}
    for part in encoded.split(";"):
        pos, _, values = part.partition("=")
        found[pos] = tuple(values.split(","))
    return found, third_person_base, plural, third_person_form, flags


# The word-level questions below are asked thousands of times per article by every grammar rule:
# each keeps its answers, so that a repeated word costs one cached look-up, not a chain of calls.
_ANSWERS = 16384


@lru_cache(maxsize=_ANSWERS)
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Universal POS -> lemmas for a (lower-case) word; {} when the lexicon does not know it."""
    return _entry(word)[0]


@lru_cache(maxsize=65536)
def classes(word: str) -> frozenset[str]:
    return frozenset(lemmas(word))


@lru_cache(maxsize=_ANSWERS)
def third_person_base(word: str) -> str | None:
    """The base form when `word` is a 3rd-person-singular present verb ("inspects" -> "inspect")."""
    if word == "is":
        return "be"
    return _entry(word)[1] or None


@lru_cache(maxsize=65536)
def is_plural_noun(word: str) -> bool:
    """A plural count noun ("infections", "mites", "children"), not an -s singular ("news", "scabies")."""
    return word in _IRREGULAR_PLURALS or "P" in _entry(word)[4] or word in _extra_data()["plural_only_nouns"]


@lru_cache(maxsize=_ANSWERS)
def singular_count_noun(word: str) -> str | None:
    """The plural when `word` is a singular count noun ("sore" -> "sores"); None otherwise."""
    return _entry(word)[2] or None


@lru_cache(maxsize=1)
def _noun_frequencies() -> dict[str, str]:
    """singular count noun -> "frequency<TAB>plural's frequency" (copy_noun_frequencies.tsv.gz, made by
    `validators.copy.build_noun_frequencies` from wordfreq)."""
    with gzip.open(DATA_DIR / "copy_noun_frequencies.tsv.gz", "rt", encoding="utf-8") as handle:
        return dict(line.split("\t", 1) for line in handle.read().splitlines())


def count_noun_frequencies(word: str) -> tuple[float, float]:
    """How often real English writes a singular count noun and its plural (wordfreq's word_frequency,
    "en"); (0.0, 0.0) for a noun it does not know, or a word that is no singular count noun."""
    line = _noun_frequencies().get(word)
    if line is None:
        return 0.0, 0.0
    singular, plural = line.split("\t")
    return float(singular), float(plural)


def third_person(verb: str) -> str:
    """The 3rd-person-singular present of a base-form verb ("help" -> "helps", "have" -> "has")."""
    if verb in _IRREGULAR_THIRD_PERSON:
        return _IRREGULAR_THIRD_PERSON[verb]
    return _entry(verb)[3] or verb + "s"


def past_like_base(verb: str) -> bool:
    """The past tense is spelled like the base form ("put", "cut", "spread")."""
    return "D" in _entry(verb)[4]


@lru_cache(maxsize=_ANSWERS)
def is_participle(word: str) -> bool:
    return "N" in _entry(word)[4]


def is_inflected_comparative(word: str) -> bool:
    """An -er comparative of an adjective or adverb ("higher", "greater")."""
    return "C" in _entry(word)[4]


@lru_cache(maxsize=_ANSWERS)
def is_base_verb(word: str) -> bool:
    return word in lemmas(word).get("VERB", ())


def may_be_finite(word: str) -> bool:
    """A word that may carry a clause: a modal, a form of be/have/do, a verb in -s or a past form."""
    if word in AUXILIARIES:
        return True
    return bool(third_person_base(word)) or bool(set(lemmas(word).get("VERB", ())) - {word})


@lru_cache(maxsize=_ANSWERS)
def is_only(word: str, upos: str) -> bool:
    """The lexicon knows `word` only as `upos` (e.g. "inspects" only as a verb)."""
    known = lemmas(word)
    return len(known) == 1 and upos in known


@lru_cache(maxsize=_ANSWERS)
def is_adverb(word: str) -> bool:
    return word in MID_ADVERBS or (word.endswith("ly") and "ADV" in lemmas(word))


# A closed-class word? Asked for most words of a text: the set's own membership test, called
# without a Python frame.
is_function_word = _FUNCTION_WORDS.__contains__


@lru_cache(maxsize=_ANSWERS)
def is_lexical_base_verb(word: str) -> bool:
    """A verb's base form that is no function word: "take", "help", not "can", "do" or "will"."""
    return is_base_verb(word) and word not in _FUNCTION_WORDS


# An ordinal number written in words ("second", "fourth", "twelfth", "twentieth"); the lexicon knows most of them as
# nouns only ("a fourth", "a second") and "second" as a verb too.
_ORDINAL = re.compile(
    r"first|second|third|(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf|(?:twen|thir|for|fif|six|seven|eigh|nine)tie)th"
)


def is_ordinal(word: str) -> bool:
    """An ordinal number written in words: it modifies the noun after it ("the second dose", "their fourth visit")."""
    return _ORDINAL.fullmatch(word) is not None

