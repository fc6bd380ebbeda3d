"""copy.possessive-slot: a contraction or "there" written where a possessive opens a subject."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

_LONGEST_NOUN_PHRASE = 3
_FINITE = frozenset("is are was were has have had does do".split()) | lx.MODALS
# Words after a verb that open its object or complement.
_OBJECT_OPENERS = (lx.DETERMINERS - {"which", "what", "whose", "that", "such"}) | lx.POSSESSIVES | lx.OBJECT_PRONOUNS


@register
class PossessiveSlot(SentenceRule):
    """A contraction or "there" before a bare noun phrase that has its own verb: the possessive was meant.

    What it does: for "it's", "there", "they're", "you're", "who's" (validators/data/
    copy_possessive_slots.yaml) followed by one to three nouns and adjectives without a
    determiner, and then a finite verb (a form of be/have/do, a modal, or a present verb before its
    object), flags the word: "it is tubing carries" has two verbs for one subject, while "its tubing
    carries" reads. Words the bigram table cannot score (rare nouns) are covered this way. "There"
    before two nouns, not after a form of "be", is flagged too: the adverb never opens a compound noun.
    Why is this bad? its/it's, their/there and your/you're are the most noticed slips in web copy;
    a spell checker passes every one of them.
    Example: "the cuff and it's tubing carries the air" -> "its"; "until there fever has gone" ->
    "their"; "if you're skin feels tight" -> "your"; "lowered there blood sugar" -> "their".
    """

    id = "copy.possessive-slot"
    severity = Severity.ERROR

    def __init__(self, config):
        super().__init__(config)
        self.possessives = dict(self.vocabulary("copy_possessive_slots")["possessives"])
        self.trigger_words = frozenset(self.possessives)

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index, token in enumerate(tokens[:-2]):
            possessive = self.possessives.get(token.lower)
            if possessive is None or (token.lower == "there" and index == 0):
                continue
            if passive_contact_clause(tokens, index):
                continue  # "The vaccines you're given will be recorded": a relative clause without "that"
            # an acronym ("GP", "BMI") is a noun after a contraction; after "there" it may open a clause of its own
            verb = verb_after_bare_phrase(tokens, index + 1, acronyms=token.lower != "there")
            if verb is None and token.lower == "there" and _compound_after_there(tokens, index):
                verb = index + 2  # "lowered there blood sugar": a compound noun, the possessive's object
            if verb is None:
                continue
            suggestion = possessive.capitalize() if token.is_capitalised else possessive
            phrase = f"{tokens[index + 1].text} ... {tokens[verb].text}"
            message = f"'{token.text}' before '{phrase}': did you mean '{suggestion}'?"
            yield self.finding(document, token.start, token.end, message, [Suggestion(suggestion, safe=False)])


# Contractions of a subject pronoun and "are" that may open a relative clause without "that" ("the questions
# we're asked").
_SUBJECT_ARE_CONTRACTIONS = frozenset({"we're", "they're", "you're"})


def passive_contact_clause(tokens, index: int) -> bool:
    """What: "we're", "they're" or "you're" after a noun and before a past participle, where the sentence's own verb
    stands outside that clause: a form of "be", "have" or "do" or a modal before the noun or after the participle
    ("These are the questions we're asked most often", "The vaccines you're given will be recorded"), or a base
    verb right after the participle that agrees with a plural noun ("The checks you're offered depend on your
    age"). The contraction opens a relative clause without "that" on the noun.
    Why is this bad? "questions we're asked" was flagged as "were" (the commoner pair), "you're given will" as
    "your", and "offered depend" as missing "to", though each sentence reads as written.
    Example: "Here are the things we're told by patients." is left alone; "The samples we're sent to the lab." (no
    other verb, so "were" is meant) and "You're asked stop eating at midnight" are still found."""
    if tokens[index].lower not in _SUBJECT_ARE_CONTRACTIONS or index == 0 or index + 1 >= len(tokens):
        return False
    noun, participle = tokens[index - 1].lower, tokens[index + 1].lower
    if "NOUN" not in lx.classes(noun) or not lx.is_participle(participle):
        return False
    outside = tokens[: index - 1] + tokens[index + 2 :]
    if any(token.is_word and token.lower in lx.AUXILIARIES for token in outside):
        return True
    following = tokens[index + 2].lower if index + 2 < len(tokens) else ""
    return lx.is_plural_noun(noun) and lx.is_lexical_base_verb(following)


def verb_after_bare_phrase(tokens, start: int, acronyms: bool = False, unknown_nouns: bool = False) -> int | None:
    """The index of a finite verb right after a short noun phrase without a determiner at `start`. With
    `acronyms`, a word in capitals ("GP", "BMI") is read as a noun: "you're GP will" -> "your GP will". With
    `unknown_nouns`, a lower-case word the lexicon does not hold after the phrase's first word (a medical term:
    "sleep apnoea makes", "sleep bruxism wakes") is read as its noun."""
    position, head = start, None
    while position < len(tokens) and position - start < _LONGEST_NOUN_PHRASE:
        word = tokens[position].lower
        known = lx.classes(word)
        if (acronyms and _acronym(tokens[position])) or (
            unknown_nouns and _unknown_term(tokens[position], position > start)
        ):
            known = frozenset({"NOUN"})
        elif not tokens[position].is_word or tokens[position].is_capitalised or lx.is_function_word(word):
            break
        if word in _FINITE or not known & {"NOUN", "ADJ"}:
            break
        if head is not None and lx.third_person_base(word) and _object_follows(tokens, position):
            break  # "tubing carries the", "texture stays smooth": the verb
        head = position if "NOUN" in known else head
        position += 1
    if head is None or head != position - 1 or position >= len(tokens):
        return None
    word = tokens[position].lower
    if word in _FINITE:
        return position if _singular_agrees(tokens[head].lower, word) else None
    if lx.third_person_base(word) and not lx.is_plural_noun(tokens[head].lower) and _object_follows(tokens, position):
        return position
    return None


def verb_after_of_phrase(tokens, start: int) -> int | None:
    """What: the index of the verb after a noun phrase without a determiner whose head takes one of-phrase ("signs
    of illness seem", "levels of vitamin D fall", "risk of infection is"): the verb agrees with the head before "of"
    (a plural head and a base verb or "are"/"have", a singular head and "is"/"has"), so the phrase is a subject with
    its own verb and the word before it a possessive.
    Why is this bad? Only a phrase ending right before its verb was read, so "even if their signs of illness seem"
    was taken for "they're signs of illness" and flagged.
    Example: "if their signs of illness seem the same", "your risk of infection is low" and "their levels of iron
    fall" are left alone; "their are signs of illness", "If their unwell, rest" and "their going to the clinic"
    are still judged."""
    head, position = None, start
    while position < len(tokens) and position - start < _LONGEST_NOUN_PHRASE:
        token = tokens[position]
        if not token.is_word or token.is_capitalised or lx.is_function_word(token.lower):
            break
        if not lx.classes(token.lower) & {"NOUN", "ADJ"} or token.lower in _FINITE:
            return None
        head = position if "NOUN" in lx.classes(token.lower) else head
        position += 1
    if head is None or head != position - 1 or position >= len(tokens) or tokens[position].lower != "of":
        return None
    inner = position + 1
    if inner < len(tokens) and tokens[inner].lower in lx.DETERMINERS:
        inner += 1
    end = inner
    while end < len(tokens) and end - inner <= _LONGEST_NOUN_PHRASE:
        word = tokens[end].lower
        if end > inner and (word in _FINITE or lx.is_lexical_base_verb(word) or lx.third_person_base(word)):
            break  # the first word after the of-phrase's noun that may be a finite verb
        if not tokens[end].is_word or lx.is_function_word(word):
            return None
        end += 1
    if end == inner or end >= len(tokens):
        return None
    verb, noun = tokens[end].lower, tokens[head].lower
    if verb in _FINITE:
        return end if _singular_agrees(noun, verb) else None
    plural_agrees = lx.is_plural_noun(noun) and lx.is_lexical_base_verb(verb)
    return end if plural_agrees or (not lx.is_plural_noun(noun) and lx.third_person_base(verb)) else None


def _unknown_term(token, inside: bool) -> bool:
    """A lower-case word of four letters or more that the lexicon does not hold, after the phrase's first word:
    a term ("apnoea", "bruxism") that can only be the noun the phrase ends on."""
    return inside and token.is_word and token.text.islower() and len(token.text) >= 4 and not lx.classes(token.lower)


def _acronym(token) -> bool:
    """A word of two to five capitals and digits ("GP", "BMI", "HbA1c" is not): an abbreviated noun."""
    text = token.text
    return token.is_word and 2 <= len(text) <= 5 and text.isupper() and text[0].isalpha()


def _compound_after_there(tokens, index: int) -> bool:
    """ "there" after a word that is not a form of "be", then two nouns ("lowered there blood sugar"): the
    adverb "there" never opens a compound noun, the possessive "their" does. The first noun must be
    nothing else ("got there last week": "last" is also an adjective)."""
    before = tokens[index - 1].lower
    first, second = tokens[index + 1], tokens[index + 2]
    if before in lx.BE_FORMS or not (first.is_word and second.is_word) or first.is_capitalised:
        return False
    if lx.is_function_word(first.lower) or lx.classes(first.lower) & {"ADJ", "ADV", "NUM", "PROPN"}:
        return False
    return "NOUN" in lx.classes(first.lower) and "NOUN" in lx.classes(second.lower)


def _object_follows(tokens, index: int) -> bool:
    """The word after the -s form at `index` is its object or complement: a determiner or pronoun, an adjective,
    an -ly adverb, or a bare noun that ends the clause ("your gut needs help?", "your skin needs care.")."""
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    known = lx.classes(following)
    if following in _OBJECT_OPENERS or ("ADJ" in known and not known & {"NOUN", "VERB"}):
        return True  # "carries the air", "feels tight"
    if lx.third_person_base(tokens[index].lower) in lx.LINKING_VERBS and "ADJ" in known:
        return True  # "stays smooth": a linking verb and its adjective
    if following.endswith("ly") and lx.is_adverb(following):
        return True
    end = tokens[index + 2].text if index + 2 < len(tokens) else "."
    return "NOUN" in known and not lx.is_function_word(following) and end in _CLAUSE_ENDS  # "needs help?"


# Marks that end a clause after a bare noun object.
_CLAUSE_ENDS = frozenset(".,;:!?)")


def _singular_agrees(noun: str, verb: str) -> bool:
    """The noun and the be/have form agree ("fever has", "kids are"): a real subject and its verb."""
    if verb in ("is", "was", "has", "does"):
        return not lx.is_plural_noun(noun)
    if verb in ("are", "were", "have", "do"):
        return lx.is_plural_noun(noun)
    return True  # a modal
