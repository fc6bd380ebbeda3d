"""copy.double-determiner: two determiners in a row, one of them left over from an edit ("the a range")."""

from collections.abc import Iterator

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
