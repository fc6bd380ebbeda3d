"""`Document`: the visible text of an article, split into blocks, sentences and links,
with an offset map back to the source it was built from.

Builders for HTML, Markdown and plain text live in `validators.sources`; the CMS builds
documents from StreamField blocks with the same `DocumentBuilder`.
"""

import bisect
import itertools
import operator
import re
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from enum import StrEnum

from validators.findings import SourceLocation
from validators.sentences import split_sentences

_NEWLINE = re.compile("\n")
_NOT_YET = object()  # `Document.shared`: not computed in this run yet


class BlockKind(StrEnum):
    TITLE = "title"  # a page-level headline (title, SEO/social title): may assert, opens no section
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
    # The visible field the text is in, named for the author: "title", "meta description",
    # "heading", "alt text", "caption", "quote", "body" (the CMS adds "summary", "SEO title"...).
    field: str = ""

    def __post_init__(self):
        if not self.field:
            self.field = _DEFAULT_FIELDS.get(self.kind, "body")


_DEFAULT_FIELDS = {BlockKind.TITLE: "title", BlockKind.HEADING: "heading", BlockKind.QUOTE: "quote"}
WARNING_FIELD = "warning"  # a warning box (the CMS's warning callout): fair balance reads it as a warning section


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
        self._block_starts = [b.start for b in self.blocks]
        # Links by start, for `links_in`; only when they are listed in that order (an unclosed
        # anchor is added at the end of the text), else every link is looked at.
        self._link_starts = [link.start for link in self.links]
        self._links_ordered = all(a <= b for a, b in itertools.pairwise(self._link_starts))
        self._longest_link = max((link.end - link.start for link in self.links), default=0)
        self._line_starts: dict[str, list[int]] = {}  # origin -> offsets where its lines start, on first use
        # Ignored spans by start, with the furthest end reached so far: one lookup per question.
        spans = sorted(self.ignored)
        self._ignored_starts = [a for a, _ in spans]
        self._ignored_reach = list(itertools.accumulate((b for _, b in spans), max))
        self.start_run()

    def start_run(self) -> None:
        """Forget the work an earlier engine run shared (`shared`): the engine calls this for
        each document at the start of a run, so a run never sees another's analysis."""
        self._shared: dict[Hashable, object] = {}
        self._shared_locks: dict[Hashable, threading.RLock] = {}
        self._shared_lock = threading.Lock()  # guards _shared_locks

    def shared[T](self, key: Hashable, compute: Callable[[], T]) -> T:
        """Work the rules of one run share about this document, computed once on first use:
        `compute()` the first time `key` is asked for in this run, the same value after.

        This is the per-run context the engine hands its rules (tokens, sentence analyses,
        fetched answers): rules ask for it here instead of keeping caches of their own. It is
        not sent to a worker process; a worker computes what its rules ask for itself. A rule
        asking for work another thread is computing waits for it; other work does not wait.
        """
        value = self._shared.get(key, _NOT_YET)
        if value is not _NOT_YET:
            return value
        with self._shared_lock:
            lock = self._shared_locks.setdefault(key, threading.RLock())
        with lock:
            value = self._shared.get(key, _NOT_YET)
            if value is _NOT_YET:
                value = self._shared[key] = compute()
            return value

    def __getstate__(self) -> dict:
        """What a check worker is sent: the fields, with blocks, sentences, links and segments as
        plain tuples (pickling each dataclass instance with its own dict was most of the cost of
        sending a document), and neither the lookup lists derived from them nor the run's shared work."""
        return {
            "path": self.path,
            "text": self.text,
            "blocks": [_field_values(block) for block in self.blocks],
            "sentences": [(s.start, s.end, s.block) for s in self.sentences],
            "links": [(link.href, link.start, link.end, link.block, link.attributes) for link in self.links],
            "segments": [(s.text_start, s.length, s.origin, s.origin_offset, s.exact) for s in self.segments],
            "ids": self.ids,
            "ignored": self.ignored,
            "sources": self.sources,
            "_line_starts": self._line_starts,
        }

    def __setstate__(self, state: dict) -> None:
        line_starts = state.pop("_line_starts")
        state["blocks"] = [Block(*fields) for fields in state["blocks"]]
        state["sentences"] = [Sentence(*fields) for fields in state["sentences"]]
        state["links"] = [Link(*fields) for fields in state["links"]]
        state["segments"] = [Segment(*fields) for fields in state["segments"]]
        self.__dict__.update(state)
        self.__post_init__()  # the lookup lists, and an empty run
        self._line_starts = line_starts

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
        # Blocks follow one another in the text, a separator apart: the last one starting at or
        # before `offset` is the only one that can hold it (a scan of every block per finding
        # made reports on long texts quadratic).
        index = bisect.bisect_right(self._block_starts, offset) - 1
        if index >= 0 and offset <= self.blocks[index].end:
            return self.blocks[index]
        return None

    def links_in(self, start: int, end: int) -> list[Link]:
        if not self._links_ordered:
            return [link for link in self.links if link.start < end and link.end > start]
        # Only links starting within the longest link's length before `start` can reach into it.
        first = bisect.bisect_left(self._link_starts, start - self._longest_link)
        last = bisect.bisect_left(self._link_starts, end)
        return [link for link in self.links[first:last] if link.end > start]

    def is_ignored(self, start: int, end: int) -> bool:
        last = bisect.bisect_left(self._ignored_starts, end) - 1  # the last span starting before `end`
        return last >= 0 and self._ignored_reach[last] > start

    def origin_offset(self, offset: int) -> tuple[str, int] | None:
        """The origin a visible-text offset came from and the offset there (`source_location` without the line
        and column, which need the source's line starts)."""
        index = bisect.bisect_right(self._segment_starts, offset) - 1
        if index < 0:
            return None
        segment = self.segments[index]
        delta = offset - segment.text_start if segment.exact else 0
        delta = min(delta, max(segment.length - 1, 0)) if segment.exact else 0
        return segment.origin, segment.origin_offset + delta

    def source_location(self, offset: int) -> SourceLocation | None:
        found = self.origin_offset(offset)
        if found is None:
            return None
        origin, origin_offset = found
        block = self.block_at(offset)
        field = block.field if block is not None else None
        source = self.sources.get(origin)
        if source is None:
            return SourceLocation(origin, origin_offset, field=field)
        line_starts = self._line_starts.get(origin)
        if line_starts is None:  # once per source: counting from the top for every finding is quadratic
            line_starts = [0, *(match.end() for match in _NEWLINE.finditer(source))]
            self._line_starts[origin] = line_starts
        line = bisect.bisect_right(line_starts, origin_offset)
        return SourceLocation(origin, origin_offset, line, origin_offset - line_starts[line - 1] + 1, field)


def _field_values(instance) -> tuple:
    """A dataclass instance's field values in order, not copied (`dataclasses.astuple` copies them deeply)."""
    return _FIELD_GETTERS[type(instance)](instance)


class _FieldGetters(dict):
    """Dataclass -> an `operator.attrgetter` of its fields in order (a tuple of their values in one C call)."""

    def __missing__(self, cls):
        names = list(cls.__dataclass_fields__)
        getter = operator.attrgetter(*names) if len(names) > 1 else lambda instance: (getattr(instance, names[0]),)
        self[cls] = getter
        return getter


_FIELD_GETTERS = _FieldGetters()


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

    def open_text(self) -> str:
        """The text of the block being built so far ("" when none is open)."""
        return "".join(self._parts[self._open_part :]) if self._open is not None else ""

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
