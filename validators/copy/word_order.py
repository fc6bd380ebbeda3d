"""Words in the wrong order: a pair real English writes the other way round, a question's order in a statement."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule, names_a_letter
from validators.copy.context_words import bigram_counts
from validators.copy.text import TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register


@register
class WordOrder(SentenceRule):
    """Two adjacent words written in an order real English almost never uses, when the swapped order is common.

    What it does: looks up each pair of adjacent words in the list of transposed pairs the bigram
    table holds (validators/data/copy_word_order.yaml says which words and which shares: a
    determiner or "been"/"be" before a preposition, an auxiliary or a modal, written at most 1 %
    as often as chance predicts while the other order is common: "the of", "a with", "been has").
    Why is this bad? A moved word is left behind by editing ("the cost the of hearing aids");
    spell checkers pass it and the sentence no longer parses.
    Example: "Ask about the cost the of hearing aids" -> "of the"; "it been has shown" -> "has been".
    """

    id = "copy.word-order"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)

    def __init__(self, config):
        super().__init__(config)
        self.transposed = bigram_counts().transposed
        self.trigger_words = bigram_counts().transposed_first_words

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        firsts, transposed = self.trigger_words, self.transposed
        for index in range(len(tokens) - 1):
            first, second = tokens[index], tokens[index + 1]
            if first.lower not in firsts or not (first.is_word and second.is_word) or second.start - first.end != 1:
                continue
            if first.is_capitalised and (index > 0 or names_a_letter(tokens, index)):
                continue  # a letter or a name: "vitamin A is", "hepatitis A and B", "A is for asymmetry"
            if f"{first.lower} {second.lower}" not in transposed:
                continue
            swapped = f"{second.text} {first.text}"
            if index == 0:
                swapped = swapped[0].upper() + swapped[1:].replace(first.text, first.lower, 1)
            yield self.finding(
                document,
                first.start,
                second.end,
                f"'{first.text} {second.text}' is in the wrong order: '{swapped}'.",
                [Suggestion(swapped, safe=False)],
            )


_CLAUSE_SUBJECTS = frozenset("i we you they".split())
_OBJECT_ONLY = frozenset("me us him them".split())


@register
class ObjectBeforeVerb(SentenceRule):
    """An object pronoun between a subject pronoun and its verb: "before you them put on".

    What it does: flags a subject pronoun (I, we, you, they) followed by a pronoun that can only be
    an object (me, us, him, them) and then a base-form verb: English puts the object after the verb.
    A verb after the two pronouns is what makes the order certain ("we gave you them yesterday" has
    none).
    Why is this bad? The pronoun is left in front of the verb by rewriting ("put them on" ->
    "them put on"); the instruction no longer parses.
    Example: "before you them put on" -> "put them"; "we them use twice a day" -> "use them";
    "they him help" -> "help him".
    """

    id = "copy.pronoun-order"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)
    trigger_words = _OBJECT_ONLY

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(1, len(tokens) - 1):
            subject, pronoun, verb = tokens[index - 1], tokens[index], tokens[index + 1]
            if subject.lower not in _CLAUSE_SUBJECTS or pronoun.lower not in _OBJECT_ONLY:
                continue
            if not verb.is_word or not lx.is_lexical_base_verb(verb.lower):
                continue
            swapped = f"{verb.text} {pronoun.text}"
            yield self.finding(
                document, pronoun.start, verb.end, f"'{pronoun.text} {verb.text}' is in the wrong order: '{swapped}'.",
                [Suggestion(swapped, safe=False)],
            )


@register
class QuestionOrder(SentenceRule):
    """An auxiliary before its subject pronoun, as in a question, inside a statement.

    What it does: in a sentence that does not end with "?", flags an auxiliary or modal followed by
    a subject pronoun after a comma, "and"/"but"/"or" or a word opening an embedded question inside the
    sentence ("if", "whether", "why", "how long" ...), when what follows makes the inversion
    certain: an adjective after a form of "be" ("is it important"), a base-form verb after a modal
    or "do" ("can it crack"), a participle after "have"; not after the comma that ends a restrictive opener
    ("Only if ..., do we ask", "Not until ..., can we say"), which English inverts. The word lists are in
    validators/data/copy_word_order.yaml.
    Why is this bad? Question word order in a statement is a slip of rewriting ("Is it important
    to ..." turned into "For most people, is it important to ..."); the reader expects a question.
    "have"/"do"/"are" never take "it"/"he"/"she" as their subject, so before one of them they are an
    imperative with its object, not an inversion ("Pick up in store or have it delivered").
    Example: "For most people, is it important to stay active." -> "it is";
    "The skin cracks, and can it bleed if scratched." -> "it can"; "Ask your pharmacist if is it safe." -> "it is".
    """

    id = "copy.question-order"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)

    def __init__(self, config):
        super().__init__(config)
        words = self.vocabulary("copy_word_order")
        self.auxiliaries = frozenset(words["question_auxiliaries"])
        self.subjects = frozenset(words["question_subjects"])
        self.trigger_words = self.subjects
        self.openers = frozenset(words["question_openers"])
        self.embedded = frozenset(words.get("embedded_question_openers", ()))
        self.inversion_openers = frozenset(words.get("inversion_openers", ()))
        self.openers_before_clause = frozenset(words.get("inversion_openers_before_clause", ()))

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        if sentence.is_heading or len(tokens) < 4 or tokens[-1].text == "?":
            return
        for index in range(1, len(tokens) - 2):
            auxiliary, subject = tokens[index], tokens[index + 1]
            if auxiliary.lower not in self.auxiliaries or subject.lower not in self.subjects:
                continue
            if not (tokens[index - 1].lower in self.openers or self._embedded(tokens, index)):
                continue
            if auxiliary.lower in _NOT_THIRD_SINGULAR and subject.lower in _THIRD_SINGULAR:
                continue  # "or have it delivered", "and do it yourself": "it" is the object of an imperative
            if tokens[index - 1].text == "," and self._restrictive_opener(tokens):
                continue  # "Only if you develop symptoms, do we ask": a restrictive opener inverts the main clause
            if any(t.text in "\"“”'‘’" for t in tokens[:index]):
                continue  # a quoted question inside a statement
            if any(self._opens_question(tokens, earlier) for earlier in range(index)):
                continue  # a list of questions without their marks: "(do they add value, do they ...)"
            if not _completes_inversion(auxiliary.lower, tokens[index + 2].lower):
                continue
            written = f"{auxiliary.text} {subject.text}"
            swapped = f"{subject.text} {auxiliary.text}"
            yield self.finding(
                document,
                auxiliary.start,
                subject.end,
                f"'{written}' is a question's word order in a statement: '{swapped}'.",
                [Suggestion(swapped, safe=False)],
            )

    def _restrictive_opener(self, tokens) -> bool:
        """The sentence opens with a restrictive or negative adverbial ("Only if ...", "Not until ...", "Only after
        the scan", "Rarely, if ever"), after which English inverts the main clause; "only"/"not"
        (`inversion_openers_before_clause`) count before a subordinate clause or a prepositional phrase ("Only a few
        people notice it, and do they" is no inversion)."""
        first, second = tokens[0].lower, tokens[1].lower
        if first not in self.inversion_openers:
            return False
        if first in self.openers_before_clause:
            return second in lx.SUBORDINATORS or second in lx.PREPOSITIONS
        return True

    def _embedded(self, tokens, index: int) -> bool:
        """The auxiliary at `index` follows a word opening an embedded question inside the sentence ("Ask us if
        is it", "We don't know how long will it"), not a question word opening the sentence itself."""
        before = tokens[index - 1].lower
        if before in self.embedded and index > 1:
            return True
        return index > 2 and tokens[index - 2].lower == "how" and tokens[index - 1].is_word

    def _opens_question(self, tokens, index: int) -> bool:
        starts_clause = index == 0 or tokens[index - 1].text in ",;:("
        return starts_clause and tokens[index].lower in self.auxiliaries


# Auxiliaries that never take "it", "he" or "she" as their subject ("has it", not "have it"): before one of
# those pronouns they are an imperative or an infinitive with its object ("Pick up in store or have it
# delivered", "Fold it and do it again"), never a question's inversion.
_NOT_THIRD_SINGULAR = frozenset("have do are".split())
_THIRD_SINGULAR = frozenset("it he she".split())


def _completes_inversion(auxiliary: str, following: str) -> bool:
    """The word after the pronoun makes "auxiliary + pronoun" an inversion, not "..., is it? ..." or
    a pronoun object ("as it does it")."""
    if lx.is_function_word(following):
        return False
    if auxiliary in lx.BE_FORMS:
        return "ADJ" in lx.classes(following)
    if auxiliary in ("has", "have"):
        return lx.is_participle(following)
    return lx.is_base_verb(following) and "ADV" not in lx.classes(following)
