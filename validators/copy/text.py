"""Tokens of a document's sentences, computed once per document and shared by the copy rules."""

import re
from dataclasses import dataclass

from validators.document import BlockKind, Document, Sentence

# Words keep inner hyphens and apostrophes ("skin-to-skin", "it's", "HSV-1") and accented Latin
# letters ("café", "naïve", "Ménière's": one word, not "Caf" + "é" + "s"); numbers keep their
# separators ("2.5", "1,000"); anything else is one punctuation character.
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
_TOKEN = re.compile(rf"[{_LETTER}][{_LETTER}0-9]*(?:[-'’][{_LETTER}0-9]+)*|\d+(?:[.,:/]\d+)*|\S")


class Token:
    """A word, number or punctuation character with its span in the visible text.

    Plain slots, with the lower-case form and word/number flags computed once: rules read
    them for every token of every sentence.
    """

    __slots__ = ("text", "start", "end", "lower", "is_word", "is_number", "is_capitalised")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.start = start
        self.end = end
        self.lower = text.lower().replace("’", "'")
        first = text[0]
        self.is_word = first.isalpha()
        self.is_number = first.isdigit()
        self.is_capitalised = first.isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


@dataclass(frozen=True)
class TokenizedSentence:
    sentence: Sentence
    tokens: tuple[Token, ...]
    is_heading: bool


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    end = len(text) if end is None else end
    # The tokens' strings in one call (`findall`); each starts where `index` finds it after the
    # previous one, as only white space lies between tokens (`\S` takes any other character).
    # Slots are filled here without a call to `__init__` per token: tokenizing was the copy
    # rules' largest shared cost.
    piece = text[start:end]
    index, new, token_class = piece.index, object.__new__, Token
    tokens = []
    append = tokens.append
    position = 0
    for word in _TOKEN.findall(piece):
        position = index(word, position)
        token = new(token_class)
        token.text = word
        token.start = start + position
        position += len(word)
        token.end = start + position
        token.lower = word.lower().replace("’", "'")
        first = word[0]
        token.is_word = first.isalpha()
        token.is_number = first.isdigit()
        token.is_capitalised = first.isupper()
        append(token)
    return tuple(tokens)


# Headings and titles are headlines: title case and fragments, judged as such.
_HEADLINES = (BlockKind.HEADING, BlockKind.TITLE)

def sentences(document: Document) -> list[TokenizedSentence]:
    """The document's sentences as tokens, computed once per run and shared by the copy rules."""
    return document.shared(sentences, lambda: _tokenize_sentences(document))


def _tokenize_sentences(document: Document) -> list[TokenizedSentence]:
    result = []
    for sentence in document.sentences:
        block = document.blocks[sentence.block]
        tokens = tokenize(document.text, sentence.start, sentence.end)
        result.append(TokenizedSentence(sentence, tokens, block.kind in _HEADLINES))
    return result
