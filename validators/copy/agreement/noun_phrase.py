"""A left-to-right reader of one noun phrase: its head, where it ends and its number."""

from validators.copy import lexicon as lx
from validators.copy.agreement.head_vocabulary import HeadVocabulary
from validators.copy.agreement.phrase_words import (
    _FINITE_FORMS,
    _ING_PARTICLES,
    _LONGEST_PHRASE,
    _NOMINAL_CLASSES,
    _OBJECT_DETERMINERS,
    _OBJECT_OPENERS,
    _ONLY_AFTER_VERBS,
    _PHRASE_PRONOUNS,
    _PREDETERMINERS,
    _VERB_CONTEXT,
    ARTICLES_AND_POSSESSIVES,
    PLURAL,
    SINGULAR,
    _auxiliary,
    possessive,
    present_verb_form,
    time_phrase_end,
)
from validators.copy.context_words import bigram_counts
from validators.copy.text import Token

# Words that open a relative clause, whose verb belongs to the clause, not to the phrase before it.
_RELATIVE_WORDS = frozenset({"who", "which", "that", "whose"})


class NounPhraseReader:
    """Reads the noun phrases of one sentence's tokens."""

    def __init__(self, tokens: tuple[Token, ...], vocabulary: HeadVocabulary):
        self.tokens = tokens
        self.vocabulary = vocabulary
        self.noun_by_counts = False  # the opening word may be a verb; the bigram counts make it a noun

    def lower(self, index: int) -> str:
        tokens = self.tokens  # (read once: the readers ask this some three times per word)
        return tokens[index].lower if index < len(tokens) else ""

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
            if self.lower(position) not in lx.SUBJECT_PRONOUNS:
                return position + 1  # "The choice between them depend": "them" is never a clause's subject
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
        word = self.lower(position)  # the word at `position`, read again only when `position` moves
        if word in _PREDETERMINERS and self.lower(position + 1) in ("a", "an", "the"):
            position += 1  # "within half an hour", "twice a day"
            word = self.lower(position)
        if word in lx.DETERMINERS or word in words.plural_determiners:
            determiner = word
            position += 1
            word = self.lower(position)
        if possessive(word):
            determiner, position = None, position + 1  # "Your child's temperature", "Everyone's blood pressure"
        elif determiner is None and opening and position + 1 < len(tokens):
            first, second = word, self.lower(position + 1)
            if second != "and" and (lx.is_only(first, "VERB") or first.endswith("ing")):
                return None  # an imperative ("Apply the cream") or a gerund ("Taking statins is")
            listed = f"{first} {second}" in bigram_counts().bigrams
            if second != "and" and lx.is_base_verb(first) and not lx.is_plural_noun(first) and not listed:
                if used_as_verb(first):
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
            if head is None and determiner in words.singular_determiners and self.object_and_bare_verb(position):
                return None  # "This helps oxygen reach": a pronoun and its verb, not "this helps"
            known = lx.classes(word)
            premodifier = lx.is_participle(word) and "NOUN" not in known and not _auxiliary(word)
            if head is None and premodifier and position + 1 < len(tokens):
                position += 1  # "a weakened immune system": a participle before the noun
                continue
            if head is not None and lx.is_base_verb(word) and self.relative_on(position):
                head, position = position, position + 1  # "a night splint that keeps": a noun the lexicon misses
                continue
            if head is not None and lx.is_base_verb(word) and present_verb_form(self.lower(position + 1)):
                head, position = position, position + 1  # "a short questionnaire applies": the -s verb follows it
                continue
            plural_head = head is not None and lx.is_plural_noun(self.lower(head))
            if plural_head and self.ing_postmodifier(position, PLURAL, head):
                break  # "Tablets containing hyoscine": an -ing verb and its object after a plural head
            if head is not None and self.ing_particle_end(position) is not None:
                break  # "a new tooth coming through includes": the -ing verb of a reduced relative clause
            if head is not None and self.ing_before_preposition(position, head):
                break  # "People living with HIV", "Children attending nursery": an -ing clause on a plural head
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
                causative = self.object_and_bare_verb(position)  # "Insulin helps glucose enter"
                return self.object_follows(position) or counted or after_verb or causative  # "blood tests usually"
            return self.verb_context(position)
        if not lx.is_base_verb(word):
            return False
        if self.relative_on(position):
            return False  # "a night splint that keeps the foot flexed": the noun's relative clause
        if self.compound_head_before_verb(position):
            return False  # "The home therapies team trains you": the base form heads a compound, "trains" is the verb
        if self.bare_plural_object(position, noun):
            return True  # "Our travel clinic offer vaccines to": a base verb and its bare plural object
        return lx.is_plural_noun(self.lower(noun)) or self.determined_object(position) or (
            (lx.is_only(word, "VERB") or self.manner_adverb(position + 1)) and self.verb_context(position)
        )

    def object_and_bare_verb(self, index: int) -> bool:
        """What: the -s word at `index` is a verb that takes an object and a bare verb (`object_and_verb_verbs`:
        help, let, make, see ...), followed by a bare noun and a base verb that is no noun of a compound: the
        verb, its object and the object's verb, not a compound noun ending on "helps".
        Why is this bad? "Insulin helps glucose enter the cells" was read as the compound "Insulin helps glucose"
        with "enter" as its verb, and flagged as disagreeing with "glucose".
        Example: "Insulin helps glucose enter the cells", "This helps oxygen reach the tissues" are left alone."""
        if self.vocabulary.object_and_verb.isdisjoint(lx.lemmas(self.lower(index)).get("VERB", ())):
            return False
        noun, verb = self.lower(index + 1), self.lower(index + 2)
        if not lx.is_only(noun, "NOUN") or not lx.is_base_verb(verb) or lx.is_plural_noun(verb):
            return False
        return f"{noun} {verb}" not in bigram_counts().bigrams or lx.is_only(verb, "VERB")

    def relative_on(self, index: int) -> bool:
        """ "that"/"which" and a verb after the word at `index`: a relative clause on it, so it is a noun
        ("splint that keeps"); not "show that people ...", where a subject follows "that"."""
        if self.lower(index + 1) not in ("that", "which"):
            return False
        after = self.lower(index + 2)
        return bool(lx.third_person_base(after)) or after in lx.MODALS or after in ("is", "was", "has")

    def bare_plural_object(self, index: int, noun: int) -> bool:
        """A base verb after a singular noun, then a bare plural noun that ends the sentence or meets a
        preposition, a comma or "and" ("clinic offer vaccines, tablets and", "gel soothe blisters."): the plural is
        its object, unless real
        English lists either pair as a compound ("blood test results", "price offer")."""
        word, before, following = self.lower(index), self.lower(noun), self.lower(index + 1)
        if not lx.is_plural_noun(following) or lx.third_person_base(following) or lx.is_plural_noun(before):
            return False
        after = self.lower(index + 2)
        if not (after in (".", "!", ",", "and", "or") or after in lx.PREPOSITIONS) or lx.classes(word) & {"ADJ", "ADV"}:
            return False
        if after in ("and", "or") and self.coordinated_subject_verb(index + 3) is not None:
            return False  # "Health care providers and laboratories must report": a compound subject, then its verb
        bigrams = bigram_counts().bigrams
        return f"{before} {word}" not in bigrams and f"{word} {following}" not in bigrams and used_as_verb(word)

    def coordinated_subject_verb(self, index: int) -> int | None:
        """What: the second plural of "N1 and N2" at `index`, with at most a short prepositional phrase after it, then
        a modal or a finite form of be/have/do (`_FINITE_FORMS`): the index of that verb, or None.
        Why is this bad? "Health care providers and laboratories must report" was read as the subject "Health", its
        verb "care" and a bare plural object; the modal after the coordinated plurals is the verb, so the words
        before it are all one subject.
        Example: "Health care providers and laboratories in our county are required" is left alone; "Our clinic
        offer vaccines and tests to travellers." (no verb after the object) is still found."""
        if not lx.is_plural_noun(self.lower(index)) or lx.third_person_base(self.lower(index)):
            return None
        for position in range(index + 1, min(len(self.tokens), index + 6)):
            word = self.lower(position)
            if word in lx.MODALS or word in _FINITE_FORMS:
                return position
            if not self.tokens[position].is_word or word in _RELATIVE_WORDS or lx.may_be_finite(word):
                return None
        return None

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

    def compound_head_before_verb(self, index: int) -> bool:
        """A base form that is also a noun, then an -s verb with an object after it ("therapies team trains you",
        "outpatients service runs the clinics", "admissions office handles your forms"): two finite verbs do not
        stand side by side, so the base form is the last noun of a compound whose verb is the -s word."""
        if "NOUN" not in lx.classes(self.lower(index)):
            return False
        following = self.lower(index + 1)
        verb = bool(lx.third_person_base(following)) and following not in _FINITE_FORMS
        return verb and self.object_follows(index + 1)

    def time_phrase(self, index: int) -> bool:
        """ "each year", "this winter", "every three months" at `index` (`time_phrase_end`): an adverbial of time,
        which may stand between a subject and its verb ("Residents in care homes this winter are offered", "a
        foot ulcer each year"), never the object that makes the word before it a verb."""
        return time_phrase_end(self.tokens, index) is not None

    def object_follows(self, index: int) -> bool:
        """An object opens after `index`: a determiner or pronoun, or "which"/"what" before a noun
        ("shows which allergens"; "tests which show" is a relative clause on the noun)."""
        following = self.lower(index + 1)
        if self.time_phrase(index + 1):
            return False  # "care homes this winter are": when, not an object
        if following in _OBJECT_OPENERS:
            return True
        if following not in ("which", "what", "how", "whether", "that"):
            return False
        after = self.lower(index + 2)
        if after in _FINITE_FORMS or after in lx.MODALS:
            return False
        if following in ("that", "which") and self.verb_after_relative_clause(index + 1):
            return False  # "the blood tests that your doctor ordered last week are": a relative clause on a noun
        return not (lx.third_person_base(after) or lx.is_base_verb(after))

    def verb_after_relative_clause(self, relative: int) -> bool:
        """What: after "that"/"which" at `relative`, a clause with its own verb, then, before any punctuation, a
        form of be/have/do or a modal (`_FINITE_FORMS`): that last verb belongs to the sentence, so the words
        from "that" on are a relative clause on the noun before it, not the object clause of a verb ("The results
        of the blood tests that your doctor ordered last week are now available").
        Why is this bad? "tests" was read as the verb of "The results" with "that your doctor ordered" as its
        object clause, and flagged as disagreeing with the plural head.
        Example: "The results of the blood tests that your doctor ordered are ready" is left alone; "The results
        of the blood test shows that your doctor was right" (one verb after "that") is still judged."""
        verbs = 0
        for position in range(relative + 1, min(len(self.tokens), relative + _LONGEST_PHRASE)):
            word = self.lower(position)
            if not self.tokens[position].is_word:
                return False
            if (word in _FINITE_FORMS or word in lx.MODALS) and verbs:
                return True
            verbs += lx.may_be_finite(word) and "NOUN" not in lx.classes(word)
        return False

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
        if self.time_phrase(index + 1):
            return False  # "a foot ulcer each year": how often, not an object
        if following in _VERB_CONTEXT or (following.endswith("ly") and lx.is_adverb(following)):
            return True
        return self.lower(index) in ("have", "has") and lx.is_participle(following)

    def ing_postmodifier(self, position: int, number: str, head: int | None = None) -> bool:
        """An -ing verb right after a plural head, before the bare noun it takes as object ("Tablets
        containing hyoscine", "Patients taking warfarin"): a reduced relative clause on the head. Only
        after a plural head, where a progressive needs "are" before it ("Patients are taking").
        After a plural of people (`head`: "patients", "parents", "people"), an -ing word that is also a noun
        ("reporting", "feeling", "attending") is that verb too: people name no compound with an -ing noun, so
        "Patients reporting chest pain need" has the head "Patients", not "pain"."""
        word = self.lower(position)
        if number != PLURAL or not word.endswith("ing"):
            return False
        person = head is not None and self.lower(head) in self.vocabulary.person_plurals and "VERB" in lx.classes(word)
        if not (person or lx.is_only(word, "VERB")):
            return False
        following = self.lower(position + 1)
        return bool(following) and not lx.is_function_word(following) and not self.tokens[position + 1].is_capitalised

    def ing_before_preposition(self, position: int, head: int) -> bool:
        """An -ing verb after a plural head, before a preposition or a determiner ("People living with HIV",
        "Adults caring for a relative", "Children attending the nursery"): a reduced relative clause on the
        head, not the head of a compound ("living" read as a noun would make the subject singular)."""
        word = self.lower(position)
        if not word.endswith("ing") or "VERB" not in lx.classes(word) or not lx.is_plural_noun(self.lower(head)):
            return False
        following = self.lower(position + 1)
        return following in self.vocabulary.prepositions or following in ARTICLES_AND_POSSESSIVES

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


def used_as_verb(word: str) -> bool:
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
