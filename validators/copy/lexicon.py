"""Word classes from the lemminflect lexicon, plus the closed classes English grammar is built on.

lemminflect ships its lexicon in the PyPI package (no download). A word can belong to
several classes ("keeps" is a plural noun and a verb); the rules decide from context.
Every lookup is cached: articles repeat their words.
"""

from functools import lru_cache

import lemminflect

DETERMINERS = frozenset(
    "a an the this that these those my your his her its our their each every any some no all both either "
    "neither another such what which whose".split()
)
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
PREPOSITIONS = frozenset(
    "of in on at by for with without from to into onto about against among amongst between through throughout "
    "during before after above below under over within across along around near like than via per upon "
    "toward towards beyond despite unlike including".split()
)
CONJUNCTIONS = frozenset("and or but nor yet so".split())
SUBORDINATORS = frozenset(
    "that which who whom whose if when whenever while whereas because since as although though unless until "
    "till where wherever whether once so".split()
)
# Adverbs that sit between an auxiliary or subject and its verb ("can only kill", "they often get").
MID_ADVERBS = frozenset(
    "only also not still never always often usually sometimes rarely seldom even just really probably "
    "likely actually already easily quickly generally typically frequently occasionally all both "
    "certainly definitely simply further then".split()
)


# Plurals the lexicon lists as their own lemma.
_IRREGULAR_PLURALS = frozenset("people bacteria criteria phenomena fungi larvae nuclei stimuli bacilli cocci".split())


@lru_cache(maxsize=65536)
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Universal POS -> lemmas for a (lower-case) word; {} when the lexicon does not know it."""
    return lemminflect.getAllLemmas(word)


def classes(word: str) -> frozenset[str]:
    return frozenset(lemmas(word))


@lru_cache(maxsize=65536)
def third_person_base(word: str) -> str | None:
    """The base form when `word` is a 3rd-person-singular present verb ("inspects" -> "inspect")."""
    if word == "is":
        return "be"
    if len(word) < 3 or not word.endswith("s"):
        return None
    for lemma in lemmas(word).get("VERB", ()):
        if lemma != word and word in lemminflect.getInflection(lemma, "VBZ"):
            return lemma
    return None


@lru_cache(maxsize=65536)
def is_plural_noun(word: str) -> bool:
    """A plural count noun ("infections", "mites", "children"), not an -s singular ("news", "scabies")."""
    if word in _IRREGULAR_PLURALS:
        return True
    nouns = lemmas(word).get("NOUN", ())
    if not nouns or word in nouns:
        return False
    return any(word in lemminflect.getInflection(lemma, "NNS") and lemma != word for lemma in nouns)


@lru_cache(maxsize=65536)
def singular_count_noun(word: str) -> str | None:
    """The plural when `word` is a singular count noun ("sore" -> "sores"); None otherwise."""
    nouns = lemmas(word).get("NOUN", ())
    if word not in nouns:
        return None
    plurals = [p for p in lemminflect.getInflection(word, "NNS") if p != word]
    return plurals[0] if plurals else None


@lru_cache(maxsize=65536)
def is_base_verb(word: str) -> bool:
    return word in lemmas(word).get("VERB", ())


def is_only(word: str, upos: str) -> bool:
    """The lexicon knows `word` only as `upos` (e.g. "inspects" only as a verb)."""
    known = lemmas(word)
    return bool(known) and set(known) == {upos}


def is_adverb(word: str) -> bool:
    return word in MID_ADVERBS or (word.endswith("ly") and "ADV" in lemmas(word))


def is_function_word(word: str) -> bool:
    return (
        word in DETERMINERS
        or word in SUBJECT_PRONOUNS
        or word in OBJECT_PRONOUNS
        or word in PREPOSITIONS
        or word in CONJUNCTIONS
        or word in SUBORDINATORS
        or word in MODALS
        or word in BE_FORMS
    )
