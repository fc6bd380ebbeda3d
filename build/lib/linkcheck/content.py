"""The links of a page version: every `<a>` in its rich text (also inside StreamField blocks),
every chosen page/document/image in its blocks, and its reference list's addresses.

Blocks are read from their stored (raw) form, so a link to a deleted document or image is
still seen with its id; the Wagtail objects would just be None.
"""

from dataclasses import dataclass
from html.parser import HTMLParser

from wagtail import blocks
from wagtail.documents.models import AbstractDocument
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page


@dataclass(frozen=True)
class FoundLink:
    block_path: str  # where on the page: "body[3].items[2]", "intro", "references[1]"
    text: str  # the link text readers see
    href: str = ""  # for ordinary links: the address as written
    linktype: str = ""  # "page", "document" or "image" for links to CMS objects ...
    target_id: str = ""  # ... and the object's id


class _RichTextLinks(HTMLParser):
    """Collects `<a>` (with their text) and `<embed embedtype="image">` from stored rich text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[dict[str, str], str]] = []
        self._open: tuple[dict[str, str], list[str]] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "a":
            self._close()
            self._open = (attributes, [])
        elif tag == "embed" and attributes.get("embedtype") == "image":
            self.links.append(({"linktype": "image", "id": attributes.get("id", "")}, attributes.get("alt", "")))

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag == "a":
            self._close()

    def handle_data(self, data):
        if self._open is not None:
            self._open[1].append(data)

    def _close(self):
        if self._open is not None:
            attributes, text = self._open
            self.links.append((attributes, " ".join("".join(text).split())))
            self._open = None

    def close(self):
        super().close()
        self._close()


def rich_text_links(html: str, block_path: str) -> list[FoundLink]:
    parser = _RichTextLinks()
    parser.feed(html or "")
    parser.close()
    found = []
    for attributes, text in parser.links:
        linktype = attributes.get("linktype", "")
        if linktype:
            found.append(FoundLink(block_path, text, linktype=linktype, target_id=attributes.get("id", "")))
        elif "href" in attributes:
            found.append(FoundLink(block_path, text, href=attributes["href"]))
    return found


def _chooser_link(block: blocks.ChooserBlock, raw, path: str) -> list[FoundLink]:
    if raw in (None, ""):
        return []
    model = block.target_model
    if issubclass(model, Page):
        linktype = "page"
    elif issubclass(model, AbstractDocument):
        linktype = "document"
    elif issubclass(model, AbstractImage):
        linktype = "image"
    else:
        return []
    return [FoundLink(path, "", linktype=linktype, target_id=str(raw))]


def block_links(block: blocks.Block, raw, path: str) -> list[FoundLink]:
    """Links inside one block's stored value, depth first in reading order."""
    if isinstance(block, blocks.StreamBlock):
        found = []
        for index, item in enumerate(raw or []):
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                found += block_links(child, item.get("value"), f"{path}[{index}]")
        return found
    if isinstance(block, blocks.ListBlock):
        found = []
        for index, item in enumerate(raw or []):
            # Current format: {"type": "item", "value": ..., "id": ...}; older data: the bare value.
            value = item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
            found += block_links(block.child_block, value, f"{path}.items[{index}]")
        return found
    if isinstance(block, blocks.StructBlock):
        found = []
        for name, child in block.child_blocks.items():
            found += block_links(child, (raw or {}).get(name), f"{path}.{name}")
        return found
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_links(raw if isinstance(raw, str) else getattr(raw, "source", ""), path)
    if isinstance(block, blocks.ChooserBlock):
        return _chooser_link(block, raw, path)
    return []


def _reference_links(page) -> list[FoundLink]:
    found = []
    for number, reference in enumerate(page.references.all(), start=1):
        path = f"references[{number}]"
        for address in (reference.url, reference.doi_url, reference.pubmed_url):
            if address:
                found.append(FoundLink(path, reference.title, href=address))
    return found


def page_links(page: Page) -> list[FoundLink]:
    """Every link of `page` (a specific page object: the live page, or a revision's `as_object()`)."""
    found: list[FoundLink] = []
    base_fields = {field.name for field in Page._meta.get_fields()}
    for field in type(page)._meta.get_fields():
        if field.name in base_fields:
            continue
        if isinstance(field, RichTextField):
            found += rich_text_links(getattr(page, field.name) or "", field.name)
        elif isinstance(field, StreamField):
            value = getattr(page, field.name)
            found += block_links(field.stream_block, list(value.raw_data) if value else [], field.name)
    if hasattr(page, "references"):
        found += _reference_links(page)
    return found
