"""copy.verb-agreement passes on a noun subject and the verb after it: "infections gets", "The symptoms of
scabies includes", "The pain of a kidney stone usually start"."""

from validators.copy import lexicon as lx
from validators.copy.agreement.phrase_words import (
    _TIME_NOUNS,
    ARTICLES_AND_POSSESSIVES,
    counted,
    range_named_by_noun,
    species_epithet,
    time_phrase_end,
)
from validators.copy.agreement.word_context import (
    _FREQUENCY_ADVERBS,
    _HEAD_PREPOSITIONS,
    _LONGEST_NOUN_PHRASE,
    _NEGATED_SINGULAR,
    _RELATIVE_WORDS,
    _looks_imperative,
    _modifier,
    _noun_follows,
    _plain_base_verb,
    _preposition_follows,
    _verb_follows,
    past_frequency_adverbs,
)
from validators.copy.base import CLAUSE_BREAKS

_PLURAL_FORMS = {"be": "are"}
_PHRASE_PREPOSITIONS = frozenset("of on in for with from among".split())
# Words that open a clause whose subject follows ("What our customers say", "Why our patients love us").
_QUESTION_OPENERS = frozenset("how why where what whether".split())
_QUANTIFIERS = frozenset("many most several few various numerous".split())
# Words that open a free relative clause ("What matters is", "Whatever helps is"): its -s word is its verb.
_FREE_RELATIVES = frozenset("what whatever whoever".split())
# Words of degree before a quantifier ("so many", "too few", "how many"): part of the noun phrase.
_DEGREE_WORDS = frozenset("so too how very".split())


class NounSubjectChecks:
    """The passes that read a noun phrase ending just before its verb, and `_heads_subject`, which tells
    whether that noun phrase is a subject at all."""

    # --- "infections gets" ---------------------------------------------------------------------
    def _after_plural_subject(self, tokens):
        for index in range(len(tokens) - 1):
            subject = tokens[index]
            if not subject.is_word or (subject.is_capitalised and index > 0):
                continue  # (capitalised: a proper name)
            noun = subject.lower
            if noun in self.not_plural or not lx.is_plural_noun(noun):
                continue
            if species_epithet(tokens, index):
                continue  # "Propionibacterium acnes was renamed": a genus and its species, one organism's name
            position = past_frequency_adverbs(tokens, index + 1)  # "the symptoms usually appears"
            verb = tokens[position]
            if not verb.is_word or verb.is_capitalised:
                continue
            negated = _NEGATED_SINGULAR.get(verb.lower.replace("’", "'"))
            base = "were" if verb.lower == "was" else negated or lx.third_person_base(verb.lower)
            if base is None:
                continue
            base = _PLURAL_FORMS.get(base, base)
            compound = self._compound_before_verb(tokens, index, position)  # "The blood tests confirms the"
            if not self._heads_subject(tokens, index, maybe_verb=not compound):
                continue
            if position == index + 1 and range_named_by_noun(tokens, position):
                continue  # "Kids ages 3 and up can": the plural noun names the range the people fall in
            if _object_of_opening_imperative(tokens, index, position):
                continue  # "Keep lice products away": the noun phrase is the imperative's object
            if (verb.lower in ("is", "was") or noun in self.amount_units) and counted(tokens, index):
                continue  # "Six sessions is the most we suggest", "Two weeks seems long": one amount
            if position == index + 1 and lx.is_plural_noun(verb.lower) and not (
                _verb_follows(tokens, position)
                or _noun_follows(tokens, position)
                or _adjective_complement(tokens, position)
                or ((not noun.endswith("s") or noun in self.people) and _preposition_follows(tokens, position))
            ):
                continue  # "sports drinks contain": a compound noun; but "bacteria changes in", "patients returns to";
                # after an adverb ("the symptoms usually starts") no compound is possible
            yield position, base, f"The subject '{subject.text}' is plural: use '{base}'."

    def _compound_before_verb(self, tokens, index: int, position: int) -> bool:
        """What: the plural at `index` closes a compound after a noun ("blood tests", "eye drops", "skin
        patches") when the -s word at `position` right after it is followed by a determiner or possessive: the
        plural cannot be the verb of the noun before it ("The blood tests ..."), since a second finite verb would
        follow it with no conjunction; the -s word is the compound's verb.
        Why is this bad? An -s word after a noun may be that noun's verb ("The cream treats cuts"), so a plural
        head after a noun was never judged: "The blood tests confirms the result" went unread.
        Example: "The blood tests confirms the result" -> "confirm", "Eye drops contains a preservative" ->
        "contain"; "The cream treats cuts and grazes", "The nurse offers parents the vaccine" (a person as the
        first of two objects), "The doctor treats cuts the same day" (a time phrase) and "The doctor orders tests
        the lab runs" (a relative clause without its pronoun) are left alone."""
        before = tokens[index - 1].lower if index else ""
        if position != index + 1 or "NOUN" not in lx.classes(before) or lx.is_function_word(before):
            return False  # (not "who smokes has": the relative clause's verb)
        if position + 2 >= len(tokens) or tokens[position + 1].lower not in ARTICLES_AND_POSSESSIVES:
            return False
        verb = tokens[position].lower
        if verb in self.people or time_phrase_end(tokens, position + 1) is not None:
            return False
        timed = any(_time_noun(token.lower) for token in tokens[position + 2 : position + 4])
        if timed or lx.third_person_base(verb) is None:
            return False  # "treats cuts the same day", "checks doses a second time": when, not an object
        return _object_ends_clause(tokens, position + 1)

    def _after_plural_of_phrase(self, tokens):
        """ "The symptoms of scabies includes ...": the verb agrees with the head, not the nearest noun. A word
        right after an article or a possessive is a noun of the phrase, never its verb ("The results of the tests
        that were done in March show", "The side effects of your tablets that most people notice are", "The
        names of the drugs that interact are")."""
        for index in range(len(tokens) - 3):
            head = tokens[index]
            if tokens[index + 1].lower != "of" or not head.is_word or head.lower in self.not_plural:
                continue
            if not lx.is_plural_noun(head.lower) or (head.is_capitalised and index > 0):
                continue
            if not self._heads_subject(tokens, index, maybe_verb=False):  # "effects of": a noun before "of"
                continue
            if head.lower in _AMOUNT_PLURALS and index > 0 and _verb_before_amount(tokens[index - 1]):
                continue  # "Our pharmacists answer hundreds of questions": the amount is the verb's object
            for position in range(index + 2, min(index + 10, len(tokens))):
                word = tokens[position].lower
                base = lx.third_person_base(word)
                if word in ("is", "was", "has") and counted(tokens, index):
                    break  # "Two weeks of morning readings is enough": an amount taken as one
                after_noun = "NOUN" in lx.classes(tokens[position - 1].lower)  # "blood tests usually": a compound
                determined = tokens[position - 1].lower in ARTICLES_AND_POSSESSIVES  # "of the tests that were"
                if base is not None and not determined and (
                    not lx.is_plural_noun(word) or _verb_follows(tokens, position, objects_only=after_noun)
                ) and not _antecedent_of_relative(tokens, position):
                    message = f"The subject '{head.text}' is plural: use '{_PLURAL_FORMS.get(base, base)}'."
                    yield position, _PLURAL_FORMS.get(base, base), message
                    break
                if word in _RELATIVE_WORDS:
                    break  # "examples of behavior that contributes": the verb has its own subject
                unknown_name = not lx.lemmas(word)  # a drug or organism name: "of isotretinoin"
                inside = _modifier(word) or lx.is_plural_noun(word) or word in _PHRASE_PREPOSITIONS or unknown_name
                if not tokens[position].is_word or not inside:
                    break

    def _after_singular_of_phrase(self, tokens):
        """ "The pain of a kidney stone usually start ...": a singular head before "of" (or another
        preposition of a noun's place or kind: "Redness around the injection site usually go") takes "-s",
        when an adverb of frequency ("usually") or a word that is only a verb makes the verb certain. The head
        has a determiner, or opens the sentence."""
        for index in range(0, len(tokens) - 3):
            head = tokens[index]
            if tokens[index + 1].lower not in _HEAD_PREPOSITIONS:
                continue
            if index > 0 and tokens[index - 1].lower not in ("the", "this", "that", "a", "an"):
                continue
            word = head.lower
            if (
                not head.is_word
                or (head.is_capitalised and index > 0)
                or word in self.collective
                or lx.is_function_word(word)
                or word in self.heads.plural_of_heads  # "Many of our clients never get": a quantifier, no noun
            ):
                continue
            if "NOUN" not in lx.classes(word) or lx.is_plural_noun(word) or word.endswith("ing"):
                continue
            if not self._heads_subject(tokens, index, maybe_verb=False):
                continue
            for position in range(index + 2, min(index + 10, len(tokens) - 1)):
                current = tokens[position].lower
                if current in _FREQUENCY_ADVERBS:
                    verb = tokens[position + 1]
                    if verb.is_word and _plain_base_verb(verb.lower):
                        replacement = lx.third_person(verb.lower)
                        yield position + 1, replacement, f"The subject '{head.text}' is singular: use '{replacement}'."
                    break
                inside = _modifier(current) or lx.is_plural_noun(current) or _unknown_name(tokens, position)
                if not tokens[position].is_word or current in _RELATIVE_WORDS or not inside:
                    break

    def _heads_subject(self, tokens, index, maybe_verb: bool = True) -> bool:
        """The noun ends a noun phrase that is not the object of a preposition or of a verb."""
        if maybe_verb and index > 0 and lx.third_person_base(tokens[index].lower):
            # "The cream treats cuts": an -s word after a noun may be that noun's verb.
            before = tokens[index - 1]
            compound = "-" in before.lower and not lx.classes(before.lower)  # "weight-loss products"
            # "although results has" opens a clause; after "who"/"which" the -s word is the relative
            # clause's own verb ("everyone who snores has", "a rash which itches is"), never a subject.
            opens = before.lower in (lx.SUBORDINATORS - {"so", "that", "as", "than", "who", "which"})
            named = index > 1 and _unknown_name(tokens, index - 1)  # "Our rheumatology nurses runs"
            if before.lower in _FREE_RELATIVES and tokens[-1].text != "?":
                return False  # "What matters is that": outside a question, "what" + an -s verb is a clause subject
            if not (
                before.lower in lx.DETERMINERS
                or before.is_number
                or lx.is_only(before.lower, "ADJ")
                or compound
                or opens
                or named
            ):
                return False
        position = index - 1
        limit = max(index - _LONGEST_NOUN_PHRASE, -1)  # a noun phrase is short; keeps long inputs linear
        while position > limit and tokens[position].lower not in lx.DETERMINERS | _QUANTIFIERS and (
            _modifier(tokens[position].lower) or _unknown_name(tokens, position)
        ):
            position -= 1
            if _coordinated_adjective(tokens, position):
                position -= 1  # "Red, swollen or bleeding gums": adjectives joined by commas and "or"/"and"
        if position >= 0 and tokens[position].lower in _QUANTIFIERS:
            position -= 1  # "Many women was": a quantifier opens the noun phrase like a determiner
            if position >= 0 and tokens[position].lower in _DEGREE_WORDS:
                position -= 1  # "why so many people doesn't": the degree word belongs to the quantifier
            if position < 0:
                return True
            before = tokens[position]
            opens = before.text in CLAUSE_BREAKS or before.text in (",", "and", "but")  # ", and most patients returns"
            return opens or before.lower in (lx.SUBORDINATORS - {"so"}) or before.lower in _QUESTION_OPENERS
        if position + 1 < index and _opens_gerund_clause(tokens, position + 1):
            return False  # "Taking high doses of ... cures": the subject is the whole -ing clause
        if position == limit and limit >= 0:
            return False
        if position > 0 and tokens[position].lower == "that" and lx.is_plural_noun(tokens[index].lower):
            reporting = lx.is_only(tokens[position - 1].lower, "VERB")
            if reporting:
                return True  # "suggest that omega-3 supplements reduces": "that" + a plural opens a clause
        if position >= 0 and tokens[position].lower in lx.DETERMINERS:
            position -= 1
        if position < 0:
            return True
        before = tokens[position]
        if before.lower in ("and", "but") and position > 0 and tokens[position - 1].text == ",":
            return True  # "..., and men is more likely": a new clause
        opens = before.lower in (lx.SUBORDINATORS - {"so"}) or before.lower in _QUESTION_OPENERS  # "Why our patients"
        return before.text in CLAUSE_BREAKS or before.text == "," or opens


def _antecedent_of_relative(tokens, position: int) -> bool:
    """What: a plural noun that is also an -s verb ("exercises", "supports", "drops"), followed by "that",
    "which" or "who" and then a verb's base form, is the antecedent of a relative clause, not the clause's verb.
    Why is this bad? Read as a verb, the noun after "of" was flagged against the head before it ("Two sessions of
    exercises that strengthen the muscles are recommended" -> "exercise"). A verb in -s before "that" opens a
    content clause, whose subject comes first ("shows that the ...", "shows that exercise helps"); a base verb
    right after "that" has no subject but the noun before it.
    Example: "Two sessions of exercises that strengthen the muscles are" and "The names of supports that
    protect the knee are" are left alone; "The results of the trials shows that the drug works" is still found."""
    if position + 2 >= len(tokens) or tokens[position + 1].lower not in ("that", "which", "who"):
        return False
    if not lx.is_plural_noun(tokens[position].lower):
        return False
    verb = past_frequency_adverbs(tokens, position + 2)
    word = tokens[verb].lower
    if not tokens[verb].is_word or not lx.is_lexical_base_verb(word) or lx.third_person_base(word):
        return False
    following = tokens[verb + 1].lower if verb + 1 < len(tokens) else ""
    # "shows that exercise helps": a noun/verb word with a finite verb after it is the content clause's subject
    return lx.is_only(word, "VERB") or not lx.may_be_finite(following)


def _unknown_name(tokens, position: int) -> bool:
    """A word no dictionary knows, a name opening the noun phrase: "Preventer inhalers", "the Zyrtec
    tablets" (only at the start of the sentence or after a determiner, where it cannot be a verb)."""
    word = tokens[position].lower
    if not word.isalpha() or lx.lemmas(word) or lx.is_function_word(word):
        return False
    return position == 0 or tokens[position - 1].lower in lx.DETERMINERS


def _time_noun(word: str) -> bool:
    """A noun of time, singular or plural ("day", "mornings", "a second time")."""
    nouns = _TIME_NOUNS_AND_TIME
    return word in nouns or any(lemma in nouns for lemma in lx.lemmas(word).get("NOUN", ()))


_TIME_NOUNS_AND_TIME = _TIME_NOUNS | {"time"}


def _object_ends_clause(tokens, determiner: int) -> bool:
    """The noun phrase opening with the determiner at `determiner` is followed by punctuation, a preposition,
    "and"/"or" or the end: an object ("confirms the result.", "contains a preservative and"), not the subject
    of a relative clause without its pronoun ("orders tests the lab runs", "answers questions the public ask")."""
    position = determiner + 1
    while position < len(tokens) and tokens[position].is_word and not lx.is_function_word(tokens[position].lower):
        if not lx.classes(tokens[position].lower) & {"NOUN", "ADJ"} or position - determiner > 4:
            break
        position += 1
    if position == determiner + 1:
        return False
    if position > determiner + 2 and lx.third_person_base(tokens[position - 1].lower):
        return False  # "records changes the patient reports": the relative clause's subject and verb
    if position >= len(tokens) or not tokens[position].is_word:
        return True
    following = tokens[position].lower
    return (
        following in lx.PREPOSITIONS
        or following in ("and", "or")
        or (following.endswith("ly") and lx.is_adverb(following))
    )


def _adjective_complement(tokens, index: int) -> bool:
    """A linking verb before an adjective: "stays awake", "feels tired" (a verb, not a plural noun)."""
    if index + 1 >= len(tokens) or lx.third_person_base(tokens[index].lower) not in lx.LINKING_VERBS:
        return False
    following = tokens[index + 1].lower
    return "ADJ" in lx.classes(following) and not lx.is_function_word(following)


def _coordinated_adjective(tokens, index: int) -> bool:
    """A comma, "and" or "or" at `index` between an adjective before it and a modifier after it, inside one noun
    phrase ("dry, itchy and flaky patches"); not between nouns ("patients, carers and parents")."""
    if index < 1 or index + 1 >= len(tokens) or tokens[index].lower not in (",", "and", "or"):
        return False
    before = tokens[index - 1].lower
    return "ADJ" in lx.classes(before) and not lx.is_plural_noun(before) and _modifier(tokens[index + 1].lower)


def _opens_gerund_clause(tokens, index: int) -> bool:
    """An -ing word opening the sentence and followed by more of the noun phrase is a gerund
    taking an object ("Taking high doses ...", "Using condoms ..."): the clause is the subject. So is
    one after a comma or a subordinator that is no noun ("If you are a carer, moving patients puts";
    not "bleeding", which may be a noun modifier)."""
    word = tokens[index].lower
    if not word.endswith("ing") or "VERB" not in lx.classes(word):
        return False
    if index == 0:
        return True
    before = tokens[index - 1]
    opens = before.text == "," or before.text in CLAUSE_BREAKS or before.lower in lx.SUBORDINATORS
    return opens and "NOUN" not in lx.classes(word)


def _object_of_opening_imperative(tokens, index: int, verb: int) -> bool:
    """A compound noun after a sentence-opening imperative, then the particle of a phrasal verb ("Keep
    lice products away", "Put cold packs back"): the imperative's object, not a subject and its verb
    ("Head lice spreads quickly" is one)."""
    following = tokens[verb + 1].lower if verb + 1 < len(tokens) else ""
    if not lx.is_plural_noun(tokens[verb].lower) or following not in lx.PARTICLES:
        return False
    start = index
    while start > 1 and _modifier(tokens[start - 1].lower) and tokens[start - 1].lower not in lx.DETERMINERS:
        start -= 1
    return start == 1 and _looks_imperative(tokens, 0)


# Plurals that count what their of-phrase names ("hundreds of questions", "dozens of emails"): no compound noun
# ends on one, so a word before one that may be a verb is the verb whose object the amount opens.
_AMOUNT_PLURALS = frozenset("hundreds thousands millions billions dozens tens scores lots loads heaps tons".split())


def _verb_before_amount(token) -> bool:
    """The word before an amount plural is a verb, not a modifier: it may be a verb and is no determiner,
    number or adjective only ("answer hundreds", "see thousands"; not "the hundreds", "many thousands")."""
    word = token.lower
    if not token.is_word or word in lx.DETERMINERS or token.is_number or lx.is_only(word, "ADJ"):
        return False
    return "VERB" in lx.classes(word)
