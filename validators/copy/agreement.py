"""copy.verb-agreement: a verb that does not agree with its subject or with the verb it is coordinated with."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy import text
from validators.copy.base import CLAUSE_BREAKS, SentenceRule, clause_starts, sentence_words
from validators.copy.context_words import PAIR_FLOOR, bigram_counts
from validators.copy.singular_subject import base_verb_after_singular
from validators.copy.subject_head import (
    PRONOUN_NUMBERS,
    after_additive,
    finite_coordinated_verbs,
    head_vocabulary,
    mismatched_verbs,
    pronoun_coordinated_verbs,
    sentence_subjects,
)
from validators.copy.text import Token, TokenizedSentence
from validators.document import BlockKind, Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# Leading words that may come before an imperative: "Always keep ...", "Please report ...".
_IMPERATIVE_LEADERS = frozenset(
    "please always also first then gently carefully regularly never just simply now do not don't".split()
)
# An introductory clause ends at its comma, then an imperative may follow: "If it itches, keep ...".
_INTRODUCERS = frozenset("if when to before after once while whenever until for during as".split())
# Words after a verb that show it is a verb and not a plural noun ("keeps a copy", "inspects it").
_OBJECT_STARTERS = (
    lx.DETERMINERS
    | lx.POSSESSIVES
    | lx.OBJECT_PRONOUNS
    | frozenset("up out off down away back not plenty lots enough several".split())
)
_PARTICIPLE_ONLY_SUFFIXES = ("ed",)


@register
class VerbAgreement(SentenceRule):
    """Verb does not agree with its subject or with the imperative it is coordinated with.

    What it does: flags a verb whose form does not agree with its subject, or with the verb or
    imperative it is joined to.
    Why is this bad? Agreement slips ("infections gets") read as careless and undermine trust in
    health advice. The rule covers a verb joined by "and"/"or" to an imperative, a verb
    after a modal or "does not", a 3rd-person verb after a plural noun or I/we/they, and
    "are"/"were" after a singular noun phrase, "both"/"these" standing alone as the subject
    ("both is", "these is"), "everyone who are", a question's auxiliary and verb ("Does the app
    works?", "Has your gums receded?"), a plural subject before a linking verb and adjective
    ("most patients stays awake"), and a head noun with a long subject (subject_head.py). An -s
    word right after "who"/"which" is the relative clause's own verb ("Not everyone who snores
    has"), never a plural subject. Also a subject after an opening prepositional phrase
    ("During the review the nurse checks ... and arrange"), a subject pronoun's coordinated verb ("It lowers
    cholesterol and protect"), an -s verb after a plural ending the subject ("Exercises for the first few
    weeks focuses"), "news"-type singular nouns, "so many people doesn't", "The doctor, who have years",
    "Did the nurse gave you", and a benefit bullet opening with its verb in -s ("Supports your joints and
    protect cartilage", "Tracks your steps and count your calories"). A pronoun before a plural noun and a
    word that can only be a verb is a slip of its possessive ("You results arrive": copy.word-in-context
    says "Your"), not a subject of the noun read as a verb.
    Example: "Keep mucous membranes moisturized and inspects regularly" -> "inspect";
    "Permethrin can only kills mites" -> "kill"; "The rash are itchy" -> "is".
    """

    id = "copy.verb-agreement"
    severity = Severity.ERROR

    def __init__(self, config):
        super().__init__(config)
        self.collective = self.word_set("copy_grammar", "collective_nouns")
        self.not_plural = self.word_set("copy_grammar", "plural_form_singular_nouns")
        self.people = self.word_set("copy_grammar", "people_plurals")
        self.heads = head_vocabulary(config.vocabulary_dirs)
        # Each pass with the words it needs (`_PASS_WORDS`; None: none), paired once here, not per
        # sentence (a bound method's `__name__` is a slow look-up).
        rule = type(self)
        self.passes = tuple(
            (check, _PASS_WORDS.get(check.__name__))
            for check in (
                rule._after_imperative,
                rule._after_auxiliary,
                rule._after_plural_subject,
                rule._after_plural_of_phrase,
                rule._after_singular_of_phrase,
                rule._after_relative_pronoun,
                rule._after_singular_relative,
                rule._after_pronoun,
                rule._after_both,
                rule._after_demonstrative,
                rule._inverted_question,
            )
        )

    def check(self, document: Document) -> Iterator[Finding]:
        for sentence, words in zip(text.sentences(document), sentence_words(document), strict=True):
            yield from self._check_sentence(document, sentence, words)

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        yield from self._check_sentence(document, sentence, frozenset([t.lower for t in sentence.tokens]))

    def _check_sentence(
        self, document: Document, sentence: TokenizedSentence, words: frozenset[str]
    ) -> Iterator[Finding]:
        """`words`: the sentence's lower-case tokens. A pass that flags only after one of its
        `_PASS_WORDS` is skipped when the sentence has none of them (it would find nothing)."""
        tokens = sentence.tokens
        flagged: set[int] = set()
        for check, needed in self.passes:
            if needed is not None and needed.isdisjoint(words):
                continue
            for index, base, message in check(self, tokens):
                if index == 1 and _verb_opens_label(document, sentence):
                    continue  # "Fits knees 12 to 22 inches": a bullet's verb and its object, not a subject
                if index not in flagged:
                    flagged.add(index)
                    yield self.finding(document, tokens[index].start, tokens[index].end, message, [Suggestion(base)])
        if sentence.is_heading and _title_case(tokens):
            return  # title case: too little context for subject checks ("Why Our Patients Love Us")
        singular = (
            self._be_after_singular(tokens) if not _PASS_WORDS["_be_after_singular"].isdisjoint(words) else (),
            base_verb_after_singular(tokens, self.collective),
            mismatched_verbs(tokens, sentence_subjects(document, sentence, self.heads)),
            pronoun_coordinated_verbs(tokens, self.heads) if not _SUBJECT_PRONOUN_WORDS.isdisjoint(words) else (),
            finite_coordinated_verbs(tokens, self.heads) if not _COORDINATORS.isdisjoint(words) else (),
        )
        label_verb = _verb_opens_label(document, sentence)
        for found in singular:
            for index, replacement, message in found:
                if index == 1 and label_verb:
                    continue
                if index not in flagged:
                    flagged.add(index)
                    yield self.finding(
                        document, tokens[index].start, tokens[index].end, message, [Suggestion(replacement)]
                    )

    # --- "Keep ... and inspects" ---------------------------------------------------------------
    def _after_imperative(self, tokens: tuple[Token, ...]):
        for start in self._imperative_starts(tokens):
            verb = tokens[start]
            if not _looks_imperative(tokens, start):
                continue
            yield from self._coordinated_third_person(tokens, start, verb)

    def _imperative_starts(self, tokens):
        for start in clause_starts(tokens):
            index = start
            while index < len(tokens) and tokens[index].lower in _IMPERATIVE_LEADERS:
                index += 1
            if index < len(tokens):
                yield index
        if tokens and tokens[0].lower in _INTRODUCERS:
            for index, token in enumerate(tokens):
                if token.text == "," and index + 1 < len(tokens):
                    yield index + 1
                    break

    def _coordinated_third_person(self, tokens, start, verb):
        joined = False
        for index in range(start + 1, len(tokens)):
            token = tokens[index]
            word = token.lower
            if token.text in CLAUSE_BREAKS or word in lx.SUBORDINATORS or word in lx.MODALS or word in lx.BE_FORMS:
                return
            if word in ("has", "have", "had") or (index > start + 1 and self._subject_verb_pair(tokens, index)):
                return
            then = word == "then" and tokens[index - 1].text == "," and not joined
            joined = joined or word in ("and", "or")
            if word not in ("and", "or") and not then:
                continue  # ", then" joins a second instruction too ("Rest for two days, then slowly increase"),
                # unless an "and" came first ("Place it there and the app records ..., then shows")
            target = index + 1
            if target < len(tokens) and _opens_clause_with_subject(tokens[target].lower):
                return  # "Walk down the aisle and you'll see ...": a new clause with its own subject
            while target < len(tokens) and lx.is_adverb(tokens[target].lower):
                target += 1
            if target >= len(tokens) or not tokens[target].is_word or tokens[target].is_capitalised:
                return
            candidate = tokens[target].lower
            base = lx.third_person_base(candidate)
            if base is None or base in ("be", "have", "do"):
                continue
            listed = any(tokens[k].text == "," for k in range(start + 1, index))
            following = tokens[target + 1].lower if target + 1 < len(tokens) else ""
            object_after = following in lx.OBJECT_PRONOUNS | lx.POSSESSIVES | {"a", "an", "the"}
            if listed and "NOUN" in lx.classes(candidate) and not object_after:
                continue  # "Clean the seat, flush handle and taps every day": the last item of a list
            noun_after = _noun_follows(tokens, target) or lx.is_plural_noun(following)
            if "NOUN" in lx.classes(candidate) and not lx.is_plural_noun(candidate) and noun_after and not object_after:
                continue  # "See our schedule or shingles details": a noun (no plural of a verb) before a noun
            if lx.is_plural_noun(candidate):
                nouns_joined = lx.is_plural_noun(tokens[index - 1].lower)  # "lumps and bumps regularly"
                if not _verb_follows(tokens, target, objects_only=nouns_joined):
                    continue
                if nouns_joined and tokens[target + 1].lower in ("that", "which"):
                    continue  # "drinks and capsules that promise": a relative clause on the nouns
            yield target, base, f"After the imperative '{verb.text}', use the base form: '{base}'."
            return

    def _subject_verb_pair(self, tokens, index) -> bool:
        """A finite verb with its own subject sits between imperative and "and": another clause."""
        word = tokens[index].lower
        if lx.third_person_base(word) is None:
            return False
        if tokens[index - 1].is_number or tokens[index - 1].is_capitalised:
            return True  # "Rust 1.62 addresses", "Accutane helps": a subject of its own
        previous = tokens[index - 1].lower
        return previous in lx.SUBJECT_PRONOUNS or (
            "NOUN" in lx.classes(previous) and not lx.is_plural_noun(previous) and previous not in lx.DETERMINERS
        )

    # --- "can only kills", "does not works", "to inspects" -------------------------------------
    def _after_auxiliary(self, tokens):
        for index, token in enumerate(tokens):
            word = token.lower
            if index == 0 or token.is_capitalised:
                continue  # a sentence-initial modal starts a question ("Can scratches heal?")
            negated = word in lx.NEGATED_DO
            if word in lx.DO_FORMS:
                if index + 1 < len(tokens) and tokens[index + 1].lower == "not":
                    negated = True
                else:
                    continue
            if not (word in lx.MODALS or negated or word == "to"):
                continue
            if tokens[index - 1].lower in lx.DETERMINERS:
                continue  # "a can of", "the will to"
            target = index + 1
            while target < len(tokens) and (lx.is_adverb(tokens[target].lower) or tokens[target].lower == "not"):
                target += 1
            if target >= len(tokens) or not tokens[target].is_word or tokens[target].is_capitalised:
                continue
            candidate = tokens[target].lower
            base = lx.third_person_base(candidate)
            if base is None or base in ("be", "have", "do"):
                continue
            if word == "to" and not (lx.is_only(candidate, "VERB") or _infinitive_object(tokens, index, target)):
                continue  # "to" is also a preposition: "to treats and snacks"; but "to takes one tablet"
            yield target, base, f"After '{token.text}', use the base form: '{base}'."

    # --- "infections gets" ---------------------------------------------------------------------
    def _after_plural_subject(self, tokens):
        for index in range(len(tokens) - 1):
            subject = tokens[index]
            if not subject.is_word or (subject.is_capitalised and index > 0):
                continue  # (capitalised: a proper name)
            noun = subject.lower
            if noun in self.not_plural or not lx.is_plural_noun(noun):
                continue
            position = index + 1
            while position < len(tokens) - 1 and tokens[position].lower in _FREQUENCY_ADVERBS:
                position += 1  # "the symptoms usually appears"
            verb = tokens[position]
            if not verb.is_word or verb.is_capitalised:
                continue
            negated = _NEGATED_SINGULAR.get(verb.lower.replace("’", "'"))
            base = "were" if verb.lower == "was" else negated or lx.third_person_base(verb.lower)
            if base is None:
                continue
            base = _PLURAL_FORMS.get(base, base)
            if not self._heads_subject(tokens, index):
                continue
            if _object_of_opening_imperative(tokens, index, position):
                continue  # "Keep lice products away": the noun phrase is the imperative's object
            if verb.lower in ("is", "was") and _counted(tokens, index):
                continue  # "Six sessions is the most we suggest": a quantity taken as one amount
            if position == index + 1 and lx.is_plural_noun(verb.lower) and not (
                _verb_follows(tokens, position)
                or _noun_follows(tokens, position)
                or _adjective_complement(tokens, position)
                or ((not noun.endswith("s") or noun in self.people) and _preposition_follows(tokens, position))
            ):
                continue  # "sports drinks contain": a compound noun; but "bacteria changes in", "patients returns to";
                # after an adverb ("the symptoms usually starts") no compound is possible
            yield position, base, f"The subject '{subject.text}' is plural: use '{base}'."

    def _after_plural_of_phrase(self, tokens):
        """ "The symptoms of scabies includes ...": the verb agrees with the head, not the nearest noun."""
        for index in range(len(tokens) - 3):
            head = tokens[index]
            if tokens[index + 1].lower != "of" or not head.is_word or head.lower in self.not_plural:
                continue
            if not lx.is_plural_noun(head.lower) or (head.is_capitalised and index > 0):
                continue
            if not self._heads_subject(tokens, index, maybe_verb=False):  # "effects of": a noun before "of"
                continue
            for position in range(index + 2, min(index + 10, len(tokens))):
                word = tokens[position].lower
                base = lx.third_person_base(word)
                if word in ("is", "was", "has") and _counted(tokens, index):
                    break  # "Two weeks of morning readings is enough": an amount taken as one
                after_noun = "NOUN" in lx.classes(tokens[position - 1].lower)  # "blood tests usually": a compound
                if base is not None and (
                    not lx.is_plural_noun(word) or _verb_follows(tokens, position, objects_only=after_noun)
                ):
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

    def _after_relative_pronoun(self, tokens):
        """ "Patients who has diabetes" -> "have": the verb of "who" agrees with the plural noun before
        it -- unless that noun ends an of-phrase ("one of the patients who has"). "that" only after a plural
        noun phrase opening the sentence ("Moles that bleeds or itch"), where it has no other noun to stand
        for; not "which", nor "that" elsewhere: they often stand for a noun further back ("the setting in the
        files which allows")."""
        for index in range(1, len(tokens) - 1):
            relative = tokens[index].lower
            if relative != "who" and not (relative == "that" and _opens_sentence(tokens, index - 1)):
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
            position = index + 1
            while position < len(tokens) - 1 and tokens[position].lower in _FREQUENCY_ADVERBS:
                position += 1
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
                )
            ):  # "people who takes it", "Moles that bleeds or itch"
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
            finite = index + 1
            while finite < len(tokens) - 1 and tokens[finite].lower in _FREQUENCY_ADVERBS:
                finite += 1
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
            if lx.is_function_word(before) or not (unknown or lx.classes(before) & {"ADJ", "NOUN"}):
                break
            start -= 1
        before = tokens[start - 1].lower if start else ""
        # "conditions such as coeliac disease that stop": the last item of an example list
        return not (before in lx.PREPOSITIONS or before in {"of", "and", "or", "nor", "as"} | _RELATIVE_WORDS)

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

    # --- "they gets" ---------------------------------------------------------------------------
    def _after_pronoun(self, tokens):
        for index, token in enumerate(tokens):
            word = token.lower
            if word not in ("i", "we", "they", "you"):
                continue
            if word == "you" and index > 0:
                previous = tokens[index - 1]
                opens = previous.text in CLAUSE_BREAKS or previous.text == "," or previous.lower in lx.SUBORDINATORS
                if not (opens or previous.lower in _CLAUSE_JOINERS):
                    continue  # "you" may be an object: "what happens to you depends"; not after "or": "or you has"
            target = index + 1
            while target < len(tokens) and lx.is_adverb(tokens[target].lower):
                target += 1
            if target >= len(tokens) or not tokens[target].is_word:
                continue
            if tokens[target].lower == "was" and word != "i":
                yield target, "were", f"After '{token.text}', use 'were'."
                continue
            negated = _NEGATED_SINGULAR.get(tokens[target].lower.replace("’", "'"))
            if negated is not None and (word != "i" or negated in ("don't", "haven't")):
                yield target, negated, f"After '{token.text}', use '{negated}'."  # "they doesn't", "you hasn't"
                continue
            base = lx.third_person_base(tokens[target].lower)
            if base is None:
                continue
            if _possessive_slip(tokens, target):
                continue  # "You results arrive": "Your" was meant (copy.word-in-context), the verb agrees
            replacement = {"be": "are", "have": "have", "do": "do"}.get(base, base)
            if word == "i" and base == "be":
                replacement = "am"
            yield target, replacement, f"After '{token.text}', use '{replacement}'."

    # --- "both is" -----------------------------------------------------------------------------
    def _after_both(self, tokens):
        """ "We have two clinics, and both is open on Saturdays" -> "are": "both" standing alone as a
        subject is plural. Not "both of" (handled with its noun) nor "is both safe and" (an adverb)."""
        for index in range(len(tokens) - 1):
            if tokens[index].lower != "both":
                continue
            before = tokens[index - 1] if index else None
            if before is not None and before.text not in _CLAUSE_OPENING and before.lower not in lx.SUBORDINATORS:
                continue
            verb = tokens[index + 1].lower.replace("’", "'")
            replacement = _SINGULAR_FINITE.get(verb)
            if replacement is None and lx.third_person_base(verb) and lx.is_only(verb, "VERB"):
                replacement = lx.third_person_base(verb)
            if replacement is not None:
                yield index + 1, replacement, f"'{tokens[index].text}' is plural: use '{replacement}'."

    # --- "These is the best" --------------------------------------------------------------------
    def _after_demonstrative(self, tokens):
        """ "These is the best option" -> "are", "This are our prices" -> "is": a demonstrative standing alone
        as the subject takes the verb of its number. Only where a clause opens ("that" only at the start:
        after a comma it may open a relative clause)."""
        for index in range(len(tokens) - 2):
            word = tokens[index].lower
            if word not in ("this", "these", "those") and not (word == "that" and index == 0):
                continue
            before = tokens[index - 1] if index else None
            if before is not None and before.text not in _CLAUSE_OPENING and before.lower not in lx.SUBORDINATORS:
                continue
            verb = tokens[index + 1].lower
            forms = _SINGULAR_FINITE if word in ("these", "those") else _PLURAL_FINITE
            if verb in forms and verb not in ("don't", "have", "haven't"):
                replacement = forms[verb]
                yield index + 1, replacement, f"'{tokens[index].text}' takes '{replacement}'."
            elif tokens[index + 2].lower in _OBJECT_STARTERS and not tokens[index + 1].is_capitalised:
                replacement = _demonstrative_lexical_verb(word, verb)  # "This strengthen the muscles"
                if replacement is not None:
                    yield index + 1, replacement, f"'{tokens[index].text}' takes '{replacement}'."

    # --- "Does the app works?", "Has your gums receded?" ---------------------------------------
    def _inverted_question(self, tokens):
        """A question that opens with its auxiliary: after "does"/"do"/"did" or a modal and the subject, the
        verb takes its base form ("Does the app works?" -> "work", "Should you stopped?" -> "stop"); "has"/
        "is"/"was"/"does" agree with the subject's head ("Has your gums receded?" -> "Have"). Only sentences
        that end with "?", where the opening auxiliary cannot be an imperative ("Have the test done")."""
        if len(tokens) < 4 or tokens[-1].text != "?":
            return
        opening = 1 if tokens[0].lower in _QUESTION_WORDS else 0  # "How does the tablets work?"
        auxiliary = tokens[opening].lower.replace("’", "'")
        subject = self._question_subject(tokens, opening + 1)
        if subject is None:
            return
        head, verb = subject
        word = tokens[verb].lower
        if auxiliary in _BASE_TAKING_AUXILIARIES:
            base = lx.third_person_base(word)  # the subject's reader ended the phrase there: a verb
            if base is None and lx.is_only(word, "VERB") and not word.endswith("ing") and not lx.past_like_base(word):
                base = next(iter(lx.lemmas(word)["VERB"]), None)  # "Should you stopped", "Did the nurse gave"
            if base is not None and base != word:
                yield verb, base, f"After '{tokens[opening].text}', use the base form: '{base}'."
                return
        noun = tokens[head].lower
        if noun in lx.SUBJECT_PRONOUNS or noun in self.collective or noun in self.not_plural:
            return  # ("Do you keep it dry?": a pronoun's auxiliary is judged by _after_pronoun)
        if tokens[head].is_capitalised:
            return
        certain = lx.is_only(word, "VERB") or lx.is_only(word, "ADJ") or word.endswith("ing")
        following = tokens[verb + 1].text if verb + 1 < len(tokens) else ""
        supported = _verb_follows(tokens, verb) or following == "?" or _preposition_follows(tokens, verb)
        do_support = auxiliary in lx.DO_FORMS and lx.is_base_verb(word) and supported  # "How does the tablets work?"
        ends = opening and word == "?" and auxiliary in lx.BE_FORMS  # "Where is the nearest clinics?"
        if not (certain or do_support or ends):
            return  # the verb or complement must be certain: "Has your gums receded", "Is your skin dry"
        if lx.is_plural_noun(noun) and auxiliary in _SINGULAR_FINITE:
            replacement = _SINGULAR_FINITE[auxiliary]
        elif noun in lx.lemmas(noun).get("NOUN", ()) and lx.singular_count_noun(noun) and auxiliary in _PLURAL_FINITE:
            replacement = _PLURAL_FINITE[auxiliary] if auxiliary != "don't" else "doesn't"
        elif auxiliary == "do" and lx.singular_count_noun(noun) and not lx.is_plural_noun(noun):
            replacement = "does"
        else:
            return
        replacement = replacement if opening else replacement.capitalize()
        auxiliary_text = tokens[opening].text
        message = f"The subject '{tokens[head].text}' does not agree with '{auxiliary_text}': use '{replacement}'."
        yield opening, replacement, message

    def _question_subject(self, tokens, start: int) -> tuple[int, int] | None:
        """(head, verb) of the subject after a question's auxiliary: a pronoun, or a determiner, modifiers and
        a noun; an -s noun before a preposition, an object or "?" ends the phrase as the verb, and so does a
        base form after the noun ("Does the team offer home visits?")."""
        position = start
        if tokens[position].lower in ("you", "we", "they", "i", "it", "he", "she"):
            return (position, position + 1) if position + 1 < len(tokens) - 1 else None
        if tokens[position].lower not in lx.DETERMINERS | lx.POSSESSIVES:
            return None
        position += 1
        head = None
        while position < len(tokens) - 1 and position < start + 7:
            token = tokens[position]
            word = token.lower
            if not token.is_word or lx.is_function_word(word):
                break
            known = lx.classes(word)
            if (
                head is not None
                and lx.third_person_base(word)
                and (
                    _verb_follows(tokens, position)
                    or tokens[position + 1].lower in lx.PREPOSITIONS | lx.SUBORDINATORS
                    or tokens[position + 1].text == "?"
                )
            ):
                break  # "Does the app works without": the -s word is the verb
            if known and not known & {"NOUN", "ADJ"}:
                break
            if head is not None and lx.is_only(word, "ADJ"):
                break
            if head is not None and lx.is_base_verb(word):
                break  # "Does the team offer home visits?": the base form is the verb
            head = position if (not known or "NOUN" in known) else head
            position += 1
        if head is None or position >= len(tokens) or head != position - 1:
            return None
        return head, position

    # --- "The rash are" ------------------------------------------------------------------------
    def _be_after_singular(self, tokens):
        first_marker = next((i for i, t in enumerate(tokens) if t.lower in _SUBJUNCTIVE_MARKERS), len(tokens))
        for index in range(2, len(tokens)):
            verb = tokens[index]
            if verb.lower not in ("are", "were"):
                continue
            noun = tokens[index - 1]
            word = noun.lower
            if not noun.is_word or noun.is_capitalised or word in self.collective or word in self.not_plural:
                continue
            if word.endswith("ing") or lx.is_function_word(word):
                continue  # "the following are", "the parameters that are"
            if word in self.heads.adverbs:
                continue  # "the teeth still are", "the results today are": an adverb after the subject
            nouns = lx.lemmas(word).get("NOUN", ())
            if word not in nouns or lx.is_plural_noun(word) or (word.endswith("s") and word[:-1] in nouns):
                continue  # ("feelings": the lexicon also knows it as the plural of "feeling")
            if lx.singular_count_noun(word) is None and "VERB" in lx.classes(word):
                continue
            if "ADJ" in lx.classes(word) and tokens[index - 2].lower in ("most", "least"):
                continue  # "The most common are:": a superlative whose noun is left out, of either number
            determiner = index - 2
            while (
                determiner >= max(index - _LONGEST_NOUN_PHRASE, 0)
                and tokens[determiner].lower not in lx.DETERMINERS
                and _modifier(tokens[determiner].lower)
            ):
                determiner -= 1
            if determiner < 0 or tokens[determiner].lower not in _SINGULAR_DETERMINERS:
                continue
            if determiner > 0:
                before = tokens[determiner - 1]
                if not (before.text in CLAUSE_BREAKS or before.lower in lx.SUBORDINATORS or before.lower == "but"):
                    continue  # "the symptoms of the rash are", "X and the rash are"
                if after_additive(tokens, determiner, vocabulary=self.heads):
                    continue  # "The tablets as well as the cream are": the verb agrees with the first head
            if verb.lower == "were" and _subjunctive(tokens, index, first_marker):
                continue  # "if the patient were to stop": the subjunctive
            replacement = "is" if verb.lower == "are" else "was"
            yield index, replacement, f"The subject '{noun.text}' is singular: use '{replacement}'."


_PLURAL_FORMS = {"be": "are"}
# Prepositions that open a phrase on a subject's head noun ("The pain of", "Redness around the site").
_HEAD_PREPOSITIONS = frozenset("of on in for with from around near under behind inside across along".split())
# The words (lower case) a pass flags after or around: without one of them in a sentence, the
# pass cannot find anything there (each pass skips every other token first thing).
_PASS_WORDS = {
    "_after_auxiliary": lx.MODALS | lx.DO_FORMS | lx.NEGATED_DO | {"to"},
    "_after_plural_of_phrase": frozenset(["of"]),
    "_after_singular_of_phrase": _HEAD_PREPOSITIONS,
    "_after_relative_pronoun": frozenset(["who", "that"]),
    "_after_singular_relative": frozenset(["who", "which", "that"]),
    "_after_pronoun": frozenset(["i", "we", "they", "you"]),
    "_after_both": frozenset(["both"]),
    "_after_demonstrative": frozenset(["this", "these", "those", "that"]),
    "_be_after_singular": frozenset(["are", "were"]),
}
_SUBJECT_PRONOUN_WORDS = frozenset(PRONOUN_NUMBERS)  # pronoun_coordinated_verbs flags only after one of them
_COORDINATORS = frozenset(["and", "or"])  # finite_coordinated_verbs flags only after one of them
_PLURAL_FINITE = {
    "are": "is", "were": "was", "have": "has", "don't": "doesn't", "aren't": "isn't", "haven't": "hasn't",
}
_SINGULAR_FINITE = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't"}
_CLAUSE_OPENING = frozenset(", ; : and but".split())
_QUESTION_WORDS = frozenset("how why when where what which who".split())
# Words that open a clause whose subject follows ("What our customers say", "Why our patients love us").
_QUESTION_OPENERS = frozenset("how why where what whether".split())
# Auxiliaries that open a question and take a base form: "Does the app work?", "Should you stop?".
_BASE_TAKING_AUXILIARIES = lx.MODALS | lx.DO_FORMS | lx.NEGATED_DO
_NEGATED_SINGULAR = {"doesn't": "don't", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't"}
# Conjunctions that join two clauses; a "you" after them opens the second clause's subject ("or you has had").
_CLAUSE_JOINERS = frozenset("and or but".split())
_LONGEST_NOUN_PHRASE = 8
_SUBJUNCTIVE_MARKERS = frozenset("if though wish wished unless suppose".split())
_FREQUENCY_ADVERBS = frozenset("usually often always sometimes rarely never also generally typically quickly".split())
_RELATIVE_WORDS = frozenset("that which who whom whose what how when where why whether".split())
_PHRASE_PREPOSITIONS = frozenset("of on in for with from among".split())
_SINGULAR_DETERMINERS = frozenset("the a an this each every my your his her its our their".split())


_QUANTIFIERS = frozenset("many most several few various numerous".split())
# Words of degree before a quantifier ("so many", "too few", "how many"): part of the noun phrase.
_DEGREE_WORDS = frozenset("so too how very".split())
_SUBJECT_CONTRACTIONS = ("'ll", "'re", "'ve", "'d", "’ll", "’re", "’ve", "’d")


def _demonstrative_lexical_verb(demonstrative: str, verb: str) -> str | None:
    """The form a lexical verb takes after a demonstrative standing alone as the subject, before an object
    ("This strengthen the muscles" -> "strengthens", "These contains a" -> "contain"), or None: only a word
    that is nothing but a verb ("This help", "these tests" are a determiner and its noun)."""
    if not lx.is_only(verb, "VERB") or lx.past_like_base(verb) or lx.is_participle(verb) or verb.endswith("ing"):
        return None
    if demonstrative in ("this", "that"):
        return lx.third_person(verb) if lx.is_lexical_base_verb(verb) and not lx.third_person_base(verb) else None
    return lx.third_person_base(verb)


def _joined_base_verb(tokens, index: int) -> bool:
    """ "bleeds or itch": an -s word joined by "and"/"or" to a base verb is a verb, not a plural noun."""
    if index + 2 >= len(tokens) or tokens[index + 1].lower not in ("and", "or"):
        return False
    second = tokens[index + 2].lower
    return lx.is_lexical_base_verb(second) and not lx.is_plural_noun(second) and not lx.is_only(second, "NOUN")


def _opens_sentence(tokens, noun: int) -> bool:
    """The noun ends a noun phrase that opens the sentence: only determiners and adjectives stand before it."""
    return all(
        tokens[k].lower in lx.DETERMINERS or (tokens[k].is_word and lx.is_only(tokens[k].lower, "ADJ"))
        for k in range(noun)
    )


def _may_precede_who(noun: str) -> bool:
    """Real English puts "who" after the noun (the bigram table lists "doctor who", "patient who"), or the noun
    is too rare for an unlisted pair to tell ("pharmacist who"); "year who", "time who" are common words
    never listed with "who": not a person "who" can stand for."""
    count, seen = bigram_counts().pair(noun, "who")
    return seen or count < PAIR_FLOOR / 2


def _unknown_name(tokens, position: int) -> bool:
    """A word no dictionary knows, a name opening the noun phrase: "Preventer inhalers", "the Zyrtec
    tablets" (only at the start of the sentence or after a determiner, where it cannot be a verb)."""
    word = tokens[position].lower
    if not word.isalpha() or lx.lemmas(word) or lx.is_function_word(word):
        return False
    return position == 0 or tokens[position - 1].lower in lx.DETERMINERS


def _possessive_slip(tokens, position: int) -> bool:
    """ "You results arrive", "they kids love": after the pronoun a plural noun and then a word that can only
    be a verb, so the pronoun is a slip of its possessive and the noun is the subject of that verb."""
    if not lx.is_plural_noun(tokens[position].lower):
        return False
    position += 1
    while position < len(tokens) and lx.is_adverb(tokens[position].lower):
        position += 1  # "You parcels usually come"
    if position >= len(tokens):
        return False
    following = tokens[position].lower
    return lx.is_only(following, "VERB") and lx.third_person_base(following) is None


def _title_case(tokens) -> bool:
    """A heading whose words after the first are mostly capitalised ("Results You Can Trust"); a heading
    in sentence case ("This cream helps your skin heal") reads like a sentence."""
    words = [token for token in tokens[1:] if token.is_word and not lx.is_function_word(token.lower)]
    return not words or sum(token.is_capitalised for token in words) * 2 >= len(words)


def _infinitive_object(tokens, to: int, verb: int) -> bool:
    """After a verb that takes an infinitive ("need to", "remember to"), an -s word with a possessive, pronoun,
    "a" or a number after it is a verb ("need to takes one tablet", "remember to checks your feet"); not after
    a noun, a pronoun or a participle, where "to" is a preposition ("access to tests the same week", "add it
    to drinks", "according to reports a third")."""
    before = tokens[to - 1].lower if to else ""
    if before in lx.OBJECT_PRONOUNS or "VERB" not in lx.classes(before) or "ADJ" in lx.classes(before):
        return False
    if before.endswith("ing") or lx.is_participle(before):
        return False
    if "NOUN" in lx.classes(before):  # "need", "try": a verb only after a subject, a modal or "to"
        ahead = tokens[to - 2].lower if to > 1 else ""
        if ahead not in lx.SUBJECT_PRONOUNS | lx.MODALS | lx.NEGATED_DO | {"to", "not"}:
            return False
    if verb + 1 >= len(tokens):
        return False
    after = tokens[verb + 1]
    starts = lx.POSSESSIVES | lx.OBJECT_PRONOUNS | {"a", "an"}
    return after.is_number or after.lower in starts or after.lower in lx.NUMBER_WORDS


def _counted(tokens, index: int) -> bool:
    """A number before the noun ("Six sessions", "10 minutes"): an amount, often taken as one thing."""
    return any(tokens[k].is_number or tokens[k].lower in lx.NUMBER_WORDS for k in range(max(index - 2, 0), index))


def _adjective_complement(tokens, index: int) -> bool:
    """A linking verb before an adjective: "stays awake", "feels tired" (a verb, not a plural noun)."""
    if index + 1 >= len(tokens) or lx.third_person_base(tokens[index].lower) not in lx.LINKING_VERBS:
        return False
    following = tokens[index + 1].lower
    return "ADJ" in lx.classes(following) and not lx.is_function_word(following)


def _opens_clause_with_subject(word: str) -> bool:
    """A subject pronoun that can only start a clause: "we", "they", "you'll" (not "it"/"you": objects too)."""
    return word in ("i", "we", "they", "he", "she") or (
        word.endswith(_SUBJECT_CONTRACTIONS) and word.split("'")[0].split("’")[0] in lx.SUBJECT_PRONOUNS
    )


def _modifier(word: str) -> bool:
    """A word that can sit inside a noun phrase before its head noun: also a hyphenated compound
    ("weight-loss products")."""
    if word in lx.DETERMINERS or word[:1].isdigit():
        return True
    if not word[:1].isalpha():
        return False
    if lx.is_function_word(word):
        return False
    if "-" in word and not lx.classes(word):
        return _modifier(word.rsplit("-", 1)[1])
    known = lx.classes(word)
    return bool(known & {"ADJ", "NOUN", "PROPN"}) and lx.third_person_base(word) is None


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


_LABEL_BLOCKS = frozenset((BlockKind.HEADING, BlockKind.TITLE, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL))


def _verb_opens_label(document: Document, sentence: TokenizedSentence) -> bool:
    """A heading, bullet or table cell without a full stop that opens with an -s verb and then a plural noun
    ("Fits knees 12 to 22 inches around", "Supports joints and cartilage"): a label whose first word is its
    verb and the plural noun its object. Read as a sentence, the -s word would be a plural subject and the
    noun its disagreeing verb; in running prose ("Cuts heals slowly.") the reading stays."""
    tokens = sentence.tokens
    if len(tokens) < 2 or tokens[-1].text in (".", "!", "?"):
        return False
    if document.blocks[sentence.sentence.block].kind not in _LABEL_BLOCKS:
        return False
    first, second = tokens[0].lower, tokens[1].lower
    return lx.third_person_base(first) is not None and lx.is_plural_noun(second)


def _looks_imperative(tokens, index: int) -> bool:
    token = tokens[index]
    word = token.lower
    if not token.is_word or not lx.is_lexical_base_verb(word):
        return False
    if index + 1 >= len(tokens):
        return False
    after = tokens[index + 1].lower
    if after in lx.MODALS or after in lx.BE_FORMS or after in lx.DO_FORMS or after in ("has", "have", "had", "of"):
        return False
    if tokens[index + 1].text in ("'", "’", "'s"):
        return False
    if lx.third_person_base(after) and not lx.is_plural_noun(after):
        return False  # "Research shows": a noun subject and its verb
    # "Research showed": a past-tense verb, so the first word is a noun subject.
    return not (after.endswith(_PARTICIPLE_ONLY_SUFFIXES) and lx.is_only(after, "VERB"))


def _subjunctive(tokens, index: int, first_marker: int) -> bool:
    """ "were" after "if", "as though" or "wish", or before "to": not a past tense."""
    if index + 1 < len(tokens) and tokens[index + 1].lower == "to":
        return True
    return first_marker < index


def _noun_follows(tokens, index: int) -> bool:
    """A plain noun (not also a verb) after an -s word: "bacteria causes infections"."""
    if index + 1 >= len(tokens) or not tokens[index + 1].is_word:
        return False
    after = tokens[index + 1].lower
    return lx.is_only(after, "NOUN") and not lx.is_function_word(after)


_ONE_WORDS = frozenset("one each any none either neither every".split())
_SINGULAR_INDEFINITES = frozenset("everyone everybody anyone anybody someone somebody no-one nobody".split())


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


def _base_verb_after_who(tokens, index: int):
    """ "Everyone who take this medicine" -> "takes", "anyone who are" -> "is": "who" stands for a singular
    indefinite pronoun."""
    finite = index + 1
    while finite < len(tokens) - 1 and tokens[finite].lower in _FREQUENCY_ADVERBS:
        finite += 1
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
    position = index + 1
    while position < len(tokens) - 1 and tokens[position].lower in _FREQUENCY_ADVERBS:
        position += 1
    verb = tokens[position]
    if not verb.is_word or verb.is_capitalised or not _plain_base_verb(verb.lower):
        return None
    return position


def _plain_base_verb(word: str) -> bool:
    """A base-form verb that is no adjective, adverb or function word ("start", not "be" or "still")."""
    if not lx.is_lexical_base_verb(word) or word in ("be", "do", "have"):
        return False
    return not lx.classes(word) & {"ADJ", "ADV"} and not lx.past_like_base(word)


def _preposition_follows(tokens, index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].lower in lx.PREPOSITIONS


def _verb_follows(tokens, index: int, objects_only: bool = False) -> bool:
    """Context after an -s word that makes it a verb: an object or an adverb ("keeps a copy")."""
    if index + 1 >= len(tokens):
        return False
    after = tokens[index + 1].lower
    if objects_only:
        return after in _OBJECT_STARTERS and after not in _RELATIVE_WORDS  # "tests which show": a relative clause
    counted = tokens[index + 1].is_number or after in lx.NUMBER_WORDS  # "who buys two packs", "costs 5"
    return after in _OBJECT_STARTERS or counted or (after.endswith("ly") and lx.is_adverb(after))
