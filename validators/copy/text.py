"""Tokens of a document's sentences, computed once per document and shared by the copy rules."""

import re
from dataclasses import dataclass

from validators.document import BlockKind, Document, Sentence

# Words keep inner hyphens and apostrophes ("skin-to-skin", "it's", "HSV-1") and accented Latin
# letters ("café", "naïve", "Ménière's": one word, not "Caf" + "é" + "s"); numbers keep their
# separators ("2.5", "1,000"); anything else is one punctuation character.
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
_TOKEN = rf"[{_LETTER}][{_LETTER}0-9]*(?:[-'’][{_LETTER}0-9]+)*|\d+(?:[.,:/]\d+)*|\S"
# A token with the white space before it: the space's length gives the token's position.
_SPACED_TOKEN = re.compile(rf"(\s*)({_TOKEN})")


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
    # The tokens and the white space before each in one call (`findall`): only white space lies
    # between tokens (`\S` takes any other character), so lengths give the positions. Slots are
    # filled here without a call to `__init__` per token: tokenizing is the copy rules' largest
    # shared cost. The flags come from one table look-up, and the curly apostrophe is replaced
    # only in a sentence that holds one.
    piece = text[start:end]
    curly = "’" in piece
    new, token_class, table, flags = object.__new__, Token, _FLAGS, _flags
    tokens = []
    append = tokens.append
    position = start
    for space, word in _SPACED_TOKEN.findall(piece):
        token = new(token_class)
        token.text = word
        token.start = position = position + len(space)
        token.end = position = position + len(word)
        token.lower = word.lower().replace("’", "'") if curly else word.lower()
        token.is_word, token.is_number, token.is_capitalised = table.get(word[0]) or flags(word[0])
        append(token)
    return tuple(tokens)


def _flags(character: str) -> tuple[bool, bool, bool]:
    """A token's flags by its first character: a letter, a digit, an upper-case letter."""
    return character.isalpha(), character.isdigit(), character.isupper()


# The flags of the characters tokens usually start with (ASCII and Latin-1), looked up once.
_FLAGS = {character: _flags(character) for character in map(chr, range(256))}


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
