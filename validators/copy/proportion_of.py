"""copy.proportion-of: a stray "of" between a proportion and a bare noun ("1 in 5 of adults")."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register


@register
class ProportionOf(SentenceRule):
    """A proportion written "N in M of" or "N out of M of" before a noun with no determiner.

    What it does: after a proportion ("1 in 5", "one in three", "3 out of 10"), the counted noun
    follows directly ("1 in 5 adults") or a determiner or pronoun names a particular group ("1 in 5 of
    the adults", "one in three of our patients", "1 in 4 of them"). An "of" before a bare common noun
    is left over from the two wordings. Class: extra word.
    Why is this bad? Health pages quote proportions often; the stray "of" reads as careless or
    machine-translated copy in exactly the sentence that carries the figure.
    Example: "1 in 5 of adults have high blood pressure" -> "1 in 5 adults"; "one in ten of children"
    -> "one in ten children"; "3 out of 10 of smokers" -> "3 out of 10 smokers".
    """

    id = "copy.proportion-of"
    severity = Severity.ERROR
    trigger_words = frozenset(["of"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(3, len(tokens) - 1):
            if tokens[index].lower != "of" or not _count(tokens[index - 1]):
                continue
            opening = _proportion_start(tokens, index - 2)
            if opening < 0 or not _count(tokens[opening]):
                continue
            if not _bare_noun(tokens[index + 1]):
                continue
            of, noun = tokens[index], tokens[index + 1]
            yield self.finding(
                document,
                tokens[index - 1].end,
                of.end,
                f"A proportion takes its noun directly: '{tokens[index - 1].text} {noun.text}', or "
                f"'{tokens[index - 1].text} of the {noun.text}' for a particular group.",
                [Suggestion("", safe=False)],
            )


def _proportion_start(tokens: tuple[Token, ...], link: int) -> int:
    """Where "N in" or "N out of" ends at `link` ("in", or the "of" of "out of"), the index of N; else -1."""
    if tokens[link].lower == "in":
        return link - 1
    if tokens[link].lower == "of" and link > 1 and tokens[link - 1].lower == "out":
        return link - 2
    return -1


def _count(token: Token) -> bool:
    return token.is_number or token.lower in lx.NUMBER_WORDS


def _bare_noun(token: Token) -> bool:
    """A common noun with nothing before it that names a particular group (not "the", "our", "them",
    "those", a number or a name)."""
    if not token.is_word or token.is_capitalised or lx.is_function_word(token.lower):
        return False
    known = lx.classes(token.lower)
    return "NOUN" in known and not known & {"PRON", "DET", "NUM"} and token.lower not in lx.DETERMINERS
