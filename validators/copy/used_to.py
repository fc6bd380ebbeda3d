"""copy.used-to: "use to" after a form of "be" or "get" ("got use to the mask", "is use to treat")."""

from collections.abc import Iterator

from validators.copy.base import SentenceRule
from validators.copy.text import TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register


@register
class UsedTo(SentenceRule):
    """ "use to" where English writes "used to": after a form of "be" or "get", past any of a few adverbs.

    What it does: a form of "be" or "get" (`used_to_heads` in copy_usage.yaml), then any words of
    `used_to_between` ("not", "still", "so", "commonly" ...), then "use to", is flagged: "be/get used to"
    (accustomed) and the passive "is used to treat" both take the participle, and "use" is no participle.
    "We use to offer" (a slip of another kind), "the app you use to book" and "no use to anyone" (a noun
    after a determiner) are not read: the word before "use" must be one of the heads or the listed words.
    Class: verb form (the "-d" of "used to" dropped, often heard as missing).
    Why is this bad? It is one of the commonest slips real writers make, and reads as careless copy.
    Example: "You will soon get use to the brace" -> "get used to"; "I am not use to glasses" -> "not used
    to"; "This cream is commonly use to treat eczema" -> "commonly used to".
    """

    id = "copy.used-to"
    severity = Severity.ERROR
    trigger_words = frozenset(["use"])

    def __init__(self, config):
        super().__init__(config)
        words = self.vocabulary("copy_usage")
        self.heads = frozenset(words["used_to_heads"])
        self.between = frozenset(words["used_to_between"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(1, len(tokens) - 1):
            use, after = tokens[index], tokens[index + 1]
            if use.lower != "use" or after.lower != "to" or not after.is_word:
                continue
            position = index - 1
            while position > 0 and tokens[position].lower in self.between:
                position -= 1
            if tokens[position].lower not in self.heads:
                continue
            yield self.finding(
                document,
                use.start,
                after.end,
                f"After '{tokens[position].text}', write 'used to'.",
                [Suggestion(f"{use.text}d {after.text}", safe=False)],
            )
