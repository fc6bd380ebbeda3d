"""A possessive written where its look-alike contraction and a predicate stand: "Its quick, and your good to go."

copy.word-in-context scores a confusion-set word with its left and right neighbours only. "your good" and
"its quick" are common pairs ("your good health"), so the pair alone keeps the possessive; what betrays the
slip is the word after the complement: the noun phrase the possessive opens ends right after a word that
real English mostly uses as a predicate ("are good", "is quick"), so no noun follows for the possessive to own.
"""

from validators.copy import lexicon as lx
from validators.copy.text import Token

# How many times more often real English writes the copula before the word than the possessive before it
# ("are good" ~8x "your good", "are ready" ~70x "your ready"): a word mostly used as a predicate.
PREDICATE_RATIO = 5
# Marks that end the clause after a predicate ("when your ready."); a preposition opening the complement's
# own phrase ("ready to", "sure about", "allergic to") ends the noun phrase a possessive would open as well.
_PHRASE_ENDS = frozenset(",;.!?:")


def predicate_after_possessive(counts, tokens: tuple[Token, ...], index: int, contractions: dict) -> str | None:
    """The look-alike contraction of a possessive followed by one word that real English far more often
    writes after the contraction's copula than after the possessive, then a clause end or a preposition
    ("Its quick, private" -> "It's", "your good to go" -> "you're", "when their ready." -> "they're").
    After a preposition or a verb the possessive opens an object or a prepositional phrase ("at its best",
    "on its back", "does its part in", "keep your cool."), which is left alone, and so is a word the
    possessive often owns ("your right to choose", "your own.", "your first.")."""
    word = tokens[index].lower
    if word not in lx.POSSESSIVES:
        return None
    forms = [other for other, words in contractions.items() if _possessive_of(words) == word]
    if len(forms) != 1 or index + 1 >= len(tokens) or not tokens[index + 1].is_word:
        return None
    if index and tokens[index - 1].is_word and not _opens_clause(tokens[index - 1].lower):
        return None
    complement = tokens[index + 1].lower
    if lx.is_function_word(complement):
        return None
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    if after is not None and after.text not in _PHRASE_ENDS and after.lower not in lx.PREPOSITIONS:
        return None
    copula = contractions[forms[0]][-1]
    predicate, listed = counts.pair(copula, complement)
    owned, _ = counts.pair(word, complement)
    return forms[0] if listed and predicate >= PREDICATE_RATIO * owned else None


def _opens_clause(word: str) -> bool:
    """A word after which a new clause may start: a conjunction, a subordinator, or a noun that is no verb
    ("tell the operator your fine"); never a preposition or a verb, whose object the possessive opens."""
    if word in lx.CONJUNCTIONS or word in lx.SUBORDINATORS:
        return True
    return lx.is_only(word, "NOUN")


# The possessive each subject pronoun of a contraction goes with ("you are" <-> "your").
_POSSESSIVE_OF_SUBJECT = {"you": "your", "it": "its", "they": "their", "who": "whose"}


def _possessive_of(words: tuple[str, ...]) -> str | None:
    """The possessive a contraction is confused with: "you're" (you are) -> "your"; none for "we're"."""
    return _POSSESSIVE_OF_SUBJECT.get(words[0]) if len(words) == 2 else None


# What may follow "too" + an adjective: the clause's end or the phrase that grades it ("too shy to", "too
# rich for"). A comma or "and" may join a second adjective of a noun phrase ("to healthy, happy patients").
# What may follow a graded adjective that ends its phrase: a clause end, a comma, "to"/"for" ("to shy to try") or
# a conjunction joining a second complement or clause ("are to fiddly or the heel rubs").
_GRADED_ENDS = frozenset(".,;:!?") | frozenset(("to", "for", "or", "and", "but"))


# Degree words a look-alike may be written for ("to" for "too", "quiet" for "quite").
DEGREE_LOOK_ALIKES = ("too", "quite")
# A degree word that grades the adjective before it ("quiet enough"): the adjective then ends no phrase.
POSTPOSED_DEGREE_WORDS = frozenset(("enough",))


def degree_word_before_predicate(tokens: tuple[Token, ...], index: int, alternatives: tuple[str, ...]) -> str | None:
    """A look-alike of a degree word ("to" for "too", "quiet" for "quite") between a form of "be" or a linking
    verb and an adjective, at the end of the clause or its phrase, before "to"/"for" or a conjunction ("The
    salmon bowl is to good.", "I was to shy to try", "it feels to tight.", "If the straps are to fiddly or the
    heel rubs", "the plan is quiet gentle and", "our formulas are quiet short:") -> the degree word. Two
    adjectives do not follow "be" side by side without a comma or a conjunction, so the first grades the second.
    After "to" the adjective must be no verb: an infinitive needs one ("The aim is to heal"); a noun after the
    adjective makes it a prepositional phrase ("is to good effect"); "enough" grades the word before it ("is
    quiet enough to")."""
    word = tokens[index].lower
    degree = [other for other in DEGREE_LOOK_ALIKES if other in alternatives]
    if len(degree) != 1 or word in DEGREE_LOOK_ALIKES or index == 0 or index + 1 >= len(tokens):
        return None
    if not _links_predicate(tokens[index - 1].lower):
        return None
    adjective = tokens[index + 1]
    known = lx.classes(adjective.lower)
    if not adjective.is_word or "ADJ" not in known or lx.is_function_word(adjective.lower):
        return None
    if adjective.lower in POSTPOSED_DEGREE_WORDS or (word == "to" and "VERB" in known):
        return None
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    return degree[0] if after is None or after.lower in _GRADED_ENDS else None


def complement_graded_after(tokens: tuple[Token, ...], index: int) -> bool:
    """An adjective complement of "be" or a linking verb that a degree word grades from after it ("The workouts
    are quiet enough to do", "the straps feel loose enough"): the adjective is what the construction needs, so
    copy.word-in-context does not weigh a look-alike that frequent phrases favour ("quite enough")."""
    if index == 0 or index + 1 >= len(tokens) or tokens[index + 1].lower not in POSTPOSED_DEGREE_WORDS:
        return False
    return "ADJ" in lx.classes(tokens[index].lower) and _links_predicate(tokens[index - 1].lower)


def _links_predicate(word: str) -> bool:
    """A form of "be" or a linking verb ("is", "feel", "seems"): what an adjective complement follows."""
    return word in lx.BE_FORMS or word in lx.LINKING_VERBS or word.removesuffix("s") in lx.LINKING_VERBS


def predicate_ends_clause(counts, tokens: tuple[Token, ...], index: int, contractions: dict) -> bool:
    """The contraction at `index` is followed by a word that real English uses as a predicate at least a fifth
    as often as after the possessive, and the clause ends right after it ("It's Natural", "It's Quick, It's
    Safe"): a possessive there would own no noun, so copy.word-in-context does not replace the contraction by
    its possessive look-alike in a title-case heading, where no capital marks a name. In running text it is
    left to the pair counts: a slip such as "loves it's natural." is told by more than the next word. A word
    mostly owned ("tell you you're level,": "your level") is always judged."""
    words = contractions.get(tokens[index].lower)
    possessive = _possessive_of(words) if words else None
    if possessive is None or index + 1 >= len(tokens) or not tokens[index + 1].is_word:
        return False
    complement = tokens[index + 1].lower
    if "ADJ" not in lx.classes(complement):
        return False
    if index + 2 < len(tokens) and tokens[index + 2].text not in _PHRASE_ENDS:
        return False
    predicate, _ = counts.pair(words[-1], complement)
    owned, _ = counts.pair(possessive, complement)
    return predicate * PREDICATE_RATIO >= owned
