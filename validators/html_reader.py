"""Turn HTML into blocks of visible text on a `DocumentBuilder`, keeping source offsets.

Visible text is everything a reader, a screen reader or a search engine shows: the body,
and also the `<title>`, the meta description (and its social-media twins), and image alt
text. Each becomes a block of its own, named by its `field`, so a sentence never runs from
one field into the next.

Uses the standard library's tolerant `HTMLParser` rather than a tree: it reports the
source position of every token (a parsed tree does not keep them for text), never
raises on malformed markup, and lets entities and collapsed white space be mapped
back to the exact characters they came from.
"""

import re
from html import unescape
from html.parser import HTMLParser

from validators.document import BlockKind, DocumentBuilder

_BLOCK_TAGS = {
    "p": BlockKind.PARAGRAPH,
    "li": BlockKind.LIST_ITEM,
    "dt": BlockKind.PARAGRAPH,
    "dd": BlockKind.PARAGRAPH,
    "td": BlockKind.TABLE_CELL,
    "th": BlockKind.TABLE_CELL,
    "caption": BlockKind.PARAGRAPH,
    "figcaption": BlockKind.PARAGRAPH,
    "blockquote": BlockKind.QUOTE,
    **{f"h{n}": BlockKind.HEADING for n in range(1, 7)},
}
_BLOCK_FIELDS = {"caption": "caption", "figcaption": "caption"}  # others: the kind's default field
# <meta> texts shown in search results and link previews: (attribute, value) -> (kind, field).
_META_FIELDS = {
    ("name", "description"): (BlockKind.PARAGRAPH, "meta description"),
    ("property", "og:title"): (BlockKind.TITLE, "og:title"),
    ("property", "og:description"): (BlockKind.PARAGRAPH, "og:description"),
}
# Containers end the running block but are not blocks themselves.
_CONTAINER_TAGS = {
    "div", "section", "article", "aside", "header", "footer", "main", "nav", "ul", "ol", "dl",
    "table", "tr", "tbody", "thead", "tfoot", "figure", "body", "html", "form", "details", "summary", "hr",
}
_HIDDEN_TAGS = {"script", "style", "template", "head", "noscript", "svg", "iframe", "object"}
_UNCHECKED_TAGS = {"code", "pre", "kbd", "samp"}
_VOID_TAGS = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "area", "col", "embed", "param", "track"}
# White space other than a single " ": a run holding another white-space character, or two or more
# characters. Written to open with a character class and a literal space, which the regex engine
# scans for in C (`\s*[^\S ]\s*|\s{2,}`, the same runs, was tried at every character of the text).
_COLLAPSED_SPACE = re.compile(r"[^\S ]\s*| \s+")
_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


class _Reader(HTMLParser):
    def __init__(self, builder: DocumentBuilder, html: str, origin: str, base_offset: int):
        super().__init__(convert_charrefs=False)
        self.builder = builder
        self.origin = origin
        self.base_offset = base_offset
        self._html = html
        self._consumed = 0  # characters of `html` the parser has consumed (`updatepos`)
        self._blocks: list[tuple[str, BlockKind, dict]] = []  # open block elements
        self._lists: list[list] = []  # [ordered, counter] per open list
        self._hidden: list[str] = []  # open elements whose content is not shown
        self._in_title = False
        self._seen_meta: set[str] = set()  # texts already added from <title>/<meta>
        self._pending: list[tuple[BlockKind, str, str, int]] = []  # alt texts met inside a block
        self._unchecked: list[int] = []  # start offsets of open code elements
        self._links: list[tuple[str, int, dict]] = []
        self._resume = False  # an inner block closed inside an outer one

    def updatepos(self, i: int, j: int) -> int:
        """The parser consumes `rawdata[i:j]`: each stretch of the input once, in order (the contract of
        `_markupbase.ParserBase.updatepos`), so their lengths add up to the offset of what it reads next.
        Replaces the line and column kept for `getpos()`, which counted the line breaks of every stretch."""
        if i < j:
            self._consumed += j - i
        return j

    def _position(self) -> int:
        """The offset of the markup or text being handled."""
        return self.base_offset + self._consumed

    # -- tags -------------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        attributes = {k: (v or "") for k, v in attrs}
        if attributes.get("id"):
            self.builder.ids.add(attributes["id"])
        if tag == "a" and attributes.get("name"):
            self.builder.ids.add(attributes["name"])
        if tag in _VOID_TAGS:
            self._void(tag, attributes)
            return
        if tag in _HIDDEN_TAGS:
            self._hidden.append(tag)
            return
        if tag == "title" and all(t == "head" for t in self._hidden):  # not an SVG's <title>
            self._end_block()
            self.builder.start_block(BlockKind.TITLE, self.origin)
            self._in_title = True
            return
        if self._hidden:
            return
        if tag in ("ul", "ol"):
            # <ol start="5"> numbers from 5: a reference list split in two keeps its numbers.
            self._lists.append([tag == "ol", _integer(attributes.get("start"), 1) - 1])
        if tag in _BLOCK_TAGS:
            self._open_block(tag, _BLOCK_TAGS[tag], attributes)
        elif tag in _CONTAINER_TAGS:
            self._end_block()
        elif tag in _UNCHECKED_TAGS:
            if tag == "pre":  # a block of code: the text around it is not part of its sentence
                self._end_block()
                self._resume = bool(self._blocks)
            self._unchecked.append(self.builder.offset)
        elif tag == "a":
            self._links.append((attributes.get("href", ""), self.builder.offset, attributes))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in _HIDDEN_TAGS:
            if tag in self._hidden:
                del self._hidden[len(self._hidden) - 1 - self._hidden[::-1].index(tag):]
            return
        if tag == "title" and self._in_title:
            self._in_title = False
            self._seen_meta.add(self.builder.open_text().strip())
            self._end_block()
            return
        if self._hidden or tag in _VOID_TAGS:
            return
        if tag in _BLOCK_TAGS:
            self._close_block(tag)
        elif tag in _CONTAINER_TAGS:
            self._end_block()
            if tag in ("ul", "ol") and self._lists:
                self._lists.pop()
            self._resume = bool(self._blocks)
        elif tag in _UNCHECKED_TAGS and self._unchecked:
            self.builder.ignore(self._unchecked.pop(), self.builder.offset)
            if tag == "pre":
                self._end_block()
                self._resume = bool(self._blocks)
        elif tag == "a" and self._links:
            href, start, attributes = self._links.pop()
            if self.builder.offset > start or href:
                self.builder.add_link(href, start, self.builder.offset, attributes)

    def _void(self, tag, attributes):
        if tag == "meta":
            self._meta(attributes)
        if self._hidden:
            return
        if tag == "br" and self.builder.in_block:
            self.builder.add_text(" ", self.origin, self._position(), exact=False)
        elif tag == "hr":
            self._end_block()
        elif tag == "img" and attributes.get("alt", "").strip():
            # Alt text is read aloud in place of the image: its own unit, after the block around it.
            self._attribute_block(BlockKind.PARAGRAPH, "alt text", "alt")

    def _meta(self, attributes):
        for (attribute, value), (kind, field) in _META_FIELDS.items():
            text = attributes.get("content", "").strip()
            if attributes.get(attribute, "").lower() == value and text and text not in self._seen_meta:
                self._seen_meta.add(text)  # og:title repeating the <title> is one text, checked once
                self._attribute_block(kind, field, "content")

    def _attribute_block(self, kind: BlockKind, field: str, attribute: str):
        """Queue the text of `attribute` of the current start tag as a block of its own."""
        tag_text = self.get_starttag_text() or ""
        match = re.search(rf"""\s{attribute}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", tag_text, re.IGNORECASE)
        if match is None:
            return
        group = next(g for g in (1, 2, 3) if match.group(g) is not None)
        self._pending.append((kind, field, match.group(group), self._position() + match.start(group)))
        if not self.builder.in_block:
            self._flush()

    def _end_block(self):
        self.builder.end_block()
        self._flush()

    def _flush(self):
        """Add the queued attribute texts, each as its own block."""
        pending, self._pending = self._pending, []
        for kind, field, raw, start in pending:
            self.builder.start_block(kind, self.origin, field=field)
            cursor = 0
            for match in _REFERENCE.finditer(raw):
                self._add_data(raw[cursor : match.start()], start + cursor)
                self._add_reference(match.group(), start + match.start())
                cursor = match.end()
            self._add_data(raw[cursor:], start + cursor)
            self.builder.end_block()

    def _open_block(self, tag, kind, attributes):
        extra = {"element_id": attributes.get("id") or None}
        if tag in _BLOCK_FIELDS:
            extra["field"] = _BLOCK_FIELDS[tag]
        if tag == "li":
            if self._lists:
                self._lists[-1][1] = _integer(attributes.get("value"), self._lists[-1][1] + 1)
                extra.update(ordered=self._lists[-1][0], position=self._lists[-1][1], level=len(self._lists))
        elif kind is BlockKind.HEADING:
            extra["level"] = int(tag[1])
        if tag == "p" and self._blocks and self._blocks[-1][1] is not BlockKind.HEADING:
            # A paragraph inside a list item, quote or table cell is part of it ("<li><p>...</p></li>"
            # from Markdown's loose lists and rich-text editors): same kind, list position and id.
            _, kind, outer = self._blocks[-1]
            extra = {**outer, "element_id": extra["element_id"] or outer.get("element_id")}
        self._blocks.append((tag, kind, extra))
        self._end_block()
        self.builder.start_block(kind, self.origin, **extra)
        self._resume = False

    def _close_block(self, tag):
        for open_tag, _, _ in self._blocks:  # a loop, not `any` over a generator: it runs at every block's end
            if open_tag == tag:
                break
        else:
            return  # a stray end tag
        while self._blocks:
            open_tag, _, _ = self._blocks.pop()
            if open_tag == tag:
                break
        self._end_block()
        self._resume = bool(self._blocks)

    # -- text -------------------------------------------------------------
    def handle_data(self, data):
        if self._hidden and not self._in_title:
            return
        self._add_data(data, self._position())

    def _add_data(self, data, start):
        if not self.builder.in_block:
            if not data.strip():
                return
            if self._resume and self._blocks:
                _, kind, extra = self._blocks[-1]
                self.builder.start_block(kind, self.origin, **extra)
            self._resume = False
        # Text with single spaces maps character for character; only other white space (line
        # breaks, runs) collapses into one inexact space. One run per stretch, not per word.
        cursor = 0
        # Printable text has no white space but " " (str.isprintable): without "  " nothing collapses.
        collapses = not data.isprintable() or "  " in data
        for match in _COLLAPSED_SPACE.finditer(data) if collapses else ():
            self._text(data[cursor : match.start()], start + cursor)
            self._space(start + match.start())
            cursor = match.end()
        self._text(data[cursor:], start + cursor)

    def _text(self, text, origin_offset):
        if text[:1] == " " and (not self.builder.in_block or self.builder.offset == 0 or self._last_char_is_space()):
            text, origin_offset = text[1:], origin_offset + 1
        if text:
            self.builder.add_text(text, self.origin, origin_offset)

    def _space(self, origin_offset):
        text = self.builder
        if not text.in_block or text.offset == 0:
            return
        if text.offset > 0 and self._last_char_is_space():
            return
        text.add_text(" ", self.origin, origin_offset, exact=False)

    def _last_char_is_space(self) -> bool:
        return bool(self.builder.segments) and self.builder._parts[-1][-1:].isspace()

    def handle_entityref(self, name):
        if not self._hidden or self._in_title:
            self._add_reference(self._raw_reference(f"&{name}"), self._position())

    def handle_charref(self, name):
        if not self._hidden or self._in_title:
            self._add_reference(self._raw_reference(f"&#{name}"), self._position())

    def _raw_reference(self, head: str) -> str:
        # The closing ";" is optional in HTML ("&amp", "&a<p>"): take the reference as written.
        at = self._position() - self.base_offset + len(head)
        return head + ";" if self._html[at : at + 1] == ";" else head

    def _add_reference(self, raw, position):
        char = unescape(raw)  # an unknown entity is shown literally by browsers: unescape keeps it
        if char.isspace() or char == "\xa0":
            self._space(position)
            return
        if not self.builder.in_block and self._resume and self._blocks:
            _, kind, extra = self._blocks[-1]
            self.builder.start_block(kind, self.origin, **extra)
        self.builder.add_text(char, self.origin, position, exact=len(char) == len(raw))

    def close(self):
        super().close()
        for href, start, attributes in reversed(self._links):
            self.builder.add_link(href, start, self.builder.offset, attributes)
        self._links.clear()
        while self._unchecked:
            self.builder.ignore(self._unchecked.pop(), self.builder.offset)
        self._end_block()


def _integer(value: str | None, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def append_html(builder: DocumentBuilder, html: str, origin: str, base_offset: int = 0) -> None:
    """Append the visible text of `html` to `builder`; offsets map into `html` (plus base_offset)."""
    reader = _Reader(builder, html, origin, base_offset)
    reader.feed(html)
    reader.close()
