"""copy.missing-for: "It is important you to ask": the "for" of an adjective's subject left out."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# Object pronouns that can name who an adjective's infinitive is about ("for you to", "for them to").
_PRONOUNS = frozenset(["you", "him", "her", "them", "us", "me"])


@register
class MissingFor(SentenceRule):
    """A form of "be", an adjective, an object pronoun and "to" + a verb, with no "for" before the pronoun.

    What it does: an adjective after "is/are/was ..." takes the subject of its infinitive with "for"
    ("It is important for you to rest", "hard for them to swallow"). When an object pronoun comes straight
    after such an adjective and "to" and a verb follow ("important you to ask"), the "for" was dropped.
    The adjective must be one to the lexicon (never a verb: "is helping you to" is another construction),
    and the word after "to" a verb. Class: missing word.
    Why is this bad? The sentence reads as broken or machine-translated, and advice sentences ("it is
    important ... to") are the ones a reader must follow.
    Example: "It is important you to ask us" -> "important for you to"; "It was difficult him to walk" ->
    "difficult for him to"; "It can be hard them to swallow tablets" -> "hard for them to".
    """

    id = "copy.missing-for"
    severity = Severity.ERROR
    trigger_words = _PRONOUNS

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(2, len(tokens) - 2):
            pronoun = tokens[index]
            if pronoun.lower not in _PRONOUNS or tokens[index + 1].lower != "to":
                continue
            adjective = tokens[index - 1]
            if not _adjective(adjective) or not _after_be(tokens, index - 1) or not _verb(tokens[index + 2]):
                continue
            phrase = f"{adjective.text} for {pronoun.text} {tokens[index + 1].text}"
            yield self.finding(
                document,
                adjective.start,
                tokens[index + 1].end,
                f"A word seems to be missing: '{phrase}'?",
                [Suggestion(phrase, safe=False)],
            )


def _adjective(token: Token) -> bool:
    known = lx.classes(token.lower)
    return token.is_word and "ADJ" in known and "VERB" not in known


def _after_be(tokens: tuple[Token, ...], index: int) -> bool:
    """A form of "be" before the adjective, with at most one degree adverb between ("is very hard")."""
    before = index - 1
    if before > 0 and (lx.is_adverb(tokens[before].lower) or tokens[before].lower in ("very", "so", "too", "more")):
        before -= 1
    return before >= 0 and (tokens[before].lower in lx.BE_FORMS or tokens[before].lower in ("it's", "'s"))


def _verb(token: Token) -> bool:
    return token.is_word and "VERB" in lx.classes(token.lower)
