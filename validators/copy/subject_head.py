"""Subject-verb agreement by the subject's head noun, for copy.verb-agreement.

What it does: reads the noun phrase that opens a clause and finds its head, skipping what cannot be
the head -- prepositional phrases ("The results of the trial", "people with asthma"), relative
clauses ("Patients who take it daily", "the problems we see", "the effect that people report"), an -ing
verb and its bare object after a plural head ("Tablets containing hyoscine"),
phrases set off by commas (", which ...,", ", along with the dryness,"), "such as"/"as well as" phrases -- and counts
coordinated subjects ("Caffeine and alcohol") as plural, "neither X nor Y" by Y when X and Y have one number,
"one of the Ns"/"each of the Ns",
"the number of Ns" (a quantity noun after "the") and "every N" as singular. The first verb after
the phrase must agree with that head.
Why is this bad? The verb agrees with the nearest noun only by accident; a long subject is where
writers lose track, and readers stumble on "The results of the trial shows".
Example: "Patients who take antihistamines daily needs to stop" -> "need"; "Every vaccine in the
schedule have been tested" -> "has"; "Diabetes and poor circulation is" -> "are".

Precision first: a verdict needs a head whose number the lexicon knows (no names, no collective
nouns, no -ing word opening a sentence, no imperative), and a verb whose reading is certain: a form
of be/have/do, or a lexical verb followed by an object, an adverb or "to".
"""

from collections.abc import Iterator
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache, partial
from pathlib import Path

from validators.copy import lexicon as lx
from validators.copy import text
from validators.copy.context_words import bigram_counts
from validators.copy.text import Token, TokenizedSentence
from validators.copy.verb_slot import can_be_verb, verb_inside
from validators.document import Document
from validators.vocabulary import load_vocabulary

SINGULAR, PLURAL = "singular", "plural"
_LONGEST_PHRASE = 30  # tokens of a subject: longer ones are left alone (and keep the walk linear)
_SINGULAR_TO_PLURAL = {
    "is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't",
    "wasn't": "weren't", "hasn't": "haven't",
}
_PLURAL_TO_SINGULAR = {plural: singular for singular, plural in _SINGULAR_TO_PLURAL.items()}
_FINITE_FORMS = frozenset(_SINGULAR_TO_PLURAL) | frozenset(_PLURAL_TO_SINGULAR)
# Words that open a verb's object (not "which"/"that": they also open a relative clause on a noun).
_OBJECT_OPENERS = (lx.DETERMINERS - {"which", "what", "whose", "that", "such"}) | lx.POSSESSIVES | lx.OBJECT_PRONOUNS
_SUBJECT_PRONOUNS = frozenset("i we you they he she".split())
_RELATIVES = frozenset("who that which".split())
_VERB_CONTEXT = (lx.DETERMINERS - {"such"}) | lx.POSSESSIVES | lx.OBJECT_PRONOUNS | frozenset(
    "to up out off down away back not how what whether best better more less fewer most together again".split()
)
# Adverbs that follow a verb, never a noun: an -s word before them is the verb ("works together").
_ONLY_AFTER_VERBS = frozenset("together again".split())
# Words before which a coordinated verb may continue an infinitive or a question ("to stop and lose").
_CONTINUED_VERB_OPENERS = frozenset("to how what why where when whether".split())
_QUESTION_WORDS = frozenset("how why when where what who whom".split())
# Number words that count ("Two weeks ... is": an amount may take a singular verb); not "one".
_COUNTING_WORDS = lx.NUMBER_WORDS - {"one"}
# Determiners that open a verb's object ("the app record the sounds").
_OBJECT_DETERMINERS = frozenset("a an the my your his its our their".split())
# Object pronouns that end a prepositional phrase ("on it", "with them"); not "you"/"her" (also a subject or
# a determiner).
_PHRASE_PRONOUNS = frozenset("it them him us me".split())
# Prepositions of time and place that open a sentence before its subject ("During the review the nurse ...").
_OPENING_PREPOSITIONS = frozenset("during after before at in on within throughout by over from".split())
# A noun phrase of time that opens a sentence before its subject ("Last year our clinics ...", "Every spring, the").
_TIME_DETERMINERS = frozenset("last this next every each".split())
_TIME_NOUNS = frozenset(
    "year week month day morning evening night weekend winter spring summer autumn fall season term".split()
)
# Words that open a definite noun phrase, and so a new subject after "and"/"so" once the clause has its verb.
_DEFINITE_OPENERS = frozenset("the this these those my your his her its our their".split())
# Particles of a phrasal verb in -ing after a noun ("a tooth coming through", "symptoms flaring up").
_ING_PARTICLES = lx.PARTICLES | frozenset("through in on over around".split())
# Word classes a noun phrase's words may have (one of them).
_NOMINAL_CLASSES = frozenset(["NOUN", "ADJ", "PROPN"])


@dataclass(frozen=True)
class HeadVocabulary:
    """The word lists of copy_grammar.yaml's `subject_head` section, plus the noun lists the rule shares."""

    singular_of_heads: frozenset[str]
    indefinite_plural_heads: frozenset[str]  # "a number of": plural with a plural of-phrase
    plural_of_heads: frozenset[str]  # "all of", "most of": plural with a plural of-phrase
    definite_singular_heads: frozenset[str]  # "the number of": singular after "the" only
    singular_determiners: frozenset[str]
    plural_determiners: frozenset[str]
    prepositions: frozenset[str]
    additive_phrases: tuple[tuple[str, ...], ...]
    adverbs: frozenset[str]
    clause_openers: frozenset[str]
    no_number: frozenset[str]  # collective, invariable and plural-looking singular nouns, "none", "all"
    object_and_verb: frozenset[str]  # "help you and your doctor identify": an object, then a bare verb
    singular_only: frozenset[str] = frozenset()  # "news", "measles": an -s noun that is always singular
    opening_adverbs: frozenset[str] = frozenset()  # "Even mild sunburn raises": read the subject after it

    @classmethod
    def from_grammar(cls, grammar: dict) -> "HeadVocabulary":
        section = grammar["subject_head"]
        return cls(
            frozenset(section["singular_of_heads"]),
            frozenset(section["indefinite_plural_heads"]),
            frozenset(section["plural_of_heads"]),
            frozenset(section["definite_singular_heads"]),
            frozenset(section["singular_determiners"]),
            frozenset(section["plural_determiners"]),
            frozenset(section["phrase_prepositions"]),
            tuple(tuple(phrase.split()) for phrase in section["additive_phrases"]),
            frozenset(section["subject_adverbs"]),
            frozenset(section["clause_openers"]),
            frozenset(grammar["collective_nouns"])
            | frozenset(grammar["plural_form_singular_nouns"])
            | frozenset(grammar["same_plural_nouns"])
            | frozenset(section["no_number_heads"]),
            frozenset(section["object_and_verb_verbs"]),
            frozenset(grammar.get("singular_only_nouns", ())),
            frozenset(section.get("opening_adverbs", ())),
        )

    def __hash__(self) -> int:
        return self._hash

    @cached_property
    def _hash(self) -> int:
        """The fields' hash, computed once: the rules look their shared subjects up by vocabulary
        for every sentence (`sentence_subjects`)."""
        return hash(tuple(getattr(self, field.name) for field in fields(self)))


@lru_cache(maxsize=8)
def head_vocabulary(vocabulary_dirs: tuple[Path, ...]) -> HeadVocabulary:
    """copy_grammar.yaml's subject vocabulary, built once per configuration (a check run makes its rules
    anew): the rules that share the subjects (`sentence_subjects`) then hold the same instance, which a
    look-up compares by identity, not word by word."""
    return HeadVocabulary.from_grammar(load_vocabulary("copy_grammar", vocabulary_dirs))


def subjects(tokens: tuple[Token, ...], vocabulary: HeadVocabulary) -> Iterator[tuple[int, str, int, bool]]:
    """(head index, number, index after the subject, whether a verb must stand there) of each clause's subject."""
    starts = list(_clause_starts(tokens, vocabulary))
    seen = set(starts)
    while starts:
        start = starts.pop(0)
        parsed = _Subject(tokens, vocabulary).read(start)
        if parsed is None or (parsed[1] == SINGULAR and _second_conjunct(tokens, start)):
            continue
        if not can_be_verb(tokens, parsed[2]) and tokens[-1].text in (".", "!", "?"):
            # the reader ran past the verb ("The results of your peak flow test shows how ..."); only in a full
            # sentence, which has a verb (a heading or a label may have none: "The treatment step by step")
            number_of = partial(_Subject(tokens, vocabulary).number, determiner=tokens[start].lower)
            inside = verb_inside(tokens, start, parsed[0], parsed[2], parsed[1], number_of)
            parsed = parsed if inside is None else (*inside, True)  # (no verb found: other rules read the slot)
        yield parsed
        following = _joined_clause(tokens, parsed[2])
        if following is not None and following not in seen:
            seen.add(following)
            starts.append(following)


def _joined_clause(tokens, verb: int) -> int | None:
    """After a clause's verb, a definite noun phrase after ", and" / ", but" opens the next clause ("The
    protection builds up slowly, and the benefits of ... builds up too")."""
    for index in range(verb + 3, len(tokens) - 1):
        if tokens[index].text in (";", ":") or tokens[index].lower in _RELATIVES:
            return None
        joined = tokens[index - 1].lower in ("and", "but") and tokens[index - 2].text == ","
        if joined and tokens[index].lower in _DEFINITE_OPENERS:
            return index
    return None


def sentence_subjects(document: Document, sentence: TokenizedSentence, vocabulary: HeadVocabulary) -> list[tuple]:
    """The subjects of one sentence, read once per document and shared by the rules that use them."""
    read = document.shared(
        (sentence_subjects, vocabulary),
        lambda: {s.sentence.start: list(subjects(s.tokens, vocabulary)) for s in text.sentences(document)},
    )
    return read.get(sentence.sentence.start, [])


def mismatched_verbs(tokens: tuple[Token, ...], parsed: list[tuple]) -> Iterator[tuple[int, str, str]]:
    """(index of the verb, replacement, message) for each clause whose verb does not agree with its head."""
    for head, number, verb, certain in parsed:
        if _counted_noun(tokens, head, verb):
            continue
        replacement = _replacement(tokens, verb, number, certain)
        if replacement is not None:
            yield verb, replacement, f"The subject's head '{tokens[head].text}' is {number}: use '{replacement}'."
        elif _lexical_verb(tokens, verb) or _be_form(tokens, verb):
            seconds = _coordinated_verbs(tokens, verb, after_be=_be_form(tokens, verb))
            yield from _second_verbs(tokens, seconds, number, f"the subject '{tokens[head].text}'")


def pronoun_coordinated_verbs(tokens: tuple[Token, ...], vocabulary: HeadVocabulary) -> Iterator[tuple[int, str, str]]:
    """(index, replacement, message) for a verb joined by "and"/"or" to the verb of a subject pronoun that
    opens a clause and whose verb agrees with it ("It lowers cholesterol and protect the heart", "They
    check your feet and gives advice"): the second verb shares the pronoun."""
    for start in _clause_starts(tokens, vocabulary):
        pronoun = tokens[start].lower if start < len(tokens) else ""
        number = PRONOUN_NUMBERS.get(pronoun)
        if number is None:
            continue
        verb = start + 1
        while verb < len(tokens) and lx.is_adverb(tokens[verb].lower) and tokens[verb].lower != "not":
            verb += 1
        if verb >= len(tokens) - 2 or not tokens[verb].is_word:
            continue
        word = tokens[verb].lower
        agrees = lx.third_person_base(word) if number == SINGULAR else lx.is_lexical_base_verb(word)
        if not agrees or word in _FINITE_FORMS or lx.is_function_word(word):
            continue
        shared = f"the subject '{tokens[start].text}'"
        yield from _second_verbs(tokens, _coordinated_verbs(tokens, verb, strict=True), number, shared)


def finite_coordinated_verbs(tokens: tuple[Token, ...], vocabulary: HeadVocabulary) -> Iterator[tuple[int, str, str]]:
    """(index, replacement, message) for a base verb joined by "and"/"or" to a verb in -s that can be nothing but
    a verb ("Eating more fibre lowers cholesterol and protect the heart", "Vitamin D strengthens bones and support
    the immune system"): an -s verb is finite and its subject singular whatever the subject is, so a second verb
    with an object after it shares that subject. Read when the subject reader found no head (an -ing clause, a
    name); not after a verb that takes an object and a bare verb ("makes", "lets"), nor past an infinitive, a
    modal or a comma (strict coordination)."""
    for verb, token in enumerate(tokens[:-3]):
        word = token.lower
        if not word.endswith("s") or not token.is_word or (token.is_capitalised and verb > 0) or word in _FINITE_FORMS:
            continue  # (a verb in -s ends in "s": one string test for most tokens)
        base = lx.third_person_base(word)
        if base is None or base in vocabulary.object_and_verb:
            continue
        opening = verb == 0 and _opening_verb(tokens)
        if not (lx.is_only(word, "VERB") or opening):
            continue
        shared = f"the subject of '{token.text}'"
        seconds = _coordinated_verbs(tokens, verb, strict=True, bare_object=verb == 0)
        yield from _second_verbs(tokens, seconds, SINGULAR, shared)


def _opening_verb(tokens) -> bool:
    """A word in -s that is a noun and a verb opens a bullet or a sentence with its object after it: it is the
    verb of a product that goes unsaid ("Supports your joints and protect cartilage", "Boosts energy and
    support your immune system", "Tracks your steps and count your calories"). The next word is a determiner
    or a pronoun, a word that is no verb ("energy") or a gerund ("bloating"); "Results vary and depend", "Records show"
    open with a plural subject and its verb."""
    following = tokens[1].lower
    if following in _OBJECT_OPENERS:
        return following not in lx.OBJECT_PRONOUNS or following in ("you", "your")  # "Drops it" no; "Helps you"
    if not tokens[1].is_word or tokens[1].is_capitalised or lx.is_function_word(following):
        return False
    known = lx.classes(following)
    gerund = following.endswith("ing") and "NOUN" in known  # "Reduces bloating"
    return bool(known) and ("VERB" not in known or gerund) and not following.endswith("ly")


def _second_verbs(tokens: tuple[Token, ...], seconds: Iterator[int], number: str, shared: str
                  ) -> Iterator[tuple[int, str, str]]:
    """(index, replacement, message) for each coordinated verb that does not agree with the subject it shares."""
    for second in seconds:
        replacement = _replacement(tokens, second, number, certain=False)
        if replacement is not None:
            yield second, replacement, f"'{tokens[second].text}' shares {shared}: use '{replacement}'."


PRONOUN_NUMBERS = {"it": SINGULAR, "he": SINGULAR, "she": SINGULAR, "they": PLURAL, "we": PLURAL, "you": PLURAL}


def _be_form(tokens, index: int) -> bool:
    """ "are", "is", "was", "were": a clause's verb whose complement a second verb may follow ("are rare but needs")."""
    return index < len(tokens) and tokens[index].lower in ("is", "are", "was", "were")


def _auxiliary(word: str) -> bool:
    return word in _FINITE_FORMS or word in lx.MODALS or lx.is_function_word(word)


def _lexical_verb(tokens, index: int) -> bool:
    """A present-tense lexical verb ("lowers", "protect"), not an auxiliary."""
    word = tokens[index].lower if index < len(tokens) else ""
    if not word or word in _FINITE_FORMS or lx.is_function_word(word):
        return False
    return bool(lx.third_person_base(word) or lx.is_base_verb(word))


def _coordinated_verbs(tokens, verb: int, after_be: bool = False, strict: bool = False, bare_object: bool = False
                       ) -> Iterator[int]:
    """Verbs joined to the clause's verb by "and"/"or"/"but", sharing its subject ("lowers cholesterol and
    protect the heart", "are rare but needs checking"): up to the end of the clause, and only where no new
    subject can stand between the conjunction and the verb. Without an object after it, the second verb
    counts only when no infinitive, modal or question word stands between whose verb it may continue
    ("helps you to stop smoking and lose weight", "shows how your breathing stops or becomes shallow"); after
    "is"/"are" never ("is not intended to diagnose, treat or prevent any disease")."""
    continued = False
    for index in range(verb + 1, min(len(tokens) - 1, verb + _LONGEST_PHRASE)):
        token = tokens[index]
        if token.text in ";:()" or token.lower in lx.SUBORDINATORS:
            return
        if strict and (token.text == "," or (continued and token.lower in ("and", "or"))):
            return  # a pronoun's clause: no verb after a comma or after an infinitive ("provides tools to
            # raise money and share")
        if token.lower in _CONTINUED_VERB_OPENERS or token.lower in lx.MODALS or _object_and_base_verb(tokens, index):
            continued = True  # "helps to ease pain and reduce", "can soothe and calm", "lets you sleep and wake"
        if token.lower not in ("and", "or", "but") or tokens[index - 1].text == ",":
            continue  # ", and" may open a new clause
        following = index + 1
        while following < len(tokens) and lx.is_adverb(tokens[following].lower):
            following += 1
        if following + 1 >= len(tokens) or not tokens[following].is_word or not _lexical_verb(tokens, following):
            continue
        after = tokens[following + 1].lower
        only_verb = lx.is_only(tokens[following].lower, "VERB")  # "and improve blood flow"
        infinitive = after == "to" and "ADJ" in lx.classes(tokens[index - 1].lower)  # "rare but needs to"
        loose = (only_verb or infinitive) and not continued
        if after_be and continued:
            return
        if continued and lx.third_person_base(tokens[following].lower) is None:
            continue  # "explains how to clean the wound and change the dressing": a base verb continues the infinitive
        bare = bare_object and after not in ("and", "or") and _noun_only(after)  # "and protect cartilage"
        if strict and after not in _OBJECT_OPENERS and not bare:
            continue  # "It features ... and commit time replication": a pronoun's second verb needs an object
        if after in _OBJECT_OPENERS or (after.endswith("ly") and lx.is_adverb(after)) or loose or bare:
            yield following  # an object or an adverb after it: a verb ("and interfaces which" is a noun)


def _noun_only(word: str) -> bool:
    """A word the lexicon knows only as a noun or an adjective ("cartilage", "digestion", "healthy")."""
    known = lx.classes(word)
    return bool(known) and known <= {"NOUN", "ADJ"} and not lx.is_function_word(word)


def _object_and_base_verb(tokens, index: int) -> bool:
    """An object pronoun then a base verb ("helps you stop", "let them rest"): a bare infinitive whose
    verb a coordinated verb may continue."""
    word = tokens[index].lower
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return word in lx.OBJECT_PRONOUNS and lx.is_lexical_base_verb(following)


_CONDITION_WORDS = frozenset(["provided", "providing"])  # "provided the notice and this notice are kept"


def _second_conjunct(tokens, start: int) -> bool:
    """The phrase at `start` follows "and" after a singular noun ("provided the copyright notice and this
    notice are", "if the compilation and its copyright are"): it may be the second half of a coordinated,
    plural subject, so a singular reading of it alone is no verdict."""
    if start < 2 or tokens[start - 1].lower != "and":
        return False
    word = tokens[start - 2].lower
    noun = "NOUN" in lx.classes(word) or tokens[start - 2].is_capitalised  # "your GP and your pharmacist are"
    if not noun or lx.third_person_base(word) is not None or lx.is_plural_noun(word):
        return False
    determiner = next((k for k in range(start - 3, max(start - 7, -1), -1) if tokens[k].lower in _OBJECT_OPENERS), None)
    if determiner is None or not all(tokens[k].is_word for k in range(determiner, start - 1)):
        return False
    before = tokens[determiner - 1] if determiner else None  # not "Take the tablet with water and the coating"
    return before is None or before.text == "," or before.lower in lx.SUBORDINATORS | _CONDITION_WORDS


def after_additive(tokens, index: int, vocabulary: HeadVocabulary) -> bool:
    """An additive phrase ends at `index` ("as well as", "along with"): what follows is its object, no clause."""
    words = [token.lower for token in tokens[:index]]
    return any(tuple(words[-len(phrase) :]) == phrase for phrase in vocabulary.additive_phrases)


def _clause_starts(tokens, vocabulary: HeadVocabulary):
    yield 0
    if len(tokens) > 1 and tokens[0].text in ('"', "“", "‘", "'"):
        yield 1  # a testimonial: "“The tablets works”"
    after_opening_phrase = _after_opening_phrase(tokens, vocabulary)
    if after_opening_phrase is not None:
        yield after_opening_phrase  # "During the review the nurse checks ...", "At your first visit, the nurse"
    # Whether a finite verb, and whether a verb taking an object and a bare verb, stand before the
    # index: read only as far as a "so"/"and" before a definite opener needs it (`read_*`: how many
    # tokens have been read for each), not for every token.
    verb_seen, object_and_verb = _opens_with_imperative(tokens), False
    read_verbs = read_objects = 0
    clause_openers, object_verbs = vocabulary.clause_openers, vocabulary.object_and_verb
    for index in range(1, len(tokens) - 1):
        previous = tokens[index - 1]
        word = previous.lower
        if word in clause_openers and after_additive(tokens, index, vocabulary):
            continue  # "The tablets as well as the cream are": "as" closes an additive phrase, opens no clause
        if word in clause_openers or previous.text in (";", ":") or word == "whose":
            yield index  # ("whose": the noun phrase after it is its relative clause's subject)
        elif word == "but" and index > 1 and tokens[index - 2].text == ",":
            yield index  # not ", and" alone: it also ends a list ("browsers, clients, and other software")
        elif word in ("so", "and") and tokens[index].lower in _DEFINITE_OPENERS:
            while not object_and_verb and read_objects < index:
                object_and_verb = not object_verbs.isdisjoint(lx.lemmas(tokens[read_objects].lower).get("VERB", ()))
                read_objects += 1
            if object_and_verb:
                continue  # a definite phrase after "help you and": the object's bare verb may follow
            while word == "and" and not verb_seen and read_verbs < index:
                verb_seen = _finite_verb(tokens[read_verbs].lower) or _verb_before_adverb(tokens, read_verbs)
                read_verbs += 1
            if word == "so" or verb_seen:
                yield index  # "..., so the active ingredient stays", "Place it there and the app records"


def _after_opening_phrase(tokens, vocabulary: HeadVocabulary) -> int | None:
    """The index of a definite noun phrase after a sentence-opening prepositional phrase of time or place
    ("During the review the nurse ...", "At your first visit, the therapist ...") or a noun phrase of time
    ("Last year our clinics ...", "Each winter, the practice ..."): a clause's subject."""
    if len(tokens) < 5:
        return None
    timed = tokens[0].lower in _TIME_DETERMINERS and tokens[1].lower in _TIME_NOUNS
    if timed:
        end = 2
    elif tokens[0].lower in _OPENING_PREPOSITIONS or tokens[0].lower in lx.PREPOSITIONS:
        phrase = _Subject(tokens, vocabulary).noun_phrase(1)
        if phrase is None:
            return None
        end = phrase[1]
    else:
        return None
    comma = end < len(tokens) and tokens[end].text == ","
    position = end + (1 if comma else 0)
    if position >= len(tokens):
        return None
    if not timed and tokens[0].lower not in _OPENING_PREPOSITIONS and not comma:
        return None  # any other preposition only with its comma: "Despite the name, most people ..."
    word = tokens[position].lower
    if word in _DEFINITE_OPENERS:
        return position
    # After the comma, a quantifier may open the subject too ("Despite the name, most people")
    return position if comma and word in vocabulary.plural_of_heads | vocabulary.plural_determiners else None


def _verb_before_adverb(tokens, index: int) -> bool:
    """An -s form after a noun and before an -ly adverb or a particle is a verb: "The cream works quickly",
    "The protection builds up"."""
    word, following = tokens[index].lower, tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if index == 0 or not lx.third_person_base(word) or "NOUN" not in lx.classes(tokens[index - 1].lower):
        return False
    return following in lx.PARTICLES or (following.endswith("ly") and lx.is_adverb(following))


def _used_as_verb(word: str) -> bool:
    """Real English uses the word as a verb: the bigram table lists it after "you", "will" or "can" ("you
    keep", "can skip"; not "you blood", "you skin"), or "to" stands before it far more often than before a
    noun ("to reuse", "to limit"; "to blood" is "close to blood"), so a sentence opening with it may be
    an imperative."""
    counts = bigram_counts()
    if any(counts.pair(before, word)[1] for before in ("you", "will", "can")):
        return True
    after_to, seen = counts.pair("to", word)
    return seen and after_to >= _VERB_TO_SHARE * counts.unigram(word)


# "to" + the word, against the word's own count, above which the word is used as a verb ("to limit" 5.6,
# "to skip" 1.9; nouns: "to hand" 0.9, "to pressure" 0.7, "to blood" 0.3).
_VERB_TO_SHARE = 1.5


def _counted_noun(tokens, head: int, verb: int) -> bool:
    """The word read as the verb is a noun counted by the number before it: "fell from 95 minutes to 40 minutes",
    "Nicotine patch: one patch a day"."""
    if verb >= len(tokens) or verb < 1 or "NOUN" not in lx.classes(tokens[verb].lower):
        return False
    before = tokens[verb - 1]
    return before.is_number or (before.lower == "one" and head == verb - 1)


def _only_a_verb(word: str) -> bool:
    """A present-tense word real English uses only as a verb ("depend", "occurs"), never a past form too."""
    return lx.is_only(word, "VERB") and not lx.past_like_base(word) and not lx.is_participle(word)


def _finite_verb(word: str) -> bool:
    """A word that can only be a clause's verb: a form of be/have/do, a modal, an -s word that is only a verb."""
    return (
        word in _FINITE_FORMS
        or word in lx.MODALS
        or word in lx.BE_FORMS
        or (lx.third_person_base(word) is not None and lx.is_only(word, "VERB"))
    )


def _opens_with_imperative(tokens) -> bool:
    """A base verb before a determiner or possessive opens the sentence: "Place your phone ..."."""
    if len(tokens) < 2 or not lx.is_lexical_base_verb(tokens[0].lower):
        return False
    return tokens[1].lower in _DEFINITE_OPENERS


class _Subject:
    """A left-to-right reader of one subject noun phrase."""

    def __init__(self, tokens: tuple[Token, ...], vocabulary: HeadVocabulary):
        self.tokens = tokens
        self.vocabulary = vocabulary
        self.noun_by_counts = False  # the opening word may be a verb; the bigram counts make it a noun

    def lower(self, index: int) -> str:
        return self.tokens[index].lower if index < len(self.tokens) else ""

    def read(self, start: int) -> tuple[int, str, int, bool] | None:
        """(head index, number, verb index, certain verb slot) of the subject opening at `start`, or None."""
        opening = start == 0
        adverb = opening and self.lower(0) in self.vocabulary.opening_adverbs
        if adverb and len(self.tokens) > 1 and self.tokens[1].is_word:
            start = 1  # "Even mild sunburn raises": a focusing adverb before the subject
        if self.lower(start) == "not" and self.lower(start + 1) in ("all", "every", "many"):
            start += 1  # "Not all forms of magnesium are", "Not every patient needs"
        if self.lower(start) == "both" and self.lower(start + 1) in _DEFINITE_OPENERS:
            both = self.noun_phrase(start + 1)  # "Both the tablet and the cream contains": plural
            if both is not None and self.lower(both[1]) == "and":
                other = self.noun_phrase(both[1] + 1)
                if other is not None and not self.named(other[0]) and not self.named(both[0]):
                    return self.finish(other[0], PLURAL, other[1], reduced_relative=True)
            return None
        first = self.lower(start)
        if first in ("neither", "either"):
            return self.correlative(start)
        if first in _QUESTION_WORDS:
            return None  # "How common are they?": a question word, no noun phrase
        if first in self.vocabulary.singular_of_heads and self.lower(start + 1) == "of":
            inner = self.noun_phrase(start + 2)
            if inner is None or not lx.is_plural_noun(self.lower(inner[0])):
                return None
            return self.finish(start, SINGULAR, inner[1], reduced_relative=True)
        if first in self.vocabulary.plural_of_heads and self.lower(start + 1) == "of":
            return self.plural_of_phrase(start + 2)  # "All of our products are", "Most of the tablets"
        quantity = first == "a" and self.lower(start + 1) in self.vocabulary.indefinite_plural_heads
        if quantity and self.lower(start + 2) == "of":
            return self.plural_of_phrase(start + 3)  # "A number of customers have asked"
        definite = first == "the" and self.lower(start + 1) in self.vocabulary.definite_singular_heads
        if definite and self.lower(start + 2) == "of":
            inner = self.coordinated_phrase(start + 3)  # "the number of strokes and heart attacks"
            return None if inner is None else self.finish(start + 1, SINGULAR, inner, reduced_relative=True)
        if start < len(self.tokens) and (self.tokens[start].is_number or first in _COUNTING_WORDS):
            return None  # "9 out of 10 customers see", "Two weeks in a high-risk area is": a proportion, an amount
        if first.endswith("ing") and "VERB" in lx.classes(first) and self.lower(start + 1) != "and":
            return None  # "when running pip outside": a participle clause, not a subject
        phrase = self.noun_phrase(start, opening=opening)  # (an imperative may follow "Only": "Only use")
        if phrase is None:
            return None
        unknown_item = self.unknown_first_item(start, phrase)
        if self.named(phrase[0]) and not unknown_item:
            return None
        head, position, number = phrase
        if self.noun_by_counts and number != PLURAL:
            return None  # an opening word read as a noun by the counts alone: only a plural head is judged
        if any(self.unknown(k) for k in range(start, head)):
            return None  # "codegen units": a term the lexicon does not know
        if head > start and self.verb_or_compound(head):
            return None  # "The cream treats cuts": the -s word may be the verb, not a compound's head
        if self.lower(position) == ",":
            listed = self.listed_subject(start, head, position)
            if listed is None and unknown_item:
                return None
            if listed is not None:
                position, number = listed, PLURAL  # "Collagen, zinc and copper support your skin"
                if self.bare_singulars(start, listed) and self.lower(position) in _SINGULAR_TO_PLURAL:
                    return None  # "Sleep, diet and exercise is the key": may be one idea
        reduced, conjunct = first == "the", position + 1
        if self.lower(position) == "and" and first not in ("each", "every"):
            other = self.noun_phrase(conjunct)
            if other is not None and self.coordinated_adjectives(start, head, conjunct, other[0]):
                if lx.classes(self.lower(head)) != {"ADJ"} and "NOUN" in lx.classes(self.lower(head)):
                    return None  # "The cold and wet weather" or "Iron and folic acid": one head or two
                if other[2] == SINGULAR and first not in ("a", "an"):
                    return None  # "the minimal and optimal size are": one thing or two of it, either form
                return self.finish(other[0], other[2], other[1], reduced_relative=reduced) if other[2] else None
            if other is None or self.named(other[0]) or not ("NOUN" in lx.classes(self.lower(head)) or unknown_item):
                return None
            if self.one_idea(start, head, position + 1, other[0]) and self.lower(other[1]) in _SINGULAR_TO_PLURAL:
                return None  # "Salt and pepper is", "Diet and exercise is the key": may be one idea
            if self.shared_head(start, head, position + 1, other[0]):
                if other[2] != PLURAL:
                    return None  # "The zinc and vitamin C formula", "Pain and joint stiffness": one head or two
                position, number, head = other[1], PLURAL, other[0]  # "morning and evening blends": plural either way
            else:
                position, number = other[1], PLURAL  # "Caffeine and alcohol"
            # A relative clause without its pronoun may follow a determined second item ("Your history and
            # the medicines you take affect"): a coordinated subject is no adverbial of time ("Every day we").
            reduced = reduced or self.lower(conjunct) in _DEFINITE_OPENERS
        if number is None:
            return None
        return self.finish(head, number, position, reduced_relative=reduced)

    def correlative(self, start: int) -> tuple[int, str, int, bool] | None:
        """ "Neither the cream nor the tablet work": the verb agrees with the nearer item; judged only when both
        items have the same number ("Neither the nurse nor the doctor are" -> "is"), since a mixed pair often
        takes the plural in edited English."""
        joiner = "nor" if self.lower(start) == "neither" else "or"
        first = self.noun_phrase(start + 1)
        if first is None or self.lower(first[1]) != joiner or self.named(first[0]):
            return None
        second = self.noun_phrase(first[1] + 1)
        if second is None or self.named(second[0]) or second[2] is None or second[2] != first[2]:
            return None
        return self.finish(second[0], second[2], second[1], reduced_relative=True)

    def coordinated_adjectives(self, start: int, head: int, second: int, second_head: int) -> bool:
        """Two adjectives joined by "and" before one noun ("The clear and simple solution", "A safe and
        effective vaccine"): the word read as the first head is an adjective alone after its determiner,
        and the second item opens with an adjective or participle: one head, whose number is the subject's."""
        alone = head == start + 1 and self.lower(start) in lx.DETERMINERS or head == start
        opener = self.lower(second)
        adjective = "ADJ" in lx.classes(opener) or (lx.is_participle(opener) and "NOUN" not in lx.classes(opener))
        return alone and "ADJ" in lx.classes(self.lower(head)) and second_head > second and adjective

    def plural_of_phrase(self, start: int) -> tuple[int, str, int, bool] | None:
        """The subject "all of / a number of" + the noun phrase at `start`: plural when that phrase is."""
        inner = self.noun_phrase(start)
        if inner is None or self.named(inner[0]) or inner[2] != PLURAL:
            return None
        return self.finish(inner[0], PLURAL, inner[1], reduced_relative=True)

    def listed_subject(self, start: int, head: int, comma: int) -> int | None:
        """The index after a list of noun phrases joined by commas and a last "and" ("Collagen, zinc and
        copper", "Tablets, creams, and sprays"), or None: not an apposition ("Vitamin D, the sunshine
        vitamin, helps"; "Our founder, a nurse and mother of two, says": a comma closes it)."""
        position = comma
        if self.lower(comma + 1) in ("and", "or"):
            return None  # "when your heart beats, and the bottom one is": two clauses, not a list
        while self.lower(position) == ",":
            if self.lower(position + 1) == "and":
                position += 1
                break
            item = self.noun_phrase(position + 1)
            if item is None or self.named(item[0]):
                return None
            position = item[1]
        if self.lower(position) != "and" or position == comma:
            return None
        last = self.noun_phrase(position + 1)
        return None if last is None or self.named(last[0]) or self.lower(last[1]) == "," else last[1]

    def bare_singulars(self, start: int, end: int) -> bool:
        """A list of nouns without determiners, none of them plural ("sleep, diet and exercise")."""
        words = [self.tokens[k] for k in range(start, end) if self.tokens[k].is_word]
        return all(t.lower not in lx.DETERMINERS and not lx.is_plural_noun(t.lower) for t in words)

    def one_idea(self, first: int, first_head: int, second: int, second_head: int) -> bool:
        """Two bare singular nouns joined by "and" ("salt and pepper", "diet and exercise"): writers
        often treat them as one thing, so a singular "is"/"has" after them is not judged."""
        bare = self.lower(first) not in lx.DETERMINERS and self.lower(second) not in lx.DETERMINERS
        return bare and not (lx.is_plural_noun(self.lower(first_head)) or lx.is_plural_noun(self.lower(second_head)))

    def shared_head(self, first: int, first_head: int, second: int, second_head: int) -> bool:
        """A singular noun joined by "and" to a compound without a determiner ("zinc and vitamin C formula",
        "salt and sugar intake", "our wart and verruca gel", "morning and evening blends"): the two may
        modify one shared head."""
        if lx.is_plural_noun(self.lower(first_head)):
            return False  # "drops and laser treatment": a plural noun is no modifier
        modifiers = [k for k in range(first, first_head) if self.lower(k) not in lx.DETERMINERS]
        compound = modifiers and lx.classes(self.lower(modifiers[-1])) == {"NOUN"} or (
            modifiers and lx.classes(self.lower(modifiers[-1])) == {"NOUN", "VERB"}
        )
        if compound and second_head - second <= first_head - modifiers[0]:
            return False  # "Your blood pressure and heart rate": two compounds; not "... and heart rate monitor"
        if self.lower(second) in lx.DETERMINERS or second_head == second:
            return False
        modifier = self.tokens[second_head - 1]
        return "NOUN" in lx.classes(modifier.lower) or modifier.is_capitalised or not lx.classes(modifier.lower)

    def verb_or_compound(self, head: int) -> bool:
        """An -s head after a noun ("cream treats") may be that noun's verb, unless real English uses the
        two words as a compound often enough for the bigram dictionary to list them ("side effects")."""
        word, before, after = self.lower(head), self.lower(head - 1), self.lower(head + 1)
        if not lx.third_person_base(word) or "NOUN" not in lx.classes(before) or lx.is_function_word(before):
            # ("These figures shows": a determiner, which the lexicon also lists as a noun, starts no compound)
            return False
        if not after or not self.tokens[head + 1].is_word or after in self.vocabulary.prepositions:
            return False  # "The ear drops, along with": nothing an -s verb could take as its object
        return f"{before} {word}" not in bigram_counts().bigrams

    def unknown_first_item(self, start: int, phrase: tuple) -> bool:
        """A one-word noun the lexicon does not know ("Caffeine", "paracetamol") opening a coordination with
        "and" or a list, capitalised only as the sentence's first word: an item of a plural subject
        whatever it names ("Caffeine and alcohol both disrupt"), judged only with a known common noun
        after it ("Marks and Spencer" is a name: its second item is capitalised)."""
        head, position = phrase[0], phrase[1]
        token = self.tokens[head]
        if head != start or not token.text.isalpha() or lx.classes(token.lower) or lx.is_function_word(token.lower):
            return False
        if token.is_capitalised and head > 0 or token.text.isupper() and len(token.text) > 1:
            return False
        return self.lower(position) in ("and", ",")

    def unknown(self, index: int) -> bool:
        word = self.lower(index)
        if "-" in word and not lx.classes(word):
            word = word.rsplit("-", 1)[1]  # "non-drowsy", "once-daily": known by the last part
        known = lx.classes(word) or lx.is_function_word(word) or word in self.vocabulary.plural_determiners
        return self.tokens[index].is_word and not known

    def named(self, head: int) -> bool:
        """A capitalised head inside the sentence, or one the lexicon does not know: a name."""
        token = self.tokens[head]
        return (token.is_capitalised and head > 0) or not lx.classes(token.lower)

    def finish(self, head: int, number: str, position: int, reduced_relative: bool) -> tuple | None:
        """(head, number, verb index, whether the verb's slot is certain) after skipping what follows
        the head. The slot is certain after a parenthesis or a relative clause ("Painkillers,
        which ease pain, causes"), where a noun cannot stand. A clause without its relative pronoun
        ("the problems we see") only when `reduced_relative`: "Every day we ..." is an adverbial."""
        end = min(len(self.tokens), head + _LONGEST_PHRASE)
        certain = self.plural_then_s_form(position)  # "Tablets, creams and sprays helps with pain"
        while position < end:
            word = self.lower(position)
            if word == "both" and number == PLURAL:
                position, certain = position + 1, True  # "Caffeine and alcohol both disrupt": a verb follows
            elif word in self.vocabulary.adverbs or (word.endswith("ly") and lx.is_adverb(word)):
                position += 1  # ("both", "all" are also quantifiers: the slot stays as it was)
            elif word in self.vocabulary.prepositions or self.additive(position) is not None:
                length = self.additive(position) or 1
                position, certain = self.coordinated_phrase(position + length), False
                if position is not None and self.plural_then_s_form(position):
                    certain = True  # "Exercises for the first few weeks focuses on": a plural ends the phrase
            elif lx.is_participle(word) and "VERB" in lx.classes(word) and not _auxiliary(word):
                if self.lower(position + 1) in _OBJECT_OPENERS or self.lower(position + 1) == "that":
                    return head, number, position, certain  # "Members reported that ...": the clause's verb
                position, certain = position + 1, False  # "Vaccines given in childhood protect"
            elif self.ing_particle_end(position) is not None:
                position, certain = self.ing_particle_end(position), True  # "a new tooth coming through includes"
            elif self.ing_postmodifier(position, number):
                position = self.ing_object_end(position + 1)  # "Tablets containing hyoscine works": skip the object
                if position is None:
                    return None
                certain = True
            elif self.tokens[position].text == ",":
                position, certain = self.parenthesis(position), True
            elif word in _RELATIVES or (
                reduced_relative and (word in _SUBJECT_PRONOUNS or self.reduced_relative_subject(position))
            ):  # "One of the reasons people miss work is": a relative clause without its pronoun
                position, certain = self.relative_clause(position), True
            else:
                return head, number, position, certain
            if position is None:
                return None
        return None

    def ing_postmodifier(self, position: int, number: str) -> bool:
        """An -ing verb right after a plural head, before the bare noun it takes as object ("Tablets
        containing hyoscine", "Patients taking warfarin"): a reduced relative clause on the head. Only
        after a plural head, where a progressive needs "are" before it ("Patients are taking")."""
        word = self.lower(position)
        if number != PLURAL or not word.endswith("ing") or not lx.is_only(word, "VERB"):
            return False
        following = self.lower(position + 1)
        return bool(following) and not lx.is_function_word(following) and not self.tokens[position + 1].is_capitalised

    def ing_particle_end(self, position: int) -> int | None:
        """An -ing verb and its particle after the head, then a finite verb ("The signs of a tooth coming through
        includes", "Pain flaring up is"): a reduced relative clause without an object; the index of the verb after
        it, or None."""
        word = self.lower(position)
        if not word.endswith("ing") or "VERB" not in lx.classes(word) or self.lower(position + 1) not in _ING_PARTICLES:
            return None
        verb = position + 2
        following = self.lower(verb)
        finite = following in _FINITE_FORMS or (lx.third_person_base(following) and lx.is_only(following, "VERB"))
        return verb if finite and not self.tokens[verb].is_capitalised else None

    def ing_object_end(self, position: int) -> int | None:
        """The end of the bare object of an -ing postmodifier: up to three words that are no function
        words, stopping at an -s form (the clause's verb: "hyoscine works"); None when no -s form
        or form of "be"/"have" closes it."""
        for end in range(position, min(position + 4, len(self.tokens))):
            word = self.lower(end)
            if end > position and (word in _FINITE_FORMS or lx.third_person_base(word)):
                return end
            if not self.tokens[end].is_word or lx.is_function_word(word) or self.tokens[end].is_capitalised:
                return None
        return None

    def counted(self, position: int) -> bool:
        """A number stands at `position` ("two doses", "45 minutes")."""
        return position < len(self.tokens) and (
            self.tokens[position].is_number or self.lower(position) in lx.NUMBER_WORDS
        )

    def plural_then_s_form(self, position: int) -> bool:
        """A plural noun ends the phrase before `position` and an -s verb form stands there: a plural is
        no modifier of a compound, so the -s word is the clause's verb ("weeks focuses on")."""
        if position < 1 or position >= len(self.tokens) or not self.tokens[position].is_word:
            return False
        before, word = self.lower(position - 1), self.lower(position)
        if not lx.is_plural_noun(before) or before in self.vocabulary.no_number or not before.endswith("s"):
            return False  # (an irregular plural may modify a compound: "bacteria cultures grow")
        if lx.third_person_base(before) and self.lower(position - 2) not in lx.DETERMINERS | {"and", "or", ","}:
            return False  # "git-archive takes attributes": the plural may itself be a verb
        return bool(lx.third_person_base(word)) and not self.tokens[position].is_capitalised

    def additive(self, position: int) -> int | None:
        first = self.lower(position)
        for phrase in self.vocabulary.additive_phrases:
            if phrase and phrase[0] != first:
                continue  # the first word rules out most phrases
            if all(self.lower(position + k) == part for k, part in enumerate(phrase)):
                return len(phrase)
        return None

    def parenthesis(self, comma: int) -> int | None:
        """After ", which ...," / ", along with X," / ", such as X,": the index after the closing comma."""
        opening = comma + 1
        while lx.is_adverb(self.lower(opening)):
            opening += 1  # ", usually lasting 7 days,"
        participle = self.lower(opening).endswith("ing") or lx.is_participle(self.lower(opening))
        starts = self.lower(opening) in ("which", "who") or self.additive(opening) is not None
        if not (starts or (participle and "VERB" in lx.classes(self.lower(opening)))):
            return None
        end = min(len(self.tokens), comma + _LONGEST_PHRASE)
        for position in range(comma + 2, end):
            text = self.tokens[position].text
            if text == ",":
                return position + 1
            if text in ("-", "/") and (self.tokens[position - 1].is_word or self.tokens[position - 1].is_number):
                continue  # ", made from medical-grade plastic,": a hyphenated word inside the phrase
            if not (self.tokens[position].is_word or self.tokens[position].is_number):
                return None
        return None

    def relative_clause(self, position: int) -> int | None:
        """Skip "who take antihistamines daily", "that you take", "we see": the index of the next verb
        of the clause around it (a form of be/have/do, or a verb followed by an object or adverb)."""
        if self.lower(position) in _RELATIVES:
            position += 1
            if self.lower(position) in _SUBJECT_PRONOUNS:
                position += 1
            elif self.lower(position) in lx.DETERMINERS:
                subject = self.noun_phrase(position)  # "the tablets that your doctor prescribed"
                if subject is None:
                    return None
                position = subject[1]
            elif self.bare_plural_subject(position):
                position = self.noun_phrase(position)[1]  # "the side effect that people report"
        elif self.lower(position) in _SUBJECT_PRONOUNS:
            position += 1  # a relative clause without its pronoun: "the problems we see"
        elif self.reduced_relative_subject(position):
            position += 1  # "the reasons people miss work", "the tests doctors use"
        else:
            return None
        while self.lower(position) in lx.MODALS or self.lower(position) in ("not", "do", "does", "did") or (
            lx.is_adverb(self.lower(position))
        ):
            position += 1
        verb = self.lower(position)
        known = lx.classes(verb)
        if position >= len(self.tokens) or not self.tokens[position].is_word:
            return None
        if (known and "VERB" not in known) or (lx.is_function_word(verb) and verb not in lx.BE_FORMS):
            return None  # a word the lexicon does not know after "who" is a verb: "who breastfeed"
        end = min(len(self.tokens), position + _LONGEST_PHRASE)
        for index in range(position + 1, end):
            token = self.tokens[index]
            word = token.lower
            if not (token.is_word or token.is_number) or word in lx.CONJUNCTIONS or word in lx.SUBORDINATORS:
                return None
            if word in lx.MODALS and index > position + 1:
                return index  # "Anyone who develops a fever ... should get": a modal agrees with any subject
            if self.lower(index - 1) == "to" or self.lower(index - 1) in lx.MODALS:
                continue  # "who want to take": a verb of the relative clause
            if word in lx.PARTICLES and index == position + 1:
                continue  # "an ache that spreads up the arm": the particle of the clause's verb, never a verb
            verb_form = lx.third_person_base(word) or lx.is_base_verb(word)
            if self.lower(index - 1) in lx.DETERMINERS or self.lower(index - 1) in lx.POSSESSIVES:
                verb_form = None  # "you can buy without a trip to": a noun after its determiner
            if self.lower(index - 1) in lx.PREPOSITIONS and self.lower(index - 1) != "to":
                verb_form = None  # "who check it at home usually feels": a preposition's object is no verb
            certain = verb_form and (
                self.verb_context(index) or self.verb_after_noun(index, index - 1) or _only_a_verb(word)
            )  # "The price you pay depend on": a word that is only a verb needs no object to be one
            if word in _FINITE_FORMS or certain:
                return index  # "who take antihistamines daily needs to", "their babies needs"
        return None

    def reduced_relative_subject(self, position: int) -> bool:
        """After a complete plural head, a bare plural noun then a base verb opens a relative clause without
        its pronoun, even when the noun could be an -s verb ("the tests doctors use", "the reasons people
        give"): two plurals in a row are no noun and verb."""
        if self.bare_plural_subject(position):
            return True
        word, following = self.lower(position), self.lower(position + 1)
        if position < 1 or not lx.is_plural_noun(self.lower(position - 1)) or not lx.is_plural_noun(word):
            return False
        if following in lx.PARTICLES or lx.classes(following) & {"ADV", "ADJ"}:
            return False  # "for years builds up": a particle, not a relative clause's verb
        return lx.is_lexical_base_verb(following) and not lx.third_person_base(following)

    def bare_plural_subject(self, position: int) -> bool:
        """A plural noun without a determiner, then a base verb, opens an object relative clause:
        the noun is the clause's own subject ("the effect that people report", "the foods that
        children eat"), so its verb is not the main verb. Not an -s form that may be the relative's
        verb itself ("the drug that lowers blood sugar")."""
        word, following = self.lower(position), self.lower(position + 1)
        if not lx.is_plural_noun(word) or lx.third_person_base(word) or following in _FINITE_FORMS:
            return False
        phrase = self.noun_phrase(position)
        return phrase is not None and phrase[0] == position and lx.is_base_verb(self.lower(phrase[1]))

    def coordinated_phrase(self, position: int) -> int | None:
        """A noun phrase, or several joined by "and"/"or" (inside a prepositional phrase); a bare number
        too ("Children under five", "adults over 65")."""
        if position < len(self.tokens) and (self.tokens[position].is_number or self.lower(position) in lx.NUMBER_WORDS):
            following = self.lower(position + 1)
            s_verb = lx.third_person_base(following) and (
                "NOUN" not in lx.classes(following) or self.verb_context(position + 1) or self.counted(position + 2)
            )  # "under five needs two doses", not "about 45 minutes and"
            if s_verb or following in _FINITE_FORMS or following in lx.MODALS:
                return position + 1  # "Children under five needs": the number ends the phrase
            if lx.third_person_base(following):
                return None  # "about 45 minutes and ...": a count noun or a verb, no verdict
        if self.lower(position) in _PHRASE_PRONOUNS:
            following = self.lower(position + 1)
            if following in lx.PREPOSITIONS or following in lx.PARTICLES or lx.is_adverb(following):
                return position + 1  # "the benefits of staying on it for years": a pronoun ends the phrase
            return None  # "before it is sent": the pronoun is a clause's subject
        phrase = self.noun_phrase(position)
        while phrase is not None and self.lower(phrase[1]) in ("and", "or"):
            following = self.noun_phrase(phrase[1] + 1)
            if following is None:
                return phrase[1]
            phrase = following
        return None if phrase is None else phrase[1]

    def noun_phrase(self, start: int, opening: bool = False) -> tuple[int, int, str | None] | None:
        """(head index, index after the phrase, number) of the noun phrase at `start`, or None."""
        words, tokens = self.vocabulary, self.tokens
        position = start
        determiner = None
        if self.lower(position) in lx.DETERMINERS or self.lower(position) in words.plural_determiners:
            determiner = self.lower(position)
            position += 1
        elif opening and position + 1 < len(tokens):
            first, second = self.lower(position), self.lower(position + 1)
            if second != "and" and (lx.is_only(first, "VERB") or first.endswith("ing")):
                return None  # an imperative ("Apply the cream") or a gerund ("Taking statins is")
            listed = f"{first} {second}" in bigram_counts().bigrams
            if second != "and" and lx.is_base_verb(first) and not lx.is_plural_noun(first) and not listed:
                if _used_as_verb(first):
                    return None  # "Keep lice products away": an imperative, unless a listed compound ("side effects")
                self.noun_by_counts = True  # "Blood pressure readings": a noun real English hardly uses as a verb
        head = None
        while position < len(tokens) and position - start < _LONGEST_PHRASE:
            token = tokens[position]
            word = token.lower
            if token.is_number and head is None:
                position += 1
                continue
            if token.text == "," and head is not None and self.adjective_list(head, position + 1):
                position += 1  # "Itchy, watering eyes": adjectives before the noun, set off by a comma
                continue
            if not token.is_word or lx.is_function_word(word) or word in words.adverbs or word in _FINITE_FORMS:
                break
            known = lx.classes(word)
            premodifier = lx.is_participle(word) and "NOUN" not in known and not _auxiliary(word)
            if head is None and premodifier and position + 1 < len(tokens):
                position += 1  # "a weakened immune system": a participle before the noun
                continue
            if head is not None and lx.is_base_verb(word) and self.relative_on(position):
                head, position = position, position + 1  # "a night splint that keeps": a noun the lexicon misses
                continue
            if head is not None and lx.is_plural_noun(self.lower(head)) and self.ing_postmodifier(position, PLURAL):
                break  # "Tablets containing hyoscine": an -ing verb and its object after a plural head
            if head is not None and self.ing_particle_end(position) is not None:
                break  # "a new tooth coming through includes": the -ing verb of a reduced relative clause
            if known and known.isdisjoint(_NOMINAL_CLASSES) and not word.endswith("ing"):
                break  # (an -ing form may be a gerund: "Smoking and drinking")
            if head is not None and self.verb_after_noun(position, head):
                break  # "the test shows which", "heart attacks rise": the verb after the phrase
            if known and lx.is_adverb(word) and "NOUN" not in known:
                break
            quantity = (word in words.plural_determiners or word in lx.NUMBER_WORDS) and head is not None and (
                "ADJ" in lx.classes(self.lower(head))  # "the first few weeks", not "files several times"
            )
            if head is not None and lx.is_only(word, "ADJ") and "NOUN" in lx.classes(self.lower(head)) and not quantity:
                break  # "people able to": an adjective after the noun opens a postmodifier
            if head is not None and lx.is_participle(word) and "VERB" in known and not _auxiliary(word):
                break  # "Vaccines given in childhood": a participle after the head modifies it
            head = position
            position += 1
        if head is None:
            return None
        if head > start and self.lower(head - 1) in ("most", "least") and "ADJ" in lx.classes(self.lower(head)):
            return None  # "The most common are:": a superlative whose noun is left out, of either number
        return head, position, self.number(head, determiner)

    def adjective_list(self, before: int, after: int) -> bool:
        """Two modifiers of one noun separated by a comma: an adjective only, then an adjective or a
        participle that is no noun ("Red, itchy eyes", "Dry, cracked skin")."""
        first, second = self.lower(before), self.lower(after)
        if after >= len(self.tokens) or not self.tokens[after].is_word or not lx.is_only(first, "ADJ"):
            return False
        known = lx.classes(second)
        participle = (second.endswith("ing") or lx.is_participle(second)) and known == {"VERB"}
        return lx.is_only(second, "ADJ") or participle

    def verb_after_noun(self, position: int, noun: int) -> bool:
        """The word at `position`, after the noun at `noun`, is the verb, not the next part of a compound:
        an -s form before an object ("test shows which"), a base form after a plural ("attacks rise"),
        a word that is only a verb before an object, or a base form before an adverb of manner
        ("hearing loss rise sharply"); "blood pressure" stays a compound."""
        word = self.lower(position)
        if lx.third_person_base(word):
            if lx.is_plural_noun(self.lower(noun)) or lx.is_only(word, "VERB"):
                return True
            if lx.is_plural_noun(word) and "NOUN" in lx.classes(self.lower(noun)):
                counted = position + 1 < len(self.tokens) and (
                    self.tokens[position + 1].is_number or self.lower(position + 1) in lx.NUMBER_WORDS
                )  # "the nurse lasts ten minutes": a count after the -s word
                after_verb = self.lower(position + 1) in _ONLY_AFTER_VERBS  # "the pharmacist works together"
                return self.object_follows(position) or counted or after_verb  # "blood tests usually": a compound
            return self.verb_context(position)
        if not lx.is_base_verb(word):
            return False
        if self.relative_on(position):
            return False  # "a night splint that keeps the foot flexed": the noun's relative clause
        return lx.is_plural_noun(self.lower(noun)) or self.determined_object(position) or (
            (lx.is_only(word, "VERB") or self.manner_adverb(position + 1)) and self.verb_context(position)
        )

    def relative_on(self, index: int) -> bool:
        """ "that"/"which" and a verb after the word at `index`: a relative clause on it, so it is a noun
        ("splint that keeps"); not "show that people ...", where a subject follows "that"."""
        if self.lower(index + 1) not in ("that", "which"):
            return False
        after = self.lower(index + 2)
        return bool(lx.third_person_base(after)) or after in lx.MODALS or after in ("is", "was", "has")

    def determined_object(self, index: int) -> bool:
        """A determined noun phrase after a base form that follows a noun, and no verb after that phrase: the
        base form is the verb and the phrase its object ("the app record the sounds of your sleep"), not a
        compound's last noun before a relative clause without its pronoun ("the dose the doctor prescribes")."""
        if self.lower(index + 1) not in _OBJECT_DETERMINERS:
            return False
        phrase = self.noun_phrase(index + 1)
        if phrase is None:
            return False
        after = self.lower(phrase[1])
        clause_verb = after in _FINITE_FORMS or after in lx.MODALS or lx.is_participle(after)
        return not (clause_verb or lx.third_person_base(after) or lx.is_base_verb(after))

    def manner_adverb(self, index: int) -> bool:
        """An -ly adverb of manner ("sharply", "steadily") ending the clause or before a preposition, so
        that it follows its verb; not one before a verb ("the cycle slowly changes", "the rise sharply
        affected") nor one that may stand before the verb ("usually", "often": "skin care usually prevents")."""
        word, after = self.lower(index), self.lower(index + 1)
        if not (word.endswith("ly") and lx.is_adverb(word)) or word in self.vocabulary.adverbs:
            return False
        return index + 1 >= len(self.tokens) or not self.tokens[index + 1].is_word or after in lx.PREPOSITIONS

    def object_follows(self, index: int) -> bool:
        """An object opens after `index`: a determiner or pronoun, or "which"/"what" before a noun
        ("shows which allergens"; "tests which show" is a relative clause on the noun)."""
        following = self.lower(index + 1)
        if following in _OBJECT_OPENERS:
            return True
        if following not in ("which", "what", "how", "whether", "that"):
            return False
        after = self.lower(index + 2)
        if after in _FINITE_FORMS or after in lx.MODALS:
            return False
        return not (lx.third_person_base(after) or lx.is_base_verb(after))

    def number(self, head: int, determiner: str | None) -> str | None:
        word = self.lower(head)
        if word in self.vocabulary.singular_only and determiner not in self.vocabulary.plural_determiners:
            return SINGULAR  # "News about flu activity are posted": always singular
        if word in self.vocabulary.no_number or "NOUN" not in lx.classes(word):
            return None
        if lx.is_plural_noun(word):
            return None if determiner in self.vocabulary.singular_determiners else PLURAL
        if word.endswith("s") or determiner in self.vocabulary.plural_determiners:
            return None  # "diabetes", "series": an -s word the lexicon does not call plural
        return SINGULAR

    def verb_context(self, index: int) -> bool:
        """The word after `index` makes it a verb: an object, an adverb, "to", a participle after "have"."""
        following = self.lower(index + 1)
        if following in _VERB_CONTEXT or (following.endswith("ly") and lx.is_adverb(following)):
            return True
        return self.lower(index) in ("have", "has") and lx.is_participle(following)


def _replacement(tokens, index: int, number: str, certain: bool) -> str | None:
    """The verb form that agrees with `number`, when the verb at `index` certainly does not."""
    if index >= len(tokens) or not tokens[index].is_word or tokens[index].is_capitalised:
        return None
    word = tokens[index].lower
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if following in _FINITE_FORMS or following in lx.MODALS:
        return None  # "elastic tops are": the word before the verb is a noun
    counted = index + 1 < len(tokens) and (tokens[index + 1].is_number or following in lx.NUMBER_WORDS)
    reader_context = (
        following in _VERB_CONTEXT
        or (following.endswith("ly") and lx.is_adverb(following))
        or (counted and number == PLURAL)  # "Appointments with the nurse lasts ten minutes"
        or lx.is_only(word, "VERB")  # "contains starch", "disappears within"
        or certain
    )
    if number == PLURAL:
        if word in _SINGULAR_TO_PLURAL:
            return _SINGULAR_TO_PLURAL[word]
        base = lx.third_person_base(word)
        if base is None or base in ("be", "have", "do"):
            return None
        return base if reader_context else None  # "elastic tops are": a noun the lexicon misses
    if word in ("were", "weren't") and any(t.lower in ("if", "wish", "though") for t in tokens[:index]):
        return None  # the subjunctive: "if the patient were"
    if word in ("have", "haven't"):
        return _PLURAL_TO_SINGULAR[word] if lx.is_participle(following) or following in _VERB_CONTEXT else None
    if word in ("do",):
        return "does" if following == "not" else None
    if word in _PLURAL_TO_SINGULAR:
        return _PLURAL_TO_SINGULAR[word]
    if not lx.is_lexical_base_verb(word):
        return None
    determined = following in ("a", "an", "the") or following in lx.POSSESSIVES
    if lx.classes(word) & {"ADJ", "ADV"} and not (determined or (certain and following in _VERB_CONTEXT)):
        return None  # "usually fine"; but "usually last a week", ", usually lasting 7 days, clear most"
    if set(lx.lemmas(word)["VERB"]) != {word}:
        return None  # "found", "left": also the past of another verb
    if lx.past_like_base(word) or not (reader_context or following in lx.PREPOSITIONS or following == "as"):
        return None
    return lx.third_person(word)
