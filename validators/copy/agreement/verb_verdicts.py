"""Verdicts on the verbs after a read subject: the clause's verb and the verbs coordinated with it."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.agreement.head_vocabulary import HeadVocabulary
from validators.copy.agreement.noun_phrase import used_as_verb
from validators.copy.agreement.phrase_words import (
    _CONTINUED_VERB_OPENERS,
    _FINITE_FORMS,
    _LONGEST_PHRASE,
    _OBJECT_DETERMINERS,
    _OBJECT_OPENERS,
    _PLURAL_TO_SINGULAR,
    _SINGULAR_TO_PLURAL,
    _VERB_CONTEXT,
    PLURAL,
    SINGULAR,
    past_adverbs,
    past_form,
    range_named_by_noun,
    species_epithet,
)
from validators.copy.context_words import bigram_counts
from validators.copy.text import Token


def mismatched_verbs(tokens: tuple[Token, ...], parsed: list[tuple]) -> Iterator[tuple[int, str, str]]:
    """(index of the verb, replacement, message) for each clause whose verb does not agree with its head."""
    for head, number, verb, certain in parsed:
        if _counted_noun(tokens, head, verb) or (number == PLURAL and species_epithet(tokens, head)):
            continue  # "Streptococcus pneumoniae is": one organism's name
        if number == PLURAL and verb == head + 1 and range_named_by_noun(tokens, verb):
            continue  # "Kids ages 3 and up can": the plural noun names the range the people fall in
        finite_have = certain and not (
            any(token.lower in ("that", "lest") for token in tokens[:head])  # "vital that the nurse have"
            or (verb > 0 and tokens[verb - 1].text == ",")  # "Your child, if old enough, have a say": imperative
        )
        replacement = _replacement(tokens, verb, number, certain, finite_have=finite_have)
        if replacement is not None:
            yield verb, replacement, f"The subject's head '{tokens[head].text}' is {number}: use '{replacement}'."
        elif _lexical_verb(tokens, verb) or _be_form(tokens, verb):
            seconds = _coordinated_verbs(tokens, verb, after_be=_be_form(tokens, verb))
            yield from _second_verbs(tokens, seconds, number, f"the subject '{tokens[head].text}'")


def pronoun_coordinated_verbs(tokens: tuple[Token, ...], starts: tuple[int, ...]) -> Iterator[tuple[int, str, str]]:
    """(index, replacement, message) for a verb joined by "and"/"or" to the verb of a subject pronoun that
    opens a clause and whose verb agrees with it ("It lowers cholesterol and protect the heart", "They
    check your feet and gives advice"): the second verb shares the pronoun. `starts`: where the clauses'
    subjects may open (`subject_starts`)."""
    for start in starts:
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
        if not (lx.is_only(word, "VERB") or opening or _verb_before_its_object(tokens, verb)):
            continue
        if _plural_head_before(tokens, verb, vocabulary.ing_compound_modifiers):
            continue  # "the bacteria in plaque irritates the gums and make them": the -s verb is the slip
        shared = f"the subject of '{token.text}'"
        seconds = _coordinated_verbs(tokens, verb, strict=True, bare_object=verb == 0)
        yield from _second_verbs(tokens, seconds, SINGULAR, shared)


def _verb_before_its_object(tokens, verb: int) -> bool:
    """What: an -s word that is a noun and a verb ("keeps", "stretches") between a singular noun or a name and a
    determiner or possessive that opens its object ("Vitamin B12 keeps your nerves", "stool stretches the bowel").
    Why: a plural noun is followed by a noun phrase only across a clause boundary, so the -s word is the verb; read
    as a possible noun, the base verb coordinated with it went unjudged ("keeps your nerves healthy and help your
    body").
    Example: "Holding in stool stretches the bowel and weaken the signal" -> "weakens"; not "In most cases the
    rash fades and leaves" (a plural noun before "the") nor "the dry skin" (an adjective before the -s word)."""
    if verb < 1 or tokens[verb + 1].lower not in _OBJECT_DETERMINERS:
        return False
    before = tokens[verb - 1]
    word = before.lower
    if not (before.is_word or before.is_number) or lx.is_function_word(word) or lx.is_plural_noun(word):
        return False
    known = lx.classes(word)
    return before.is_capitalised or not known or ("NOUN" in known and "ADJ" not in known)


def _plural_head_before(tokens, verb: int, compounds: frozenset[str] = frozenset()) -> bool:
    """A plural noun stands right before the -s verb, or before a short prepositional phrase that ends there ("The
    creams soothes the skin and reduce", "the bacteria in plaque irritates the gums and make them swollen",
    "Children with eczema scratches at night and wake up"): the -s verb may itself disagree with a plural subject,
    so the base verb joined to it, which agrees with that subject, is not judged by it."""
    for back in range(verb - 1, max(-1, verb - 5), -1):
        word = tokens[back].lower
        if not tokens[back].is_word:
            return False
        determined = back > 0 and tokens[back - 1].lower in lx.DETERMINERS  # "The creams"
        plural = lx.is_plural_noun(word) and (determined or not lx.third_person_base(word))
        if plural and not tokens[back].is_capitalised:
            if _object_of_opening_gerund(tokens, back, compounds):
                return False  # "Eating oats lowers cholesterol and protect": the -ing clause is the subject
            return back == verb - 1 or tokens[back + 1].lower in lx.PREPOSITIONS
        if word in lx.SUBORDINATORS or word in ("and", "or", "that", "which", "who"):
            return False
    return False


def _object_of_opening_gerund(tokens, noun: int, compounds: frozenset[str]) -> bool:
    """What: the plural noun at `noun` is the object of an -ing verb that opens the sentence or a clause (after a
    comma or a subordinator such as "that"), with at most one modifier between ("Eating oats", "Taking statins",
    "that cutting sugary drinks"). Not an -ing modifier of a compound (`compounds`: "Sleeping tablets"; or real
    English lists the -ing word before the plural's singular: "hearing aid").
    Why: the -ing clause is the subject and singular, so the -s verb after the noun agrees, and a base verb joined
    to it is the slip ("Eating oats lowers cholesterol and protect the heart"); read as a plural head, the noun
    hid that slip.
    Example: "Taking statins lowers cholesterol and reduce inflammation" -> "reduces"."""
    for opener in range(noun - 1, max(-1, noun - 3), -1):
        token = tokens[opener]
        word = token.lower
        if word.endswith("ing") and "VERB" in lx.classes(word) and (opener == 0 or not token.is_capitalised):
            if opener == noun - 1 and _ing_compound(word, tokens[noun].lower, compounds):
                return False
            before = tokens[opener - 1] if opener > 0 else None
            return before is None or before.text == "," or before.lower in _GERUND_CLAUSE_OPENERS
        if not token.is_word or (lx.is_function_word(word) and word not in lx.DETERMINERS):
            return False
    return False


# Words after which an -ing verb may open a clause that is a subject ("that cutting sugar helps").
_GERUND_CLAUSE_OPENERS = frozenset("that because since as while although though if".split())


def _ing_compound(word: str, plural: str, compounds: frozenset[str]) -> bool:
    """An -ing word that modifies the plural after it as one compound ("sleeping tablets", "hearing aids")."""
    bigrams = bigram_counts().bigrams
    return word in compounds or any(f"{word} {singular}" in bigrams for singular in lx.lemmas(plural).get("NOUN", ()))


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
        if token.lower == "please":
            return  # "If it is not urgent please call later or use the form": "please" opens an instruction
        if token.text == "," and _imperative_after_comma(tokens, index + 1):
            return  # "If any exercise gives you pain, stop and mention it": the comma closes the clause
        if strict and (token.text == "," or (continued and token.lower in ("and", "or"))):
            return  # a pronoun's clause: no verb after a comma or after an infinitive ("provides tools to
            # raise money and share")
        if token.lower in _CONTINUED_VERB_OPENERS or token.lower in lx.MODALS or _object_and_base_verb(tokens, index):
            continued = True  # "helps to ease pain and reduce", "can soothe and calm", "lets you sleep and wake"
        if token.lower not in ("and", "or", "but") or tokens[index - 1].text == ",":
            continue  # ", and" may open a new clause
        following = past_adverbs(tokens, index + 1)
        if following + 1 >= len(tokens) or not tokens[following].is_word or not _lexical_verb(tokens, following):
            continue
        after = tokens[following + 1].lower
        only_verb = lx.is_only(tokens[following].lower, "VERB")  # "and improve blood flow"
        infinitive = after == "to" and "ADJ" in lx.classes(tokens[index - 1].lower)  # "rare but needs to"
        loose = (only_verb or infinitive) and not continued
        if after_be and continued:
            return
        if after_be and _participle_continues_passive(tokens, index, following):
            continue  # "was designed and run independently": a second participle of the passive
        if continued and lx.third_person_base(tokens[following].lower) is None:
            continue  # "explains how to clean the wound and change the dressing": a base verb continues the infinitive
        # A bare noun object ("and protect cartilage") after a second verb that can be nothing but a verb, or after
        # any second verb of a bullet that opens with its verb (`bare_object`): `_bare_verb_object`.
        bare = (bare_object or only_verb) and after not in ("and", "or") and _noun_only(after)
        if strict and after not in _OBJECT_OPENERS and not bare:
            continue  # "It features ... and commit time replication": a pronoun's second verb needs an object
        if after in _OBJECT_OPENERS or (after.endswith("ly") and lx.is_adverb(after)) or loose or bare:
            yield following  # an object or an adverb after it: a verb ("and interfaces which" is a noun)


def _participle_continues_passive(tokens, conjunction: int, second: int) -> bool:
    """What: after "is"/"was"/"are"/"were" and a past participle, a word joined by "and"/"or" that is spelt like
    a past participle ("run", "come", "become", "put", "set", "cut", "spread") is a second participle of the same
    passive or perfect, not a second finite verb.
    Why is this bad? Its base-form spelling made it read as a present verb that disagrees with the subject ("Each
    of the trials was designed and run independently" -> "runs").
    Example: "The study was planned and run by nurses", "The clinic is owned and run by the trust", "The cast
    was removed and put back on" are left alone; "The study was planned and runs" (an -s form) and a verb after
    a be form with no participle before the conjunction ("The clinic is small and run", read as before) are
    judged as before."""
    word = tokens[second].lower
    if not lx.is_participle(word) or lx.third_person_base(word):
        return False
    before = tokens[conjunction - 1].lower
    return lx.is_participle(before) and before != word and "VERB" in lx.classes(before)


def _imperative_after_comma(tokens, index: int) -> bool:
    """A base verb or "do"/"don't" right after a comma, with no finite verb after it, in a sentence that opens with
    a subordinate clause: an imperative opens the main clause ("If it hurts, stop and rest"; "When the pain is
    worse, do fewer"), not a list of verbs ("to burn fat, remove parasites and boosts")."""
    if index + 1 >= len(tokens) or tokens[0].lower not in lx.SUBORDINATORS:
        return False
    word, following = tokens[index].lower, tokens[index + 1].lower
    verb = word in ("do", "don't") or (lx.is_lexical_base_verb(word) and lx.third_person_base(word) is None)
    return verb and following not in _FINITE_FORMS and following not in lx.MODALS


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


def _counted_noun(tokens, head: int, verb: int) -> bool:
    """The word read as the verb is a noun counted by the number before it, with any adjectives between: "fell from
    95 minutes to 40 minutes", "Nicotine patch: one patch a day", "One early dose at 6 months, then two doses"
    ("early" is an adjective there, not an adverb between the pronoun "one" and a verb "dose"). An adverb the
    lexicon knows only as an adverb keeps the verb reading ("One often forget" -> "forgets")."""
    if verb >= len(tokens) or verb < 1 or "NOUN" not in lx.classes(tokens[verb].lower):
        return False
    count = verb - 1
    while count > head and "ADJ" in lx.classes(tokens[count].lower):
        count -= 1  # "one early dose", "one small white tablet"
    before = tokens[count]
    return before.is_number or (before.lower == "one" and head == count)


def only_a_verb(word: str, following: Token | None) -> bool:
    """What: the lexicon lists the word only as a verb, and it is an -s form, or a word follows it, or real English
    uses it as a verb (`used_as_verb`). A base form before a comma or the end of the sentence that real English
    hardly uses as a verb ("lounge", "questionnaire", which the lexicon lists only as verbs) is a noun the lexicon
    misses, so it makes no verb slot by itself.
    Why is this bad? "The discharge lounge, where you can wait, is on the ground floor" was read as the subject
    "discharge" and its verb "lounge".
    Example: "The discharge lounge, where ..., is" is left alone; "The cream contain, as you know, zinc" and
    "Cleans teeth and freshen breath" are still judged."""
    if not lx.is_only(word, "VERB"):
        return False
    word_follows = following is not None and following.is_word
    return lx.third_person_base(word) is not None or word_follows or used_as_verb(word)


def _object_of_past_like_base(tokens, index: int) -> bool:
    """What: the word read as the verb is also a noun, and the word before it is a verb whose past tense is spelt
    like its base ("cut", "put", "set", "spread", "hit"): that word is the clause's past-tense verb and the noun
    its object ("The higher dose cut pain by 50%", "The new rules set limits on", "The outbreak hit schools").
    Why is this bad? "dose cut" was read as a compound noun and "pain" as its verb, flagged as "pains".
    Example: "The higher dose cut pain by 50% in most patients" is left alone; "The gel soothe blisters" and
    "The study show the benefit" (no such verb before) are still judged."""
    if index < 2 or "NOUN" not in lx.classes(tokens[index].lower):
        return False
    before = tokens[index - 1].lower
    return lx.past_like_base(before) and "VERB" in lx.classes(before) and tokens[index - 1].is_word


def _replacement(tokens, index: int, number: str, certain: bool, finite_have: bool = False) -> str | None:
    """The verb form that agrees with `number`, when the verb at `index` certainly does not. `finite_have`: the
    slot is certainly the clause's finite verb (after a relative clause), no mandative "that" opens the clause and
    no comma stands before it, so "have" there is neither a subjunctive nor an imperative ("The nurse who runs the
    clinic have years of experience" -> "has"; "vital that the nurse who sees you have" is left alone)."""
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
        or only_a_verb(word, tokens[index + 1] if index + 1 < len(tokens) else None)  # "contains starch"
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
        finite = finite_have or lx.is_participle(following) or following in _VERB_CONTEXT
        return _PLURAL_TO_SINGULAR[word] if finite else None
    if word in ("do",):
        return "does" if following == "not" else None
    if word in _PLURAL_TO_SINGULAR:
        return _PLURAL_TO_SINGULAR[word]
    if not lx.is_lexical_base_verb(word):
        return None
    if past_form(following):
        return None  # "Our incident log recorded 14": the past form after it is the verb, the word a noun
    if _object_of_past_like_base(tokens, index):
        return None  # "The higher dose cut pain by 50%": "cut" is the past verb, "pain" its object
    determined = following in ("a", "an", "the") or following in lx.POSSESSIVES
    if lx.classes(word) & {"ADJ", "ADV"} and not (determined or (certain and following in _VERB_CONTEXT)):
        return None  # "usually fine"; but "usually last a week", ", usually lasting 7 days, clear most"
    if set(lx.lemmas(word)["VERB"]) != {word}:
        return None  # "found", "left": also the past of another verb
    if lx.past_like_base(word) or not (reader_context or following in lx.PREPOSITIONS or following == "as"):
        return None
    return lx.third_person(word)
