"""copy.apposition-number: "infections, commonly known as cold sore" -- the name given must be plural too."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

_NAMING = (("known", "as"), ("called",), ("referred", "to", "as"), ("termed",), ("also", "called"))
_HEDGES = frozenset("commonly also often sometimes usually generally popularly more better widely".split())
_STOPS = frozenset(",.;:)—–!?")


@register
class AppositionNumber(SentenceRule):
    """A plural noun renamed by a singular one: "infections, commonly known as cold sore".

    What it does: flags a singular noun set off by a comma as another name for a plural noun just
    before it.
    Why is this bad? An apposition names the same things as the noun it follows, so it takes the
    same number; the mismatch reads as a slip. Bare condition names that are not
    counted ("known as ringworm") are listed in the copy_grammar vocabulary and not flagged.
    Example: "HSV-1 infections, commonly known as cold sore, ..." -> "cold sores".
    """

    id = "copy.apposition-number"
    severity = Severity.ERROR
    trigger_words = frozenset({"known", "called", "referred", "termed"})  # one in every naming phrase

    def __init__(self, config):
        super().__init__(config)
        grammar = self.vocabulary("copy_grammar")
        self.uncountable = frozenset(grammar["uncountable_condition_heads"])
        self.not_plural = frozenset(grammar["plural_form_singular_nouns"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(1, len(tokens) - 2):
            if tokens[index].text not in (",", "(", "—", "–"):
                continue
            noun = tokens[index - 1]
            if not noun.is_word or noun.is_capitalised or noun.lower in self.not_plural:
                continue
            if not lx.is_plural_noun(noun.lower):
                continue
            start = self._after_naming_words(tokens, index + 1)
            if start is None:
                continue
            article = tokens[start].lower in ("a", "an")
            head = self._bare_singular_head(tokens, start + 1 if article else start, acronym=article)
            if head is None:
                continue
            plural = self._plural(tokens[head])
            first = tokens[start] if article else tokens[head]  # "often called a UTI": the article goes too
            yield self.finding(
                document,
                first.start,
                tokens[head].end,
                f"'{noun.text}' is plural, so the name given to it should be too: '{plural}'.",
                [Suggestion(plural)],
            )

    @staticmethod
    def _after_naming_words(tokens, index: int) -> int | None:
        while index < len(tokens) and tokens[index].lower in _HEDGES:
            index += 1
        for phrase in _NAMING:
            words = tuple(t.lower for t in tokens[index : index + len(phrase)])
            if words == phrase:
                return index + len(phrase)
        return None

    @staticmethod
    def _plural(token) -> str:
        return token.text + "s" if _is_acronym(token.text) else lx.singular_count_noun(token.lower)

    def _bare_singular_head(self, tokens, start: int, acronym: bool = False) -> int | None:
        """The last word of a short article-less noun phrase that ends the apposition; after
        "a"/"an" the name may be an acronym ("infections, often called a UTI")."""
        end = start
        while end < len(tokens) and end - start < 4 and tokens[end].is_word:
            word = tokens[end].lower
            if lx.is_function_word(word) or "'" in word:
                return None
            end += 1
        if end == start or end - start > 3:
            return None
        if end < len(tokens) and tokens[end].text not in _STOPS and tokens[end].lower not in lx.PREPOSITIONS:
            return None
        head = end - 1
        word = tokens[head].lower
        if acronym and _is_acronym(tokens[head].text) and head == start:
            return head
        if tokens[head].is_capitalised or word in self.uncountable or lx.singular_count_noun(word) is None:
            return None
        if any(lx.third_person_base(t.lower) or lx.is_plural_noun(t.lower) for t in tokens[start:head]):
            return None
        return head


def _is_acronym(text: str) -> bool:
    """ "UTI", "STI": capitals only, read as a count noun."""
    return 2 <= len(text) <= 5 and text.isalpha() and text.isupper()
