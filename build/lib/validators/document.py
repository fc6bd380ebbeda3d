"""`Document`: the visible text of an article, split into blocks, sentences and links,
with an offset map back to the source it was built from.

Builders for HTML, Markdown and plain text live in `validators.sources`; the CMS builds
documents from StreamField blocks with the same `DocumentBuilder`.
"""

import bisect
from dataclasses import dataclass, field
from enum import StrEnum

from validators.findings import SourceLocation
from validators.sentences import split_sentences


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    TABLE_CELL = "table_cell"


@dataclass
class Block:
    kind: BlockKind
    start: int
    end: int
    origin: str
    level: int = 0  # heading level (1-6); list depth for list items
    element_id: str | None = None  # e.g. "ref-1" on a reference list item
    ordered: bool = False  # list item of a numbered list
    position: int = 0  # 1-based position of a list item in its list


@dataclass
class Sentence:
    start: int
    end: int
    block: int  # index into Document.blocks


@dataclass
class Link:
    href: str
    start: int
    end: int
    block: int
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Segment:
    """A run of visible text `[text_start, text_start + length)` that came from
    `origin` at `origin_offset`. `exact` runs map character for character; others
    (a decoded entity, an inserted separator) map to their start."""

    text_start: int
    length: int
    origin: str
    origin_offset: int
    exact: bool = True


@dataclass
class Document:
    path: str
    text: str
    blocks: list[Block]
    sentences: list[Sentence]
    links: list[Link]
    segments: list[Segment]
    ids: set[str] = field(default_factory=set)  # element ids (anchor targets) in the document
    ignored: list[tuple[int, int]] = field(default_factory=list)  # code spans: not checked
    sources: dict[str, str] = field(default_factory=dict)  # origin -> source text, for line/column

    def __post_init__(self):
        self._sentence_starts = [s.start for s in self.sentences]
        self._segment_starts = [s.text_start for s in self.segments]

    def sentence_at(self, offset: int) -> Sentence | None:
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and self.sentences[index].start <= offset < max(self.sentences[index].end, offset + 1):
            return self.sentences[index]
        return None

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def block_at(self, offset: int) -> Block | None:
        sentence = self.sentence_at(offset)
        if sentence is not None:
            return self.blocks[sentence.block]
        for block in self.blocks:
            if block.start <= offset <= block.end:
                return block
        return None

    def links_in(self, start: int, end: int) -> list[Link]:
        return [link for link in self.links if link.start < end and link.end > start]

    def is_ignored(self, start: int, end: int) -> bool:
        return any(a < end and b > start for a, b in self.ignored)

    def source_location(self, offset: int) -> SourceLocation | None:
        index = bisect.bisect_right(self._segment_starts, offset) - 1
        if index < 0:
            return None
        segment = self.segments[index]
        delta = offset - segment.text_start if segment.exact else 0
        delta = min(delta, max(segment.length - 1, 0)) if segment.exact else 0
        origin_offset = segment.origin_offset + delta
        source = self.sources.get(segment.origin)
        if source is None:
            return SourceLocation(segment.origin, origin_offset)
        line = source.count("\n", 0, origin_offset) + 1
        column = origin_offset - (source.rfind("\n", 0, origin_offset) + 1) + 1
        return SourceLocation(segment.origin, origin_offset, line, column)


class DocumentBuilder:
    """Accumulates visible text block by block, recording where every run came from."""

    def __init__(self, path: str):
        self.path = path
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self.segments: list[Segment] = []
        self.ids: set[str] = set()
        self.ignored: list[tuple[int, int]] = []
        self.sources: dict[str, str] = {}
        self._open: Block | None = None
        self._open_part = 0  # index in _parts where the open block's text begins

    @property
    def offset(self) -> int:
        return self._length

    @property
    def in_block(self) -> bool:
        return self._open is not None

    def start_block(self, kind: BlockKind, origin: str, **attributes) -> None:
        if self._open is not None:
            self.end_block()
        if self._length:
            self._append("\n", origin, 0, exact=False, record=False)
        self._open = Block(kind, self._length, self._length, origin, **attributes)
        self._open_part = len(self._parts)

    def end_block(self) -> None:
        block = self._open
        if block is None:
            return
        self._open = None
        block.end = self._length
        # Trailing and leading white space is not part of the block. Only this block's parts
        # are joined: joining the whole text per block made building quadratic.
        text, base = "".join(self._parts[self._open_part :]), block.start
        while block.end > block.start and text[block.end - 1 - base].isspace():
            block.end -= 1
        while block.start < block.end and text[block.start - base].isspace():
            block.start += 1
        if block.end > block.start:
            self.blocks.append(block)

    def add_text(self, text: str, origin: str, origin_offset: int, exact: bool = True) -> None:
        if not text:
            return
        if self._open is None:
            self.start_block(BlockKind.PARAGRAPH, origin)
        self._append(text, origin, origin_offset, exact)

    def add_link(self, href: str, start: int, end: int, attributes: dict[str, str] | None = None) -> None:
        self.links.append(Link(href, start, end, -1, dict(attributes or {})))

    def ignore(self, start: int, end: int) -> None:
        if end > start:
            self.ignored.append((start, end))

    def _append(self, text: str, origin: str, origin_offset: int, exact: bool = True, record: bool = True) -> None:
        if record:
            self.segments.append(Segment(self._length, len(text), origin, origin_offset, exact))
        self._parts.append(text)
        self._length += len(text)

    def build(self) -> Document:
        self.end_block()
        text = "".join(self._parts)
        sentences: list[Sentence] = []
        for index, block in enumerate(self.blocks):
            for start, end in split_sentences(text, block.start, block.end):
                sentences.append(Sentence(start, end, index))
        block_starts = [b.start for b in self.blocks]
        for link in self.links:
            link.block = max(bisect.bisect_right(block_starts, link.start) - 1, 0) if self.blocks else -1
        return Document(
            path=self.path,
            text=text,
            blocks=self.blocks,
            sentences=sentences,
            links=self.links,
            segments=self.segments,
            ids=self.ids,
            ignored=self.ignored,
            sources=self.sources,
        )
