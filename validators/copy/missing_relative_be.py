"""copy.missing-relative-be: a relative clause whose "be" is missing before its adjective ("anyone who pregnant")."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# Classes that make the word after the relative pronoun possibly its verb or an adverb of it ("who often",
# "who else", "who best suits"): only a word the lexicon knows as neither is read as a bare predicate.
_VERB_LIKE = frozenset({"VERB", "ADV"})
# Subjects of "who" that take "are" though they are not written with -s.
_PLURAL_PEOPLE = frozenset("people children staff adults patients those".split())


@register
class MissingRelativeBe(SentenceRule):
    """The relative pronoun "who" followed straight away by an adjective, with no "is"/"are": "anyone who
    pregnant", "adults who unable to swallow".

    What it does: after "who" that opens a relative clause (not the first word of the sentence, a question,
    nor after a preposition), it reads the next word ("which" is left alone: it is a determiner as often, "which
    one is right"). When the lexicon knows that word as
    an adjective and as no verb and no adverb ("pregnant", "unable", "eligible", "allergic", "unwell"), and the
    clause goes on with a mark, a function word or the end ("who unable to", "who allergic to nuts", "who
    unwell should"), the relative clause has no verb: its "is"/"are" was dropped. A word after the adjective
    that is no function word ("who new patients see") makes it a modifier of a new subject, and passes.
    Class: missing word (a dropped verb).
    Why is this bad? The relative clause reads as broken, and it usually sits in the eligibility line
    (who may or may not use a medicine) that readers check most closely.
    Example: "anyone who pregnant" -> "who is pregnant"; "Adults who unable to swallow tablets" -> "who are
    unable"; "Staff who unwell should stay at home" -> "who are unwell".
    """

    id = "copy.missing-relative-be"
    severity = Severity.ERROR
    trigger_words = frozenset(["who"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(1, len(tokens) - 1):
            pronoun, word = tokens[index], tokens[index + 1]
            if pronoun.lower not in self.trigger_words or not word.is_word or word.is_capitalised:
                continue
            before = tokens[index - 1].lower
            if before in lx.PREPOSITIONS or lx.is_function_word(word.lower):
                continue  # "for who": an object, no subject of its own; "who is", "who the"
            classes = lx.classes(word.lower)
            if "ADJ" not in classes or classes & _VERB_LIKE or not _clause_goes_on(tokens, index + 2):
                continue
            plural = lx.is_plural_noun(before) or before in _PLURAL_PEOPLE
            fixed = f"{pronoun.text} {'are' if plural else 'is'} {word.text}"
            yield self.finding(
                document,
                pronoun.start,
                word.end,
                f"A verb seems to be missing: '{fixed}'?",
                [Suggestion(fixed, safe=False)],
            )


def _clause_goes_on(tokens: tuple[Token, ...], index: int) -> bool:
    """After the adjective: the end, a mark or a function word ("to", "for", "or", "should"), not a word that
    the adjective could modify ("who new patients see")."""
    if index >= len(tokens):
        return True
    following = tokens[index]
    return not following.is_word or lx.is_function_word(following.lower)
