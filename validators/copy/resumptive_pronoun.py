"""copy.resumptive-pronoun: a subject named twice, as a noun and again as a pronoun ("The doctor he will call")."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import Token, TokenizedSentence
from validators.document import BlockKind, Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

_SINGULAR_PRONOUNS = frozenset(["he", "she", "it"])
_OPENING_DETERMINERS = frozenset("the this that these those my your his her its our their".split())
_LONGEST_PHRASE = 4  # the determiner, up to two modifiers and the head noun
# Quantifiers that open a plural subject ("Most episodes of hives", "Many people"), as a determiner does.
_OPENING_QUANTIFIERS = frozenset("most many some all several few both".split())
_SUBJECT_OPENERS = _OPENING_DETERMINERS | _OPENING_QUANTIFIERS
# A head noun with an of-phrase after it: "Most episodes of the rash" (quantifier, head, of, determiner, two words).
_LONGEST_OF_PHRASE = 7
# Words of a verb group before its main verb: "they can help", "it will not last".
_VERB_GROUP_WORDS = lx.AUXILIARIES | lx.MID_ADVERBS


@register
class ResumptivePronoun(SentenceRule):
    """A sentence that opens with a noun phrase and repeats it as a subject pronoun before the verb.

    What it does: a sentence opening with a determiner and a short noun phrase ("The doctor", "This cream",
    "Our nurses") followed by a subject pronoun of the same number ("he", "it", "they") and a finite verb or
    a modal (after "they" also a verb's base form), with no other such verb later in its clause (up to a comma
    and a conjunction), names its subject twice. When a finite verb
    comes later, the noun phrase and pronoun open a relative clause without its pronoun ("The tube it comes
    in is recyclable") and are left alone; so are a noun of time or manner (copy_extra_words.yaml
    `adverbial_nouns`: "That way it stays fresh") and a clause followed by a comma ("The first time it
    happens, call us"), and a pronoun mentioned after a noun such as "word" or "subject" (`mention_nouns`:
    "The word it is vague"). Class: extra word.
    Why is this bad? Spoken English repeats the subject; written copy reads as careless or translated.
    A quantifier opens the subject as a determiner does, and the noun may take an of-phrase ("Most episodes of
    hives they clear up"; the pronoun agrees with the noun before "of"), read only with "they" and a verb's plain
    present form: a past, perfect or modal verb there mostly closes a relative clause without its pronoun ("Most
    of the patients they saw", "Many drugs they have tried"); a quantified noun of time is an
    adverbial ("Most nights they wake up"), and a clause that ends on a preposition is a relative clause
    without its pronoun ("All the people they live with."), as a list item with a verb's base form may be ("All
    the foods they eat").
    Example: "The doctor he will call you" -> "The doctor will call you"; "This cream it works fast" -> "This
    cream works fast"; "Our nurses they can help" -> "Our nurses can help"; "Most episodes of hives they clear
    up" -> "Most episodes of hives clear up".
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
        opening = tokens[0].lower
        if sentence.is_heading or len(tokens) < 4 or opening not in _SUBJECT_OPENERS:
            return
        listed = document.blocks[sentence.sentence.block].kind is BlockKind.LIST_ITEM
        for index in range(2, min(len(tokens) - 1, _LONGEST_OF_PHRASE + 1)):
            pronoun = tokens[index]
            if pronoun.lower not in self.trigger_words:
                continue
            if not _noun_phrase(tokens, index) or not _agrees(_head(tokens, index), pronoun.lower):
                return
            if any(token.lower.removesuffix("'s") in self.mention for token in tokens[1:index]):
                return  # "The word it is vague", "The subject's head it is": the pronoun is mentioned, not used
            end = _clause_end(tokens, index)
            if tokens[index - 1].lower in self.adverbial or any(t.text == "," for t in tokens[index:end]):
                return  # "That way it stays fresh", "The day it opens, we ...": an adverbial, then the clause
            if _head(tokens, index) in self.adverbial:
                return  # "Most nights of the week they wake": a quantified noun of time is an adverbial
            verb = index + 1
            while verb + 1 < len(tokens) and tokens[verb].lower in lx.MID_ADVERBS:
                verb += 1  # "they never have"
            plural = pronoun.lower == "they"
            finite = _finite(tokens[verb].lower, plural)
            if listed and not lx.may_be_finite(tokens[verb].lower):
                return  # "- All the foods they eat": a list item is often a noun phrase and its relative clause
            if opening in _OPENING_QUANTIFIERS and (lx.may_be_finite(tokens[verb].lower) or not plural):
                return  # "Most of the patients they saw": after a quantifier only a plain present verb is read
            while verb + 1 < len(tokens) and tokens[verb].lower in _VERB_GROUP_WORDS:
                verb += 1  # "they can help", "it will not last": the verb group
            later = tokens[verb + 1 : end]
            if later and later[-1].text in ".!?" and len(later) > 1:
                later = later[:-1]
            if later and later[-1].lower in lx.PREPOSITIONS:
                return  # "All the people they live with.": a stranded preposition ends a relative clause
            if not finite or any(_finite(t.lower, plural) for t in later):
                return  # "The tube it comes in is recyclable", "The tablets they prescribe work": a relative clause
            yield self.finding(
                document,
                tokens[index - 1].end,
                pronoun.end,
                f"The subject is named twice: drop '{pronoun.text}'.",
                [Suggestion("", safe=False)],
            )
            return


def _noun_phrase(tokens: tuple[Token, ...], index: int) -> bool:
    """The words between the determiner and the pronoun are modifiers ending in a noun, with no punctuation; or
    such a phrase, "of" and another one, opened by a determiner or not ("Most episodes of hives", "Some of
    the tablets")."""
    words = tokens[1:index]
    of = [position for position, token in enumerate(words) if token.lower == "of"]
    if len(of) == 1 and 0 < of[0] < len(words) - 1:
        inner = words[of[0] + 1 :]
        if inner[0].lower in _OPENING_DETERMINERS:
            inner = inner[1:]
        head_phrase = words[: of[0]]
        words = (*head_phrase, *inner)
        if not inner or not head_phrase and tokens[0].lower not in _OPENING_QUANTIFIERS:
            return False
        if len(head_phrase) + 1 > _LONGEST_PHRASE or len(inner) + 1 > _LONGEST_PHRASE:
            return False
    elif len(words) + 1 > _LONGEST_PHRASE:
        return False
    if not words:
        return False
    if not all(t.is_word and not lx.is_function_word(t.lower) and not _verb_only(t.lower) for t in words):
        return False  # "This is why it matters": a verb, not a noun phrase
    head = words[-1].lower
    if tokens[0].lower in ("this", "that") and (lx.is_plural_noun(head) or lx.third_person_base(head)):
        return False  # "This means it is safe": "this" and a verb in -s, not a plural noun
    return "NOUN" in lx.classes(head)


def _head(tokens: tuple[Token, ...], index: int) -> str:
    """The head noun of the subject before the pronoun at `index`: the last word before "of" when the phrase has
    one ("Several kinds of rash"), unless "of" follows the quantifier ("Most of the swelling"), else the last."""
    words = [token.lower for token in tokens[:index]]
    if "of" in words[2:]:
        return words[words.index("of", 2) - 1]
    return words[-1]


def _clause_end(tokens: tuple[Token, ...], index: int) -> int:
    """Where the clause of the pronoun at `index` ends: at a comma followed by a conjunction that opens the next
    clause ("..., and many never come back"), else at the sentence's end."""
    for position in range(index + 1, len(tokens) - 1):
        if tokens[position].text == "," and tokens[position + 1].lower in lx.CONJUNCTIONS:
            return position
    return len(tokens)


def _finite(word: str, plural: bool) -> bool:
    """A word that may carry a clause: a modal, a form of be/have/do, a verb in -s or a past form, and after a
    plural subject any verb's base form ("they clear", "they work") but a particle ("clear up")."""
    if lx.may_be_finite(word):
        return True
    return plural and word not in lx.PARTICLES and "VERB" in lx.classes(word) and lx.is_base_verb(word)


def _verb_only(word: str) -> bool:
    """A word that can only be a verb: a modal, a form of be/have/do, or a word the lexicon knows only as a verb."""
    return word in lx.AUXILIARIES or lx.is_only(word, "VERB")


def _agrees(noun: str, pronoun: str) -> bool:
    plural = lx.is_plural_noun(noun)
    return plural if pronoun == "they" else not plural


