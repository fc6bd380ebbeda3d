"""copy.missing-subject: "If the pain gets worse, is best to call us": the main clause has lost its "it"."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# Finite verbs that need a subject before them and cannot open an imperative.
_SUBJECT_VERBS = frozenset("is was has does can could may might will would should must".split())
# What makes a verb after the comma the start of a question ("If so, is it safe?").
_QUESTION_SUBJECTS = lx.SUBJECT_PRONOUNS | lx.DETERMINERS | frozenset(("there",))


@register
class MissingSubject(SentenceRule):
    """An opening subordinate clause, a comma, then a verb that needs a subject and has none.

    What it does: a sentence that opens with a subordinating word of `clause_openers` in
    copy_missing_words.yaml ("If ...", "When ...", "Although ...") puts its main clause after the comma.
    When that clause starts (after mid-sentence adverbs such as "usually") with a finite verb that
    cannot open an imperative ("is", "was", "has", a modal, or a word that is only a verb in -s), its
    subject was dropped: usually "it". A verb followed by a pronoun or a determiner is a question
    ("If so, is it safe?") and passes, as does any sentence ending in a question mark, and a verb that
    is one more predicate of the opening clause ("If he is pale, is sweating or faints, call ...").
    "lets" is left to the apostrophe checks ("lets start" for "let's"). Class: missing
    word (a dropped subject pronoun).
    Why is this bad? The reader has to guess what the clause is about, and the sentence reads as
    machine-translated; advice sentences ("If ..., it is best to ...") are where it happens most.
    Example: "If the side effects bother you, is best to speak to your GP" -> "it is best"; "When a bruise
    appears, usually fades within days" -> "it usually fades"; "Although the test is quick, can feel
    uncomfortable" -> "it can feel".
    """

    id = "copy.missing-subject"
    severity = Severity.ERROR

    def __init__(self, config):
        super().__init__(config)
        self.openers = frozenset(self.vocabulary("copy_missing_words")["clause_openers"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        if sentence.is_heading or not tokens or tokens[0].lower not in self.openers or tokens[-1].text == "?":
            return
        comma = next((index for index, token in enumerate(tokens) if token.text == ","), None)
        if comma is None:
            return
        verb = comma + 1
        while verb < len(tokens) and lx.is_adverb(tokens[verb].lower):
            verb += 1
        if verb + 1 >= len(tokens) or not _needs_subject(tokens[verb]):
            return
        if tokens[verb + 1].lower in _QUESTION_SUBJECTS or _coordinated(tokens, verb):
            return
        first = tokens[comma + 1]
        if tokens[verb].lower in lx.MODALS:  # "you should" or "it should": the page must say which
            yield self.finding(document, first.start, tokens[verb].end, "The clause after the comma has no subject.")
            return
        yield self.finding(
            document,
            first.start,
            tokens[verb].end,
            f"The clause after the comma has no subject: 'it {first.text}'?",
            [Suggestion(f"it {first.text}", safe=False)],
        )


def _coordinated(tokens: tuple[Token, ...], verb: int) -> bool:
    """The verb is one more predicate of the opening clause, whose main clause follows a later comma:
    "If the child is not breathing, is having a seizure or cannot be woken, call 999"."""
    following = [token.lower for token in tokens[verb:]]
    return "," in following and not {"and", "or"}.isdisjoint(following[: following.index(",")])


def _needs_subject(token: Token) -> bool:
    """A finite verb that cannot open an imperative: "is", a modal, or a word that is only a verb in -s."""
    word = token.lower
    if not token.is_word or token.is_capitalised:
        return False
    return word in _SUBJECT_VERBS or (word != "lets" and bool(lx.third_person_base(word)) and lx.is_only(word, "VERB"))
