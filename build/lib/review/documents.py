"""Build the check engine's `Document` from an ArticlePage (or a revision of one).

The document holds what readers see, in reading order: the title (heading), the summary,
every body block, then the references as a numbered list whose items carry `ref-N` ids
(so the claim rules can resolve citation markers like `[2]`). Each piece of text keeps its
origin — a block path such as `body.3.value` (a paragraph), `body.4.items.2` (the third
item of a list), `body.5.text` (a callout) or `references.0` — and offsets into that
block's stored source, so a finding can be located in the editor.

Rich text is read in Wagtail's database format, so offsets point into what is stored.
Internal links (`<a linktype="page" id="3">`) get the linked page's URL as their href and
keep `linktype` and `id` in `Link.attributes`, so link rules can tell them apart.
"""

import html
import re

from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Page

from validators.document import Block, BlockKind, Document, DocumentBuilder
from validators.html_reader import append_html

_LINK_TAG = re.compile(r"<a\b[^>]*>", re.IGNORECASE)
# The reader records every `id` attribute as an anchor; a DB-format link's `id` is a page or
# document pk, not an anchor. Renaming it keeps the tag's length, so offsets stay exact.
_PK_ATTRIBUTE = re.compile(r"(\s)id=", re.IGNORECASE)


def build_document(page, path: str | None = None) -> Document:
    """The document of `page` as it is in memory (a revision's `as_object()` works too)."""
    builder = DocumentBuilder(path or f"page/{page.pk or 'new'}")
    _add_plain(builder, BlockKind.HEADING, page.title or "", "title", level=1)
    if getattr(page, "summary", ""):
        _add_plain(builder, BlockKind.PARAGRAPH, page.summary, "summary")
    for index, block in enumerate(getattr(page, "body", None) or []):
        _add_stream_block(builder, index, block)
    _add_references(builder, list(page.references.all()) if hasattr(page, "references") else [])
    _resolve_internal_links(builder.links)
    return builder.build()


def stream_block_ids(page) -> dict[str, str]:
    """Block path prefix ("body.3") -> the stream block's uuid, for the editor to scroll to."""
    return {f"body.{index}": block.id for index, block in enumerate(getattr(page, "body", None) or []) if block.id}


# -- blocks ---------------------------------------------------------------------------------
def _add_plain(builder: DocumentBuilder, kind: BlockKind, text: str, origin: str, **attributes) -> None:
    """Plain text (a title, a CharBlock): one block whose offsets map one to one."""
    if not text.strip():
        return
    builder.sources[origin] = text
    builder.start_block(kind, origin, **attributes)
    builder.add_text(text, origin, 0)
    builder.end_block()


def _add_stream_block(builder: DocumentBuilder, index: int, block) -> None:
    path = f"body.{index}"
    value = block.value
    if block.block_type == "section":
        level = 3 if value.get("level") == "h3" else 2
        heading = value.get("heading") or ""
        start = len(builder.blocks)
        _add_plain(builder, BlockKind.HEADING, heading, f"{path}.heading", level=level)
        anchor = value.get("anchor") or slugify(heading)
        if anchor:
            builder.ids.add(anchor)
            for added in builder.blocks[start:]:
                added.element_id = anchor
    elif block.block_type == "paragraph":
        _add_rich_text(builder, value, f"{path}.value")
    elif block.block_type == "list":
        ordered = value.get("style") == "numbered"
        for position, item in enumerate(value.get("items") or [], start=1):
            _add_rich_text(builder, item, f"{path}.items.{position - 1}", list_item=(ordered, position))
    elif block.block_type == "callout":
        _add_rich_text(builder, value.get("text"), f"{path}.text", quote=value.get("kind") == "quote")
        if value.get("attribution"):
            _add_plain(builder, BlockKind.PARAGRAPH, value["attribution"], f"{path}.attribution")
    elif block.block_type == "image":
        # Alt text is read aloud, the caption is shown: both are published copy.
        if value.get("caption"):
            _add_plain(builder, BlockKind.PARAGRAPH, value["caption"], f"{path}.caption")
        if value.get("alt_text"):
            _add_plain(builder, BlockKind.PARAGRAPH, value["alt_text"], f"{path}.alt_text")


def _add_rich_text(builder: DocumentBuilder, rich_text, origin: str, list_item=None, quote=False) -> None:
    source = getattr(rich_text, "source", rich_text) or ""
    if not source.strip():
        return
    builder.sources[origin] = source
    marked = _LINK_TAG.sub(lambda m: _PK_ATTRIBUTE.sub(r"\1pk=", m.group()) if "linktype" in m.group() else m.group(),
                           source)
    if list_item is not None:
        ordered, position = list_item
        tag = "ol" if ordered else "ul"
        added = _append_wrapped(builder, f"<{tag}><li>", marked, f"</li></{tag}>", origin)
        for block in added:
            block.position = position
    elif quote:
        _append_wrapped(builder, "<blockquote>", marked, "</blockquote>", origin)
    else:
        # Text outside any block element starts a paragraph by itself.
        _append_wrapped(builder, "", marked, "", origin)


def _append_wrapped(builder: DocumentBuilder, before: str, source: str, after: str, origin: str) -> list[Block]:
    """Append `before + source + after` with offsets counted from the start of `source`."""
    start = len(builder.blocks)
    append_html(builder, before + source + after, origin, base_offset=-len(before))
    return builder.blocks[start:]


def _add_references(builder: DocumentBuilder, references: list) -> None:
    if not references:
        return
    _add_plain(builder, BlockKind.HEADING, "References", "references", level=2)
    for number, reference in enumerate(references, start=1):
        origin = f"references.{number - 1}"
        source = _reference_html(reference)
        builder.sources[origin] = source
        builder.ids.add(f"ref-{number}")
        added = _append_wrapped(builder, f'<ol><li id="ref-{number}">', source, "</li></ol>", origin)
        for block in added:
            block.position = number


def _reference_html(reference) -> str:
    """One entry as the reader page shows it: authors, title, journal, year, DOI, PubMed, URL."""
    escape = html.escape
    parts = []
    if reference.authors:
        parts.append(f"{escape(reference.authors)}.")
    title = escape(reference.title or "")
    parts.append(f'<a href="{escape(reference.url)}">{title}</a>.' if reference.url else f"{title}.")
    if reference.publisher:
        parts.append(f"{escape(reference.publisher)}" + (f" {reference.year}." if reference.year else "."))
    elif reference.year:
        parts.append(f"{reference.year}.")
    if reference.doi:
        parts.append(f'DOI: <a href="https://doi.org/{escape(reference.doi)}">{escape(reference.doi)}</a>.')
    if reference.pmid:
        parts.append(
            f'PubMed: <a href="https://pubmed.ncbi.nlm.nih.gov/{escape(reference.pmid)}/">{escape(reference.pmid)}</a>.'
        )
    return " ".join(parts)


# -- internal links -------------------------------------------------------------------------
def _resolve_internal_links(links) -> None:
    """Give DB-format page and document links a real href (one query per link type)."""
    wanted: dict[str, set[int]] = {"page": set(), "document": set()}
    for link in links:
        if "pk" in link.attributes:
            link.attributes["id"] = link.attributes.pop("pk")
        linktype = link.attributes.get("linktype")
        if linktype in wanted and link.attributes.get("id", "").isdigit():
            wanted[linktype].add(int(link.attributes["id"]))
    urls = {
        "page": {page.pk: page.url or "" for page in Page.objects.filter(pk__in=wanted["page"])}
        if wanted["page"] else {},
        "document": {doc.pk: doc.url for doc in get_document_model().objects.filter(pk__in=wanted["document"])}
        if wanted["document"] else {},
    }
    for link in links:
        linktype = link.attributes.get("linktype")
        if linktype in urls:
            target = urls[linktype].get(int(link.attributes["id"])) if link.attributes.get("id", "").isdigit() else None
            # A link to a deleted page keeps no href: readers get a link that goes nowhere.
            link.href = target or ""
            link.attributes["exists"] = "true" if target is not None else "false"
