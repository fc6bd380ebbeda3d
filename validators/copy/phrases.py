"""Find listed phrases in a document by its shared tokens, not by one large regular expression.

A vocabulary of hundreds of phrases as one regex alternation is tried at every character;
looking the first token up in a dict is one step per token.
"""

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from validators.copy import text
from validators.copy.base import sentence_words
from validators.document import Document

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class PhraseMatch:
    start: int
    end: int
    found: str  # the text as written, white space collapsed
    phrase: str  # the listed phrase
    payload: object
    in_heading: bool


class PhraseIndex:
    def __init__(self, phrases: dict[str, object]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, object]]] = defaultdict(list)
        for phrase, payload in phrases.items():
            words = tuple(token.lower for token in text.tokenize(phrase))
            if words:
                self._by_first[words[0]].append((words, phrase, payload))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda item: len(item[0]), reverse=True)  # the longest phrase wins

    def find(self, document: Document) -> Iterator[PhraseMatch]:
        by_first = self._by_first
        firsts = by_first.keys()
        for sentence, words in zip(text.sentences(document), sentence_words(document), strict=True):
            if firsts.isdisjoint(words):
                continue  # most sentences hold no listed phrase's first word: one set test, not a look-up per token
            tokens = sentence.tokens
            index = 0
            while index < len(tokens):
                candidates = by_first.get(tokens[index].lower)  # most tokens start no phrase: one lookup
                found = self._match_at(document, tokens, index, candidates, sentence.is_heading) if candidates else None
                if found is None:
                    index += 1
                    continue
                match, length = found
                yield match
                index += length

    @staticmethod
    def _match_at(document, tokens, index, candidates, in_heading) -> tuple[PhraseMatch, int] | None:
        """The longest listed phrase at `index`, with its number of tokens."""
        for words, phrase, payload in candidates:
            end = index + len(words)
            if end > len(tokens) or tuple(t.lower for t in tokens[index:end]) != words:
                continue
            start, stop = tokens[index].start, tokens[end - 1].end
            found = _SPACE.sub(" ", document.text[start:stop])
            if found.lower() != _SPACE.sub(" ", phrase).lower():
                continue  # same words, different spacing: "E. coli" is not "E.coli"
            return PhraseMatch(start, stop, found, phrase, payload, in_heading), len(words)
        return None

