"""Tokens of a document's sentences, computed once per document and shared by the copy rules."""

import re
import threading
from dataclasses import dataclass

from validators.document import Document, Sentence

# Words keep inner hyphens and apostrophes ("skin-to-skin", "it's", "HSV-1"); numbers keep
# their separators ("2.5", "1,000"); anything else is one punctuation character.
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*|\d+(?:[.,:/]\d+)*|\S")


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # offset in the document's visible text
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


@dataclass(frozen=True)
class TokenizedSentence:
    sentence: Sentence
    tokens: tuple[Token, ...]
    is_heading: bool

    def words_between(self, i: int, j: int) -> tuple[Token, ...]:
        return self.tokens[i:j]


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    end = len(text) if end is None else end
    return tuple(Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end))


_cache: dict[int, tuple[Document, list[TokenizedSentence]]] = {}
_lock = threading.Lock()


def sentences(document: Document) -> list[TokenizedSentence]:
    """The document's sentences as tokens. Cached per document: eight rules share one pass."""
    key = id(document)
    with _lock:
        cached = _cache.get(key)
        if cached is not None and cached[0] is document:
            return cached[1]
    result = []
    for sentence in document.sentences:
        block = document.blocks[sentence.block]
        tokens = tokenize(document.text, sentence.start, sentence.end)
        result.append(TokenizedSentence(sentence, tokens, block.kind == "heading"))
    with _lock:
        if len(_cache) >= 8:
            _cache.pop(next(iter(_cache)))
        _cache[key] = (document, result)
    return result
