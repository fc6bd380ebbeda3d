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

from validators.copy import lexicon as lx
from validators.copy.agreement.inner_clauses import InnerClauseReader
from validators.copy.agreement.phrase_words import (
    _COUNTING_WORDS,
    _DEFINITE_OPENERS,
    _FINITE_FORMS,
    _LONGEST_PHRASE,
    _OBJECT_OPENERS,
    _QUESTION_WORDS,
    _RELATIVES,
    _SINGULAR_TO_PLURAL,
    _SUBJECT_PRONOUNS,
    ARTICLES_AND_POSSESSIVES,
    CLAUSE_PREPOSITIONS,
    PLURAL,
    SINGULAR,
    _auxiliary,
    possessive,
    time_phrase_end,
)
from validators.copy.context_words import bigram_counts

# Determiners that open a noun phrase, each mapped to its kind ("a" and "an" are one).
_ARTICLE_KINDS = {word: word for word in _DEFINITE_OPENERS} | {"a": "a", "an": "a"}

# Words of degree that make a comparative or superlative predicate ("More common are ...", "Most important is ...").
_COMPARATIVE_DEGREES = frozenset("more less most least".split())
# Amount words that open a verb's object ("causes fewer problems", "needs more rest").
_COMPARED_AMOUNTS = frozenset("more less fewer".split())


class SubjectReader(InnerClauseReader):
    """A left-to-right reader of one subject noun phrase."""

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
        graded = first in _COMPARATIVE_DEGREES and "ADJ" in lx.classes(self.lower(start + 1))
        if graded and self.lower(start + 2) in lx.BE_FORMS:
            return None  # "More common are mild reactions": an inverted predicate, the subject after the verb
        if first in _QUESTION_WORDS or first in ("whatever", "whichever", "whoever", "whomever"):
            return None  # "How common are they?", "Whatever helps is", "Whichever plan you choose", "Whoever looks
            # after the child needs": a free relative clause is the subject, no noun phrase
        if first in self.vocabulary.singular_of_heads and self.lower(start + 1) == "of":
            inner = self.noun_phrase(start + 2)
            if inner is None or not lx.is_plural_noun(self.lower(inner[0])):
                return None
            return self.finish(start, SINGULAR, inner[1], reduced_relative=True)
        if first in self.vocabulary.plural_of_heads and self.lower(start + 1) == "of":
            return self.plural_of_phrase(start + 2)  # "All of our products are", "Most of the tablets"
        if self.counted_quantity(start):
            return None  # "An average of 20 patients are seen", "A maximum of two visitors is allowed": either number
        quantity = first == "a" and self.lower(start + 1) in self.vocabulary.indefinite_plural_heads
        if quantity and self.lower(start + 2) == "of":
            return self.plural_of_phrase(start + 3)  # "A number of customers have asked"
        definite = first == "the" and self.lower(start + 1) in self.vocabulary.definite_singular_heads
        if definite and self.lower(start + 2) == "of":
            inner = self.coordinated_phrase(start + 3)  # "the number of strokes and heart attacks"
            return None if inner is None else self.finish(start + 1, SINGULAR, inner, reduced_relative=True)
        if start < len(self.tokens) and (self.tokens[start].is_number or first in _COUNTING_WORDS):
            return None  # "9 out of 10 customers see", "Two weeks in a high-risk area is": a proportion, an amount
        if self.spelled_proportion(start):
            return None  # "One in six children need", "One out of three smokers dies": a proportion, either number
        if first.endswith("ing") and "VERB" in lx.classes(first) and self.lower(start + 1) != "and":
            compound = self.ing_compound(start)  # "Teething gels for babies contains": a compound, plural
            if compound is None:
                return None
            read = self.finish(*compound, reduced_relative=False)
            if read is not None and read[2] == compound[2] and self.plural_compound_then_s_form(compound[2]):
                read = (*read[:3], True)  # "Teething gels works": a plural ends the compound, the -s word is its verb
            return read
            # (otherwise "when running pip outside": a participle clause, not a subject)
        phrase = self.noun_phrase(start, opening=opening)  # (an imperative may follow "Only": "Only use")
        if phrase is None:
            return None
        unknown_item = self.unknown_first_item(start, phrase)
        if self.named(phrase[0]) and not unknown_item:
            return None
        head, position, number = phrase
        if self.noun_by_counts and number != PLURAL and self.lower(position) != "and":
            return None  # an opening word read as a noun by the counts alone: only a plural subject is judged
        if any(self.unknown(k) for k in range(start, head)):
            return None  # "codegen units": a term the lexicon does not know
        if head > start and self.verb_or_compound(head):
            return None  # "The cream treats cuts": the -s word may be the verb, not a compound's head
        if self.lower(position) == ",":
            listed = self.listed_subject(start, head, position)
            if listed is None and unknown_item:
                return None
            alternative = self.alternative_plural(position) if listed is None else None
            if alternative is not None:
                head, position, number = *alternative, PLURAL  # "A fever, sweats or aches needs": the nearest item
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
            if other is None or self.named(other[0]):
                return None
            if not ("NOUN" in lx.classes(self.lower(head)) or unknown_item or self.gerunds(head, other[0])):
                return None
            one_idea = self.one_idea(start, head, position + 1, other[0]) or self.parallel_adjective_phrases(
                start, head, other[0]
            )
            if one_idea and self.lower(other[1]) in _SINGULAR_TO_PLURAL:
                return None  # "Salt and pepper is", "A healthy diet and regular exercise is the key": may be one idea
            if self.shared_amount(start, head, conjunct, other[0]) and self.singular_verb_after(other[0], other[1]):
                return None  # "Some pain and bruising in the groin is normal": one mixed amount, either number
            if self.gerunds_sharing_object(start, head, conjunct, other[0]) and self.singular_verb_after(
                other[0], other[1]
            ):
                return None  # "Booking and cancelling appointments is easy": one activity, either number
            if self.binomial(head, other[0]):
                return None  # "The wear and tear of daily life takes": a set pair of nouns names one thing
            if self.shared_head(start, head, position + 1, other[0]):
                if other[2] != PLURAL:
                    return None  # "The zinc and vitamin C formula", "Pain and joint stiffness": one head or two
                position, number, head = other[1], PLURAL, other[0]  # "morning and evening blends": plural either way
            else:
                position, number = other[1], PLURAL  # "Caffeine and alcohol"
            # A relative clause without its pronoun may follow a determined second item ("Your history and
            # the medicines you take affect"): a coordinated subject is no adverbial of time ("Every day we").
            reduced = reduced or self.lower(conjunct) in _DEFINITE_OPENERS
        if number is None or (number == SINGULAR and self.conjunct_of_subject(start, head)):
            return None
        if self.swallowed_verb(position):
            return head, number, position - 1, False  # "Your blood pressure and heart rate rises during"
        return self.finish(head, number, position, reduced_relative=reduced)

    def ing_compound(self, start: int) -> tuple[int, str, int] | None:
        """(head, PLURAL, index after the phrase) when the -ing word at `start` opens a compound noun before a
        plural ("Teething gels", "Sleeping tablets", "Hearing aids"), not a gerund with its object ("Taking tablets
        helps", "Hearing voices is"), or None.

        What: the -ing word is one of `ing_compound_modifiers` (verbs that take no object, or none a product names)
        or real English lists it before the plural's singular ("hearing aid"); a lower-case plural noun that names
        no people follows, and the noun phrase read from it is plural.
        Why: the gerund reading is singular, so the sentence was never judged, and a singular verb after the
        compound ("Hearing aids needs regular cleaning") went unflagged.
        Example: "Teething gels for babies contains an anaesthetic" -> "contain"; "Sleeping tablets helps" -> "help".
        """
        first, noun = self.lower(start), self.lower(start + 1)
        if start + 1 >= len(self.tokens) or self.tokens[start + 1].is_capitalised or not lx.is_plural_noun(noun):
            return None
        if noun in self.vocabulary.person_plurals:
            return None  # "Cooling children with a fan", "Nursing mothers": people may be the gerund's object
        bigrams = bigram_counts().bigrams
        listed = any(f"{first} {singular}" in bigrams for singular in lx.lemmas(noun).get("NOUN", ()))
        if first not in self.vocabulary.ing_compound_modifiers and not listed:
            return None
        phrase = self.noun_phrase(start + 1)
        if phrase is None or self.named(phrase[0]):
            return None
        if self.lower(phrase[0]) in self.vocabulary.no_number and not (listed and phrase[0] == start + 1):
            return None  # ("aids" after "hearing" is the plural of "aid", though "AIDS" is a singular name)
        return (phrase[0], PLURAL, phrase[1]) if lx.is_plural_noun(self.lower(phrase[0])) else None

    def aside(self, comma: int) -> int | None:
        """The index after the closing comma of a short aside between a subject and its verb, or None.

        What: up to six words between two commas that open with a word of `aside_openers` (", however,", ", if used
        daily,", ", especially in older adults,"), a preposition (", in most cases,", ", for example,") or an
        adjective (", available from any pharmacy,", ", though small,"), hold no clause of their own (no subject
        pronoun, no finite verb, no modal, no "but"/"so") and are followed by a verb form.
        Why: the reader gave up at the first comma, so the verb after the aside was never compared with the head
        ("The side effects, in most cases, is mild").
        Example: "These drops, available from any pharmacy, eases dry eyes" -> "ease"; "The tablets, however, is
        easy to swallow" -> "are"."""
        opening = self.lower(comma + 1)
        opens = opening in self.vocabulary.aside_openers or opening in self.vocabulary.prepositions
        if not (opens or lx.is_only(opening, "ADJ")):
            return None
        for position in range(comma + 1, min(len(self.tokens), comma + 8)):
            token, word = self.tokens[position], self.lower(position)
            if token.text == ",":
                return self.verb_after_aside(position + 1)
            if not (token.is_word or token.is_number) or token.is_capitalised:
                return None
            if word in _SUBJECT_PRONOUNS or word == "it" or word in _FINITE_FORMS or word in lx.MODALS:
                return None  # ", if you take them,", ", when it is cold,": a clause with its own subject
            if word in ("but", "so", "yet", "which", "who", "that"):
                return None
            if lx.third_person_base(word) and not lx.is_plural_noun(word):
                return None  # ", when the rash spreads,": a clause's verb
        return None

    def verb_after_aside(self, position: int) -> int | None:
        """`position` when a verb form that shows number stands there: a form of be/have/do, or an -s form; not a
        word that opens a new clause or list item ("The nurse, in most cases, the doctor"), nor a base form, which
        may open an imperative after a topic or an addressed person ("Your child, if old enough, take ...")."""
        if position >= len(self.tokens) or not self.tokens[position].is_word or self.tokens[position].is_capitalised:
            return None
        word = self.lower(position)
        shows_number = word in _FINITE_FORMS or (lx.third_person_base(word) and "VERB" in lx.classes(word))
        return position if shows_number else None

    def plural_compound_then_s_form(self, position: int) -> bool:
        """An -s form right after an -ing compound's plural head ("Teething gels works"): a plural is no
        modifier, and real English lists no compound of the two, so the -s word is the verb."""
        word, before = self.lower(position), self.lower(position - 1)
        if position >= len(self.tokens) or self.tokens[position].is_capitalised or not lx.third_person_base(word):
            return False
        return f"{before} {word}" not in bigram_counts().bigrams

    def verb_after_time(self, position: int) -> bool:
        """A verb form follows the time phrase at `position` ("care homes this winter are", "A blood test every three
        months check"): the phrase stands between the subject and its verb."""
        following = self.lower(time_phrase_end(self.tokens, position))
        return lx.may_be_finite(following) or lx.is_base_verb(following)

    def clause_verb(self, position: int) -> bool:
        """A finite verb form at `position`, right after the noun phrase of "before", "after", "until", "till" or
        "since", makes that phrase a clause's subject and the verb that clause's own.

        What: the reader skips a prepositional phrase after the head; when the preposition is one that also opens
        a clause and a form of be/have/do, a modal or a verb in -s follows its noun phrase, the verb belongs to the
        clause, not to the subject being read, when a verb form follows the clause's closing comma: the main verb
        is further on, and the reader gives no verdict ("Symptoms after the first dose is mild" is still read).
        Why: "Painkillers, such as ibuprofen, taken regularly from the day before a period is expected, help many
        people" was flagged ("are"): "a period is" was read as the head's prepositional phrase and its verb.
        Example: "Creams, applied twice a day until the rash has gone, ease the itch"; "Dressings, changed daily
        after the wound is cleaned, lower the risk"; "Tablets, taken with water before a meal is eaten, work faster"."""
        if position >= len(self.tokens) or not self.tokens[position].is_word or not self.verb_form(position):
            return False
        return any(  # the main verb after the clause's closing comma; without one the phrase was the head's
            self.tokens[k].text == "," and self.verb_form(k + 1) for k in range(position + 1, len(self.tokens) - 1)
        )

    def verb_form(self, position: int) -> bool:
        """A form of be/have/do, a modal, a base form or a verb in -s that real English uses as a verb."""
        word = self.lower(position)
        if not self.tokens[position].is_word or self.tokens[position].is_capitalised:
            return False
        if word in _FINITE_FORMS or word in lx.MODALS:
            return True
        return "VERB" in lx.classes(word) and bool(lx.third_person_base(word) or lx.is_base_verb(word))

    def spelled_proportion(self, start: int) -> bool:
        """ "One in six children", "one out of every four adults": a proportion whose "one" is spelled out.

        What: "one" then "in" or "out of", then a number, a number word or "every".
        Why: a proportion in digits ("1 in 10 people have") is left alone, as the verb may agree with the people
        counted or with the "one"; spelled out, "one" was read as a singular head, so "One in six children who are
        treated in hospital need" was flagged, though editors write either form.
        Example: "One in five adults have high blood pressure", "One out of three patients stop the drug"."""
        if self.lower(start) != "one":
            return False
        position = start + 1
        if self.lower(position) == "out" and self.lower(position + 1) == "of":
            position += 1
        elif self.lower(position) != "in":
            return False
        following = self.tokens[position + 1] if position + 1 < len(self.tokens) else None
        if following is not None and following.lower == "every" and position + 2 < len(self.tokens):
            following = self.tokens[position + 2]
        return following is not None and (following.is_number or following.lower in lx.NUMBER_WORDS)

    def counted_quantity(self, start: int) -> bool:
        """ "an average of 20 patients", "a maximum of two visitors": a quantity noun of `counting_of_heads` after
        "a"/"an", counting a number of things in its of-phrase; the verb may agree with either."""
        if self.lower(start) not in ("a", "an") or self.lower(start + 1) not in self.vocabulary.counting_of_heads:
            return False
        counted = start + 3 < len(self.tokens) and self.tokens[start + 3].is_number
        return self.lower(start + 2) == "of" and (counted or self.lower(start + 3) in lx.NUMBER_WORDS)

    def conjunct_of_subject(self, start: int, head: int) -> bool:
        """A prepositional phrase after a singular head, then "and" and a noun phrase opening like the subject but
        unlike the preposition's object ("A spare cupboard for supplies and a socket near it are", "The risk of
        infection and the pain are", "Your list of medicines and your letter are"): the parallel item may join the
        subject, not the object, and a plural verb then agrees; the verb's number is no verdict. "The cost of the
        scan and the tests are" (the item opens like the object) is still judged."""
        kind = _ARTICLE_KINDS.get(self.lower(start), self.lower(start))
        if kind not in _ARTICLE_KINDS.values() or self.lower(head + 1) not in self.vocabulary.prepositions:
            return False
        if _ARTICLE_KINDS.get(self.lower(head + 2), self.lower(head + 2)) == kind:
            return False
        for index in range(head + 3, min(len(self.tokens) - 1, head + _LONGEST_PHRASE)):
            word = self.lower(index)
            if word in _FINITE_FORMS or word in lx.MODALS or not self.tokens[index].is_word:
                return False
            if word == "and" and _ARTICLE_KINDS.get(self.lower(index + 1), self.lower(index + 1)) == kind:
                return True
        return False

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

    def gerunds(self, first: int, second: int) -> bool:
        """Two -ing forms of verbs joined as a subject's heads ("Gentle walking and cycling keep"): two activities,
        a plural subject (a singular "is"/"has" after two bare ones is left alone: `one_idea`)."""
        words = (self.lower(first), self.lower(second))
        return all(word.endswith("ing") and "VERB" in lx.classes(word) for word in words)

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

    def alternative_plural(self, comma: int) -> tuple[int, int] | None:
        """(head, index after it) of the last item of a list of noun phrases joined by commas and a last "or" when
        that item is plural ("A fever, sweats, headache or aches"): the verb agrees with the nearest item, so it is
        plural; a singular last item is left alone (edited English often takes the plural there too)."""
        position = comma
        while self.lower(position) == ",":
            item = self.noun_phrase(position + 1)
            if item is None or self.named(item[0]):
                return None
            position = item[1]
        if self.lower(position) != "or" or position == comma:
            return None
        last = self.noun_phrase(position + 1)
        if last is None or self.named(last[0]) or last[2] != PLURAL or self.lower(last[1]) == ",":
            return None
        return last[0], last[1]

    def bare_singulars(self, start: int, end: int) -> bool:
        """A list of nouns without determiners, none of them plural ("sleep, diet and exercise")."""
        words = [self.tokens[k] for k in range(start, end) if self.tokens[k].is_word]
        return all(t.lower not in lx.DETERMINERS and not lx.is_plural_noun(t.lower) for t in words)

    def one_idea(self, first: int, first_head: int, second: int, second_head: int) -> bool:
        """Two bare singular nouns joined by "and" ("salt and pepper", "diet and exercise"): writers
        often treat them as one thing, so a singular "is"/"has" after them is not judged."""
        bare = self.lower(first) not in lx.DETERMINERS and self.lower(second) not in lx.DETERMINERS
        return bare and not (lx.is_plural_noun(self.lower(first_head)) or lx.is_plural_noun(self.lower(second_head)))

    def shared_amount(self, first: int, first_head: int, second: int, second_head: int) -> bool:
        """What: a determiner of an uncounted amount (copy_grammar.yaml `mass_quantifiers`: "some", "any", "no", "a
        little") before two singular nouns joined by "and", the second without a determiner of its own ("Some pain and
        bruising", "A little redness and itching", "No food or drink"): the determiner measures one mixed amount, which
        careful writers make singular or plural.
        Why is this bad? Only bare pairs ("salt and pepper") were taken as one idea, so the leaflet sentence "Some pain
        and bruising in the groin is normal" was flagged as a plural subject with "is".
        Example: "Some pain and swelling around the wound is normal", "A little stiffness and soreness is expected"
        and "Any redness and itching is mild" are left alone; "Some tablets and cream is", "Some pain and the
        bruising is" and "The pain and the bruising is" are still found."""
        words = tuple(self.lower(k) for k in range(first, first_head))
        quantified = any(words[: len(phrase)] == phrase and lx.DETERMINERS.isdisjoint(words[len(phrase):])
                         for phrase in self.vocabulary.mass_quantifiers)
        if not quantified or self.lower(second) in lx.DETERMINERS or possessive(self.lower(second)):
            return False
        return not (lx.is_plural_noun(self.lower(first_head)) or lx.is_plural_noun(self.lower(second_head)))

    def gerunds_sharing_object(self, first: int, first_head: int, second: int, second_head: int) -> bool:
        """What: two bare -ing verbs joined by "and" before one object ("Booking and cancelling appointments",
        "Washing and drying your hands"): the object belongs to both, and the pair names one activity, which takes
        a singular or a plural verb. The object is no head of the subject.
        Why is this bad? The object's noun ("appointments") was taken as the second item's head, so "Booking and
        cancelling appointments is easy online" was flagged as a plural subject with "is".
        Example: "Booking and cancelling appointments is easy online", "Cleaning and dressing wounds takes
        practice" and "Measuring and recording doses is part of the job" are left alone; "Booking and the
        appointments is", "Appointments and bookings is" and "The bookings and cancellations is" are still found."""
        return (
            first == first_head
            and self.gerunds(first_head, second)
            and second_head > second
            and self.lower(second + 1) not in ("and", "or", ",")
        )

    def binomial(self, head: int, second_head: int) -> bool:
        """A set pair of nouns joined by "and" that names one thing (copy_grammar.yaml `binomial_nouns`: "wear and
        tear", "trial and error", "research and development"): either number, no verdict."""
        return f"{self.lower(head)} and {self.lower(second_head)}" in self.vocabulary.binomial_nouns

    def singular_verb_after(self, head: int, position: int) -> bool:
        """The verb that follows the phrase ending at `position` (past a prepositional phrase or an aside) is a
        singular form of be, have or do."""
        read = self.finish(head, SINGULAR, position, reduced_relative=False)
        return read is not None and self.lower(read[2]) in _SINGULAR_TO_PLURAL

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
        if self.parallel_adjective_phrases(first, first_head, second_head):
            return False
        return "NOUN" in lx.classes(modifier.lower) or modifier.is_capitalised or not lx.classes(modifier.lower)

    def parallel_adjective_phrases(self, first: int, first_head: int, second_head: int) -> bool:
        """What: the first item opens with a word that is only an adjective ("healthy diet") and the second
        item's modifier may be an adjective too ("regular exercise"): two noun phrases of the same shape, each
        with its own head, not two modifiers of one shared head.
        Why is this bad? "regular" may be a noun, so "A healthy diet and regular exercise lowers" was read as
        "diet and regular" modifying one "exercise", a singular subject, and its slip went unread.
        Example: "A healthy diet and regular exercise lowers" -> "lower"; "Muscle and joint pain is common"
        and "Fresh fruit and vegetable intake is low" (a noun modifier) keep their shared head."""
        modifiers = [k for k in range(first, first_head) if self.lower(k) not in lx.DETERMINERS]
        opens_with_adjective = bool(modifiers) and lx.is_only(self.lower(modifiers[0]), "ADJ")
        return opens_with_adjective and "ADJ" in lx.classes(self.lower(second_head - 1))

    def verb_or_compound(self, head: int) -> bool:
        """An -s head after a noun ("cream treats") may be that noun's verb, unless real English uses the
        two words as a compound often enough for the bigram dictionary to list them ("side effects")."""
        word, before, after = self.lower(head), self.lower(head - 1), self.lower(head + 1)
        if not lx.third_person_base(word) or "NOUN" not in lx.classes(before) or lx.is_function_word(before):
            # ("These figures shows": a determiner, which the lexicon also lists as a noun, starts no compound)
            return False
        if not after or not self.tokens[head + 1].is_word or after in self.vocabulary.prepositions:
            return False  # "The ear drops, along with": nothing an -s verb could take as its object
        if after in _FINITE_FORMS or after in lx.MODALS or after in lx.BE_FORMS:
            return False  # "Wrist monitors is", "Forehead strips can": a finite verb follows, so the -s word is a noun
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
        known = known or possessive(word)  # "child's": a possessive, which stands where a determiner does
        return self.tokens[index].is_word and not known

    def named(self, head: int) -> bool:
        """A capitalised head inside the sentence, or one the lexicon does not know: a name."""
        token = self.tokens[head]
        return (token.is_capitalised and head > 0) or not lx.classes(token.lower)

    def swallowed_verb(self, end: int) -> bool:
        """What: the noun phrase read up to `end` closes on an -s word after a noun ("with food causes"), and
        nothing after it up to the clause's end may be a finite verb: the -s word is the clause's verb, not the
        last part of a compound, since a full sentence needs one.
        Why is this bad? An -s word after a noun was read as a plural compound ("food causes", "pressure
        rises"), so the sentence's only verb went unjudged: "Tablets taken with food causes fewer stomach
        problems", "Your heart rate and your blood pressure rises during exercise".
        Only before an object: a determiner, a possessive, an object pronoun, a number or "more"/"fewer"/"less".
        Example: "Tablets taken with food causes fewer problems." -> "cause"; "Patients with eye drops need a
        check." (a verb follows), "The side effects usually wear off." (no object after "effects") and "Options
        for blood tests" (a heading, no full stop) are left alone."""
        tokens = self.tokens
        if end < 2 or end >= len(tokens) or tokens[-1].text not in (".", "!"):
            return False
        word, before = self.lower(end - 1), self.lower(end - 2)
        if lx.third_person_base(word) is None or not lx.is_plural_noun(word) or before in lx.DETERMINERS:
            return False
        following = tokens[end]
        if not (following.is_number or self.lower(end) in _OBJECT_OPENERS or self.lower(end) in _COMPARED_AMOUNTS):
            return False  # "The side effects usually wear off", "The side effects mild.": no object follows
        if "NOUN" not in lx.classes(before) or lx.is_function_word(before):
            return False
        for position in range(end, len(tokens)):
            token = tokens[position]
            if not token.is_word:
                return token.text in (".", "!")  # a comma or a dash may open another clause
            if token.lower in ("and", "or", "but", "that", "which", "who") or lx.may_be_finite(token.lower):
                return False
        return True

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
            elif self.time_phrase(position) and self.verb_after_time(position):
                position = time_phrase_end(self.tokens, position)  # "Residents in care homes this winter are
                # offered": when, between the subject and its verb; with no verb after it ("The nurse visit this
                # week.") the phrase ends the clause and the verb is inside the subject read
            elif word in self.vocabulary.prepositions or self.additive(position) is not None:
                length = self.additive(position) or 1
                position, certain = self.coordinated_phrase(position + length), False
                if position is not None and word in CLAUSE_PREPOSITIONS and self.clause_verb(position):
                    return None  # "Painkillers, taken from the day before a period is expected, help": a clause
                if position is not None and self.plural_then_s_form(position):
                    certain = True  # "Exercises for the first few weeks focuses on": a plural ends the phrase
                if position is not None and self.swallowed_verb(position):
                    return head, number, position - 1, False  # "Tablets taken with food causes fewer problems"
            elif lx.is_participle(word) and "VERB" in lx.classes(word) and not _auxiliary(word):
                if self.lower(position + 1) in _OBJECT_OPENERS or self.lower(position + 1) == "that":
                    return head, number, position, certain  # "Members reported that ...": the clause's verb
                if self.lower(position + 1) in self.vocabulary.person_plurals:
                    return head, number, position, certain  # "The trial followed people for 2 years": a past
                    # verb and the people it acted on; a participle's retained object is a thing ("given antibiotics")
                position, certain = position + 1, False  # "Vaccines given in childhood protect"
            elif number == PLURAL and self.ing_before_preposition(position, head):
                position, certain = position + 1, False  # "People living with HIV who ... have": the -ing verb,
                # then its prepositional phrase or object, on the plural head
                if self.lower(position) in ARTICLES_AND_POSSESSIVES:
                    phrase = self.noun_phrase(position)
                    position = None if phrase is None else phrase[1]
            elif self.ing_particle_end(position) is not None:
                position, certain = self.ing_particle_end(position), True  # "a new tooth coming through includes"
            elif self.ing_postmodifier(position, number, head):
                position = self.ing_object_end(position + 1)  # "Tablets containing hyoscine works": skip the object
                if position is None:
                    return None
                certain = True
            elif self.tokens[position].text == ",":
                position, certain = self.parenthesis(position) or self.aside(position), True
            elif word in _RELATIVES or (
                reduced_relative and (word in _SUBJECT_PRONOUNS or self.reduced_relative_subject(position))
            ):  # "One of the reasons people miss work is": a relative clause without its pronoun
                position, certain = self.relative_clause(position), True
            else:
                return head, number, position, certain
            if position is None:
                return None
        return None
