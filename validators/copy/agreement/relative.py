"""copy.verb-agreement passes on a relative clause's verb: "Patients who has diabetes" -> "have", "Gum disease,
which affect" -> "affects", "Everyone who take" -> "takes"."""

from validators.copy import lexicon as lx
from validators.copy.agreement.noun_phrase import used_as_verb
from validators.copy.agreement.phrase_words import past_form
from validators.copy.agreement.word_context import (
    _LONGEST_NOUN_PHRASE,
    _NEGATED_SINGULAR,
    _PLURAL_FINITE,
    _RELATIVE_WORDS,
    _plain_base_verb,
    _verb_follows,
    hyphenated_compound,
    past_frequency_adverbs,
)
from validators.copy.context_words import PAIR_FLOOR, bigram_counts

_ONE_WORDS = frozenset("one each any none either neither every".split())
_SINGULAR_INDEFINITES = frozenset("everyone everybody anyone anybody someone somebody no-one nobody".split())


class RelativeClauseChecks:
    """The passes whose verb follows "who", "which" or "that" and agrees with the noun the pronoun stands for."""

    def _after_relative_pronoun(self, tokens):
        """ "Patients who has diabetes" -> "have": the verb of "who" agrees with the plural noun before
        it -- unless that noun ends an of-phrase ("one of the patients who has"). "that" only after a plural
        noun phrase opening the sentence ("Moles that bleeds or itch"), where it has no other noun to stand
        for; not "which", nor "that" elsewhere: they often stand for a noun further back ("the setting in the
        files which allows")."""
        for index in range(1, len(tokens) - 1):
            relative = tokens[index].lower
            that_clause = relative == "that" and (
                _opens_sentence(tokens, index - 1)
                or _object_of_verb(tokens, index - 1)
                or _complement_of_be(tokens, index - 1)
            )
            if relative != "who" and not that_clause:
                continue
            if tokens[index - 1].lower in _SINGULAR_INDEFINITES:
                yield from _base_verb_after_who(tokens, index)
                continue
            noun = tokens[index - 1]
            word = noun.lower
            if not noun.is_word or word in self.not_plural or word in self.collective or not lx.is_plural_noun(word):
                continue
            if noun.is_capitalised and index > 1:
                continue
            window = range(max(1, index - 5), index - 1)
            if any(tokens[i].lower == "of" and tokens[i - 1].lower in _ONE_WORDS for i in window):
                continue  # "one of the patients who has": "who" may stand for "one"
            position = past_frequency_adverbs(tokens, index + 1)
            verb = tokens[position].lower.replace("’", "'")
            if verb in ("has", "is", "was") or verb in _NEGATED_SINGULAR:
                base = {"has": "have", "is": "are", "was": "were"}.get(verb) or _NEGATED_SINGULAR[verb]
            elif (
                lx.third_person_base(verb)
                and not tokens[position].is_capitalised
                and (
                    not lx.is_plural_noun(verb)
                    or _verb_follows(tokens, position)
                    or _joined_base_verb(tokens, position)
                    or _preposition_follows(tokens, position)
                    or (relative == "who" and _no_verb_of_its_own(tokens, position))
                )
            ):  # "people who takes it", "Moles that bleeds or itch", "Blisters that forms on the skin"
                base = lx.third_person_base(verb)
            else:
                continue
            yield position, base, f"'{tokens[index].text}' stands for the plural '{noun.text}': use '{base}'."

    def _after_singular_relative(self, tokens):
        """ "Gum disease, which affect half of adults" -> "affects"; "a patient who smoke" -> "smokes"; "a
        treatment that build up tolerance" -> "builds": the verb of "who" (or of ", which", or of "that"
        without a comma) agrees with the singular noun right before it -- unless that noun
        ends a prepositional phrase or a coordination ("the symptoms of the disease, which include", "drinks
        from a pharmacy, which replace", "the nose and throat, which"), where the relative pronoun may
        stand for a noun further back."""
        for index in range(2, len(tokens) - 2):
            pronoun = tokens[index].lower
            comma = tokens[index - 1].text == ","
            if pronoun not in ("who", "which", "that") or (pronoun != "who" and comma == (pronoun == "that")):
                continue
            noun = index - 2 if comma else index - 1
            if not self._singular_head_noun(tokens, noun):
                continue
            finite = past_frequency_adverbs(tokens, index + 1)
            plural_form = tokens[finite].lower.replace("’", "'")
            adjective = "ADJ" in lx.classes(tokens[noun].lower) and tokens[noun - 1].lower not in lx.DETERMINERS
            person = _may_precede_who(tokens[noun].lower)  # not "patients every year who have"
            finite_slot = plural_form in _PLURAL_FINITE and finite < len(tokens) - 1
            if pronoun == "who" and finite_slot and not adjective and person:
                # ("Adults who are overweight, who have": an adjective ends the clause, not a person)
                # "The doctor, who have years of": "who" stands for the person before it ("which"/"that"
                # may stand for a whole clause or a noun further back: "fixes ... for the release that are")
                replacement = _PLURAL_FINITE[plural_form]
                message = f"'{tokens[index].text}' stands for '{tokens[noun].text}': use '{replacement}'."
                yield finite, replacement, message
                continue
            position = _base_verb_after_relative(tokens, index)
            if position is None:
                continue
            verb = tokens[position]
            if not (lx.is_only(verb.lower, "VERB") or _verb_follows(tokens, position) or (pronoun == "who" and person)):
                continue  # "the test, which result ...": a noun may follow "which"/"that", never "who" ("who brush")
            replacement = lx.third_person(verb.lower)
            message = f"'{tokens[index].text}' stands for '{tokens[noun].text}': use '{replacement}'."
            yield position, replacement, message

    def _singular_head_noun(self, tokens, index: int) -> bool:
        """A singular common noun ending a noun phrase that is not inside a prepositional phrase or a coordination."""
        noun = tokens[index]
        word = noun.lower
        if not noun.is_word or (noun.is_capitalised and index > 0) or word.endswith("s") or lx.is_plural_noun(word):
            return False
        if word in self.collective or word in self.not_plural or "NOUN" not in lx.classes(word):
            return False
        if lx.is_function_word(word) or word in lx.DETERMINERS:
            return False  # "those that begin": a pronoun of either number
        start = index
        while start > 0 and index - start < _LONGEST_NOUN_PHRASE:
            previous = tokens[start - 1]
            before = previous.lower
            if not (previous.is_word or previous.is_number):
                break
            if before in lx.DETERMINERS or before in lx.POSSESSIVES or previous.is_number:
                start -= 1
                break
            unknown = before.isalpha() and not lx.classes(before)  # a name or term: "coeliac disease"
            unknown = unknown or hyphenated_compound(before)  # "a high-risk wound": a modifier, known or not
            if lx.is_function_word(before) or not (unknown or lx.classes(before) & {"ADJ", "NOUN"}):
                break
            start -= 1
        before = tokens[start - 1].lower if start else ""
        # "conditions such as coeliac disease that stop": the last item of an example list
        return not (before in lx.PREPOSITIONS or before in {"of", "and", "or", "nor", "as"} | _RELATIVE_WORDS)


def _joined_base_verb(tokens, index: int) -> bool:
    """ "bleeds or itch": an -s word joined by "and"/"or" to a base verb is a verb, not a plural noun."""
    if index + 2 >= len(tokens) or tokens[index + 1].lower not in ("and", "or"):
        return False
    second = tokens[index + 2].lower
    return lx.is_lexical_base_verb(second) and not lx.is_plural_noun(second) and not lx.is_only(second, "NOUN")


def _no_verb_of_its_own(tokens, index: int) -> bool:
    """What: right after "who", an -s word that is a noun and a verb, followed by a word that is neither a verb
    form nor a modal ("people who uses vibrating tools", "children who takes steroids").
    Why: "who" stands for the subject, so the word after it is the clause's verb, unless it is the subject of an
    object relative, which has a verb of its own after it ("the doctors who nurses trust"); read as a possible
    plural noun, "uses" went unjudged.
    Example: "It is common in people who uses vibrating tools" -> "use"; not "the doctors who nurses trust"."""
    if index + 1 >= len(tokens) or not tokens[index + 1].is_word:
        return False
    after = tokens[index + 1].lower
    if after in lx.AUXILIARIES or lx.is_base_verb(after) or lx.third_person_base(after) is not None:
        return False
    return not past_form(after)


def _preposition_follows(tokens, index: int) -> bool:
    """ "that forms on": right after the relative pronoun, an -s word before a preposition is the clause's verb (a
    noun there would need a determiner, and a subject of its own is followed by its verb: "that nurses see")."""
    return index + 1 < len(tokens) and tokens[index + 1].lower in lx.PREPOSITIONS and tokens[index + 1].lower != "of"


def _opens_sentence(tokens, noun: int) -> bool:
    """The noun ends a noun phrase that opens the sentence: only determiners and adjectives stand before it."""
    return all(
        tokens[k].lower in lx.DETERMINERS or (tokens[k].is_word and lx.is_only(tokens[k].lower, "ADJ"))
        for k in range(noun)
    )


def _object_of_verb(tokens, noun: int) -> bool:
    """What: the plural noun at `noun` ends a noun phrase (determiners, adjectives, nouns) that is the object of a
    word the lexicon knows only as a verb ("We sell armrests that moves", "The kit has plasters that sticks", "Our
    clinic treats verrucas that spreads"), so "that" after it stands for that noun: no prepositional phrase stands
    between whose noun it may stand for instead.
    Why: the plural noun was trusted only when it opened the sentence, so a relative clause on an object, as common
    in product copy, was never judged.
    Example: "We stock insoles that supports the arch" -> "support"; "the range of insoles that supports" (an
    of-phrase) and "tell patients that smoking harms" (a conjunction after the verb's indirect object: no -s verb
    follows) are left alone."""
    start = _phrase_start(tokens, noun)
    if start == 0:
        return False
    verb = tokens[start - 1]
    word = verb.lower
    if not verb.is_word or (verb.is_capitalised and start > 1) or word in _SAY_VERBS or lx.is_function_word(word):
        return False
    if "VERB" not in lx.classes(word) or word in lx.PREPOSITIONS or word in lx.PARTICLES:
        return False
    if "NOUN" in lx.classes(word):
        bases = lx.lemmas(word).get("VERB", ())
        if not any(used_as_verb(base) for base in bases) or (start == noun and _compound(word, tokens[noun].lower)):
            return False  # "nerve fibers that", "blood tests that": a noun modifying the plural, not its verb
    before = tokens[start - 2] if start > 1 else None
    if before is None:
        return True
    # a verb, not a noun after its determiner, modifier or number ("the stock that", "a million nerve fibers that")
    modifier = before.lower in lx.DETERMINERS or before.lower in lx.POSSESSIVES or "ADJ" in lx.classes(before.lower)
    return not (modifier or before.is_number or before.lower in lx.NUMBER_WORDS)


def _phrase_start(tokens, noun: int) -> int:
    """The first word of the noun phrase ending at `noun`: its determiner or number, then adjectives only (a noun
    modifier may be a verb's own noun reading)."""
    start = noun
    while start > 0 and noun - start < _OBJECT_MODIFIERS:
        previous = tokens[start - 1]
        if previous.lower in lx.DETERMINERS or previous.lower in lx.POSSESSIVES or previous.is_number:
            return start - 1
        if not (previous.is_word and lx.is_only(previous.lower, "ADJ")):
            break
        start -= 1  # "soft", "clear"
    return start


def _complement_of_be(tokens, noun: int) -> bool:
    """What: the plural noun at `noun` ends a noun phrase (a determiner or none, then adjectives) right after a
    plural form of "be" ("Emollients are moisturisers that keeps", "Stones are hard deposits that forms"): the
    complement names what the subject is, so "that" after it stands for that plural noun.
    Why: only a plural opening the sentence or a verb's object was trusted, so the commonest shape of a definition
    ("X are Ys that ...") was never judged.
    Example: "Emollients are moisturisers that keeps the skin soft" -> "keep"; "Warts are growths that spreads"
    -> "spread"; "Emollients are moisturisers that keep the skin soft" and "the cause is a virus that spreads" are
    left alone."""
    start = noun
    while start > 1 and noun - start < _OBJECT_MODIFIERS and "ADJ" in lx.classes(tokens[start - 1].lower):
        start -= 1  # "hard", "small", "painful": adjectives, whatever else the word may be
    if tokens[start - 1].lower in lx.DETERMINERS:
        start -= 1
    return start > 1 and tokens[start - 1].lower in _PLURAL_BE and tokens[start].lower not in _SINGULAR_OPENERS


# The plural forms of "be" whose complement a relative "that" may stand for.
_PLURAL_BE = frozenset("are were".split())
# Determiners of a singular noun phrase: "are a group of conditions that" stands for the group or the conditions.
_SINGULAR_OPENERS = frozenset("a an one each every this that another".split())


def _compound(modifier: str, plural: str) -> bool:
    """Real English lists `modifier` before the plural or its singular ("nerve fiber", "blood tests")."""
    bigrams = bigram_counts().bigrams
    return any(f"{modifier} {noun}" in bigrams for noun in (plural, *lx.lemmas(plural).get("NOUN", ())))


_OBJECT_MODIFIERS = 4
# Verbs after whose object "that" may open a reported clause ("told patients that", "reminds parents that").
_SAY_VERBS = frozenset(
    "tell tells told telling remind reminds reminded reminding warn warns warned warning assure assures assured "
    "advise advises advised advising inform informs informed informing teach teaches taught teaching show shows "
    "showed shown convince convinces convinced persuade persuades persuaded".split()
)


def _may_precede_who(noun: str) -> bool:
    """Real English puts "who" after the noun (the bigram table lists "doctor who", "patient who"), or the noun
    is too rare for an unlisted pair to tell ("pharmacist who"); "year who", "time who" are common words
    never listed with "who": not a person "who" can stand for."""
    count, seen = bigram_counts().pair(noun, "who")
    return seen or count < PAIR_FLOOR / 2


def _base_verb_after_who(tokens, index: int):
    """ "Everyone who take this medicine" -> "takes", "anyone who are" -> "is": "who" stands for a singular
    indefinite pronoun."""
    finite = past_frequency_adverbs(tokens, index + 1)
    plural_form = tokens[finite].lower.replace("’", "'")
    if plural_form in _PLURAL_FINITE:  # "Everyone who are eligible", "anyone who have had"
        replacement = _PLURAL_FINITE[plural_form]
        yield finite, replacement, f"'{tokens[index - 1].text} who' takes a singular verb: use '{replacement}'."
        return
    position = _base_verb_after_relative(tokens, index)
    if position is None:
        return
    verb = tokens[position]
    if "VERB" not in lx.classes(verb.lower):
        return  # right after "who" a word that may be a verb is the clause's verb ("anyone who smoke")
    replacement = lx.third_person(verb.lower)
    yield position, replacement, f"'{tokens[index - 1].text} who' takes a singular verb: use '{replacement}'."


def _base_verb_after_relative(tokens, index: int) -> int | None:
    """The position of the plain base-form verb after the relative pronoun at `index` and any frequency
    adverbs ("who often take"), or None when another word comes there."""
    position = past_frequency_adverbs(tokens, index + 1)
    verb = tokens[position]
    if not verb.is_word or verb.is_capitalised or not _plain_base_verb(verb.lower):
        return None
    return position
