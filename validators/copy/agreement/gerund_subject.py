"""A gerund phrase as a sentence's subject, for copy.verb-agreement.

What it does: reads a sentence that opens with a gerund, alone or with its object ("Teething", "Losing weight
slowly", "Wiping the comb on a tissue after each stroke", "Struggling to follow conversations") and finds the first
verb after it: a gerund subject is one action, so singular, and a plural verb there ("are", "have", "don't", a base
verb with its object after it) does not agree.
Why is this bad? The noun at the end of the gerund's object sits next to the verb and pulls it into
its number ("Wiping the comb after each stroke make"); readers stumble on the slip.
A modal that is also a noun ("can", "will", "must") right before the verb is the clause's modal, not the head of
the gerund's object: "Knowing this can help you decide" is correct, as are "Doing that will make" and "Eating the
right foods can lower".
Example: "Wearing ear protection when using power tools are a simple habit" -> "is";
"Wiping the comb on a tissue after each stroke make the lice easy to see" -> "makes";
"Teething don't cause a fever" -> "doesn't"; "Taking the tablets with food help you avoid nausea" -> "helps".

The verb is found in three ways (a verb two of them find is one finding): a "do"/"don't" right after a lone gerund;
the verb right after a short object and one prepositional phrase, when the -ing word can only be a verb or has a
determined object; the first verb met in a walk over a longer phrase, in a sentence ending in a full stop.
Precision first, in every reading: nothing is judged after a base verb spelt in -ing ("Bring the form"), after a
gerund whose object may be followed by a bare verb ("Helping a patient make a choice", "Letting the skin breathe"),
or when the -ing word stands before a plural noun ("Rising costs", "Sleeping tablets make"). The walk also stops
when two gerunds are joined ("Brushing and flossing make": plural), when a comma, a relative pronoun or a
subordinate clause with its own subject comes first, when a modal or a verb that agrees is met first, or when the
-ing word may be an adjective or a noun before a noun ("Running water", "Nursing staff", "Bleeding gums").
"""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.agreement.phrase_words import (
    _FINITE_FORMS,
    _LONGEST_PHRASE,
    _OBJECT_OPENERS,
    _QUESTION_WORDS,
    SINGULAR,
    once_of_frequency,
)
from validators.copy.agreement.singular_subject import _NOT_VERBS, _OBJECTS, _end_of_phrase
from validators.copy.agreement.verb_verdicts import _replacement
from validators.copy.text import Token

# Plural forms of be/have/do: after a gerund subject each is a slip for its singular form.
_PLURAL_FINITE = frozenset("are were have do don't aren't weren't haven't".split())
# Words that open a verb's object; not "every"/"each" ("the same wake time every day": a time adverbial).
_GERUND_OBJECT_OPENERS = (_OBJECT_OPENERS - {"every", "each"}) | frozenset("many more most much".split())
# Words after which the next word is no clause verb: it is an infinitive, an object or part of a phrase.
_NO_VERB_AFTER = frozenset("to not and or".split()) | lx.MODALS | lx.PREPOSITIONS | lx.DETERMINERS | lx.POSSESSIVES


def gerund_subject_verbs(tokens: tuple[Token, ...]) -> Iterator[tuple[int, str, str]]:
    """(index of the verb, replacement, message) when a sentence, or a main clause joined to it by ", but",
    ", and", ", so", ", yet" or ";" ("The mask feels odd at first, but using it every night help"), opens with a
    gerund phrase and has a plural verb. A clause after a subordinator ("when using the inhaler, rinse") is no
    subject and is not read."""
    yield from _gerund_clause_verbs(tokens)
    if tokens and tokens[0].lower == "not":
        # a negated gerund is one action too: "Not drinking enough water are the commonest cause" -> "is"
        for index, replacement, message in _gerund_clause_verbs(tokens[1:]):
            yield index + 1, replacement, message
    for start in _joined_clause_starts(tokens):
        for index, replacement, message in _gerund_clause_verbs(tokens[start:]):
            yield start + index, replacement, message


def _joined_clause_starts(tokens) -> Iterator[int]:
    """Where a main clause joined by a comma and a coordinator, or by a semicolon, opens with an -ing word."""
    for index in range(2, len(tokens) - 4):
        joined = tokens[index - 1].lower in _CLAUSE_COORDINATORS and tokens[index - 2].text == ","
        if (joined or tokens[index - 1].text == ";") and tokens[index].lower.endswith("ing"):
            yield index


# Coordinators that join a main clause after a comma.
_CLAUSE_COORDINATORS = frozenset("but and so yet".split())


def _gerund_clause_verbs(tokens: tuple[Token, ...]) -> Iterator[tuple[int, str, str]]:
    if len(tokens) < 4 or not _opens_with_ing_verb(tokens):
        return
    found: dict[int, str] = {}
    for reading in (_do_after_lone_gerund(tokens) or _verb_after_object(tokens), _first_verb(tokens)):
        if reading is not None:
            found.setdefault(*reading)
    for index, replacement in found.items():
        subject = " ".join(token.text for token in tokens[:index])
        yield index, replacement, f"The subject '{subject}' is one action, so singular: use '{replacement}'."


def _opens_with_ing_verb(tokens) -> bool:
    """The sentence opens with the -ing form of a verb, not a base verb spelt in -ing ("Bring the form") nor a
    gerund whose object may be followed by a bare verb ("Helping a patient make a choice", "Letting it heal")."""
    first = tokens[0].lower
    if not tokens[0].is_word or not first.endswith("ing") or first in _OBJECT_AND_VERB_GERUNDS:
        return False
    verb = lx.lemmas(first).get("VERB", ())
    return bool(verb) and first not in verb


def _do_after_lone_gerund(tokens) -> tuple[int, str] | None:
    """A lone gerund before "do"/"don't" and a base verb: "Teething don't cause a fever" -> "doesn't"."""
    second = tokens[1].lower.replace("’", "'")
    if not _only_a_verb(tokens) or second not in ("don't", "do"):
        return None
    if tokens[2].is_word and lx.is_lexical_base_verb(tokens[2].lower):
        return 1, "doesn't" if second == "don't" else "does"
    return None


def _first_verb(tokens) -> tuple[int, str] | None:
    """The first verb in a walk over the gerund phrase, when it is plural ("Wearing ear protection when using power
    tools are", "Struggling to follow conversations leave"); only in a sentence ending in a full stop."""
    if tokens[-1].text not in (".", "!") or not _opens_with_gerund(tokens):
        return None
    for index in range(1, min(len(tokens) - 1, _LONGEST_PHRASE)):
        token, word = tokens[index], tokens[index].lower
        if _clause_boundary(tokens, index):
            return None
        if word in ("and", "or") and tokens[index + 1].lower.endswith("ing"):
            return None  # "Brushing and flossing make": two gerunds, a plural subject
        if _agreeing_verb(tokens, index):
            return None  # "Keeping active helps", "Living with asthma can be hard": the verb agrees, or may
        if (
            not token.is_word
            or tokens[index - 1].lower in _NO_VERB_AFTER
            or tokens[index - 1].lower in lx.SUBJECT_PRONOUNS
        ):
            continue
        if word in _PLURAL_FINITE or _plain_verb(tokens, index):
            if _new_subject_before(tokens, index) or _bare_nouns_before(tokens, index):
                return None  # "Using a spacer children get", "Lubricating eye drops are": a plural subject
            replacement = _replacement(tokens, index, SINGULAR, certain=True)
            return None if replacement is None else (index, replacement)
    return None


def _opens_with_gerund(tokens) -> bool:
    """The sentence opens with an -ing form of a verb that takes an object or a complement and is neither an
    adjective nor a noun before a noun ("Running water", "Nursing staff") nor followed by a plural noun
    ("Rising costs", "Hearing aids": an adjective or a compound's first word)."""
    first, following = tokens[0].lower, tokens[1].lower
    if "ADJ" in lx.classes(first):
        return False
    if not tokens[1].is_word or following in ("and", "or") or _before_a_plural(tokens):
        return False
    opener = (
        following in _OBJECT_OPENERS
        or following in lx.PREPOSITIONS
        or following in lx.NUMBER_WORDS
        or following == "to"
        or lx.is_adverb(following)
    )
    return opener or "NOUN" not in lx.classes(first)


def _clause_boundary(tokens, index: int) -> bool:
    """A comma, a colon, a question word or a relative or subordinate clause with its own subject; "when using" (a
    subordinator before an -ing verb) and "once a day" open no subject."""
    word = tokens[index].lower
    if tokens[index].text in (",", ";", ":", "(", "—", "–") or _opens_clause(word):
        return True
    subordinate = word in lx.SUBORDINATORS or word in _QUESTION_WORDS
    return subordinate and not tokens[index + 1].lower.endswith("ing") and not once_of_frequency(tokens, index)


def _opens_clause(word: str) -> bool:
    """A subject pronoun, alone or with its verb ("you", "you're"): a clause with its own subject opens."""
    return word in lx.SUBJECT_PRONOUNS or word.split("'")[0] in lx.SUBJECT_PRONOUNS


def _agreeing_verb(tokens, index: int) -> bool:
    """A verb that agrees with a singular subject or takes none of its own, or may: a singular be/have/do, a
    modal, a word in -s that may be a verb, after no determiner and before no finite verb ("helps", not "power
    tools are", "muscles before")."""
    word, before, following = (tokens[k].lower for k in (index, index - 1, index + 1))
    if word in lx.MODALS or (word in _FINITE_FORMS and word not in _PLURAL_FINITE):
        return True
    if lx.third_person_base(word) is None or before in lx.DETERMINERS or before in lx.POSSESSIVES:
        return False
    if following in _FINITE_FORMS or following in lx.MODALS:
        return False
    return not (lx.is_plural_noun(word) and following in lx.PREPOSITIONS)  # "the calf muscles before a run"


def _plain_verb(tokens, index: int) -> bool:
    """A base verb that can only be a verb here: only a verb in the lexicon, or one with its object after it
    ("make the lice", "leave many people") or an -ly adverb, and no adjective before it ("a nasal spray")."""
    word, before = tokens[index].lower, tokens[index - 1].lower
    if not lx.is_lexical_base_verb(word):
        return False
    if lx.is_only(word, "VERB"):
        return True
    following = tokens[index + 1].lower
    objected = following in _GERUND_OBJECT_OPENERS or (following.endswith("ly") and lx.is_adverb(following))
    return objected and "ADJ" not in lx.classes(before)


def _bare_nouns_before(tokens, index: int) -> bool:
    """Only nouns stand between the -ing word and the verb ("Lubricating eye drops are", "Leading sports doctors
    have"): the -ing word may be an adjective on a plural subject."""
    words = [tokens[k].lower for k in range(1, index)]
    return all("NOUN" in lx.classes(word) and not lx.is_function_word(word) for word in words)


def _new_subject_before(tokens, index: int) -> bool:
    """A bare plural noun right after a determined noun stands before the verb ("a spacer children get"): it may
    open a clause of its own, whose verb agrees with it."""
    before, earlier, determiner = (tokens[k].lower for k in (index - 1, index - 2, index - 3))
    nominal = "NOUN" in lx.classes(earlier) or not lx.classes(earlier)
    return lx.is_plural_noun(before) and nominal and (determiner in lx.DETERMINERS or determiner in lx.POSSESSIVES)


def _only_a_verb(tokens) -> bool:
    """The -ing word can only be a verb, or is a verb before a determined object ("Washing your hands"); not
    an -ing word that may be an adjective before a plural subject ("Bleeding gums need care", "Sleeping tablets
    make you drowsy")."""
    first, following = tokens[0].lower, tokens[1].lower
    if _before_a_plural(tokens):
        return False
    determined = following in lx.DETERMINERS or following in lx.POSSESSIVES
    return lx.is_only(first, "VERB") or ("VERB" in lx.classes(first) and determined)


def _before_a_plural(tokens) -> bool:
    """The -ing word stands before a plural noun, known or an -s word the lexicon lacks ("Rising costs", "Walking
    boots", "Leading gastroenterologists say"): an adjective or a compound's first word, not a gerund."""
    following = tokens[1].lower
    return lx.is_plural_noun(following) or (following.endswith("s") and not lx.classes(following))


def _verb_after_object(tokens) -> tuple[int, str] | None:
    """The verb right after the gerund's short object and at most one prepositional phrase: "Using a spacer make it
    easier" -> "makes", "Taking the tablets with food help" -> "helps"; "have" only before a participle."""
    if not _only_a_verb(tokens):
        return None
    second = tokens[1].lower.replace("’", "'")
    if second in lx.MODALS or (lx.is_function_word(second) and not _determined(second)):
        return None  # "Debugging will look different": the -ing word is the whole subject
    index = _end_of_phrase(tokens, 1)
    if index is not None and index + 1 < len(tokens) and _plain_preposition(tokens[index].lower):
        if tokens[index + 1].lower in lx.SUBJECT_PRONOUNS:
            return None  # "Writing the test before you write the code": a clause, not a prepositional phrase
        index = _end_of_phrase(tokens, index + 1)
    if index is None or index + 1 >= len(tokens) or not tokens[index].is_word or tokens[index].is_capitalised:
        return None
    if tokens[index - 1].lower in lx.MODALS:
        return None  # "Knowing this can help you", "Doing that will make": the modal, not a noun, ends the object
    verb = tokens[index].lower
    if verb == "have":
        return (index, "has") if lx.is_participle(tokens[index + 1].lower) else None
    return (index, lx.third_person(verb)) if _base_verb_with_object(verb, tokens[index + 1].lower) else None


def _determined(word: str) -> bool:
    return word in lx.DETERMINERS or word in lx.POSSESSIVES


def _plain_preposition(word: str) -> bool:
    return word in lx.PREPOSITIONS and word not in lx.SUBORDINATORS


def _base_verb_with_object(verb: str, following: str) -> bool:
    if not lx.is_lexical_base_verb(verb) or lx.classes(verb) & {"ADJ", "ADV"}:
        return False
    if following in _FREQUENCY_DETERMINERS and "NOUN" in lx.classes(verb):
        return False  # "Keeping the same wake time every day": a noun, then how often
    return not lx.past_like_base(verb) and verb not in _NOT_VERBS and following in _OBJECTS


# Determiners that open a phrase of frequency after a noun ("time every day", "dose each morning").
_FREQUENCY_DETERMINERS = frozenset(["every", "each"])
# Gerunds after which a noun phrase may be followed by a bare verb ("Watching a child grow").
_OBJECT_AND_VERB_GERUNDS = frozenset(
    "helping letting making having seeing watching hearing feeling noticing getting bidding".split()
)
