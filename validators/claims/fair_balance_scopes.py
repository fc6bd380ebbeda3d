"""Where a risk stated on a page is about a drug: the scopes claim.fair-balance reads.

A risk word counts for a drug anywhere in a warning section ("Side effects", "Who should not
take it") or warning box of the drug's page or section; elsewhere only in a sentence that states
a risk (or a list led in by one) within the drug's sentence, paragraph, list or section. The
scope words are data (claims_fair_balance.yaml): warning headings, sentence openers that continue
the sentence before ("It ..."), risk framing ("can cause") and comparators ("just like").
"""

import bisect
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from validators.claims.matching import TOKEN, Probe, Vocabulary, tokens_of
from validators.claims.outline import Outline
from validators.document import WARNING_FIELD, BlockKind, Document
from validators.vocabulary import load_vocabulary

HEADLINES = (BlockKind.TITLE, BlockKind.HEADING)
_ARTICLES = frozenset({"a", "an", "the", "your"})  # may stand between a comparator and the name


@dataclass(frozen=True)
class ScopeWords:
    warning_headings: Vocabulary  # "Side effects", "Who should not take it"
    continuations: frozenset[tuple[str, ...]]  # "It", "This medicine": a sentence still about the drug before
    comparators: Vocabulary  # "just like", "Nature's": the drug named as a yardstick for another product
    risk_framing: Vocabulary  # "can cause", "do not take", "side effects": a sentence states a risk
    offers: Vocabulary  # "order", "buy", "we prescribe": a sentence offers what it names...
    refusals: Vocabulary  # ...unless it refuses it ("never buy", "counterfeit")


@lru_cache(maxsize=16)
def scope_words(vocabulary_dirs: tuple[Path, ...] = ()) -> ScopeWords:
    data = load_vocabulary("claims_fair_balance", vocabulary_dirs)
    return ScopeWords(
        Vocabulary(data.get("warning_headings") or ()),
        frozenset(tuple(tokens_of(str(entry))) for entry in data.get("continuations") or ()),
        Vocabulary(data.get("comparators") or ()),
        Vocabulary(data.get("risk_framing") or ()),
        Vocabulary(data.get("offers") or ()),
        Vocabulary(data.get("refusals") or ()),
    )


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    block: int
    # How this mention presents the drug: "benefit claim", "offer" (for sale or supply), "title",
    # "heading", "" (in passing), or
    # "comparison" (a yardstick for another product: it does not present the drug at all).
    presents: str


@dataclass(frozen=True)
class PageCues:
    """Where the scope words are on the page, found once for all drugs."""

    openers: frozenset[int]  # offsets where "It", "This medicine"... begin
    comparator_ends: list[int]  # sorted offsets where "just like", "alternative to"... end
    warnings: tuple[tuple[int, int], ...]  # [first, last) blocks of warning sections and warning boxes
    framed: frozenset[int]  # sentences (by start) that state a risk ("It can cause birth defects.")
    framed_lists: frozenset[int]  # list items led in by a sentence that states a risk ("Its risks:")
    offers: frozenset[int]  # sentences (by start) that offer what they name for sale or supply

    @classmethod
    def of(cls, document: Document, probe: Probe, outline: Outline, words: ScopeWords) -> "PageCues":
        headings = {outline.block_of(start) for start, _ in words.warning_headings.spans(probe)}
        longest = max((len(c) for c in words.continuations), default=0)
        first_words = {c[0] for c in words.continuations if c}
        openers = set()
        for sentence in document.sentences:  # only a sentence's first words matter
            head = document.text[sentence.start : sentence.end][:60]
            opening = TOKEN.search(head.lower())
            if opening is None or opening.group().replace("’", "'") not in first_words:
                continue  # no continuation starts with its first word
            first = tokens_of(head)[:longest]
            if any(tuple(first[:n]) in words.continuations for n in range(1, len(first) + 1)):
                openers.add(sentence.start)
        framed = _sentences_with(document, words.risk_framing, probe)
        framed_lists = set()
        for span in set(outline.list_span) - {None}:
            first, last = span
            lead_in = document.blocks[first]
            if lead_in.kind is not BlockKind.LIST_ITEM and any(
                    lead_in.start <= s < lead_in.end for s in framed):
                framed_lists.update(range(first + 1, last))
        return cls(
            frozenset(openers),
            sorted(end for _, end in words.comparators.spans(probe)),
            tuple(sorted((b, outline.heading_end[b]) for b in headings if b in outline.heading_end))
            + tuple((b, b + 1) for b, block in enumerate(document.blocks) if block.field == WARNING_FIELD),
            framed,
            frozenset(framed_lists),
            _sentences_with(document, words.offers, probe) - _sentences_with(document, words.refusals, probe),
        )

    def yardstick(self, document: Document, sentence_start: int, name_start: int) -> bool:
        """Whether a comparator ends right before the name ("just like semaglutide"), an article between."""
        index = bisect.bisect_right(self.comparator_ends, name_start) - 1
        if index < 0 or self.comparator_ends[index] < sentence_start:
            return False
        between = document.text[self.comparator_ends[index] : name_start].split()
        return len(between) <= 1 and all(word.lower() in _ARTICLES for word in between)


class DrugScope:
    """Where a risk stated in the text is about the drug."""

    def __init__(self, document: Document, outline: Outline, mentions: list[Mention], cues: PageCues, only: bool):
        self.document = document
        self.cues = cues
        self.sentences = {s.start for m in mentions if (s := document.sentence_at(m.start)) is not None}
        self._follow_continuations(cues.openers)
        self.blocks = {m.block for m in mentions} | {document.sentence_at(s).block for s in self.sentences}
        self.lists = {outline.list_span[b] for b in self.blocks} - {None}
        self.sections = {outline.section(m.block, document) for m in mentions} - {None}
        naming = {m.block for m in mentions if document.blocks[m.block].kind in HEADLINES}
        page_about = only or any(document.blocks[b].kind is BlockKind.TITLE or document.blocks[b].level == 1
                                 for b in naming)
        self.warnings = []  # [first, last) blocks of warning sections that are about this drug
        for first, last in cues.warnings:
            if page_about or set(outline.headings_over(first)) & naming:
                self.warnings.append((first, last))

    def _follow_continuations(self, openers: frozenset[int]) -> None:
        """A sentence opening with "It" or "This medicine" after one about the drug is about it too."""
        previous_about = False
        for sentence in self.document.sentences:
            if sentence.start in self.sentences:
                previous_about = True
            elif previous_about and self.document.blocks[sentence.block].kind not in HEADLINES:
                previous_about = sentence.start in openers
                if previous_about:
                    self.sentences.add(sentence.start)
            else:
                previous_about = False

    def about_drug(self, offset: int, block: int) -> bool:
        """Whether a risk word at `offset` states a risk of the drug: anywhere in one of its warning
        sections; elsewhere in a sentence that states a risk (or a list led in by one) within the
        drug's sentence, paragraph, list or section."""
        if any(first <= block < last for first, last in self.warnings):
            return True
        sentence = self.document.sentence_at(offset)
        if not (sentence is not None and sentence.start in self.cues.framed or block in self.cues.framed_lists):
            return False
        return (
            (sentence is not None and sentence.start in self.sentences)
            or block in self.blocks
            or any(first <= block < last for first, last in (*self.lists, *self.sections))
        )


def _sentences_with(document: Document, vocabulary: Vocabulary, probe: Probe) -> frozenset[int]:
    """The sentences (by start) where `vocabulary` matches."""
    return frozenset(s.start for start, _ in vocabulary.spans(probe) if (s := document.sentence_at(start)) is not None)
