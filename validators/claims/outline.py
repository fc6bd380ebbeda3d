"""The outline of a document: which section and which list each block belongs to.

A section runs from a heading to the next heading of the same or a higher level, so it
holds its subsections ("Isotretinoin" > "Side effects"). Level-1 headings and titles name
the page, not a section: the text under them is in no section. A list is a run of list
items, with the sentence that leads into it ("It can cause:") when that one ends in a colon.
"""

import bisect
from dataclasses import dataclass

from validators.document import BlockKind, Document

_TOP_LEVEL = 1  # h1 and titles name the page


@dataclass(frozen=True)
class Outline:
    block_starts: list[int]
    heading_end: dict[int, int]  # heading block -> index after the last block of its section
    enclosing: list[tuple[int, ...]]  # per block: the headings it is under, outermost first
    list_span: list[tuple[int, int] | None]  # per block: [first, last) blocks of its list

    @classmethod
    def of(cls, document: Document) -> "Outline":
        blocks = document.blocks
        heading_end: dict[int, int] = {}
        enclosing: list[tuple[int, ...]] = []
        open_headings: list[int] = []
        for index, block in enumerate(blocks):
            level = _level(block)
            if level is not None:
                while open_headings and _level(blocks[open_headings[-1]]) >= level:
                    heading_end[open_headings.pop()] = index
            enclosing.append(tuple(open_headings))
            if level is not None:
                open_headings.append(index)
        for heading in open_headings:
            heading_end[heading] = len(blocks)
        return cls([b.start for b in blocks], heading_end, enclosing, _lists(document))

    def block_of(self, offset: int) -> int:
        return bisect.bisect_right(self.block_starts, offset) - 1

    def section(self, block: int, document: Document) -> tuple[int, int] | None:
        """[first, last) blocks of the innermost section holding `block` (a heading: its own)."""
        if block in self.heading_end and _level(document.blocks[block]) > _TOP_LEVEL:
            return block, self.heading_end[block]
        for heading in reversed(self.enclosing[block]):
            if _level(document.blocks[heading]) > _TOP_LEVEL:
                return heading, self.heading_end[heading]
        return None

    def headings_over(self, block: int) -> tuple[int, ...]:
        """The headings (and titles) `block` is under, outermost first, itself included if one."""
        return (*self.enclosing[block], block) if block in self.heading_end else self.enclosing[block]


def _level(block) -> int | None:
    if block.kind is BlockKind.HEADING:
        return block.level or _TOP_LEVEL
    if block.kind is BlockKind.TITLE:
        return 0
    return None


def _lists(document: Document) -> list[tuple[int, int] | None]:
    blocks = document.blocks
    spans: list[tuple[int, int] | None] = [None] * len(blocks)
    index = 0
    while index < len(blocks):
        if blocks[index].kind is not BlockKind.LIST_ITEM:
            index += 1
            continue
        end = index
        while end < len(blocks) and blocks[end].kind is BlockKind.LIST_ITEM:
            end += 1
        first = index
        if index > 0 and blocks[index - 1].kind is BlockKind.PARAGRAPH and \
                document.block_text(blocks[index - 1]).rstrip().endswith(":"):
            first = index - 1  # the lead-in: "Isotretinoin can cause:"
        for member in range(first, end):
            spans[member] = (first, end)
        index = end
    return spans
