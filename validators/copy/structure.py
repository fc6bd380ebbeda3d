"""Document-level mechanics: a repeated paragraph or sentence, gaps in typed list numbers, unbalanced brackets."""

import re
from collections.abc import Iterable, Iterator

from validators.document import Block, BlockKind, Document
from validators.findings import Category, Finding, Severity, Suggestion
from validators.registry import Rule, register

_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE)
_WORD = re.compile(r"[A-Za-z0-9’']+")
# A number typed at the start of a paragraph or list item: "1. ", "2) ", "Step 3: ".
_TYPED_NUMBER = re.compile(r"(?:(?:Step|Tip|No\.?)\s+)?(\d{1,2})[.):](?=\s+\S)", re.IGNORECASE)
# The marker of a plain-text list item as written in the source line: "  3. ".
_SOURCE_MARKER = re.compile(r"^\s*(\d{1,2})[.)]\s*$")


class BlockRule(Rule):
    """A copy rule that looks at the document's blocks (paragraphs, list items) together."""

    category = Category.COPY

    def check(self, document: Document) -> Iterable[Finding]:
        raise NotImplementedError


@register
class DuplicateParagraph(BlockRule):
    """A paragraph repeated word for word later in the same document.

    What it does: flags the second (and later) copy of a paragraph or list item of at least
    `min_words` words (default 8) whose text, ignoring case and spacing, is an earlier
    block's text. Short repeated lines (a call to action such as "Book an appointment
    today") are left alone.
    Why is this bad? A paragraph pasted twice is a leftover of editing; readers notice it at
    once and it makes the page look unchecked.
    Example: the same two-sentence paragraph about side effects appearing under two headings.
    """

    id = "copy.duplicate-paragraph"
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        shortest = int(self.options.get("min_words", 8))
        seen: dict[str, Block] = {}
        for block in document.blocks:
            if block.kind not in _PROSE:
                continue
            words = _WORD.findall(document.block_text(block))
            if len(words) < shortest:
                continue
            key = " ".join(words).lower()  # the words in lower case, as one string: none holds a space
            if key in seen:
                yield self.finding(
                    document,
                    block.start,
                    block.end,
                    "This paragraph repeats an earlier one word for word; delete one copy.",
                    [Suggestion("")],
                )
            else:
                seen[key] = block


# The sentences of a block end at a full stop, question or exclamation mark before a space (group 1) and a capital.
# The mark opens the pattern: a pattern that opens with a character class is scanned for in C, one that opens with a
# look-behind ("(?<=[.!?])\s+") is tried at every character of the text.
_SENTENCE_END = re.compile(r"[.!?](\s+)(?=[A-Z0-9“\"(])")


@register
class RepeatedSentence(BlockRule):
    """A sentence written twice in the same paragraph.

    What it does: flags the second copy of a sentence of at least `min_words` words (default 3) whose
    words, ignoring case and punctuation, are those of an earlier sentence of the same paragraph or list
    item. A sentence repeated in another paragraph (a warning under two headings) is left alone; a whole
    paragraph repeated is copy.duplicate-paragraph's.
    Why is this bad? A sentence pasted twice side by side is a leftover of editing that every reader notices.
    Example: "Bring your letter. Bring your letter." -> delete one.
    """

    id = "copy.repeated-sentence"
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        shortest = int(self.options.get("min_words", 3))
        for block in document.blocks:
            if block.kind not in _PROSE:
                continue
            text = document.block_text(block)
            ends = list(_SENTENCE_END.finditer(text))
            if not ends:
                continue  # one sentence: the common case
            seen: set[str] = set()
            starts = [0, *(end.end() for end in ends)]  # each sentence from after the space to its mark
            stops = [*(end.start(1) for end in ends), len(text)]
            for start, stop in zip(starts, stops, strict=True):
                words = _WORD.findall(text, start, stop)
                if len(words) < shortest:
                    continue
                key = " ".join(words).lower()
                if key in seen:
                    yield self.finding(
                        document,
                        block.start + start,
                        block.start + stop,
                        "This sentence repeats an earlier one of the same paragraph; delete one copy.",
                        [Suggestion("")],
                    )
                seen.add(key)


@register
class ListNumbering(BlockRule):
    """A gap or a repeat in numbers typed at the start of consecutive paragraphs or list items.

    What it does: follows numbers written in the text ("1. ", "2) ", "Step 3: ") from block
    to block; a number that is neither the next one nor a new start at 1 is flagged.
    Headings end a run; paragraphs without a number may sit between the steps. Numbered
    headings ("Step 1: Book", "Step 2: Attend") form a run of their own, ended by a heading
    without a number. Numbers
    the browser draws for an HTML ordered list are never wrong and are not looked at.
    Why is this bad? "1, 2, 4" makes readers look for a missing step, which in instructions
    for a medicine or a test can be a real omission.
    Example: "1. Wash your hands." "2. Remove the cap." "4. Inject slowly." -> "3."
    """

    id = "copy.list-numbering"
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        previous: int | None = None  # the last number of the run of paragraphs and list items
        previous_heading: int | None = None  # the last number of the run of numbered headings
        for block in document.blocks:
            if block.kind == BlockKind.HEADING:
                previous = None
                number, start, end = _typed_number(document, block)
                if number is not None and previous_heading is not None and number not in (previous_heading + 1, 1):
                    yield self._gap(document, previous_heading, number, start, end)
                previous_heading = number  # an unnumbered heading ends the run of numbered ones
                continue
            if block.kind not in _PROSE:
                continue
            number, start, end = _typed_number(document, block)
            if number is None:
                continue
            if previous is not None and number not in (previous + 1, 1):
                yield self._gap(document, previous, number, start, end)
            previous = number

    def _gap(self, document: Document, previous: int, number: int, start: int, end: int) -> Finding:
        what = "repeats" if number == previous else "skips" if number > previous else "goes back from"
        return self.finding(
            document,
            start,
            end,
            f"List numbering {what} {previous}: expected {previous + 1}.",
            [Suggestion(str(previous + 1))] if document.text[start:end].isdigit() else [],
        )


def _typed_number(document: Document, block: Block) -> tuple[int | None, int, int]:
    """The number typed before a block's text, with its span in the visible text (the item's first
    word when the number is a plain-text list marker, which is not part of the visible text)."""
    match = _TYPED_NUMBER.match(document.text, block.start, block.end)
    if match:
        return int(match.group(1)), match.start(1), match.end(1)
    if block.kind != BlockKind.LIST_ITEM or block.ordered:
        return None, 0, 0
    # Only the offset in the source: its line and column would need the source's line starts.
    located = document.origin_offset(block.start)
    source = document.sources.get(block.origin)
    if located is None or source is None:
        return None, 0, 0
    offset = located[1]
    line_start = source.rfind("\n", 0, offset) + 1
    marker = _SOURCE_MARKER.match(source[line_start:offset])
    if not marker:
        return None, 0, 0
    first_word = _WORD.match(document.text, block.start, block.end)
    return int(marker.group(1)), block.start, first_word.end() if first_word else block.end


_PAIRS = {")": "(", "]": "["}
# ")" closing a label, not a bracket: "a)", "2)", "iv)" at the start or after a space; smileys.
_LABEL = re.compile(r"(?:^|(?<=\s))(?:[A-Za-z]|\d{1,2}|[ivx]{1,4})\)")
_SMILEY = re.compile(r"[:;]-?[()]")
_BRACKET = re.compile(r"[()\[\]]")
_QUOTE = re.compile(r'["“”]')


@register
class UnbalancedBrackets(BlockRule):
    """A bracket or quotation mark that is opened and never closed, or closed and never opened.

    What it does: pairs ( ) and [ ] within each paragraph or list item, and counts straight
    double quotes and curly “ ” quotes. Enumeration labels ("a)", "2)"), plural markers
    ("patient(s)") and smileys are not brackets.
    Why is this bad? A lost bracket or quote leaves the reader unsure where an aside or a
    quotation ends, and is a sure sign of a half-finished edit.
    Example: "Take it with food (or milk." -> missing ')'; "the “best” value”" -> stray '”'.
    """

    id = "copy.unbalanced-brackets"
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        for block in document.blocks:
            if block.kind == BlockKind.TABLE_CELL:
                continue
            yield from self._brackets(document, block)
            yield from self._quotes(document, block)

    def _brackets(self, document: Document, block: Block) -> Iterator[Finding]:
        text = document.block_text(block)
        marks = _BRACKET.findall(text)
        if marks.count("(") == marks.count(")") and marks.count("[") == marks.count("]"):
            return  # balanced in number: the common case (order is not worth a walk through the text)
        labels = {m.end() - 1 for m in _LABEL.finditer(text)}
        smileys = {m.end() - 1 for m in _SMILEY.finditer(text)}
        stack: list[tuple[str, int]] = []
        for match in _BRACKET.finditer(text):
            char, offset = match.group(), match.start()
            if offset in smileys or (offset in labels and not stack):
                continue
            if char in "([":
                stack.append((char, offset))
            elif stack and stack[-1][0] == _PAIRS[char]:
                stack.pop()
            else:
                yield self._flag(document, block.start + offset, f"'{char}' closes a bracket that was never opened.")
        for char, offset in stack:
            closing = ")" if char == "(" else "]"
            yield self._flag(document, block.start + offset, f"'{char}' is never closed: add '{closing}'.")

    def _quotes(self, document: Document, block: Block) -> Iterator[Finding]:
        text = document.block_text(block)
        marks = _QUOTE.findall(text)
        if not marks:
            return
        if marks.count('"') % 2:
            message = "An odd number of '\"': one quotation is not closed."
            yield self._flag(document, block.start + text.rfind('"'), message)
        depth = 0
        for match in _QUOTE.finditer(text):
            char, offset = match.group(), match.start()
            if char == "“":
                if depth:
                    yield self._flag(document, block.start + offset, "'“' opens a quotation inside an unclosed one.")
                depth = 1
            elif char == "”":
                if not depth:
                    yield self._flag(document, block.start + offset, "'”' closes a quotation that was never opened.")
                depth = 0
        if depth:
            opening = text.rfind("“")
            yield self._flag(document, block.start + opening, "'“' is never closed: add '”'.")

    def _flag(self, document: Document, offset: int, message: str) -> Finding:
        return self.finding(document, offset, offset + 1, message)
