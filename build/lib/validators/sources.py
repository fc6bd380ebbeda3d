"""Build `Document`s from HTML, Markdown and plain text."""

from pathlib import Path

from validators.document import BlockKind, Document, DocumentBuilder, Segment
from validators.html_reader import append_html


def from_html(html: str, path: str = "<html>") -> Document:
    builder = DocumentBuilder(path)
    builder.sources[path] = html
    append_html(builder, html, origin=path)
    return builder.build()


def from_markdown(text: str, path: str = "<markdown>") -> Document:
    import markdown  # here, not at the top: only Markdown input needs it (cold start)

    html = markdown.markdown(text, extensions=["tables", "sane_lists"])
    document = from_html(html, path)
    _map_to_markdown(document, text, path)
    return document


def _map_to_markdown(document: Document, source: str, path: str, reach: int = 2000) -> None:
    """Point the offsets (built against the rendered HTML) at the Markdown source.

    Markdown keeps no character map, but its visible text appears in the source in the
    same order, mostly verbatim: each run is looked up from where the previous one was
    found. A run that is not there (an escape, an entity) maps to that place, not exactly.
    """
    cursor = 0
    segments = []
    for segment in document.segments:
        run = document.text[segment.text_start : segment.text_start + segment.length]
        found = source.find(run, cursor, cursor + reach + len(run)) if segment.exact and run.strip() else -1
        if found >= 0:
            segments.append(Segment(segment.text_start, segment.length, path, found))
            cursor = found + len(run)
        else:
            where = min(cursor, len(source))
            while where < len(source) - 1 and source[where].isspace():
                where += 1
            segments.append(Segment(segment.text_start, segment.length, path, where, exact=False))
    document.segments = segments
    document.sources[path] = source


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
