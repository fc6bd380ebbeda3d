"""copy.verb-agreement: a verb that does not agree with its subject or with the verb it is coordinated with."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.agreement.clauses import sentence_subject_starts, sentence_subjects
from validators.copy.agreement.coordinated_subject import coordinated_subject_verbs
from validators.copy.agreement.gerund_subject import gerund_subject_verbs
from validators.copy.agreement.head_vocabulary import head_vocabulary
from validators.copy.agreement.imperative import AUXILIARY_WORDS, ImperativeChecks
from validators.copy.agreement.noun_subject import NounSubjectChecks
from validators.copy.agreement.pronouns import PronounChecks
from validators.copy.agreement.question import QuestionChecks
from validators.copy.agreement.relative import RelativeClauseChecks
from validators.copy.agreement.singular_be import SingularBeChecks
from validators.copy.agreement.singular_subject import base_verb_after_singular
from validators.copy.agreement.sole_verb import sole_verb_slips
from validators.copy.agreement.verb_verdicts import (
    PRONOUN_NUMBERS,
    finite_coordinated_verbs,
    mismatched_verbs,
    pronoun_coordinated_verbs,
)
from validators.copy.agreement.word_context import _HEAD_PREPOSITIONS
from validators.copy.base import SentenceRule
from validators.copy.text import TokenizedSentence
from validators.document import BlockKind, Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register


@register
class VerbAgreement(
    ImperativeChecks,
    NounSubjectChecks,
    RelativeClauseChecks,
    PronounChecks,
    QuestionChecks,
    SingularBeChecks,
    SentenceRule,
):
    """Verb does not agree with its subject or with the imperative it is coordinated with.

    What it does: flags a verb whose form does not agree with its subject, or with the verb or
    imperative it is joined to.
    Why is this bad? Agreement slips ("infections gets") read as careless and undermine trust in
    health advice. The rule covers a verb joined by "and"/"or" to an imperative, a verb
    after a modal or "does not", a 3rd-person verb after a plural noun or I/we/they, and
    "are"/"were" after a singular noun phrase, "both"/"these" standing alone as the subject
    ("both is", "these is"), "everyone who are", a question's auxiliary and verb ("Does the app
    works?", "Has your gums receded?"), a plural subject before a linking verb and adjective
    ("most patients stays awake"), and a head noun with a long subject (subject_reader.py). An -s
    word right after "who"/"which" is the relative clause's own verb ("Not everyone who snores
    has"), never a plural subject. Also a subject after an opening prepositional phrase
    ("During the review the nurse checks ... and arrange"), a subject pronoun's coordinated verb ("It lowers
    cholesterol and protect"), an -s verb after a plural ending the subject ("Exercises for the first few
    weeks focuses"), "news"-type singular nouns, "so many people doesn't", "The doctor, who have years",
    "Did the nurse gave you", and a benefit bullet opening with its verb in -s ("Supports your joints and
    protect cartilage", "Tracks your steps and count your calories"). A pronoun before a plural noun and a
    word that can only be a verb is a slip of its possessive ("You results arrive": copy.word-in-context
    says "Your"), not a subject of the noun read as a verb. A gerund phrase opening the sentence is a singular
    subject ("Wiping the comb after each stroke make the lice easy to see", also after "Not":
    gerund_subject.py). A Latin plural of either number ("The data suggest", either_number_nouns) is not judged.
    A list of subjects joined by "and" that opens the sentence takes a plural verb ("Salt, alcohol and too
    little exercise all plays": coordinated_subject.py), and "that" after the plural complement of "are" stands
    for it ("Emollients are moisturisers that keeps": relative.py).
    Example: "Keep mucous membranes moisturized and inspects regularly" -> "inspect";
    "Permethrin can only kills mites" -> "kill"; "The rash are itchy" -> "is".
    """

    id = "copy.verb-agreement"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)

    def __init__(self, config):
        super().__init__(config)
        self.collective = self.word_set("copy_grammar", "collective_nouns")
        self.either_number = self.word_set("copy_grammar", "either_number_nouns")
        self.condition_suffixes = tuple(self.vocabulary("copy_grammar")["condition_name_suffixes"])
        british = config.dialect == "en-GB"
        self.group_nouns = self.word_set("copy_grammar", "british_group_nouns") if british else frozenset()
        self.not_plural = self.word_set("copy_grammar", "plural_form_singular_nouns")
        self.people = self.word_set("copy_grammar", "people_plurals")
        self.amount_units = self.word_set("copy_grammar", "amount_units")
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
        yield from self.check_with_words(document, self._check_sentence)

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
                if index not in flagged and not self._british_group_verb(tokens, index):
                    flagged.add(index)
                    yield self.finding(document, tokens[index].start, tokens[index].end, message, [Suggestion(base)])
        if sentence.is_heading and _title_case(tokens):
            return  # title case: too little context for subject checks ("Why Our Patients Love Us")
        singular = (
            self._be_after_singular(tokens) if not _PASS_WORDS["_be_after_singular"].isdisjoint(words) else (),
            base_verb_after_singular(tokens, self.collective | self.either_number, self.condition_suffixes),
            gerund_subject_verbs(tokens),
            mismatched_verbs(tokens, sentence_subjects(document, sentence, self.heads)),
            pronoun_coordinated_verbs(tokens, sentence_subject_starts(document, sentence, self.heads))
            if not _SUBJECT_PRONOUN_WORDS.isdisjoint(words) else (),
            finite_coordinated_verbs(tokens, self.heads) if not _COORDINATORS.isdisjoint(words) else (),
            coordinated_subject_verbs(tokens) if "and" in words else (),
            sole_verb_slips(tokens, self.collective | self.either_number),
        )
        label_verb = _verb_opens_label(document, sentence)
        for found in singular:
            for index, replacement, message in found:
                if index == 1 and label_verb:
                    continue
                if index not in flagged and not self._british_group_verb(tokens, index):
                    flagged.add(index)
                    yield self.finding(
                        document, tokens[index].start, tokens[index].end, message, [Suggestion(replacement)]
                    )

    def _british_group_verb(self, tokens, index: int) -> bool:
        """On an en-GB page, a plural form of "be" or "have" right after a determined organisation noun (data:
        `british_group_nouns`): British English lets the organisation stand for its people ("The trust have
        apologised", "The practice are closed on bank holidays", "Our local surgery were quick to respond").
        Only "are"/"were"/"have" are read so; a lexical verb ("Our travel clinic offer vaccines") and a quantifier
        before the noun ("Each of our practice nurses are") keep their verdict, as does every en-US page."""
        if not self.group_nouns or tokens[index].lower.replace("’", "'") not in _GROUP_VERBS or index < 2:
            return False
        noun = index - 1
        while noun > 0 and tokens[noun].lower in lx.MID_ADVERBS:
            noun -= 1  # "The trust have since apologised" reads "have"; "The trust also have" skips "also"
        if tokens[noun].lower not in self.group_nouns:
            return False
        opener = noun - 1
        while opener >= 0 and noun - opener <= 3 and tokens[opener].is_word and not lx.is_function_word(
            tokens[opener].lower
        ):
            opener -= 1  # "Our local GP surgery": modifiers before the noun
        return opener >= 0 and tokens[opener].lower in _GROUP_OPENERS


# Plural forms of "be" and "have" that British notional agreement puts after an organisation.
_GROUP_VERBS = frozenset(["are", "were", "have", "aren't", "weren't", "haven't"])
# Determiners that open an organisation's noun phrase (not "each", "every", "a": "each practice have" is a slip).
_GROUP_OPENERS = (lx.POSSESSIVES - {"whose"}) | {"the", "this", "that"}


# The words (lower case) a pass flags after or around: without one of them in a sentence, the
# pass cannot find anything there (each pass skips every other token first thing).
_PASS_WORDS = {
    "_after_auxiliary": AUXILIARY_WORDS,
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


def _title_case(tokens) -> bool:
    """A heading whose words after the first are mostly capitalised ("Results You Can Trust"); a heading
    in sentence case ("This cream helps your skin heal") reads like a sentence."""
    words = [token for token in tokens[1:] if token.is_word and not lx.is_function_word(token.lower)]
    return not words or sum(token.is_capitalised for token in words) * 2 >= len(words)


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
