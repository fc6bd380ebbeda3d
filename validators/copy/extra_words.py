"""Extra words left over from an edit: two determiners in a row ("the a range"), "is" before a verb ("is depends")."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register


@register
class DoubleDeterminer(SentenceRule):
    """Two determiners that each open a noun phrase, side by side: "the a range", "a the kit", "your the".

    What it does: a noun phrase takes one central determiner (an article, a possessive, a
    demonstrative: copy_extra_words.yaml `central_determiners`), so two of them in a row mean one was
    left over when the sentence was edited ("choose from the range" -> "from a range"). A word that
    may also be a pronoun or a conjunction before a determiner ("give her the leaflet", "so that the
    dose", "is this the right dose") is not in the list; a capital letter after the first word is a
    name or a letter grade ("the A&E department", "a B12 test"). Class: extra word.
    Why is this bad? The reader trips at the start of the noun phrase, and the copy looks unedited.
    Example: "Choose from the a range of frames" -> "from a range"; "We send you a the kit" -> "a kit";
    "bring your the card" -> "your card".
    """

    id = "copy.double-determiner"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)

    def __init__(self, config):
        super().__init__(config)
        self.determiners = frozenset(self.vocabulary("copy_extra_words")["central_determiners"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(1, len(tokens)):
            first, second = tokens[index - 1], tokens[index]
            if first.lower not in self.determiners or second.lower not in self.determiners:
                continue
            if first.lower == second.lower:
                continue  # "the the" is copy.repeated-word's
            if second.text != second.lower or not document.text[first.end : second.start].isspace():
                continue  # "the A grade", "a B12 test": a letter or a name, not an article
            if index + 1 < len(tokens) and not tokens[index + 1].is_word:
                continue  # "the word 'a'" or a list of determiners: no noun follows
            yield self.finding(
                document,
                first.start,
                second.end,
                f"Two determiners in a row: keep '{first.text}' or '{second.text}'.",
                [Suggestion(first.text, safe=False), Suggestion(second.text, safe=False)],
            )


# Words that open a clause which may end in "is"/"was" and be the subject of the next verb ("What the dose is
# depends on your weight", "How long it was matters").
_CLAUSE_SUBJECT_OPENERS = frozenset("what how whether why where when who which whatever".split())


@register
class ExtraBe(SentenceRule):
    """ "is" or "was" right before a verb in -s: "It is depends on your age", "This is contains no sugar".

    What it does: a verb in -s that the lexicon knows only as a verb ("depends", "includes", "contains") is
    finite by itself, so an "is"/"was" right before it is left over from another wording ("is dependent",
    "depends"). A sentence with a question word before the pair is left alone: "What the dose is depends on
    your weight" ends a clause with "is". Class: extra word.
    Why is this bad? The reader stops at a sentence with two verbs; spell checkers pass it.
    Example: "It is depends on your age" -> "It depends"; "The price is includes delivery" -> "The price
    includes"; "This is contains no sugar" -> "This contains".
    """

    id = "copy.extra-be"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)
    trigger_words = frozenset(["is", "was"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(1, len(tokens) - 1):
            be, verb = tokens[index], tokens[index + 1]
            if be.lower not in self.trigger_words or not verb.is_word or verb.is_capitalised:
                continue
            if not lx.third_person_base(verb.lower) or not lx.is_only(verb.lower, "VERB"):
                continue
            if any(token.lower in _CLAUSE_SUBJECT_OPENERS for token in tokens[:index]):
                continue  # "What the dose is depends on": a clause ending in "is" is the subject
            yield self.finding(
                document,
                be.start,
                verb.end,
                f"Two verbs in a row: drop '{be.text}' ('{verb.text}').",
                [Suggestion(verb.text, safe=False)],
            )
