"""Singular subjects with a plural (base-form) verb, for copy.verb-agreement.

"The study show that ...", "It help reduce ...", "Research have shown ...". English
marks the 3rd person singular only in the present, so a base-form verb right after a
singular subject is a slip -- when the words around make the verb reading certain.
"""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.agreement.phrase_words import once_of_frequency, past_form, present_verb_form, time_phrase_end
from validators.copy.agreement.word_context import hyphenated_compound
from validators.copy.context_words import bigram_counts
from validators.copy.text import Token

_SUBJECT_PRONOUNS = frozenset({"it", "he", "she"})
_CLAUSE_OPENERS = frozenset(
    "if when whenever because although though while whereas since unless until once whether and but then , ; :".split()
)
_DETERMINERS = frozenset("the this that a an each every my your his her its our their".split())
# Words after a verb that make the verb reading certain: an object or a clause.
_OBJECTS = (lx.DETERMINERS | lx.POSSESSIVES | lx.OBJECT_PRONOUNS | frozenset({"how", "whether"})) - {"that", "what"}
_INDEFINITES = frozenset(
    "everyone everybody everything someone somebody something anyone anybody anything nobody nothing "
    "each either neither one".split()
)
_PRONOUNS_BEFORE_AND = frozenset("i you we they he she".split())
_OPENING_QUOTES = frozenset("\"“‘'")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
_RELATIVE_PRONOUNS = frozenset({"whose", "which", "who", "whom"})
# How frequent a word's past form must be, against the word, for the word to count as mostly a verb.
_PAST_SHARE = 0.05
_NOT_VERBS = frozenset({"be", "do", "except", "like", "near", "plus", "minus", "versus"})


def base_verb_after_singular(
    tokens: tuple[Token, ...], collective: frozenset[str], condition_suffixes: tuple[str, ...] = ()
) -> Iterator[tuple[int, str, str]]:
    """(index of the verb, replacement, message) for each singular subject + base-form verb."""
    for start in _clause_starts(tokens):
        yield from _after_pronoun(tokens, start)
        yield from _after_noun_phrase(tokens, start, collective, condition_suffixes)
        yield from _after_indefinite(tokens, start)


def _clause_starts(tokens):
    yield 0
    if len(tokens) > 1 and tokens[0].text in _OPENING_QUOTES:
        yield 1  # a testimonial: "“This cream work wonders”"
    both = False
    for index, token in enumerate(tokens[:-1]):
        word = token.lower
        both = both or word in ("both", "between")
        if word == "once" and once_of_frequency(tokens, index):
            continue  # "cleaning between your teeth once a day make": how often, no clause
        if word == "that" and index > 0 and tokens[index - 1].lower == "so":
            yield index + 1  # "so that your urine stays pale": a clause of purpose opens
        elif word in _CLAUSE_OPENERS and not (word == "and" and both):
            if word == "and" and index > 0 and tokens[index - 1].lower in _PRONOUNS_BEFORE_AND:
                continue  # "If you and your GP decide": a pronoun and a noun make one plural subject
            if word == "and" and _opening_noun_phrase_before(tokens, index):
                continue  # "If the fever and the rash have gone": two noun phrases make one plural subject
            yield index + 1  # not the "and" of "both X and Y", "between X and Y": one subject


def _opening_noun_phrase_before(tokens, index: int) -> bool:
    """The words before the "and" at `index` are a whole noun phrase that opens the sentence or follows a
    subordinator ("If the fever and", "When pain and"): a determiner, or none, then adjectives and nouns, none of
    them a verb's -s form. The noun phrase after "and" joins it as a second subject, no clause of its own."""
    position = index - 1
    while position >= 0 and index - position <= 4:
        word = tokens[position].lower
        if word in _DETERMINERS or word in lx.SUBORDINATORS:
            break
        if _hyphenated_modifier(tokens, position, index):
            position -= 1
            continue  # "A low-light camera and a microphone": a hyphenated compound before the noun modifies it
        if not tokens[position].is_word or lx.is_function_word(word) or not lx.classes(word) & {"ADJ", "NOUN"}:
            return False  # "You rest and the cream help": a pronoun and its verb before "and"
        if lx.third_person_base(word) and not (position > 0 and tokens[position - 1].lower in _DETERMINERS):
            return False  # "If the rash spreads and": a verb before "and", which then joins clauses; right after
            # a determiner the -s word is a plural noun ("when the eyes and the inner ear send")
        position -= 1
    if position == index - 1:
        return False
    if position >= 0 and tokens[position].lower in _DETERMINERS:
        position -= 1
    return position < 0 or tokens[position].lower in lx.SUBORDINATORS - {"that", "which", "who", "whom", "whose"}


def _hyphenated_modifier(tokens, position: int, index: int) -> bool:
    """A hyphenated compound ("low-light", "well-fitting", "ten-minute") before the last word of the noun phrase
    that ends before "and" at `index`: a modifier of that noun, whatever the lexicon knows of its parts."""
    word = tokens[position].lower
    if position >= index - 1 or not tokens[position].is_word or "-" not in word.strip("-"):
        return False
    return all(part.isalpha() or part.isdigit() for part in word.split("-"))


def _after_pronoun(tokens, start):
    """ "It help reduce itching" -> "helps", "it really work" -> "works", "he don't" -> "doesn't"."""
    if start + 2 > len(tokens) or tokens[start].lower not in _SUBJECT_PRONOUNS:
        return
    position = start + 1
    while position < len(tokens) - 1 and tokens[position].lower in _ADVERBS_AFTER_SUBJECT:
        position += 1  # "It really work for me"
    verb = tokens[position]
    word = verb.lower.replace("’", "'")
    if word == "don't":
        yield position, "doesn't", f"The subject '{tokens[start].text}' is singular: use 'doesn't'."
        return
    if not verb.is_word or not lx.is_lexical_base_verb(word) or word in ("be", "do"):
        return
    if lx.classes(word) & {"ADJ", "ADV"} or lx.past_like_base(word):
        return  # "it put pressure on": the past tense looks the same
    if set(lx.lemmas(word).get("VERB", ())) - {word}:
        return  # "She found that", "He wound the bandage": also the past of another verb ("find", "wind")
    if start > 0 and tokens[start - 1].lower == "that" and start > 1 and lx.is_base_verb(tokens[start - 2].lower):
        return  # "make sure that it work" is a subjunctive-like use; leave it
    following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
    coordinated = start > 0 and tokens[start - 1].lower == "and"  # "Your partner and she have": one subject
    if word == "have" and not lx.is_participle(following) and (following not in _OBJECT_OPENERS or coordinated):
        return  # "He have a rash", "it have been" are flagged
    replacement = lx.third_person(word)
    yield position, replacement, f"The subject '{tokens[start].text}' is singular: use '{replacement}'."


# Words that open the object of "have" ("He have a rash", "she have two children").
_OBJECT_OPENERS = frozenset(["a", "an", "the", "any", "no", "some", "two", "three", *lx.POSSESSIVES])


def _after_noun_phrase(tokens, start, collective, condition_suffixes=()):
    """ "The study show that ..." / "Research have shown ..." -> "shows" / "has". A bare noun opening the sentence
    may be an imperative verb ("Use the ..."), so its verb must be certain; not so the name of a condition, a word
    only ever a noun with an ending of `condition_suffixes` (copy_grammar.yaml: "Psoriasis affect" -> "affects")."""
    index = start
    bare = True
    if index < len(tokens) and tokens[index].lower in _DETERMINERS:
        index += 1
        bare = False
    elif index != 0:
        return  # a bare noun only at the very start of a sentence: "Research have shown"
    while index < len(tokens) and tokens[index].is_word and _adjective_before_noun(tokens[index].lower):
        index += 1
    if index + 2 > len(tokens):
        return
    noun = tokens[index]
    adverb = index + 2 < len(tokens) and tokens[index + 1].lower in _FREQUENCY_ADVERBS  # "An attack usually last"
    verb_index = index + 2 if adverb else index + 1
    verb = tokens[verb_index]
    word = noun.lower
    if not (noun.is_word and verb.is_word) or verb.is_capitalised or (noun.is_capitalised and index > 0):
        return
    if word in collective or word.endswith("ing") or lx.is_plural_noun(word) or lx.is_function_word(word):
        return
    if not bare and _plural_of_another_noun(word):
        return  # "Our shakes curb your appetite": also the plural of "shake", whatever "the shakes" means alone
    if word not in lx.lemmas(word).get("NOUN", ()) or "ADV" in lx.classes(word) or word in _NUMBER_WORDS:
        return
    if lx.singular_count_noun(word) is None and word not in lx.lemmas(word).get("NOUN", ()):
        return
    candidate = verb.lower
    bare = bare and not (word.endswith(condition_suffixes) and lx.is_only(word, "NOUN"))  # "Psoriasis affect"
    if lx.past_like_base(candidate):
        return  # "The nurse put my son at ease": a verb whose past tense is spelt like its base may be that past
    if _modifier_and_noun(word, candidate):
        return  # "until their second visit.", "when the second dose arrives": an ordinal and its noun
    if set(lx.lemmas(candidate).get("VERB", ())) - {candidate}:
        return  # "A recent study found that": also the past of another verb ("find")
    following = tokens[verb_index + 1].lower if verb_index + 1 < len(tokens) else ""
    if following in _RELATIVE_PRONOUNS:
        return  # "a prescription drug whose label ...": a compound noun, then a relative clause
    when = time_phrase_end(tokens, verb_index + 1)
    if when is not None and when < len(tokens) and _maybe_finite(tokens[when].lower):
        return  # "A blood test every three months checks": a compound noun, then when, then the verb
    if _compound_head_before_past(candidate, following) or present_verb_form(following):
        return  # "A university study found that", "a short questionnaire applies": a noun, then the clause's verb
    after_that = tokens[verb_index + 2].lower if verb_index + 2 < len(tokens) else ""
    if following == "that" and (lx.third_person_base(after_that) or after_that in lx.MODALS | {"is", "was", "has"}):
        return  # "a night splint that keeps the foot flexed": a noun, then its relative clause
    if adverb:
        if bare or not (_plain_verb(candidate) or _verb_with_object(candidate, following)):
            return
    elif not (
        (_certainly_a_verb(candidate, following, bare) and not _time_phrase_after_compound(tokens, start, when))
        or _only_verb_of_sentence(tokens, start, verb_index, bare)
    ):
        return
    replacement = lx.third_person(candidate)
    yield verb_index, replacement, f"The subject '{noun.text}' is singular: use '{replacement}'."


_FREQUENCY_ADVERBS = frozenset("usually often always sometimes rarely never generally typically normally".split())
# The share of a word's singular that its plural reaches, under which an adjective that the lexicon also lists as a
# noun is hardly a count noun in use ("naturals", "simples" are rare; "individuals", "finals" are not).
_RARE_NOUN_PLURAL_SHARE = 0.01


def _adjective_before_noun(word: str) -> bool:
    """What: a word that is only an adjective, or an adjective whose noun use real English hardly writes in the
    plural (`count_noun_frequencies`: "natural", "simple", "perfect", "medical"): before another word of the noun
    phrase it modifies that word, and is no head of its own.
    Why is this bad? "The natural answer to high blood pressure." was read as the subject "natural" and its verb
    "answer".
    Example: "The natural answer to ...", "The simple answer is ..." are left alone; "The natural remedy work
    fast" and "The individual need support" ("individuals" is common) are still judged."""
    if lx.is_only(word, "ADJ"):
        return True
    if "ADJ" not in lx.classes(word) or "NOUN" not in lx.classes(word):
        return False
    singular, plural = lx.count_noun_frequencies(word)
    return singular > 0 and plural < _RARE_NOUN_PLURAL_SHARE * singular


# Adverbs between a subject pronoun and its verb ("it really works", "she also takes"); not "not" or "then".
_ADVERBS_AFTER_SUBJECT = lx.MID_ADVERBS - {"not", "then", "all", "both"}


def _plain_verb(word: str) -> bool:
    """A base-form verb that is nothing else an adverb could be followed by ("usually last", not "usually fine")."""
    if not lx.is_lexical_base_verb(word) or word in _NOT_VERBS:
        return False
    return not lx.classes(word) & {"ADJ", "ADV"} and not lx.past_like_base(word)


def _verb_with_object(word: str, following: str) -> bool:
    """A base verb that is also an adjective, with an object after it: "usually last a few minutes"
    ("usually fine" alone is an adjective missing its "is"; before "a"/"the" only the verb fits)."""
    if not lx.is_lexical_base_verb(word) or word in _NOT_VERBS or lx.past_like_base(word):
        return False
    return following in ("a", "an", "the") or following in lx.POSSESSIVES


def _after_indefinite(tokens, start):
    """ "Everyone in the house need ...", "Each of the creams have ..." -> "needs", "has"."""
    if start >= len(tokens) or tokens[start].lower not in _INDEFINITES:
        return
    subject = tokens[start]
    index = start + 1
    needs_of = subject.lower in ("each", "either", "neither", "one")
    if needs_of and (index >= len(tokens) or tokens[index].lower != "of"):
        return  # "each cream": a determiner, handled with noun phrases
    if index < len(tokens) and tokens[index].lower in lx.PREPOSITIONS:
        index = _end_of_phrase(tokens, index + 1)  # skip "in the house", "of the treatments"
        if index is None:
            return
    while index < len(tokens) and tokens[index].lower in ("also", "usually", "often", "always", "still"):
        index += 1
    if index >= len(tokens) or not tokens[index].is_word:
        return
    verb = tokens[index].lower
    if lx.is_plural_noun(verb):
        return  # "One of the reasons people miss work": a relative clause's own subject, not the verb
    if "NOUN" in lx.classes(verb) and (index + 1 >= len(tokens) or not tokens[index + 1].is_word):
        return  # "anyone with a heart or lung condition.": a noun that ends the phrase, no verb
    if "NOUN" in lx.classes(verb) and lx.is_plural_noun(tokens[index + 1].lower):
        return  # "anyone with abnormal liver test results": a compound noun, no verb
    if "NOUN" in lx.classes(verb) and tokens[index + 1].lower in lx.AUXILIARIES | {"such"}:
        return  # "anyone with a scalp condition (such as eczema) should ask": the noun ends the phrase
    if verb in ("have", "are", "were"):
        replacement = {"have": "has", "are": "is", "were": "was"}[verb]
    elif lx.is_lexical_base_verb(verb) and not lx.classes(verb) & {"ADJ", "ADV"}:
        replacement = lx.third_person(verb)
    else:
        return
    yield index, replacement, f"'{subject.text}' takes a singular verb: use '{replacement}'."


def _end_of_phrase(tokens, index: int) -> int | None:
    """The index after a short noun phrase ("the house", "us", "the red creams"), or None. A number before a
    modal or an auxiliary is the whole phrase ("Anyone under 25 can order", "Everyone over 65 should have"): a
    modal is never its noun ("a can")."""
    while index < len(tokens) and (tokens[index].lower in lx.DETERMINERS or tokens[index].is_number):
        index += 1
    counted = index > 0 and tokens[index - 1].is_number
    if counted and index < len(tokens) and tokens[index].lower in lx.AUXILIARIES:
        return index
    while index < len(tokens) and tokens[index].is_word and _modifies_next(tokens, index):
        index += 1  # "the red creams", "a full-thickness burn"
    if index >= len(tokens) or not tokens[index].is_word:
        return None
    head = tokens[index].lower
    if not (lx.classes(head) & {"NOUN"} or not lx.lemmas(head) or head in lx.OBJECT_PRONOUNS):
        return None
    index += 1
    while index < len(tokens) and tokens[index].is_word and lx.is_only(tokens[index].lower, "NOUN"):
        if lx.is_function_word(tokens[index].lower):
            break  # "a mole or patch": "or" (a noun to the lexicon) joins two heads, it is no part of a compound
        if lx.is_plural_noun(tokens[index - 1].lower):
            break  # "the concerns parents have": a plural head ends the phrase
        index += 1  # "the skin cells"
    return index


def _modifies_next(tokens, index: int) -> bool:
    """What: the word at `index` is only an adjective, or a hyphenated compound (`hyphenated_compound`) before a
    word the lexicon knows as a noun: either modifies the next word and is no head of its own.
    Why is this bad? "Anyone with a full-thickness burn who develops a fever" was flagged ("burns"): the compound,
    unknown to the lexicon, was taken for the phrase's head and the noun after it for the verb.
    Example: "Anyone with a full-thickness burn who", "Everyone on a low-salt diet should", "Each of the
    long-acting inhalers lasts" are read past the compound; "Anyone with a burn need" is still judged."""
    word = tokens[index].lower
    if lx.is_only(word, "ADJ"):
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    noun_after = following is not None and following.is_word and "NOUN" in lx.classes(following.lower)
    return hyphenated_compound(word) and noun_after


def _only_verb_of_sentence(tokens, start: int, index: int, bare: bool) -> bool:
    """The word after a determined singular noun is a base verb the sentence needs: no finite verb stands anywhere
    after it, and the sentence ends with a full stop ("The treatment last for six weeks.", "The clinic open at
    eight."), so a compound noun ("The treatment plan for six weeks is ready.") would leave it with none. Not a
    past form spelt like the base ("The nurse set a date.") nor an adjective or adverb too ("The gel feel"). Only
    for a noun phrase opening the sentence or a clause after a subordinator: after a comma, a colon or "and" it
    may be an apposition or the last item of a list ("..., the main cause of sunburn.")."""
    if start > 0 and tokens[start - 1].lower not in lx.SUBORDINATORS:
        return False
    candidate = tokens[index].lower
    if bare or tokens[-1].text != "." or not lx.is_lexical_base_verb(candidate) or candidate in _NOT_VERBS:
        return False
    if lx.classes(candidate) & {"ADJ", "ADV"} or lx.past_like_base(candidate) or candidate.endswith("ing"):
        return False
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    plural_object = lx.is_plural_noun(following) and not lx.third_person_base(following)  # "offer vaccines"
    if "NOUN" in lx.classes(following) and not lx.is_function_word(following) and not plural_object:
        return False  # "The blood test result.": a compound noun goes on
    if past_form(following):
        return False  # "Our incident log recorded 14 evacuations.": the past tense is the sentence's verb
    if not _mostly_verb(candidate):
        return False  # "The appointment letter in your post.": a noun real English rarely uses as a verb
    rest = range(index + 1, len(tokens))
    joined = next((k for k, token in enumerate(tokens) if token.lower in ("and", "or")), None)
    after = len(tokens) if joined is None else max(index + 3, joined + 1)
    if any(_plural_clause_verb(tokens, k) for k in range(after, len(tokens))):
        return False  # "Your heart rate and blood pressure rise": a base verb after the coordinated subject
    return not any(_maybe_finite(tokens[k].lower) and not _noun_after_modifier(tokens, k) for k in rest)


def _plural_clause_verb(tokens, index: int) -> bool:
    """What: the word at `index` is a base verb right after a noun; after an "and"/"or" (the caller looks only
    there) it is the verb of a coordinated subject ("heart rate and blood pressure rise").
    Why is this bad? The word after a singular noun was judged the sentence's only verb because a base form after
    a later noun did not count as finite, so "Your heart rate and blood pressure rise during exercise" was read
    as "heart" + "rate" and flagged.
    Example: "Your heart rate and blood pressure rise during exercise" is left alone; "The wound heal slowly in
    older people and smokers." is still judged."""
    word, before = tokens[index].lower, tokens[index - 1].lower
    return lx.is_lexical_base_verb(word) and not lx.is_function_word(before) and "NOUN" in lx.classes(before)


def _modifier_and_noun(word: str, candidate: str) -> bool:
    """The word read as the subject is an ordinal number ("second", "fourth") and the word read as its verb can be
    a noun ("visit", "review", "check"): at the end of a sentence with no other verb, the two are a noun phrase
    ("until their second visit.", "before the fourth review.", "at your third check.", "when the second dose
    arrives"), not a subject and its verb; the noun's own verb is judged by the subject-head reading ("When the
    second dose arrive."). A noun that is no ordinal ("When the cream work.") or a word that is only a verb after
    an ordinal ("when the second arrive.") is still judged."""
    return "NOUN" in lx.classes(candidate) and lx.is_ordinal(word)


def _noun_after_modifier(tokens, index: int) -> bool:
    """An -s word after a determiner, a number or a word that is only an adjective is a plural noun, not a verb
    ("free checks", "two visits")."""
    before = tokens[index - 1]
    if not lx.third_person_base(tokens[index].lower) or not lx.is_plural_noun(tokens[index].lower):
        return False
    return before.lower in lx.DETERMINERS or before.is_number or lx.is_only(before.lower, "ADJ")


def _mostly_verb(word: str) -> bool:
    """Real English uses the word as a verb, not only as a noun: its past form is at least 1/20 as frequent as
    the word ("stayed" for "stay", "worked" for "work"; not "lettered" for "letter", "booked" for "book")."""
    counts = bigram_counts()
    forms = counts.verb_forms.get(word)
    if not forms:
        return False
    past = forms[0][2][0]
    return counts.unigram(past) >= _PAST_SHARE * counts.unigram(word)


def _plural_of_another_noun(word: str) -> bool:
    """An -s noun that the lexicon also lists under a shorter noun ("shakes": "shake"; "greens": "green"): after a
    determiner it is read as that noun's plural, the use a shop page means ("Our shakes", "these greens")."""
    return word.endswith("s") and any(lemma != word for lemma in lx.lemmas(word).get("NOUN", ()))


def _compound_head_before_past(candidate: str, following: str) -> bool:
    """The word read as the verb is a noun and the next word is only a verb, in a past form ("study found",
    "audit showed", "trial reported"): the noun is the head of a compound ("A university study found users
    slept") and the past form the clause's verb. A base verb before its object ("The study show results", "The
    nurse check the dressing") is still judged."""
    if "NOUN" not in lx.classes(candidate) or not lx.is_only(following, "VERB") or following.endswith(("ing", "s")):
        return False
    return any(lemma != following for lemma in lx.lemmas(following).get("VERB", ()))


def _maybe_finite(word: str) -> bool:
    """A word that may carry a clause: a verb that may be finite (`lx.may_be_finite`) or a relative pronoun."""
    return lx.may_be_finite(word) or word in ("who", "which", "that")


def _time_phrase_after_compound(tokens, start: int, when: int | None) -> bool:
    """What: an adverbial of time ("every year", "each morning", `time_phrase_end`) right after the word read as the
    verb, in a noun phrase opened by "a"/"an" and joined by "and"/"or" (no comma) to the word before: "every"/"each"
    there opens no object, so the two words are a compound noun ("a health check", "a kidney scan"), the second item
    of a coordinated object.
    Why is this bad? "You will need an HIV test and a sexual health screen every 3 months" was read as the subject
    "health" and its verb "screen" with the object "every 3 months", and flagged ("screens").
    Example: "Book a blood test and a health check every year." is left alone; "The clinic open every day." (a
    sentence's only verb), "The nurse call every patient." ("every" before no time noun), "Eat well, and your energy
    return each morning." (a clause after a comma) are still judged."""
    if when is None or start < 2 or tokens[start - 1].lower not in ("and", "or") or not tokens[start - 2].is_word:
        return False  # ", and your energy return each morning": a new clause after a comma
    return tokens[start].lower in ("a", "an")  # "and the nurse visit every week" may be a clause: still judged


def _certainly_a_verb(candidate: str, following: str, bare: bool) -> bool:
    """Is the word after the noun a base-form verb (not part of a noun compound)?"""
    if candidate == "have":
        return lx.is_participle(following)
    if bare:
        return False  # "Use the ...", "Convert issue ...": a bare first word may be an imperative
    if not lx.is_lexical_base_verb(candidate) or candidate in _NOT_VERBS:
        return False
    if lx.classes(candidate) & {"ADJ", "ADV"}:
        return False
    if candidate in lx.LINKING_VERBS and "ADJ" in lx.classes(following) and not lx.is_function_word(following):
        return True  # "the skin become dry"
    bare_infinitive = lx.is_only(following, "VERB") and lx.is_base_verb(following)  # "help reduce"
    if lx.is_only(candidate, "VERB"):
        # (a verb after it is a bare infinitive, "help reduce"; a past form is the clause's verb: "log recorded")
        infinitive = lx.is_only(following, "VERB") and not past_form(following)
        # a particle of a phrasal verb proves the verb too: "the acid come back", "the rash go away"
        return following in _OBJECTS or following == "that" or infinitive or following in lx.PARTICLES
    return following in _OBJECTS or bare_infinitive  # "the skin care that ...": a noun compound
