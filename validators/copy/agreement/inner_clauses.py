"""What stands between a subject's head and its verb: a relative clause ("Patients who take it daily", "the
problems we see") and a phrase set off by commas (", which ...,", ", along with the dryness,")."""

from validators.copy import lexicon as lx
from validators.copy.agreement.noun_phrase import NounPhraseReader
from validators.copy.agreement.phrase_words import (
    _FINITE_FORMS,
    _LONGEST_PHRASE,
    _OBJECT_OPENERS,
    _RELATIVES,
    _SUBJECT_PRONOUNS,
)
from validators.copy.agreement.verb_slot import verb_before_preposition
from validators.copy.context_words import bigram_counts

# Object pronouns that may follow the verb of an object relative clause ("the advice the nurse gave me").
_SECOND_OBJECTS = frozenset("me us him them you".split())


class InnerClauseReader(NounPhraseReader):
    """Finds where a relative clause or a parenthesis after a subject's head ends."""

    def parenthesis(self, comma: int) -> int | None:
        """After ", which ...," / ", along with X," / ", such as X,": the index after the closing comma."""
        opening = comma + 1
        while lx.is_adverb(self.lower(opening)):
            opening += 1  # ", usually lasting 7 days,"
        participle = self.lower(opening).endswith("ing") or lx.is_participle(self.lower(opening))
        starts = self.lower(opening) in ("which", "who") or self.additive(opening) is not None
        if not (starts or (participle and "VERB" in lx.classes(self.lower(opening)))):
            return None
        if not starts and opening == comma + 1 and self.lower(opening + 1) == ",":
            return None  # "music, baking, chair yoga": a lone -ing noun between commas is an item of a list, no
            # participle phrase (", usually lasting 7 days," has its complement)
        end = min(len(self.tokens), comma + _LONGEST_PHRASE)
        for position in range(comma + 2, end):
            text = self.tokens[position].text
            if text == ",":
                return self.list_end(position) + 1
            if text in ("-", "/") and (self.tokens[position - 1].is_word or self.tokens[position - 1].is_number):
                continue  # ", made from medical-grade plastic,": a hyphenated word inside the phrase
            if not (self.tokens[position].is_word or self.tokens[position].is_number):
                return None
        return None

    def list_end(self, comma: int) -> int:
        """What: the comma that closes a parenthesis whose last words begin a list: after the comma at `comma`,
        short items set off by commas, then a last item joined by "and"/"or" and a closing comma (", which takes
        into account haemoglobin, age, previous bleeding, kidney function and the use of antiplatelet drugs, is").
        With no short item before it, the joined item counts only when a possible verb follows its comma (", which
        covers diet, exercise and sleep, explains"). Returns that closing comma, or `comma` when no list follows.
        Why is this bad? The first item after the comma ("age") was read as the subject's verb.
        Example: "The score, which weighs age, weight, kidney function and bleeding, is used" reads "is"; "The
        clinic, which opens at 8am, offer vaccines, tests and advice." still reads "offer" (no closing comma)."""
        item_start, items = comma + 1, 0
        for position in range(comma + 1, min(len(self.tokens), comma + 3 * _LONGEST_PHRASE)):
            token = self.tokens[position]
            if token.text == ",":
                item = [self.lower(k) for k in range(item_start, position)]
                joined = "and" in item or "or" in item
                verb_after = lx.may_be_finite(self.lower(position + 1))
                if joined and (items or verb_after) and len(item) <= 8:
                    return position  # the last item, joined by "and"/"or", then the closing comma (and a verb)
                if joined or not item or len(item) > 4:
                    return comma
                item_start, items = position + 1, items + 1  # a short item: the list goes on
            elif not (token.is_word or token.is_number or token.text in ("-", "/")):
                return comma
        return comma

    def relative_clause(self, position: int) -> int | None:
        """Skip "who take antihistamines daily", "that you take", "we see": the index of the next verb
        of the clause around it (a form of be/have/do, or a verb followed by an object or adverb)."""
        relative = position
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
            elif self.plural_subject_before_main_verb(position) or self.unknown_plural_subject(position):
                position += 1  # "the guidance that doctors follow helps": "doctors" is the clause's subject
        elif self.lower(position) in _SUBJECT_PRONOUNS:
            position += 1  # a relative clause without its pronoun: "the problems we see"
        elif self.reduced_relative_subject(position):
            position += 1  # "the reasons people miss work", "the tests doctors use"
        else:
            return None
        own_subject = position
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
        if self.gapped_object_then_verb(relative, own_subject, position):
            # "The information that people give helps": the clause ends at its verb (or its second object)
            return position + 1 + (self.lower(position + 1) in _SECOND_OBJECTS)
        end = min(len(self.tokens), position + _LONGEST_PHRASE)
        joined = position  # the last verb of the clause joined to its first by "and"/"or"
        for index in range(position + 1, end):
            if index <= joined:
                continue
            token = self.tokens[index]
            word = token.lower
            if word in ("and", "or"):
                second = self.joined_clause_verb(position, index)
                if second is not None:
                    joined = second  # "who coughs and wheezes at night need": both verbs are the clause's
                    continue
            if not (token.is_word or token.is_number) or word in lx.CONJUNCTIONS or word in lx.SUBORDINATORS:
                return None
            if word in lx.MODALS and index > position + 1:
                return index  # "Anyone who develops a fever ... should get": a modal agrees with any subject
            if self.lower(index - 1) == "to" or self.lower(index - 1) in lx.MODALS:
                continue  # "who want to take": a verb of the relative clause
            if word in lx.PARTICLES and (index == position + 1 or lx.is_participle(self.lower(index - 1))):
                continue  # "an ache that spreads up the arm", "who have taken up the offer": the particle of the
                # clause's verb or of its participle, never a verb
            verb_form = lx.third_person_base(word) or lx.is_base_verb(word)
            if self.lower(index - 1) in lx.DETERMINERS | self.vocabulary.plural_determiners:
                verb_form = None  # "without a trip to", "that cause most outbreaks": a noun after its determiner
            if self.lower(index - 1) in lx.PREPOSITIONS and self.lower(index - 1) != "to":
                verb_form = None  # "who check it at home usually feels": a preposition's object is no verb
            if verb_form and self.compound_object_head(index):
                continue  # "who is treated for an attack needs hospital care again": the object's head, no verb
            certain = verb_form and (
                self.verb_context(index) or self.verb_after_noun(index, index - 1) or _only_a_verb(word)
            )  # "The price you pay depend on": a word that is only a verb needs no object to be one
            certain = certain or (verb_form and self.main_verb_after_object(position, index))
            if word in _FINITE_FORMS or certain:
                return index  # "who take antihistamines daily needs to", "their babies needs"
        return None

    def compound_object_head(self, index: int) -> bool:
        """The word at `index` ends a bare noun compound that is the object of the verb form before it.

        What: inside a relative clause, a verb form (an -s form or a base form, not after a determiner or a
        preposition), then a bare singular noun, then the word at `index`, a noun that is also a verb, followed by
        no object ("needs hospital care again", "gets health advice there", "has blood pressure checks").
        Why: a noun that is also a verb ("care", "check", "test") after another noun was read as the verb the
        relative clause ends on, and its number compared with the head: "A child who is treated for an asthma
        attack needs hospital care again" was flagged ("cares"), though the relative clause's own verb ("needs")
        stands before it and a second verb would need "and".
        Example: "A patient who is admitted for a stroke needs hospital care again" (not "cares"); "A child who
        gets a cold often needs home care for a few days"."""
        if index < 3 or not all(self.tokens[k].is_word for k in (index - 2, index - 1)):
            return False
        word, noun, verb = self.lower(index), self.lower(index - 1), self.lower(index - 2)
        if not {"NOUN", "VERB"} <= lx.classes(word) or lx.third_person_base(word):
            return False
        if "NOUN" not in lx.classes(noun) or lx.is_function_word(noun) or lx.is_plural_noun(noun):
            return False
        if not (lx.third_person_base(verb) or lx.is_base_verb(verb)) or lx.is_function_word(verb):
            return False
        before = self.lower(index - 3)
        if before in lx.DETERMINERS or before in lx.PREPOSITIONS or before in lx.POSSESSIVES:
            return False  # "for the needs hospital": the -s word is a noun after its determiner, not a verb
        return self.lower(index + 1) not in _OBJECT_OPENERS

    def main_verb_after_object(self, verb: int, index: int) -> bool:
        """What: after a relative clause's verb and its bare noun object ("that cause fever"), a verb form that
        makes no compound with the object in real English (the bigram table) and stands before a preposition of
        motion or change (`verb_before_preposition`): the main verb, not the object's last noun.
        Why: "fever spreads" was read as a compound, the clause never ended, and "Most of the infections that cause
        fever spreads through coughs" went unflagged.
        Example: "Most of the infections that cause fever spreads through coughs" -> "spread"."""
        if index < verb + 2 or "NOUN" not in lx.classes(self.lower(index - 1)):
            return False
        if lx.is_function_word(self.lower(index - 1)) or lx.is_participle(self.lower(index)):
            return False
        if f"{self.lower(index - 1)} {self.lower(index)}" in bigram_counts().bigrams:
            return False  # "who need blood tests from": a compound real English uses
        return verb_before_preposition(self.tokens, index, verb)

    def joined_clause_verb(self, verb: int, conjunction: int) -> int | None:
        """A relative clause's verbs joined by "and"/"or" ("who coughs and wheezes at night", "that itch or
        bleed", "who smoke and drink heavily"): the index of the second verb, of the same form as the first (both
        in -s, or both base forms), so the clause goes on past the conjunction. A main verb never follows its
        subject's relative clause after "and", so a verb there is the clause's own."""
        second = conjunction + 1
        while second < len(self.tokens) and lx.is_adverb(self.lower(second)) and self.lower(second) != "not":
            second += 1
        if second >= len(self.tokens) - 1 or not self.tokens[second].is_word or self.tokens[second].is_capitalised:
            return None
        first, word = self.lower(verb), self.lower(second)
        if lx.is_function_word(word) or word in _FINITE_FORMS or first in _FINITE_FORMS:
            return None
        if lx.third_person_base(first) and lx.third_person_base(word):
            return second  # "coughs and wheezes"
        if (
            lx.is_lexical_base_verb(first)
            and lx.is_lexical_base_verb(word)
            and not lx.third_person_base(first)
            and not lx.third_person_base(word)
            and "VERB" in lx.classes(word)
            and not lx.is_only(word, "NOUN")
        ):
            return second  # "itch or bleed"
        return None

    def plural_subject_before_main_verb(self, position: int) -> bool:
        """After "that", a plural noun that could also be an -s verb ("doctors", "nurses"), a base verb and then an
        -s word that can be a verb ("the guidance that doctors follow helps"): the plural is the clause's subject
        and the -s word the main verb. Read the other way ("the app that tracks sleep helps") the main verb is
        the same word, so either reading judges it alike."""
        word, verb, following = self.lower(position), self.lower(position + 1), self.lower(position + 2)
        if self.lower(position - 1) != "that" or not lx.is_plural_noun(word) or not lx.third_person_base(word):
            return False
        if not lx.is_lexical_base_verb(verb) or lx.third_person_base(verb) or verb in _FINITE_FORMS:
            return False
        return lx.third_person_base(following) is not None and following not in _FINITE_FORMS

    def unknown_plural_subject(self, position: int) -> bool:
        """After "that", an -s word the lexicon does not know, then a base verb that is no -s form: a plural name of
        a drug class or product the lexicon lacks ("statins", "probiotics", "NSAIDs", "triptans") is the clause's
        subject ("The evidence that statins prevent strokes ... is strong"), not the relative clause's verb."""
        token, verb = self.tokens[position], self.lower(position + 1)
        if self.lower(position - 1) != "that" or not token.is_word or lx.classes(token.lower):
            return False
        if not token.text.endswith("s") or len(token.text) < 4:
            return False
        return lx.is_lexical_base_verb(verb) and lx.third_person_base(verb) is None and verb not in _FINITE_FORMS

    def gapped_object_then_verb(self, relative: int, own_subject: int, verb: int) -> bool:
        """An object relative clause ("that people give", "the advice nurses offer", "the tests your doctor
        orders") whose lexical verb is followed right away by an -s word that can be a verb: the clause's object
        is the head before it, so the clause ends at its verb and the -s word is the main verb ("The information
        that people give helps investigators", "The tablets that people take helps" -> "help"). The verb's
        second object may stand between as a pronoun ("The tablets that the nurse gave me works")."""
        if own_subject == relative + (self.lower(relative) in _RELATIVES):
            return False  # "who take antihistamines": the relative pronoun is the clause's subject
        word = self.lower(verb)
        if not self.tokens[verb].is_word or word in _FINITE_FORMS or lx.is_function_word(word):
            return False
        if self.lower(verb + 1) in _SECOND_OBJECTS and verb + 2 < len(self.tokens):
            verb += 1  # "gave me", "shows you": the clause ends after its verb's second object
        following = self.lower(verb + 1)
        if verb + 1 >= len(self.tokens) or not self.tokens[verb + 1].is_word or following in lx.PARTICLES:
            return False
        return lx.third_person_base(following) is not None and following not in _FINITE_FORMS

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


def _only_a_verb(word: str) -> bool:
    """A present-tense word real English uses only as a verb ("depend", "occurs"), never a past form too."""
    return lx.is_only(word, "VERB") and not lx.past_like_base(word) and not lx.is_participle(word)
