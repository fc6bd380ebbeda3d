"""The verb of a subject whose phrase reader ran past it, for copy.verb-agreement (subject_reader.py).

What it does: the subject reader reads a prepositional phrase's object as a noun phrase, and a compound
noun may swallow the clause's verb when the verb is also a noun ("The results of your peak flow test shows
how", "stools with stomach pain needs checking"): the reader then stops on a word that cannot be a verb
(".", "the", "to"). In that case the verb is the first word after the head that (a) the lexicon knows as a
verb, (b) follows a noun, not a determiner, possessive or preposition, (c) is no compound with that noun in
real English (the bigram table) and (d) has a verb's context after it: an object, an adverb, "how"/"what",
or an -ing complement; a preposition is no evidence ("blood flow to part of the brain").
Why is this bad? Without it, "The results of the trial shows how" and "stools with stomach pain needs
checking" go unflagged: the longer the subject, the likelier the slip, and the likelier the miss.
Example: "The results of your peak flow test shows how well air moves" -> "show".
"""

from validators.copy import lexicon as lx
from validators.copy.agreement.noun_phrase import used_as_verb
from validators.copy.context_words import bigram_counts

_FINITE = frozenset("is are was were has have had does do did".split())
_VERB_OPENERS = frozenset("how what whether when where which why".split())
# Words that open a verb's object (a determiner, a possessive, an object pronoun).
_OPENERS = (lx.DETERMINERS - {"which", "what", "whose", "that", "such"}) | lx.POSSESSIVES | lx.OBJECT_PRONOUNS


def can_be_verb(tokens, index: int) -> bool:
    """The word at `index` may be a clause's verb (or an auxiliary, a modal), so the reader's slot stands."""
    if index >= len(tokens) or not tokens[index].is_word:
        return False
    word = tokens[index].lower
    return word in _FINITE or word in lx.MODALS or word in lx.BE_FORMS or "VERB" in lx.classes(word) or (
        not lx.classes(word) and not lx.is_function_word(word)
    )


def verb_inside(tokens, start: int, head: int, end: int, known_number: str, number_of) -> tuple[int, str, int] | None:
    """(head, number, verb index) with the verb found inside tokens[start + 1 : end] (see the module's
    docstring), or None. A verb before the reader's head makes the noun before it the head ("the active
    ingredient stays your": "ingredient"); `number_of(index)` gives that noun's number (None: unknown); after
    the head, the subject keeps the reader's `known_number` (a list, a coordination)."""
    for index in range(start + 1, end):
        token, before = tokens[index], tokens[index - 1]
        word, previous = token.lower, before.lower
        if not token.is_word or token.is_capitalised or not before.is_word:
            continue
        if "NOUN" not in lx.classes(previous) or lx.is_function_word(previous) or previous in lx.PREPOSITIONS:
            continue
        if "VERB" not in lx.classes(word) or lx.is_participle(word) or word.endswith("ing"):
            continue
        if lx.is_function_word(word) or word in lx.PARTICLES or word in lx.PREPOSITIONS:
            continue  # "book up to": a particle or preposition the lexicon also lists as a verb
        if not (lx.third_person_base(word) or lx.is_lexical_base_verb(word)):
            continue
        if f"{previous} {word}" in bigram_counts().bigrams:
            continue  # "blood test", "side effects": a compound real English uses
        if index <= head and "ADJ" in lx.classes(previous):
            continue  # "Black stools": an adjective before the head, not a subject before its verb
        subject = head if index > head else index - 1
        number = known_number if index > head else number_of(subject)
        if number is None:
            return None
        if _verb_context(tokens, index, gerund=index > head) or verb_before_preposition(tokens, index, head):
            if any(lx.is_participle(tokens[k].lower) for k in range(index + 1, end)):
                return None  # "The price rise sharply affected families": the past form may be the verb
            return subject, number, index
        following = tokens[index + 1].lower if index + 1 < end else ""
        if "NOUN" in lx.classes(following) and not lx.is_function_word(following):
            continue  # "flow test shows": the word may be a compound's modifier, the verb further on
        return None  # otherwise the first word that may be the verb decides: no guess further on
    return None


def _verb_context(tokens, index: int, gerund: bool) -> bool:
    """A verb's context after the word at `index`: an object, an -ly adverb, "how"/"what", an -ing complement
    after the reader's head ("pain needs checking"; when `gerund`; not inside the head's own compound: "coffee
    machine cleaning"); not a preposition, which follows a compound's last noun as often ("blood flow to")."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or not following.is_word:
        return False
    word = following.lower
    if word in _OPENERS or word in _VERB_OPENERS or (word.endswith("ly") and lx.is_adverb(word)):
        return True
    return gerund and word.endswith("ing") and "VERB" in lx.classes(word) and not following.is_capitalised


# Prepositions that follow a verb of motion or change far more often than a noun ("change from", "spreads
# through", "moves into"); not "of", "in", "for", "to", "on", which follow nouns as often ("a change in",
# "blood flow to", "advice on").
_VERB_PREPOSITIONS = frozenset("from through across into onto".split())


def verb_before_preposition(tokens, index: int, head: int) -> bool:
    """What: a word after the reader's head that real English uses as a verb, after a noun it makes no listed
    compound with (`verb_inside` checks that), before a preposition of `_VERB_PREPOSITIONS`, or one that is only
    a verb before "on"/"upon" ("depend on").
    Why: a subject's prepositional phrase ending in a noun ("for each country") swallowed the verb after it as a
    compound's last noun ("country change"), and the reader then found no verb at all, so "The advice for each
    country change from time to time" went unflagged.
    Example: "The advice for each country change from year to year" -> "changes"; "Blood flow to the brain" (a
    listed compound, "to") stays a noun phrase."""
    if index <= head or index + 1 >= len(tokens):
        return False
    word, following = tokens[index].lower, tokens[index + 1].lower
    if following in ("on", "upon"):
        return lx.is_only(word, "VERB")
    if following not in _VERB_PREPOSITIONS:
        return False
    base = lx.third_person_base(word) or word
    return used_as_verb(base)
