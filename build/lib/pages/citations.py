"""Turn citation markers typed in body text — `[1]`, `[1, 3]`, `[2–4]` — into links to the
reference list (`#ref-N`) on the rendered page.

Editors type markers as plain text, which survives copy-paste from other CMSs and needs no
editor plug-in; the reader page and the API's rendered HTML both get working links. Only text
outside tags is rewritten, text already inside a link is left alone, and a number with no
matching reference stays plain text so a broken marker is visible rather than a dead link.
"""

import re

MARKER = re.compile(r"\[(\s*\d+(?:\s*[,\u2013\u2014-]\s*\d+)*\s*)\]")
TAG = re.compile(r"(<[^>]*>)")
SKIP_ELEMENTS = {"a", "code", "pre", "script", "style"}
RANGE_DASHES = "-\u2013\u2014"


def _link(number: int, reference_count: int) -> str:
    if 1 <= number <= reference_count:
        return f'<a href="#ref-{number}">{number}</a>'
    return str(number)


def _render_marker(inner: str, reference_count: int) -> str | None:
    """Rebuild one marker's inside with links; None when it cites nothing in range."""
    parts = []
    any_linked = False
    for item in inner.split(","):
        item = item.strip()
        bounds = re.split(f"\\s*[{RANGE_DASHES}]\\s*", item)
        numbers = [int(bound) for bound in bounds]
        any_linked |= any(1 <= number <= reference_count for number in numbers)
        parts.append("\u2013".join(_link(number, reference_count) for number in numbers))
    if not any_linked:
        return None
    return '<sup class="citation">[' + ", ".join(parts) + "]</sup>"


def _rewrite_text(text: str, reference_count: int) -> str:
    def replace(match: re.Match) -> str:
        rendered = _render_marker(match.group(1), reference_count)
        return rendered if rendered is not None else match.group(0)

    return MARKER.sub(replace, text)


def link_citations(html: str, reference_count: int) -> str:
    """Return html with every in-range citation marker in its text linked to `#ref-N`."""
    if reference_count <= 0 or "[" not in html:
        return html
    out = []
    skip_stack: list[str] = []
    for piece in TAG.split(html):
        if piece.startswith("<"):
            name = re.match(r"</?\s*([a-zA-Z0-9]+)", piece)
            tag = name.group(1).lower() if name else ""
            if tag in SKIP_ELEMENTS and not piece.endswith("/>"):
                if piece.startswith("</"):
                    if tag in skip_stack:
                        skip_stack.remove(tag)
                else:
                    skip_stack.append(tag)
            out.append(piece)
        elif skip_stack:
            out.append(piece)
        else:
            out.append(_rewrite_text(piece, reference_count))
    return "".join(out)
