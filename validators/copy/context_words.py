"""copy.word-in-context: a real word written for its look-alike, found by how real English uses the words around it."""

import gzip
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.possessive_slot import verb_after_bare_phrase
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register
from validators.vocabulary import DATA_DIR, load_vocabulary

_NOUN_PHRASE_OPENERS = frozenset("a an the another any each every no".split())
# The bigram dictionary leaves out pairs seen fewer times than this: a missing pair is rarer.
PAIR_FLOOR = 6_000_000
# The context name under which the table holds the verb forms seen after any plural noun.
PLURAL_NOUN = "PLURAL-NOUN"
# Count assumed for a neighbouring word the table does not hold (it is shared by every candidate).
UNKNOWN_WORD_COUNT = 1_000_000


@dataclass(frozen=True)
class BigramCounts:
    """Unigram and bigram counts of real English (validators/data/copy_bigrams.tsv.gz)."""

    unigrams: dict[str, int]
    bigrams: dict[str, int]
    total: int
    scale: float  # bigram counts run this many times larger than unigram counts
    # a verb form -> the inflections (base, -s, past, participle, -ing; each a tuple of spellings)
    # of each verb it belongs to
    verb_forms: dict[str, tuple[tuple[tuple[str, ...], ...], ...]]
    # a verb-form context -> the share of each of those forms among the verbs seen after it
    form_shares: dict[str, tuple[float, ...]]
    # "left right" pairs real English writes the other way round ("the of")
    transposed: frozenset[str]

    def unigram(self, word: str) -> int:
        return self.unigrams.get(word, UNKNOWN_WORD_COUNT)

    def pair(self, left: str, right: str) -> tuple[float, bool]:
        """The pair's count and whether it was seen; an unseen pair gets what independence predicts,
        capped below the dictionary's floor."""
        count = self.bigrams.get(f"{left} {right}")
        if count is not None:
            return count, True
        return min(PAIR_FLOOR / 2, self.scale * self.unigram(left) * self.unigram(right) / self.total), False

    def log_probability(self, left: str | None, words: tuple[str, ...], right: str) -> tuple[float, bool]:
        """log P(words, right | left) under a bigram model, and whether the last word was seen
        before `right` (the evidence that this reading fits what follows)."""
        score, previous = 0.0, left
        for word in words:
            if previous is None:
                score += math.log(self.unigram(word) / self.total)
            else:
                count, _ = self.pair(previous, word)
                score += math.log(count / (self.scale * self.unigram(previous)))
            previous = word
        count, seen = self.pair(previous, right)
        return score + math.log(count / (self.scale * self.unigram(previous))), seen


@lru_cache(maxsize=1)
def bigram_counts() -> BigramCounts:
    unigrams, bigrams, totals, verb_forms, form_shares, transposed = {}, {}, {}, {}, {}, set()
    with gzip.open(DATA_DIR / "copy_bigrams.tsv.gz", "rt", encoding="utf-8") as handle:
        for line in handle.read().splitlines():
            kind, key, *count = line.split("\t")
            if kind == "U":
                unigrams[key] = int(count[0])
            elif kind == "B":
                bigrams[key] = int(count[0])
            elif kind == "F":
                forms = tuple(tuple(slot.split("|")) for slot in key.split(" "))
                for form in {form for slot in forms for form in slot}:
                    verb_forms[form] = (*verb_forms.get(form, ()), forms)
            elif kind == "T":
                transposed.add(key)
            elif kind == "V":
                form_shares[key] = tuple(float(share) for share in count[0].split(" "))
            else:
                totals[kind] = float(key)
    return BigramCounts(
        unigrams, bigrams, int(totals["N"]), totals["S"], verb_forms, form_shares, frozenset(transposed)
    )


@lru_cache(maxsize=8)
def _confusion_sets(vocabulary_dirs: tuple[Path, ...]) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The contractions (contraction -> its words) and, for each word of a confusion set, the other members
    of its sets: read once per configuration (a check run makes its rules anew)."""
    vocabulary = load_vocabulary("copy_confusion_sets", vocabulary_dirs)
    contractions = {word: tuple(words) for word, words in vocabulary["contractions"].items()}
    alternatives: dict[str, tuple[str, ...]] = {}
    for group in vocabulary["sets"]:
        for word in group:
            alternatives[word] = tuple(
                dict.fromkeys((*alternatives.get(word, ()), *(other for other in group if other != word))))
    return contractions, alternatives


@register
class WordInContext(SentenceRule):
    """A real word written for another that looks or sounds like it: "check you blood pressure", "their are".

    What it does: for every word of a confusion set (validators/data/copy_confusion_sets.yaml:
    your/you're/you, its/it's, than/then, complement/compliment, dairy/diary, led/lead, ...), it
    scores each member of the set between the word's left and right neighbours with bigram counts
    of real English, and flags the word when another member is far more probable there. A noun
    right after an article or an adjective ("the lowest dose that"), or joined by "or"/"and" to
    a noun after one ("another statin or dose that"), is never replaced by an auxiliary ("does"). A
    possessive before a noun and a singular count noun that is no verb ("tell your care coordinator")
    is never replaced by "you": the count noun would then stand without a determiner.
    The right neighbour must have been seen after the other word, except after an article or
    another word that opens a noun phrase, whose pair alone decides when neither word was seen
    before the right neighbour ("the affects usually last" -> "effects").
    Why is this bad? Every spell checker passes these words, yet the sentence says something else
    or reads as careless; readers of health copy judge its care by such slips.
    Example: "the two creams compliment each other" -> "complement"; "keep a food dairy" -> "diary".
    """

    id = "copy.word-in-context"
    severity = Severity.ERROR

    def __init__(self, config):
        super().__init__(config)
        self.contractions, self.alternatives = _confusion_sets(config.vocabulary_dirs)
        self.ratio = math.log(float(self.options.get("ratio", 20)))

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        counts = None
        for index, token in enumerate(tokens):
            alternatives = self.alternatives.get(token.lower)
            if alternatives is None or (token.is_capitalised and index and not sentence.is_heading):
                continue
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            if after is None or not after.is_word or after.is_capitalised:
                continue  # the pair table has no sentence ends; a capital starts a name or a title-case word
            before = tokens[index - 1] if index else None
            left = before.lower if before is not None and before.is_word else None
            right = after.lower
            counts = counts or bigram_counts()
            written, _ = counts.log_probability(left, self._words(token.lower), right)
            best, best_score = None, written + self.ratio
            noun_slot = self._noun_slot(token.lower, before) or self._second_of_two_nouns(tokens, index)
            if token.lower in lx.POSSESSIVES and verb_after_bare_phrase(tokens, index + 1) is not None:
                continue  # "so your care team can check": the possessive opens a subject with its own verb
            if token.lower in lx.POSSESSIVES and _noun_compound_after(tokens, index):
                continue  # "tell your care coordinator": "you care coordinator" would leave a count noun bare
            for alternative in alternatives:
                if noun_slot and "AUX" in lx.classes(alternative):
                    continue  # "the lowest dose that": no verb ("does") after a determiner or an adjective
                score, seen = counts.log_probability(left, self._words(alternative), right)
                if (seen or self._decided_by_determiner(counts, left, token.lower, alternative, right)) and (
                    score > best_score
                ):
                    best, best_score = alternative, score
            if best is not None:
                if token.text[0].isupper():
                    best = best[0].upper() + best[1:]
                message = f"'{token.text}' is unusual here; did you mean '{best}'?"
                yield self.finding(document, token.start, token.end, message, [Suggestion(best, safe=False)])

    def _decided_by_determiner(self, counts: BigramCounts, left: str | None, word: str, other: str, right: str) -> bool:
        """After an article or another word that opens a noun phrase ("the affects usually last"), the left
        pair alone decides when neither word was ever seen before the next word: the written word was
        never seen after the determiner, and its look-alike was."""
        if left not in _NOUN_PHRASE_OPENERS or len(self._words(word)) > 1 or len(self._words(other)) > 1:
            return False
        if counts.pair(word, right)[1] or counts.pair(other, right)[1] or counts.pair(left, word)[1]:
            return False
        return counts.pair(left, other)[1]

    @staticmethod
    def _noun_slot(word: str, before: Token | None) -> bool:
        """The written word is a noun right after an article or an adjective that is no verb ("the
        lowest dose", "a small dose"): a noun phrase, where an auxiliary cannot stand."""
        if before is None or not before.is_word or "NOUN" not in lx.classes(word):
            return False
        known = lx.classes(before.lower)
        return before.lower in ("a", "an", "the") or ("ADJ" in known and "VERB" not in known)

    @staticmethod
    def _second_of_two_nouns(tokens: tuple[Token, ...], index: int) -> bool:
        """The written noun is joined by "and"/"or" to a noun after an article or "another"
        ("another statin or dose that"): the same noun phrase, where an auxiliary cannot stand."""
        if index < 3 or "NOUN" not in lx.classes(tokens[index].lower) or tokens[index - 1].lower not in ("and", "or"):
            return False
        return tokens[index - 3].lower in _NOUN_PHRASE_OPENERS and tokens[index - 2].is_word

    def _words(self, word: str) -> tuple[str, ...]:
        return self.contractions.get(word, (word,))


def _noun_compound_after(tokens: tuple[Token, ...], index: int) -> bool:
    """A noun, then a singular count noun that is no verb ("care coordinator", "support worker"): a
    compound the possessive before it owns. Read as "you" + verb, the count noun would stand without
    a determiner, which English does not allow."""
    if index + 2 >= len(tokens) or not tokens[index + 2].is_word:
        return False
    first, second = tokens[index + 1].lower, tokens[index + 2].lower
    if "NOUN" not in lx.classes(first) or not lx.is_only(second, "NOUN") or lx.is_plural_noun(second):
        return False
    return lx.singular_count_noun(second) is not None
