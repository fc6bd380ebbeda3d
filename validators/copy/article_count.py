"""copy.article-before-count: "a"/"an" left before a counted plural ("a two booster doses")."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# Counts "a" may stand before ("a hundred patients", "a dozen eggs") are not in lexicon.NUMBER_WORDS'
# small numbers; only these are judged.
_SMALL_NUMBERS = frozenset(lx.NUMBER_WORDS - {"one", "hundred", "thousand", "million"})


@register
class ArticleBeforeCount(SentenceRule):
    """An indefinite article before a number of two or more and the plural it counts: "a two booster
    doses", "an eight weeks", "a 3 tablets".

    What it does: "a"/"an" counts one, so it cannot open a phrase counted by another number; when
    the article is followed by a number from two up (spelt out, not "hundred"/"thousand"/"million",
    which take "a", or in figures other than 1) and then, after a single space, by a plural noun,
    the article is left over from an edit ("a booster dose" -> "two booster doses"). A hyphen after
    the number makes a compound modifier ("a two-week course") and a singular after it one too
    ("a two hour wait", left to copy.mechanics), so neither is judged. Class: extra word.
    Why is this bad? The reader cannot tell whether one thing or several are meant.
    Example: "You may be offered a two booster doses" -> "two booster doses".
    """

    id = "copy.article-before-count"
    severity = Severity.ERROR

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(len(tokens) - 2):
            article, number = tokens[index], tokens[index + 1]
            if article.lower not in ("a", "an") or not _counts_several(number.lower):
                continue
            words = [number]
            for token in tokens[index + 2 : index + 5]:  # the counted phrase: up to three words
                if document.text[words[-1].end : token.start] != " " or not token.is_word:
                    break
                words.append(token)
                if lx.is_plural_noun(token.lower) and "ADJ" not in lx.classes(token.lower):
                    yield self.finding(
                        document,
                        article.start,
                        number.end,
                        f"'{article.text}' counts one, but '{number.text}' counts more: '{number.text}'?",
                        [Suggestion(number.text, safe=False)],
                    )
                    break
                if "NOUN" not in lx.classes(token.lower) and "ADJ" not in lx.classes(token.lower):
                    break


def _counts_several(word: str) -> bool:
    """A number from two up that "a" cannot stand before: "two", "eight", "3", "12" (ASCII digits only:
    a superscript "²" is a digit to `str.isdigit` but no count)."""
    if word in _SMALL_NUMBERS:
        return True
    return word.isascii() and word.isdigit() and int(word) > 1
