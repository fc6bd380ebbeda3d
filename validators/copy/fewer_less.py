"""copy.fewer-less: "less" counting a plural noun ("less attacks", "less people")."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# Words after which "less" + a plural is no slip: a comparison made elsewhere ("no less", "more or
# less") or "less" meaning "minus" after a sum ("the price less fees") - data in copy_usage.yaml.


@register
class FewerLess(SentenceRule):
    """ "less" right before a plural count noun, where edited English counts with "fewer".

    What it does: a plural count noun (the lexicon's plural, not an -s singular such as "news" or
    "means") right after "less" is counted, so it takes "fewer" ("fewer attacks", "fewer people").
    "less" before an adjective ("less severe attacks"), a mass noun ("less sugar"), "than" ("less
    than 10 minutes") and a plural of money or amounts (`less_plural_ok` in copy_usage.yaml: "less
    costs") is left alone, as is "less" after "no", "or" ("more or less") or a sum ("the price less
    fees"). Class: a confused word (grammar).
    Why is this bad? House style and most editors of health copy keep "fewer" for things counted;
    "less side effects" reads as careless in exactly the sentence that promises a benefit.
    Example: "means less attacks" -> "fewer attacks"; "Less visits to the clinic" -> "Fewer visits";
    "less people need time off" -> "fewer people".
    """

    id = "copy.fewer-less"
    severity = Severity.WARNING
    trigger_words = frozenset(["less"])

    def __init__(self, config):
        super().__init__(config)
        words = self.vocabulary("copy_usage")
        self.plural_ok = frozenset(words["less_plural_ok"])
        self.not_determiner_after = frozenset(words["less_not_determiner_after"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(len(tokens) - 1):
            marker, noun = tokens[index], tokens[index + 1]
            if marker.lower != "less" or not noun.is_word or noun.is_capitalised:
                continue
            if index and (tokens[index - 1].lower in self.not_determiner_after or tokens[index - 1].is_number):
                continue
            word = noun.lower
            if word in self.plural_ok or not lx.is_plural_noun(word) or "NOUN" not in lx.classes(word):
                continue
            if index + 2 < len(tokens) and tokens[index + 2].text == "-":
                continue  # "less risk-taking": the first part of a compound
            fix = "Fewer" if marker.text[0].isupper() else "fewer"
            yield self.finding(
                document,
                marker.start,
                noun.end,
                f"'{noun.text}' is counted: write '{fix} {noun.text}' ('less' is for amounts: 'less sugar').",
                [Suggestion(f"{fix} {noun.text}", safe=False)],
            )
