"""copy.split-word: a word written as one where real English writes two ("You maybe asked"), or as two
where it writes one ("in stead of"), found by how real English uses the words around it."""

import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.context_words import PAIR_FLOOR, UNKNOWN_WORD_COUNT, bigram_counts
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register
from validators.vocabulary import DATA_DIR

# A joined word rarer than this many times the dictionary's floor has no listed pairs to speak of:
# its unlisted neighbours prove nothing, so it is neither flagged nor suggested.
MIN_JOINED_FLOORS = 2


@dataclass(frozen=True)
class SplitCounts:
    unigrams: dict[str, int]
    bigrams: dict[str, int]


@lru_cache(maxsize=1)
def split_counts() -> SplitCounts:
    unigrams, bigrams = {}, {}
    with gzip.open(DATA_DIR / "copy_split_pairs.tsv.gz", "rt", encoding="utf-8") as handle:
        for line in handle.read().splitlines():
            kind, key, count = line.split("\t")
            (unigrams if kind == "U" else bigrams)[key] = int(count)
    return SplitCounts(unigrams, bigrams)


@register
class SplitWord(SentenceRule):
    """A word written as one where its context wants two ("You maybe asked to wait"), or two written
    where one is meant ("in stead of", "if you have all ready had it").

    What it does: for each pair of validators/data/copy_split_words.yaml (a word and the two words it
    joins: "maybe" / "may be", "everyday" / "every day", "sometimes" / "some times", "instead" / "in
    stead" ...), it scores the written form and the other with its left and right neighbours as a
    chain of bigram probabilities of real English (the symspellpy Google Books counts,
    validators/data/copy_split_pairs.tsv.gz, built by validators/copy/build_split_pairs.py): P(first
    word | left neighbour) x P(next word | word) ... x P(right neighbour | last word). A pair the
    dictionary does not list gets what independence predicts, capped below its floor. When the other
    form is at least `ratio` (default 20) times more likely and more pairs of the written form than of
    the other are unlisted (real English rarely writes it so; the two parts of a split word unlisted
    side by side count twice), the written form is flagged. A joined word too rare for
    its pairs to be listed at all (under `MIN_JOINED_FLOORS` floors of the dictionary) is left alone,
    and so are capitalised words inside a sentence, and a joined word that a determiner's noun phrase needs ("after
    a hard workout", "your annual checkup": after "a", "your", "any"..., with at most one adjective between).
    Class: confusable (a word split or joined in the wrong place).
    Why is this bad? "maybe" and "may be", "everyday" and "every day" are different words; a spell
    checker passes both, and the sentence reads as careless or says something else.
    Example: "You maybe asked to wait" -> "may be"; "in stead of a branded one" -> "instead";
    "If you have all ready had the vaccine" -> "already". Not yet: "setup" / "set up" and
    "everyday" / "every day" pass where the neighbours' counts do not settle them ("you can setup an
    account", "take it everyday").
    """

    id = "copy.split-word"
    severity = Severity.WARNING

    def __init__(self, config):
        super().__init__(config)
        pairs = self.vocabulary("copy_split_words")["pairs"]
        self.joined = {joined: tuple(parts) for joined, parts in pairs.items()}
        self.split = {tuple(parts): joined for joined, parts in pairs.items()}
        self.ratio = float(self.options.get("ratio", 20))
        self.trigger_words = frozenset(self.joined) | frozenset(parts[0] for parts in self.joined.values())
        self.noun_phrase_openers = frozenset(self.vocabulary("copy_split_words")["noun_phrase_openers"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        text = document.text
        for index, token in enumerate(tokens):
            if not token.is_word or (token.is_capitalised and index):
                continue
            word = token.lower
            if word in self.joined:
                if self._in_noun_phrase(tokens, index):
                    continue  # "after any hard workout": a determiner's noun phrase needs the one word
                written, other, end = (word,), self.joined[word], token.end
                right_index = index + 1
            elif index + 1 < len(tokens) and (word, tokens[index + 1].lower) in self.split:
                second = tokens[index + 1]
                if text[token.end : second.start] != " " or second.is_capitalised:
                    continue
                written, other, end = (word, second.lower), (self.split[word, second.lower],), second.end
                right_index = index + 2
            else:
                continue
            left = self._neighbour(document, tokens, index - 1, index)
            right = self._neighbour(document, tokens, right_index, right_index - 1)
            joined = written[0] if len(written) == 1 else other[0]
            if split_counts().unigrams.get(joined, 0) * bigram_counts().scale < MIN_JOINED_FLOORS * PAIR_FLOOR:
                continue
            written_score, unlisted = self._score(left, written, right)
            other_score, other_unlisted = self._score(left, other, right)
            if unlisted <= other_unlisted or other_score < self.ratio * written_score:
                continue
            replacement = " ".join(other)
            if token.text[0].isupper():
                replacement = replacement[0].upper() + replacement[1:]
            shown = text[token.start : end]
            yield self.finding(
                document,
                token.start,
                end,
                f"'{shown}' is unusual here; did you mean '{replacement}'?",
                [Suggestion(replacement, safe=False)],
            )

    def _in_noun_phrase(self, tokens: tuple[Token, ...], index: int) -> bool:
        """A joined word right after a word that opens a noun phrase (`noun_phrase_openers`: "a", "your",
        "any"), or after one and a word that can be an adjective ("any hard workout", "your annual checkup"):
        the phrase's noun or adjective. Split, it would leave the opener with a noun and a stray particle
        ("a hard work out"). An adverb ("maybe", "already") is never a phrase's noun: "The patient maybe
        discharged" stays judged."""
        if not lx.classes(tokens[index].lower) & {"NOUN", "ADJ"}:
            return False
        before = tokens[index - 1] if index else None
        if before is None or not before.is_word:
            return False
        if before.lower in self.noun_phrase_openers:
            return True
        opener = tokens[index - 2] if index >= 2 else None
        return opener is not None and opener.lower in self.noun_phrase_openers and "ADJ" in lx.classes(before.lower)

    @staticmethod
    def _neighbour(document: Document, tokens: tuple[Token, ...], index: int, beside: int) -> str | None:
        """The lower-case word at tokens[index] when it is a word one space from tokens[beside]."""
        if not 0 <= index < len(tokens) or not tokens[index].is_word:
            return None
        first, second = sorted((index, beside))
        if document.text[tokens[first].end : tokens[second].start] != " ":
            return None
        return tokens[index].lower

    @staticmethod
    def _score(left: str | None, words: tuple[str, ...], right: str | None) -> tuple[float, int]:
        """The chain probability (up to a factor shared by every form) of `words` between `left` and
        `right`, and how many of its pairs real English does not list (the pair of the two parts of a
        split word counts twice: the joined word is frequent, so a usual split would be listed)."""
        counts, general = split_counts(), bigram_counts()

        def unigram(word: str) -> float:
            return counts.unigrams.get(word) or general.unigrams.get(word) or UNKNOWN_WORD_COUNT

        def pair(first: str, second: str) -> tuple[float, bool]:
            count = counts.bigrams.get(f"{first} {second}")
            if count is not None:
                return count / general.scale, True
            expected = general.scale * unigram(first) * unigram(second) / general.total
            return min(PAIR_FLOOR / 2, expected) / general.scale, False

        unlisted = 0
        if left is None:
            score = unigram(words[0])
        else:
            score, seen = pair(left, words[0])
            unlisted += not seen
        for first, second in zip(words, words[1:], strict=False):
            count, seen = pair(first, second)
            score *= count / unigram(first)
            unlisted += 2 * (not seen)  # the two parts of a frequent word, never written apart
        if right is not None:
            count, seen = pair(words[-1], right)
            score *= count / unigram(words[-1])
            unlisted += not seen
        return score, unlisted
