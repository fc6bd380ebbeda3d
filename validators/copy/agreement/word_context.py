"""Word lists and readings of the words around a token, shared by the copy.verb-agreement passes."""

from validators.copy import lexicon as lx

# Words after a verb that show it is a verb and not a plural noun ("keeps a copy", "inspects it").
_OBJECT_STARTERS = (
    lx.DETERMINERS
    | lx.POSSESSIVES
    | lx.OBJECT_PRONOUNS
    | frozenset("up out off down away back not plenty lots enough several".split())
)
_PARTICIPLE_ONLY_SUFFIXES = ("ed",)
# Prepositions that open a phrase on a subject's head noun ("The pain of", "Redness around the site").
_HEAD_PREPOSITIONS = frozenset("of on in for with from around near under behind inside across along".split())
_PLURAL_FINITE = {
    "are": "is", "were": "was", "have": "has", "don't": "doesn't", "aren't": "isn't", "haven't": "hasn't",
}
_SINGULAR_FINITE = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't"}
_NEGATED_SINGULAR = {"doesn't": "don't", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't"}
_LONGEST_NOUN_PHRASE = 8
_FREQUENCY_ADVERBS = frozenset("usually often always sometimes rarely never also generally typically quickly".split())
_RELATIVE_WORDS = frozenset("that which who whom whose what how when where why whether".split())


def hyphenated_compound(word: str) -> bool:
    """What: a word of two or more parts joined by hyphens, each part letters or digits ("high-risk", "low-dose",
    "long-term", "over-the-counter", "two-week").
    Why is this bad? Before a noun such a compound modifies it, whether or not the lexicon lists it; a reader
    walking back from a head noun stopped at the compounds it did not know, so "People with a high-risk wound who
    have" lost its preposition and "wound" was taken for the head of "who have".
    Example: "with a high-risk wound", "on a low-dose regimen", "for an over-the-counter cream": the walk goes on
    past the compound; "covid" or "-ish" are no compounds."""
    parts = word.split("-")
    return len(parts) > 1 and all(part.isalnum() for part in parts)


def _modifier(word: str) -> bool:
    """A word that can sit inside a noun phrase before its head noun: also a hyphenated compound
    ("weight-loss products")."""
    if word in lx.DETERMINERS or word[:1].isdigit():
        return True
    if not word[:1].isalpha():
        return False
    if lx.is_function_word(word):
        return False
    if "-" in word and not lx.classes(word):
        return _modifier(word.rsplit("-", 1)[1])
    known = lx.classes(word)
    return bool(known & {"ADJ", "NOUN", "PROPN"}) and lx.third_person_base(word) is None


def _plain_base_verb(word: str) -> bool:
    """A base-form verb that is no adjective, adverb or function word ("start", not "be" or "still")."""
    if not lx.is_lexical_base_verb(word) or word in ("be", "do", "have"):
        return False
    return not lx.classes(word) & {"ADJ", "ADV"} and not lx.past_like_base(word)


def _looks_imperative(tokens, index: int) -> bool:
    token = tokens[index]
    word = token.lower
    if not token.is_word or not lx.is_lexical_base_verb(word):
        return False
    if index + 1 >= len(tokens):
        return False
    after = tokens[index + 1].lower
    if after in lx.MODALS or after in lx.BE_FORMS or after in lx.DO_FORMS or after in ("has", "have", "had", "of"):
        return False
    if tokens[index + 1].text in ("'", "’", "'s"):
        return False
    if lx.third_person_base(after) and not lx.is_plural_noun(after):
        return False  # "Research shows": a noun subject and its verb
    # "Research showed": a past-tense verb, so the first word is a noun subject.
    return not (after.endswith(_PARTICIPLE_ONLY_SUFFIXES) and lx.is_only(after, "VERB"))


def _noun_follows(tokens, index: int) -> bool:
    """A plain noun (not also a verb) after an -s word: "bacteria causes infections"."""
    if index + 1 >= len(tokens) or not tokens[index + 1].is_word:
        return False
    after = tokens[index + 1].lower
    return lx.is_only(after, "NOUN") and not lx.is_function_word(after)


def _preposition_follows(tokens, index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].lower in lx.PREPOSITIONS


def _verb_follows(tokens, index: int, objects_only: bool = False) -> bool:
    """Context after an -s word that makes it a verb: an object or an adverb ("keeps a copy")."""
    if index + 1 >= len(tokens):
        return False
    after = tokens[index + 1].lower
    if objects_only:
        return after in _OBJECT_STARTERS and after not in _RELATIVE_WORDS  # "tests which show": a relative clause
    counted = tokens[index + 1].is_number or after in lx.NUMBER_WORDS  # "who buys two packs", "costs 5"
    return after in _OBJECT_STARTERS or counted or (after.endswith("ly") and lx.is_adverb(after))


# Adverbs that stand between a subject (or "who"/"that") and its verb: the frequency adverbs and the lexicon's
# mid-position adverbs ("who already has", "that still causes", "the symptoms usually appears"); not "not" (a
# "do" form must come first), "then" (it may open the next clause), "all"/"both" (quantifiers of the subject).
_ADVERBS_BEFORE_VERB = _FREQUENCY_ADVERBS | (lx.MID_ADVERBS - {"not", "then", "all", "both"})


def past_frequency_adverbs(tokens, position: int) -> int:
    """`position`, or the index after the adverbs that stand there (`_ADVERBS_BEFORE_VERB`: "who often take",
    "who already has", "the symptoms usually appears"); never past the last token."""
    while position < len(tokens) - 1 and tokens[position].lower in _ADVERBS_BEFORE_VERB:
        position += 1
    return position
