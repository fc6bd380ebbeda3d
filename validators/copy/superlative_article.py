"""copy.superlative-article: a superlative that opens a noun phrase with no "the" ("one of most common causes")."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.bare_count_noun import determined_nouns
from validators.copy.base import SentenceRule
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# Words before "of" that pick members out of a group, which a superlative then names ("one of the biggest").
_GROUP_COUNTERS = lx.NUMBER_WORDS | frozenset("some many several few each any none all".split())
# Classes that make an -est word no certain superlative: "best" is also a verb, "interest" a noun.
_NOT_SUPERLATIVE = frozenset({"NOUN", "VERB"})


def superlative(word: str) -> bool:
    """An inflected superlative adjective ("lowest", "driest", "biggest"; not "honest", "best", "interest")."""
    if not word.endswith("est"):
        return False
    lemmas = lx.lemmas(word)
    return word not in lemmas.get("ADJ", (word,)) and not lx.classes(word) & _NOT_SUPERLATIVE


@register
class SuperlativeArticle(SentenceRule):
    """A superlative that opens a noun phrase after a preposition with no "the": "one of most common causes",
    "around narrowest part of the ankle", "start at lowest dose".

    What it does: it reads an inflected superlative adjective (the lexicon gives it a base it differs from,
    and knows it as no noun or verb: "lowest", "narrowest", not "best", "honest") or "most" before a word
    that can be an adjective and no verb, right after a preposition of `superlative_prepositions`
    (copy_bare_nouns.yaml; not "for" and "at", whose bare superlatives are set phrases of advertising and of
    public health: "for fastest relief", "at highest risk"). The phrase must end on a noun, after at most one
    more adjective or noun. A singular head must be a count noun real English almost always opens with a
    determiner (copy_determined_nouns.txt, from the bigram counts of real English: "area", "corner"; not
    "risk", "concern", "need", which English names bare in set phrases); a plural head is judged only after
    a word that picks members out of a group and "of" ("one of", "some of"), where the superlative always
    takes "the".
    Class: missing word (a dropped article).
    Why is this bad? A superlative names the one thing at the top of a scale, which English marks with "the";
    without it the sentence reads as a slip or machine translation.
    Example: "one of most common causes" -> "one of the most common causes"; "Measure around narrowest part" ->
    "around the narrowest part"; "Start at lowest dose" is left alone ("at" is excused), "Apply it to driest
    area first" -> "to the driest area".
    """

    id = "copy.superlative-article"
    severity = Severity.WARNING

    def __init__(self, config):
        super().__init__(config)
        self.prepositions = frozenset(self.vocabulary("copy_bare_nouns")["superlative_prepositions"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        nouns = determined_nouns()
        for index in range(1, len(tokens) - 1):
            preposition, word = tokens[index - 1], tokens[index]
            if preposition.lower not in self.prepositions or word.is_capitalised:
                continue
            if word.lower == "most":
                following = lx.classes(tokens[index + 1].lower)
                if "ADJ" not in following or "VERB" in following:
                    continue  # "in most cases": "most" counts the noun
                head_at = index + 2
            elif superlative(word.lower):
                head_at = index + 1
            else:
                continue
            head = _head(tokens, head_at)
            if head is None:
                continue
            plural = lx.is_plural_noun(head.lower)
            grouped = preposition.lower == "of" and index >= 2 and tokens[index - 2].lower in _GROUP_COUNTERS
            if not (grouped and plural) and head.lower not in nouns:
                continue
            fixed = f"{preposition.text} the {word.text}"
            yield self.finding(
                document,
                preposition.start,
                word.end,
                f"'the' seems to be missing before the superlative: '{fixed}'?",
                [Suggestion(fixed, safe=False)],
            )


def _head(tokens: tuple[Token, ...], index: int) -> Token | None:
    """The noun that ends the phrase opening at tokens[index] (at most two words), followed by no other noun or
    adjective; None when there is none."""
    for position in (index, index + 1):
        if position >= len(tokens):
            return None
        word = tokens[position]
        if not word.is_word or word.is_capitalised or lx.is_function_word(word.lower):
            return None
        after = tokens[position + 1] if position + 1 < len(tokens) else None
        ends = after is None or not after.is_word or lx.is_function_word(after.lower)
        if "NOUN" in lx.classes(word.lower) and ends:
            return word
    return None
