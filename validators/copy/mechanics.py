"""Mechanical slips: a doubled word, a stray "to" or article after a modal, no space before "(", a missing word."""

import re
from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register


@register
class RepeatedWord(SentenceRule):
    """The same word twice in a row.

    What it does: flags a word written twice in a row, apart from doublings English allows.
    Why is this bad? A doubled word ("the the") is the most common slip left by editing, and it is
    invisible to a tired reader. Words that may be doubled on purpose ("had had") are
    listed in the copy_grammar vocabulary, and "is is"/"was was" only after a "what" clause
    ("what it is is"). A capitalised doubling is a name ("Walla Walla", "Mahi Mahi") unless the word
    is a function word, which no name doubles: Title Case and capitals hide "On On", "TO TO".
    Example: "Apply the the cream twice a day" -> "Apply the cream twice a day";
    "It is is normal to cry" -> "It is normal to cry".
    """

    id = "copy.repeated-word"
    severity = Severity.ERROR

    def __init__(self, config):
        super().__init__(config)
        grammar = self.vocabulary("copy_grammar")
        self.allowed = frozenset(grammar["repeated_word_allowed"])
        self.after_what = frozenset(grammar["repeated_after_what"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(1, len(tokens)):
            first, second = tokens[index - 1], tokens[index]
            if not (first.is_word and second.is_word) or first.lower != second.lower or first.lower in self.allowed:
                continue
            gap = document.text[first.end : second.start]
            if not gap or not gap.isspace() or "\n" in gap:
                continue
            if second.is_capitalised and not lx.is_function_word(second.lower):
                continue  # a name such as "Walla Walla"; but "Free Delivery On On All Orders", "THE THE"
            if first.lower in self.after_what and any(t.lower in ("what", "whatever") for t in tokens[:index]):
                continue  # "what it is is that ..."
            yield self.finding(
                document,
                first.end,
                second.end,
                f"'{second.text}' is repeated.",
                [Suggestion("", safe=True)],
            )


# Words that stand between a modal and its verb: "should not put", "must always check".
_BETWEEN_MODAL_AND_VERB = frozenset(("not", *(lx.MID_ADVERBS - {"all", "both", "then", "further"})))


@register
class ToAfterModal(SentenceRule):
    """A stray "to" between a modal verb and its verb.

    What it does: flags "to" after can/could/should/would/must/may/might/will/shall (and their
    negations), or after such a modal and "not" or a mid adverb ("should not to", "must always to"), when a
    base-form verb follows it; modals take the bare verb. Not after a
    determiner, where the modal word is a noun ("the will to live", "a can to recycle").
    Why is this bad? "You should to avoid" is a slip of editing or of a writer mixing "should"
    with "have to"/"need to"; it reads as careless in advice that asks to be trusted.
    Example: "you should to avoid taking them" -> "you should avoid taking them";
    "Patients must to fast" -> "must fast"; "It may to help" -> "may help"; "You should not to put" ->
    "should not put".
    """

    id = "copy.extra-to"
    severity = Severity.ERROR
    trigger_words = lx.MODALS

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(1, len(tokens) - 1):
            word = tokens[index]
            if word.lower != "to":
                continue
            position = index - 1  # the modal, before "not" or a mid adverb if one stands between
            if position > 0 and tokens[position].lower in _BETWEEN_MODAL_AND_VERB:
                position -= 1
            modal = tokens[position]
            if modal.lower not in lx.MODALS:
                continue
            before = tokens[position - 1].lower if position else ""
            if before in lx.DETERMINERS or (before and lx.is_only(before, "ADJ")):
                continue  # "the will to live", "a strong will to recover"
            verb = tokens[index + 1].lower
            if not tokens[index + 1].is_word or not lx.is_lexical_base_verb(verb):
                continue
            yield self.finding(
                document, word.start, word.end, f"'{modal.text}' takes the bare verb: remove 'to'.",
                [Suggestion("", safe=True)],
            )


@register
class ArticleAfterModal(SentenceRule):
    """A stray article between a subject's modal verb and its verb.

    What it does: flags "a", "an" or "the" right after a modal (will, can, should, may, ...) that
    follows a subject pronoun ("you", "we", "it", ...), when a base-form verb comes next and the
    article is not already opening a noun phrase the verb heads ("you will a need" has no reading;
    "will a doctor see me?" is a question, where no pronoun stands before the modal).
    Why is this bad? A leftover article from an edit ("you will need a frame" -> "you will a need")
    makes the sentence unreadable at the point where it gives an instruction.
    Example: "You will a need a walking frame" -> "You will need"; "we can the offer" -> "we can offer";
    "it may an help" -> "it may help".
    """

    id = "copy.extra-article"
    severity = Severity.ERROR
    trigger_words = lx.MODALS

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(2, len(tokens) - 1):
            subject, modal, article = tokens[index - 2], tokens[index - 1], tokens[index]
            if article.lower not in ("a", "an", "the") or modal.lower not in lx.MODALS:
                continue
            if subject.lower not in lx.SUBJECT_PRONOUNS:
                continue
            verb = tokens[index + 1]
            if not verb.is_word or not lx.is_lexical_base_verb(verb.lower):
                continue
            after = tokens[index + 2].lower if index + 2 < len(tokens) else ""
            if after in ("of", "for") or "ADJ" in lx.classes(verb.lower):
                continue  # "you can a lot of", "will the best": the article opens a noun phrase
            yield self.finding(
                document, modal.end, article.end, f"'{modal.text}' takes the bare verb: remove '{article.text}'.",
                [Suggestion("", safe=True)],
            )


# Quantifiers whose of-phrase names a particular group, so it needs a determiner ("most of the
# patients"); fractions ("half of adults") do not.
_GROUP_QUANTIFIERS = frozenset("most many some all none several few each both any".split())


@register
class QuantifierOfBareNoun(SentenceRule):
    """A quantifier's "of" before a bare noun: "most of patients", "many of people", "some of blood".

    What it does: flags "of" after most/many/some/all/none/several/few/each/both/any when the next
    word is a common noun the lexicon knows, with no determiner, possessive, pronoun or number
    before it: "most patients" (all patients in general) or "most of the patients" (a particular
    group) is meant. Fractions ("half of adults", "a third of patients") take a bare noun and are
    not judged; names ("some of London") and "of which/whom" are left alone.
    Why is this bad? The stray "of" is a typical slip of translated or hastily edited copy and
    makes a health page read as machine-made.
    Example: "most of patients go home" -> "most patients"; "many of people notice" -> "many
    people"; "some of women feel" -> "some women".
    """

    id = "copy.quantifier-of"
    severity = Severity.ERROR
    trigger_words = _GROUP_QUANTIFIERS

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(1, len(tokens) - 1):
            quantifier, word, noun = tokens[index - 1], tokens[index], tokens[index + 1]
            if word.lower != "of" or quantifier.lower not in _GROUP_QUANTIFIERS:
                continue
            if not noun.is_word or noun.is_capitalised or lx.is_function_word(noun.lower):
                continue
            known = lx.classes(noun.lower)
            if "NOUN" not in known or known & {"ADJ", "ADV", "PRON", "DET", "NUM"}:
                continue  # "most of all", "some of each": a word that may open something else
            if "VERB" in known and not lx.is_plural_noun(noun.lower):
                continue  # "some of need ...": a verb reading; "people" is a plural noun
            yield self.finding(
                document, quantifier.end, word.end,
                f"'{quantifier.text} of' needs a determiner: '{quantifier.text} {noun.text}' or "
                f"'{quantifier.text} of the {noun.text}'.",
                [Suggestion("", safe=False)],
            )


# A word character directly followed by "(" -- but not a plural marker "(s)" or a legal
# reference "1(a)", "(ii)".
_GLUED_PAREN = re.compile(r"(?<=[A-Za-z0-9])\((?![a-z]{1,3}\)|[ivx]{1,4}\)|[A-Za-z0-9]\)|\))")


@register
class SpaceBeforeParen(SentenceRule):
    """No space between a word and an opening parenthesis.

    What it does: flags an opening parenthesis written straight after a word.
    Why is this bad? "isotretinoin(Accutane)" looks broken and confuses screen readers and search.
    Plural markers such as "patient(s)" and references such as "section 3(a)" are fine.
    Example: "isotretinoin(Accutane)" -> "isotretinoin (Accutane)".
    """

    id = "copy.space-before-paren"
    severity = Severity.WARNING
    trigger_words = frozenset("(")

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        span = sentence.sentence
        for match in _GLUED_PAREN.finditer(document.text, span.start, span.end):
            word_start = match.start()
            while word_start > span.start and not document.text[word_start - 1].isspace():
                word_start -= 1
            if re.search(r"[/.@=_:#!&<>`$]", document.text[word_start : match.start()]):
                continue  # part of an address, a file name or code
            yield self.finding(
                document,
                match.start(),
                match.end(),
                "Add a space before '('.",
                [Suggestion(" (", safe=True)],
            )


_COMPARATIVES = frozenset("more less fewer greater higher lower longer shorter older younger".split())
_COUNTERS = frozenset("one two three four five several few many some any another".split())


def _is_count(token) -> bool:
    """A number in digits or words ("12", "three"); not "one" ("two more one-hour sessions")."""
    if token.is_number:
        return True
    return token.lower in lx.NUMBER_WORDS and token.lower != "one"
def _noun_after_lot(word: str) -> bool:
    """What: after "a lot", a word that can only be a noun there: a plural noun that is no verb's -s form ("a lot
    people"), or a word the lexicon knows only as a noun ("a lot alcohol", "a lot sugar"): "of" was dropped.
    Why: only plurals were read, so a mass noun ("a lot alcohol") passed, and an -s verb after "a lot" ("Walking a
    lot helps") was read as a plural noun.
    Example: "a lot people" and "a lot alcohol" -> "a lot of"; "Walking a lot helps", "a lot better" and "a lot
    more" are left alone."""
    if lx.third_person_base(word):
        return False  # "Walking a lot helps": the sentence's verb
    return lx.is_plural_noun(word) or lx.is_only(word, "NOUN")


# Prepositions that never stand right before "than": a comparative was dropped ("for [more] than a day").
_BEFORE_MISSING_COMPARATIVE = frozenset("for in at on to of from with by within after during".split())


@register
class MissingWord(SentenceRule):
    """An obviously missing small word: "than" after a comparative, "to" after "able", "of" after "a lot",
    a comparative between a preposition and "than".

    What it does: flags a comparative with no "than" before a number in digits or words ("longer three
    days"; not after a determiner, where it modifies the noun after the number: "the lower 10 mg dose"),
    "able" with no "to", "a lot" with no "of", and "than" with no comparative before it.
    Why is this bad? Dropped function words survive spell checks yet make a sentence read as
    broken; in dosage and eligibility text ("aged more 60 years") they blur meaning.
    Example: "adults aged more 60 years" -> "more than 60 years"; "is able take" -> "able to take";
    "if it lasts for than a week" -> "for more than"; "in than half of cases" -> "in more than".
    """

    id = "copy.missing-word"
    severity = Severity.ERROR
    trigger_words = _COMPARATIVES | {"likely", "unlikely", "able", "unable", "order", "according", "lot", "than"}

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(len(tokens) - 1):
            token, after = tokens[index], tokens[index + 1]
            word = token.lower
            previous = tokens[index - 1].lower if index else ""
            if word in _COMPARATIVES and _is_count(after) and not previous[:1].isdigit() and previous not in _COUNTERS:
                if previous in lx.DETERMINERS or previous in lx.POSSESSIVES:
                    continue  # a modifier of the noun after the number: "the lower 10 mg dose"
                if index + 2 < len(tokens) and tokens[index + 2].text == "-":
                    continue
                if document.text[after.end : after.end + 1] == "-":
                    continue  # "two more 5-minute sessions"
                yield self._missing(document, token, f"{token.text} than", "than")
            elif word in ("likely", "unlikely") and self._be_before_likely(tokens, index):
                if after.is_word and lx.is_base_verb(after.lower) and self._verb_reading(tokens, index + 1):
                    yield self._missing(document, token, f"{token.text} to", "to")  # "are more likely develop"
            elif word in ("able", "unable") and previous in lx.BE_FORMS | {"not"}:
                if (
                    after.lower != "to"
                    and after.is_word
                    and lx.is_base_verb(after.lower)
                    and not lx.classes(after.lower) & {"ADJ", "ADV"}
                ):
                    yield self._missing(document, token, f"{token.text} to", "to")
            elif word == "order" and previous == "in" and after.is_word and after.lower not in ("to", "for", "that"):
                if lx.is_base_verb(after.lower):
                    yield self._missing(document, token, "order to", "to")
            elif word == "according" and after.is_word and after.lower not in ("to", "as"):
                if after.lower in lx.DETERMINERS or after.is_capitalised:
                    yield self._missing(document, token, "according to", "to")
            elif word == "lot" and previous == "a" and after.is_word and _noun_after_lot(after.lower):
                yield self._missing(document, token, "lot of", "of")
            elif after.lower == "than" and word in _BEFORE_MISSING_COMPARATIVE and not token.is_capitalised:
                yield self._missing(document, token, f"{token.text} more than", "more")  # "for than 24 hours"

    @staticmethod
    def _verb_reading(tokens, index: int) -> bool:
        """Only a verb, or a noun-or-verb taking an object: "likely need a second dose"."""
        word = tokens[index].lower
        if lx.is_only(word, "VERB"):
            return True
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        objects = lx.DETERMINERS | lx.POSSESSIVES | lx.OBJECT_PRONOUNS
        return "ADJ" not in lx.classes(word) and following in objects

    @staticmethod
    def _be_before_likely(tokens, index: int) -> bool:
        """ "likely" as an adjective after a form of "be" ("are (more) likely"), not the adverb of
        "will likely develop"."""
        position = index - 1
        if position >= 0 and tokens[position].lower in ("more", "less", "most", "least", "very", "not", "also"):
            position -= 1
        return position >= 0 and tokens[position].lower in lx.BE_FORMS

    def _missing(self, document, token, replacement: str, word: str) -> Finding:
        return self.finding(
            document,
            token.start,
            token.end,
            f"A word seems to be missing: '{replacement}'.",
            [Suggestion(replacement, safe=word == "than")],
        )
