"""Build `Document`s from HTML, Markdown and plain text."""

from pathlib import Path

import markdown

from validators.document import BlockKind, Document, DocumentBuilder
from validators.html_reader import append_html


def from_html(html: str, path: str = "<html>") -> Document:
    builder = DocumentBuilder(path)
    builder.sources[path] = html
    append_html(builder, html, origin=path)
    return builder.build()


def from_markdown(text: str, path: str = "<markdown>") -> Document:
    # Offsets map to the rendered HTML: Markdown has no stable per-character source map.
    html = markdown.markdown(text, extensions=["tables", "sane_lists"])
    return from_html(html, path)


def from_text(text: str, path: str = "<text>") -> Document:
    """Paragraphs are separated by blank lines; lines starting with -, * or "1." are list items."""
    builder = DocumentBuilder(path)
    builder.sources[path] = text
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        if not stripped:
            builder.end_block()
        elif stripped[:2] in ("- ", "* ") or _numbered(stripped):
            marker = stripped.find(" ") + 1
            builder.start_block(BlockKind.LIST_ITEM, path)
            builder.add_text(stripped[marker:], path, offset + lead + marker)
            builder.end_block()
        else:
            if builder.in_block:
                builder.add_text(" ", path, offset, exact=False)
            builder.add_text(stripped, path, offset + lead)
        offset += len(line)
    return builder.build()


def _numbered(line: str) -> bool:
    head, _, rest = line.partition(" ")
    return bool(rest) and head.endswith((".", ")")) and head[:-1].isdigit()


def load(path: str | Path) -> Document:
    """Read a file and build its document by extension. Raises OSError/UnicodeDecodeError."""
    path = Path(path)
    text = path.read_text(encoding="utf-8-sig")  # a byte-order mark is not text
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return from_html(text, str(path))
    if suffix in (".md", ".markdown"):
        return from_markdown(text, str(path))
    return from_text(text, str(path))
