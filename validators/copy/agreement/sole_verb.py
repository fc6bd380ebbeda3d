"""The only verb a full sentence has, after a singular subject, in a plural form (copy.verb-agreement).

What it does: reads a full sentence (it ends with "." or "!") whose subject opens with a determiner ("The", "Our",
"Each", "A") at its start or after an opening subordinate clause and its comma, and finds the first word after a
noun of that subject that is a plural verb form: a base form ("start", "last", "come") or "are"/"were"/"have"/
"do". It is the clause's verb when the clause has no other word that could be its finite verb (no "is", no modal,
no verb in -s after a noun, no past form) and a verb's context follows it: an adverb before it ("usually
start"), an object (a determiner, a possessive, a pronoun, a number, a plural noun after a plural), a particle
("go away"), or nothing but a verb could stand there ("come"). The subject is the noun before the verb, or the
noun before the subject's first preposition ("The pain from shin splints usually start"); "each of"/"one of"
make it singular. Such a singular subject with a plural verb is the slip.
Why is this bad? The subject reader keeps to verbs whose reading is certain, so a base verb that is also a noun
or an adjective ("last", "start", "make") after a singular subject was read as part of the noun phrase ("Each
session last 60 minutes") and the slip went unflagged: an independent writer's drafts (lead25, lead26) had 9 of
22 agreement slips found. A full sentence needs a finite verb; when the only candidate is a plural form after a
singular subject, no other reading is left.
Example: "Each session last 60 minutes." -> "lasts"; "The pain from shin splints usually start as a dull ache."
-> "starts"; "Each of these habits make symptoms worse." -> "makes".
Not judged: a clause with another finite verb ("The night shift last week was busy"), a listed compound
("side effects"), a time noun as the head ("The night before surgery eat nothing": an imperative after an
adverbial), a base form spelled like its past ("Each patient put") or like another verb's past ("A study found"),
a plural, a pronoun or a participle inside the subject ("The data they record give"), "and"/"or" in the subject.
"""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.agreement.phrase_words import _PLURAL_TO_SINGULAR, _TIME_NOUNS
from validators.copy.agreement.verb_verdicts import only_a_verb
from validators.copy.context_words import bigram_counts
from validators.copy.text import Token

# Determiners that make their noun phrase singular whatever its head's form.
_SINGULAR_OPENERS = frozenset("a an this that each every another".split())
# Determiners whose noun phrase takes the number of its head.
_HEAD_OPENERS = frozenset(["the"]) | (lx.POSSESSIVES - {"whose"})
# Words of degree before an adjective that stands without its noun ("the most common").
_DEGREES = frozenset("more most less least".split())
# Quantifiers that open a singular subject.
_QUANTIFIERS = frozenset("each every one".split())
# Openers of a singular "X of the Ns" subject.
_SINGULAR_OF = frozenset("each one".split())
# Subordinators that open a sentence's first clause, after whose comma the main clause's subject stands.
_CLAUSE_OPENERS = lx.SUBORDINATORS - {"that", "which", "who", "whom", "whose", "so"}
# Words that end the clause being read.
_CLAUSE_ENDS = frozenset(";:()") | lx.SUBORDINATORS | frozenset("and but or how what why who whom".split())


def sole_verb_slips(tokens: tuple[Token, ...], uncounted: frozenset[str]) -> Iterator[tuple[int, str, str]]:
    """(index of the verb, replacement, message) for the slip of the module's docstring; `uncounted`: nouns whose
    number does not show in their form (collective nouns, Latin plurals)."""
    if len(tokens) < 4 or tokens[-1].text not in (".", "!"):
        return
    for start in _subject_starts(tokens):
        found = _slip(tokens, start, uncounted)
        if found is not None:
            yield found


def _subject_starts(tokens) -> Iterator[int]:
    """The sentence's start, and the word after the first comma of an opening subordinate clause ("If you
    qualify, your ...") or of an opening adverbial: a prepositional phrase ("For most people at high risk, the
    benefit of taking a statin every day outweigh the small risk" -> "outweighs") or one adverb ("Together, ...").
    An adverbial's comma ends it as a clause's comma does, and what follows is the main clause's subject."""
    yield 0
    first = tokens[0].lower
    adverb = len(tokens) > 1 and tokens[1].text == "," and "ADV" in lx.classes(first) and not lx.is_function_word(first)
    if first in _CLAUSE_OPENERS or first in lx.PREPOSITIONS or adverb:
        for index, token in enumerate(tokens[:-2]):
            if token.text in (";", ":"):
                return
            if token.text == ",":
                yield index + 1
                return


def _slip(tokens, start: int, uncounted: frozenset[str]) -> tuple[int, str, str] | None:
    opener = tokens[start].lower
    if opener not in _SINGULAR_OPENERS and opener not in _HEAD_OPENERS and opener not in _SINGULAR_OF:
        return None
    if opener == "one" and tokens[start + 1].lower != "of":
        return None  # "One tablet a day": a count, not "one of"
    end = _clause_end(tokens, start)
    verb = _candidate(tokens, start + 1, end)
    if verb is None or any(_may_be_finite(tokens, k) for k in range(start + 1, end) if k != verb):
        return None
    if lx.is_participle(tokens[verb].lower) and opener not in _QUANTIFIERS:
        return None  # "The clinic run by nurses": a base form that is also a participle may open a reduced passive;
        # after "each"/"every" the subject is a quantified one and the verb follows it ("Each tube come with")
    head = _head(tokens, start, verb)
    if head is None or _plural_or_clause_before(tokens, start, head if tokens[start + 1].lower != "of" else start):
        return None
    word = tokens[head].lower
    of_phrase = tokens[start + 1].lower == "of"
    if not of_phrase:
        if word in _TIME_NOUNS or word in uncounted or tokens[head].is_capitalised or lx.is_plural_noun(word):
            return None
        if tokens[head - 1].lower in _DEGREES:
            return None  # "The most common are": a superlative without its noun has no number
        if lx.third_person_base(word) is not None:
            return None  # "The gains are small": an -s word the lexicon lists as a verb may be a plural noun
        if "NOUN" not in lx.classes(word) and lx.classes(word):
            return None
    verb_word = tokens[verb].lower
    replacement = _PLURAL_TO_SINGULAR.get(verb_word) or _PLURAL_TO_SINGULAR.get(_FORMS.get(verb_word, ""))
    if replacement is None:
        replacement = lx.third_person(verb_word)
    return verb, replacement, f"The subject's head '{tokens[head].text}' is singular: use '{replacement}'."


# Plural forms of be/have/do that are not in _PLURAL_TO_SINGULAR's keys under their own spelling.
_FORMS = {"aren’t": "aren't", "weren’t": "weren't", "don’t": "don't", "haven’t": "haven't"}
_PLURAL_FINITE = frozenset(_PLURAL_TO_SINGULAR) | frozenset(_FORMS)


def _clause_end(tokens, start: int) -> int:
    for index in range(start + 1, len(tokens)):
        token = tokens[index]
        if token.text == "," or token.lower in _CLAUSE_ENDS:
            return index
    return len(tokens)


def _candidate(tokens, begin: int, end: int) -> int | None:
    """The first plural verb form after a noun of the subject with a verb's context (see the module's docstring),
    or None when the first word that may be a verb is no such form. A word that may be a noun before another
    noun is read as a compound's modifier ("blood vessels", "hand wash kit") unless a plural stands before it,
    which modifies no noun ("these habits make symptoms worse")."""
    for index in range(begin + 1, end):
        token = tokens[index]
        word = token.lower
        if not token.is_word or token.is_capitalised:
            continue
        noun = index - 1
        while noun > begin and lx.is_adverb(tokens[noun].lower) and tokens[noun].lower != "not":
            noun -= 1
        before = tokens[noun]
        if not _noun_like(tokens, noun):
            continue
        if word in _PLURAL_FINITE:
            return index
        if not _plural_base(word) or f"{before.lower} {word}" in bigram_counts().bigrams:
            continue
        following = tokens[index + 1] if index + 1 < end else None
        if only_a_verb(word, following):
            return index
        if lx.is_only(word, "VERB"):
            continue  # "The discharge lounge, where ...": a noun the lexicon lists only as a verb, before the comma
        if following is not None and _adverb_then_verb(tokens, index + 1, end):
            continue  # "The pain of a kidney stone usually start": the verb is further on
        noun_follows = following is not None and following.is_word and _noun_like(tokens, index + 1)
        noun_follows = noun_follows and following.lower not in lx.NUMBER_WORDS  # "last twelve hours"
        if noun_follows and not (lx.is_plural_noun(before.lower) and "NOUN" in lx.classes(before.lower)):
            continue  # "the small blood vessels": a modifier of the noun after it
        if noun < index - 1 or _verb_context(tokens, index, end):
            return index
        return None
    return None


def _adverb_then_verb(tokens, index: int, end: int) -> bool:
    """Adverbs from `index`, then a plural verb form."""
    position = index
    while position < end and lx.is_adverb(tokens[position].lower) and tokens[position].lower != "not":
        position += 1
    return index < position < end and _plural_base(tokens[position].lower)


def _noun_like(tokens, index: int) -> bool:
    """A lower-case word the lexicon knows as a noun, or does not know at all (a term: "antacid"), or an -s word
    that ends a noun phrase ("from shin splints")."""
    token = tokens[index]
    word = token.lower
    if not token.is_word or lx.is_function_word(word) or token.is_capitalised:
        return False
    known = lx.classes(word)
    if "ADV" in known or (not known and word.endswith("s")):
        return False  # "now", "here"; an unknown word in -s ("softgels") is of unknown number
    return (
        "NOUN" in known
        or (not known and word.isalpha())
        or (lx.third_person_base(word) is not None and _plural_in_noun_phrase(tokens, index))
    )


def _plural_base(word: str) -> bool:
    """A lexical verb's base form that shows its number: no form spelled like its past ("put", "cut"), no
    particle ("up"), no form that is also another verb's past ("found", "saw"), no -ing form."""
    if not lx.is_lexical_base_verb(word) or word.endswith("ing") or lx.third_person_base(word):
        return False
    if word in lx.PARTICLES or word in lx.PREPOSITIONS or set(lx.lemmas(word)["VERB"]) != {word}:
        return False  # "builds up"; "found", "saw", "left": also the past of another verb
    return not lx.past_like_base(word)


def _verb_context(tokens, index: int, end: int) -> bool:
    """What follows a base form at `index` reads as its object or complement."""
    if index + 1 >= end:
        return False
    following = tokens[index + 1]
    after = following.lower
    if following.is_number or after in lx.NUMBER_WORDS or after in lx.PARTICLES:
        return True
    if after in (lx.DETERMINERS - {"which", "what", "whose", "that", "such"}) | lx.POSSESSIVES | lx.OBJECT_PRONOUNS:
        return True
    if after.endswith("ly") and lx.is_adverb(after):
        return True
    return lx.is_plural_noun(after) and "VERB" not in lx.classes(after) and not following.is_capitalised


def _may_be_finite(tokens, index: int) -> bool:
    """A word that could be the clause's finite verb: a form of be/have/do, a modal, a verb in -s or in the past
    (not an -s word or a past form right after a determiner or preposition, which is a noun or an adjective)."""
    token = tokens[index]
    word = token.lower
    if not token.is_word:
        return False
    if word in lx.AUXILIARIES or word.replace("’", "'") in lx.NEGATED_DO:
        return True
    before = tokens[index - 1].lower if index > 0 else ""
    if before in lx.DETERMINERS or before in lx.POSSESSIVES or before in lx.PREPOSITIONS:
        return False
    if lx.third_person_base(word) and "VERB" in lx.classes(word):
        return not _plural_in_noun_phrase(tokens, index)
    verbs = lx.lemmas(word).get("VERB", ())
    return bool(verbs) and word not in verbs and not word.endswith("ing")  # "sharply affected", "found"


def _plural_in_noun_phrase(tokens, index: int) -> bool:
    """The -s word at `index` is a noun: right after a determiner, a number, a preposition or an adjective ("the
    tests", "two weeks", "from splints", "small vessels"), or after one noun that follows a preposition ("from shin
    splints"). After any other noun it may be the clause's verb ("A blood test after the last tablet shows")."""
    before = tokens[index - 1]
    if _opens_phrase(before) or lx.is_only(before.lower, "ADJ"):
        return True
    return index > 1 and _noun_like(tokens, index - 1) and tokens[index - 2].lower in lx.PREPOSITIONS


def _opens_phrase(token) -> bool:
    word = token.lower
    return token.is_number or word in lx.NUMBER_WORDS or word in lx.DETERMINERS or word in lx.PREPOSITIONS


def _plural_or_clause_before(tokens, start: int, head: int) -> bool:
    """A plural noun, a subject pronoun or a participle stands between the subject's opener and its head: the
    head read is no head ("The most common reasons given were", "The data they record give")."""
    for index in range(start + 1, head + 1):
        word = tokens[index].lower
        if word in lx.SUBJECT_PRONOUNS or lx.is_plural_noun(word) or (index == head and lx.is_participle(word)):
            return True
    return False


def _head(tokens, start: int, verb: int) -> int | None:
    """The subject's head: the opener of "each of"/"one of", the noun before the subject's first preposition, or
    the noun before the verb."""
    if tokens[start + 1].lower == "of":
        return start
    for index in range(start + 1, verb):
        if tokens[index].lower in lx.PREPOSITIONS:
            return index - 1 if index - 1 > start and _noun_like(tokens, index - 1) else None
    noun = verb - 1
    while noun > start and lx.is_adverb(tokens[noun].lower):
        noun -= 1
    return noun if noun > start else None
