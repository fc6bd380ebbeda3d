"""copy.double-comparative: "more worse", "most best": a comparison marked twice."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register


@register
class DoubleComparative(SentenceRule):
    """ "more" before a comparative or "most" before a superlative that is already inflected.

    What it does: a comparative in -er or an irregular one ("worse", "better", "easier": the lexicon's
    comparative forms) takes no "more", and a superlative ("best", "highest": a form whose adjective lemma
    differs from it) takes no "most". "more" is flagged only when no noun follows the comparative, since
    "more older adults" counts adults ("more" + "older adults"); "most" always. Class: extra word.
    Why is this bad? The doubled comparison reads as careless or non-native copy in exactly the sentences
    that compare risks and treatments.
    Example: "Smoking makes it more worse" -> "worse"; "It is more easier to use" -> "easier"; "the most best
    option" -> "the best option".
    """

    id = "copy.double-comparative"
    severity = Severity.ERROR
    trigger_words = frozenset(["more", "most"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(len(tokens) - 1):
            marker, word = tokens[index], tokens[index + 1]
            if marker.lower not in self.trigger_words or not word.is_word or word.is_capitalised:
                continue
            if marker.lower == "more" and not (
                lx.is_inflected_comparative(word.lower) and _no_noun_after(tokens, index + 1)
            ):
                continue
            if marker.lower == "most" and not _superlative(word.lower):
                continue
            yield self.finding(
                document,
                marker.start,
                word.end,
                f"'{word.text}' is already a comparison: drop '{marker.text}'.",
                [Suggestion(word.text, safe=False)],
            )


def _no_noun_after(tokens: tuple[Token, ...], index: int) -> bool:
    """No noun follows the comparative ("more older adults" counts adults)."""
    if index + 1 >= len(tokens) or not tokens[index + 1].is_word:
        return True
    following = tokens[index + 1].lower
    return lx.is_function_word(following) or "NOUN" not in lx.classes(following)


def _superlative(word: str) -> bool:
    """A superlative form of an adjective: "best" (good), "highest" (high); not "honest" (its own lemma)."""
    if word in ("best", "worst"):
        return True
    return word.endswith("est") and any(lemma != word for lemma in lx.lemmas(word).get("ADJ", ()))
