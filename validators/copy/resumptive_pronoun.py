"""copy.resumptive-pronoun: a subject named twice, as a noun and again as a pronoun ("The doctor he will call")."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

_SINGULAR_PRONOUNS = frozenset(["he", "she", "it"])
_OPENING_DETERMINERS = frozenset("the this that these those my your his her its our their".split())
_LONGEST_PHRASE = 4  # the determiner, up to two modifiers and the head noun


@register
class ResumptivePronoun(SentenceRule):
    """A sentence that opens with a noun phrase and repeats it as a subject pronoun before the verb.

    What it does: a sentence opening with a determiner and a short noun phrase ("The doctor", "This cream",
    "Our nurses") followed by a subject pronoun of the same number ("he", "it", "they") and a finite verb or
    a modal, with no other finite verb later in the sentence, names its subject twice. When a finite verb
    comes later, the noun phrase and pronoun open a relative clause without its pronoun ("The tube it comes
    in is recyclable") and are left alone; so are a noun of time or manner (copy_extra_words.yaml
    `adverbial_nouns`: "That way it stays fresh") and a clause followed by a comma ("The first time it
    happens, call us"), and a pronoun mentioned after a noun such as "word" or "subject" (`mention_nouns`:
    "The word it is vague"). Class: extra word.
    Why is this bad? Spoken English repeats the subject; written copy reads as careless or translated.
    Example: "The doctor he will call you" -> "The doctor will call you"; "This cream it works fast" -> "This
    cream works fast"; "Our nurses they can help" -> "Our nurses can help".
    """

    id = "copy.resumptive-pronoun"
    severity = Severity.ERROR
    trigger_words = _SINGULAR_PRONOUNS | {"they"}

    def __init__(self, config):
        super().__init__(config)
        vocabulary = self.vocabulary("copy_extra_words")
        self.adverbial = frozenset(vocabulary["adverbial_nouns"])
        self.mention = frozenset(vocabulary["mention_nouns"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        if sentence.is_heading or len(tokens) < 4 or tokens[0].lower not in _OPENING_DETERMINERS:
            return
        for index in range(2, min(len(tokens) - 1, _LONGEST_PHRASE + 1)):
            pronoun = tokens[index]
            if pronoun.lower not in self.trigger_words:
                continue
            if not _noun_phrase(tokens, index) or not _agrees(tokens[index - 1].lower, pronoun.lower):
                return
            if any(token.lower.removesuffix("'s") in self.mention for token in tokens[1:index]):
                return  # "The word it is vague", "The subject's head it is": the pronoun is mentioned, not used
            if tokens[index - 1].lower in self.adverbial or any(t.text == "," for t in tokens[index:]):
                return  # "That way it stays fresh", "The day it opens, we ...": an adverbial, then the clause
            later = tokens[index + 2 :]
            if not lx.may_be_finite(tokens[index + 1].lower) or any(lx.may_be_finite(t.lower) for t in later):
                return  # "The tube it comes in is recyclable": a relative clause, then the verb
            yield self.finding(
                document,
                tokens[index - 1].end,
                pronoun.end,
                f"The subject is named twice: drop '{pronoun.text}'.",
                [Suggestion("", safe=False)],
            )
            return


def _noun_phrase(tokens: tuple[Token, ...], index: int) -> bool:
    """The words between the determiner and the pronoun are modifiers ending in a noun, with no punctuation."""
    words = tokens[1:index]
    if not all(t.is_word and not lx.is_function_word(t.lower) and not _verb_only(t.lower) for t in words):
        return False  # "This is why it matters": a verb, not a noun phrase
    head = words[-1].lower
    if tokens[0].lower in ("this", "that") and (lx.is_plural_noun(head) or lx.third_person_base(head)):
        return False  # "This means it is safe": "this" and a verb in -s, not a plural noun
    return "NOUN" in lx.classes(head)


def _verb_only(word: str) -> bool:
    """A word that can only be a verb: a modal, a form of be/have/do, or a word the lexicon knows only as a verb."""
    return word in lx.AUXILIARIES or lx.is_only(word, "VERB")


def _agrees(noun: str, pronoun: str) -> bool:
    plural = lx.is_plural_noun(noun)
    return plural if pronoun == "they" else not plural


