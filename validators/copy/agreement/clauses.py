"""Where each clause's subject opens in a sentence, and the subjects read there, once per document."""

from collections.abc import Iterator
from functools import partial

from validators.copy import lexicon as lx
from validators.copy import text
from validators.copy.agreement.head_vocabulary import HeadVocabulary
from validators.copy.agreement.noun_phrase import used_as_verb
from validators.copy.agreement.phrase_words import (
    _DEFINITE_OPENERS,
    _FINITE_FORMS,
    _OBJECT_OPENERS,
    _OPENING_PREPOSITIONS,
    _RELATIVES,
    _TIME_DETERMINERS,
    _TIME_NOUNS,
    SINGULAR,
    once_of_frequency,
    preposition_after_duration,
)
from validators.copy.agreement.subject_reader import SubjectReader
from validators.copy.agreement.verb_slot import can_be_verb, verb_inside
from validators.copy.base import repeated_sentences
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document


def subjects(
    tokens: tuple[Token, ...], vocabulary: HeadVocabulary, starts: tuple[int, ...]
) -> Iterator[tuple[int, str, int, bool]]:
    """(head index, number, index after the subject, whether a verb must stand there) of each clause's subject;
    `starts`: where the clauses' subjects may open (`subject_starts`)."""
    starts = list(starts)
    seen = set(starts)
    read_spans: list[tuple[int, int]] = []
    while starts:
        start = starts.pop(0)
        if any(opened < start < verb for opened, verb in read_spans):
            continue  # "the refrigerator, cold water and the microwave are": the last item of a subject read already
        parsed = SubjectReader(tokens, vocabulary).read(start)
        if parsed is None or (parsed[1] == SINGULAR and _second_conjunct(tokens, start)):
            continue
        if _opening_verb_and_object(tokens, parsed[0], parsed[2]):
            continue  # "Shrinks swollen veins and lightens heavy legs": a bullet's verb and its object
        if not can_be_verb(tokens, parsed[2]) and tokens[-1].text in (".", "!", "?"):
            # the reader ran past the verb ("The results of your peak flow test shows how ..."); only in a full
            # sentence, which has a verb (a heading or a label may have none: "The treatment step by step")
            number_of = partial(SubjectReader(tokens, vocabulary).number, determiner=tokens[start].lower)
            inside = verb_inside(tokens, start, parsed[0], parsed[2], parsed[1], number_of)
            parsed = parsed if inside is None else (*inside, True)  # (no verb found: other rules read the slot)
        if parsed[2] == parsed[0] + 1 and _certain_slot(tokens, vocabulary, parsed[0], parsed[2]):
            parsed = (*parsed[:3], True)  # "Some people notices", "Our travel clinic offer vaccines to"
        read_spans.append((start, parsed[2]))
        yield parsed
        following = _joined_clause(tokens, parsed[2])
        if following is not None and following not in seen:
            seen.add(following)
            starts.append(following)


def _opening_verb_and_object(tokens, head: int, slot: int) -> bool:
    """The sentence opens on an -s word that real English uses as a verb, and an adjective or participle with a
    noun after it stands where its verb would: a benefit bullet's verb and its object ("Shrinks swollen veins and
    lightens heavy legs", "Supports healthy digestion"), no plural subject ("shrinks") before a verb."""
    if head != 0 or slot < 1 or len(tokens) < 3:
        return False
    base = lx.third_person_base(tokens[0].lower)
    if base is None or not used_as_verb(base):
        return False
    word, following = tokens[1].lower, tokens[2]  # (the reader may have skipped a participle: "swollen")
    modifier = "ADJ" in lx.classes(word) or lx.is_participle(word)
    finite = word in lx.AUXILIARIES or lx.third_person_base(word) is not None
    if not modifier or finite or not following.is_word or lx.is_function_word(following.lower):
        return False
    return "NOUN" in lx.classes(following.lower)


def _certain_slot(tokens, vocabulary: HeadVocabulary, head: int, verb: int) -> bool:
    """The word right after the head is certainly its verb: after a plural for people, which starts few compounds
    ("Some people notices"; not "People skills matter": "skill" is hardly a verb in real English), or before a bare
    plural object ("Our travel clinic offer vaccines to")."""
    if tokens[head].lower in vocabulary.person_plurals:
        base = lx.third_person_base(tokens[verb].lower)
        return base is not None and used_as_verb(base)
    return SubjectReader(tokens, vocabulary).bare_plural_object(verb, head)


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


def subject_starts(tokens: tuple[Token, ...], vocabulary: HeadVocabulary) -> tuple[int, ...]:
    """Where each clause's subject may open, in order."""
    return tuple(_clause_starts(tokens, vocabulary))


def _read_clauses(document: Document, vocabulary: HeadVocabulary) -> dict[int, tuple[tuple[int, ...], list[tuple]]]:
    """Sentence start -> (where its clauses' subjects may open, the subjects read there), for every sentence.
    Both are token indexes read from the tokens alone: a sentence that stands more than once in the document (a
    repeated notice, list item or call to action: `repeated_sentences`) shares its first copy's reading."""
    read = {}
    sentences = text.sentences(document)
    firsts = repeated_sentences(document)
    for index, sentence in enumerate(sentences):
        first = firsts[index]
        if first is not None and first != index:
            read[sentence.sentence.start] = read[sentences[first].sentence.start]
            continue
        starts = subject_starts(sentence.tokens, vocabulary)
        read[sentence.sentence.start] = (starts, list(subjects(sentence.tokens, vocabulary, starts)))
    return read


def sentence_subjects(document: Document, sentence: TokenizedSentence, vocabulary: HeadVocabulary) -> list[tuple]:
    """The subjects of one sentence, read once per document and shared by the rules that use them."""
    read = document.shared((_read_clauses, vocabulary), lambda: _read_clauses(document, vocabulary))
    found = read.get(sentence.sentence.start)
    return [] if found is None else found[1]


def sentence_subject_starts(
    document: Document, sentence: TokenizedSentence, vocabulary: HeadVocabulary
) -> tuple[int, ...]:
    """Where each clause's subject may open in one sentence: found once per document with its subjects."""
    read = document.shared((_read_clauses, vocabulary), lambda: _read_clauses(document, vocabulary))
    found = read.get(sentence.sentence.start)
    return subject_starts(sentence.tokens, vocabulary) if found is None else found[0]


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
    main_clause = _main_clause_after_opener(tokens, vocabulary)
    if main_clause is not None and main_clause != after_opening_phrase:
        yield main_clause  # "If you qualify, your injections ship", "Together, these products regrow"
    # Whether a finite verb, and whether a verb taking an object and a bare verb, stand before the
    # index: read only as far as a "so"/"and" before a definite opener needs it (`read_*`: how many
    # tokens have been read for each), not for every token.
    verb_seen, object_and_verb = _opens_with_imperative(tokens), False
    read_verbs = read_objects = 0
    clause_openers, object_verbs = vocabulary.clause_openers, vocabulary.object_and_verb
    start_words = vocabulary.clause_start_words
    for index in range(1, len(tokens) - 1):
        previous = tokens[index - 1]
        word = previous.lower
        if word not in start_words and previous.text not in (";", ":"):
            continue  # most words: no clause can open after them, so the tests below are not needed
        if word in clause_openers and after_additive(tokens, index, vocabulary):
            continue  # "The tablets as well as the cream are": "as" closes an additive phrase, opens no clause
        if word == "once" and once_of_frequency(tokens, index - 1):
            continue  # "once a day": how often, no clause
        if preposition_after_duration(tokens, index - 1):
            continue  # "5 years since your last dose": the object of a preposition, no clause's subject
        if word in clause_openers or previous.text in (";", ":") or word == "whose":
            yield index  # ("whose": the noun phrase after it is its relative clause's subject)
        elif word == "but" and index > 1 and tokens[index - 2].text == ",":
            yield index  # not ", and" alone: it also ends a list ("browsers, clients, and other software")
        elif word in ("so", "and") and tokens[index].lower in _DEFINITE_OPENERS:
            while not object_and_verb and read_objects < index:
                object_and_verb = not object_verbs.isdisjoint(lx.lemmas(tokens[read_objects].lower).get("VERB", ()))
                read_objects += 1
            if object_and_verb and not _result_clause(tokens, index):
                continue  # a definite phrase after "help you and": the object's bare verb may follow
            while word == "and" and not verb_seen and read_verbs < index:
                verb_seen = _finite_verb(tokens[read_verbs].lower) or _verb_before_adverb(tokens, read_verbs)
                read_verbs += 1
            if word == "so" or verb_seen:
                yield index  # "..., so the active ingredient stays", "Place it there and the app records"


def _main_clause_after_opener(tokens, vocabulary: HeadVocabulary) -> int | None:
    """What: the index of a definite noun phrase right after the first comma of a sentence that opens with a
    subordinate clause ("If you qualify, your injections ...", "When the rash fades, the skin ...") or with one
    adverb and its comma ("Together, these products ...", "Usually, the pain ..."): the main clause's subject.
    Why is this bad? Subjects were read at the sentence's start, after a clause opener and after an opening
    prepositional phrase, but not after an opening clause's comma, so the main clause's verb went unjudged ("If you
    qualify, your compounded semaglutide injections ships straight to your door").
    Example: "If you qualify, your injections ships" -> "ship"; "Together, these products regrows" -> "regrow";
    "If you qualify, your injections ship" and "When needed, the nurse checks" are left alone."""
    if len(tokens) < 5:
        return None
    first = tokens[0].lower
    if first in vocabulary.clause_openers:
        end = next((k for k, token in enumerate(tokens) if token.text in (",", ";", ":")), None)
        if end is None or tokens[end].text != ",":
            return None
    elif tokens[1].text == "," and "ADV" in lx.classes(first) and not lx.is_function_word(first):
        end = 1
    else:
        return None
    position = end + 1
    return position if position < len(tokens) - 2 and tokens[position].lower in _DEFINITE_OPENERS else None


def _result_clause(tokens, index: int) -> bool:
    """What: ", so" before a definite noun phrase opens a clause of result, whose subject is that noun phrase,
    even after a verb that takes an object and a bare verb ("make", "help", "let", "have").
    Why is this bad? The guard that keeps "help you and the kids feel" from being read as a new clause also hid
    the subject after ", so": "Curved lifts are made to measure, so the price depend on the shape" went unread.
    A comma before "so" ends the object and its bare verb: "so" can then only join a clause.
    Example: "Lifts are made to measure, so the price depend on" -> "depends"; "Let the gel dry, so the skin
    absorb it" -> "absorbs"; "Let the gel dry, so the skin absorbs it" and "help you and the kids feel" are left
    alone."""
    return index >= 2 and tokens[index - 1].lower == "so" and tokens[index - 2].text == ","


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
        phrase = SubjectReader(tokens, vocabulary).noun_phrase(1)
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
