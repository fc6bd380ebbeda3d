"""copy.missing-be: "The seat can adjusted", "You will tired": a modal before a participle with no object."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# Adverbs that may stand between the modal and its verb ("can easily be adjusted").
_MAX_ADVERBS = 2


@register
class MissingBe(SentenceRule):
    """A modal followed by a past participle with no object: "can adjusted", "will tired".

    What it does: a modal (can, will, should, may, must ...) takes a bare verb. A word after it (past at most
    two adverbs) that the lexicon knows as a past participle and an adjective, but never as a base-form
    verb, cannot be that verb when no object follows it: the "be" of a passive or of a complement was
    dropped ("can be adjusted", "will be tired"). With an object after it ("will called you") the verb is
    active and only its form is wrong (copy.verb-form). A word that is also a base form ("can cut", "will
    open", "may clear") or an adverb ("may well", "will likely") passes, as does a modal that is a noun
    after a determiner ("a living will") or a capitalised one that opens a question. Class: missing word.
    Why is this bad? The sentence has no verb a reader can parse; in instructions ("The dose may increased")
    it hides whether the reader or the clinic acts.
    Example: "The seat height can adjusted with one lever" -> "can be adjusted"; "Your dose may increased
    after a week" -> "may be increased"; "You will tired for a day or two" -> "will be tired".
    """

    id = "copy.missing-be"
    severity = Severity.ERROR
    trigger_words = lx.MODALS

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(1, len(tokens) - 1):
            modal = tokens[index]
            if modal.lower not in lx.MODALS or modal.is_capitalised or tokens[index - 1].lower in lx.DETERMINERS:
                continue
            position = index + 1
            while position < len(tokens) - 1 and position - index <= _MAX_ADVERBS and _adverb(tokens[position]):
                position += 1
            word = tokens[position]
            if not _participle_or_adjective(word) or _object_follows(tokens, position + 1):
                continue  # "will called you", "can reduced swelling": an active verb in the wrong form
            phrase = " ".join([modal.text, "be", *[token.text for token in tokens[index + 1 : position + 1]]])
            yield self.finding(
                document,
                modal.start,
                word.end,
                f"A word seems to be missing: '{phrase}'?",
                [Suggestion(phrase, safe=False)],
            )


def _adverb(token: Token) -> bool:
    return token.is_word and (lx.is_adverb(token.lower) or lx.is_only(token.lower, "ADV"))


def _participle_or_adjective(token: Token) -> bool:
    """A past participle that may also be an adjective ("adjusted", "closed", "tired"), and no base-form verb,
    adverb or noun. A participle that is only a verb ("can vaccinated") is copy.verb-form's, an adjective that
    is no participle ("should able") copy.missing-function-word's."""
    word = token.lower
    if not token.is_word or token.is_capitalised or lx.is_function_word(word):
        return False
    known = lx.classes(word)
    if lx.is_base_verb(word) or known & {"ADV", "NOUN"}:
        return False
    return lx.is_participle(word) and "ADJ" in known


def _object_follows(tokens: tuple[Token, ...], index: int) -> bool:
    """An object after the verb: a determiner, a pronoun, a noun or an -ing form ("should kept taking")."""
    if index >= len(tokens) or not tokens[index].is_word:
        return False
    word = tokens[index].lower
    if word in lx.DETERMINERS or word in lx.POSSESSIVES or word in lx.OBJECT_PRONOUNS or word.endswith("ing"):
        return True
    return not lx.is_function_word(word) and "NOUN" in lx.classes(word)
