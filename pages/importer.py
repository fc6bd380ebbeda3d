"""Convert an HTML article exported from another CMS into an ArticlePage draft.

`convert_html` is pure conversion (HTML → StreamField data + references + report);
`create_draft_article` stores the result as an unpublished page. Both the `import_article`
command and `load_demo` use them.

Mapping: <h2>/<h3> → section blocks (h4–h6 become h3), <p> → paragraphs, <ul>/<ol> → list
blocks, <blockquote>/<aside> → call-outs, the list under a "References" heading → the
references list, links to paths of existing pages → Wagtail page links. Whatever cannot be
represented is either kept in a nearby form (e.g. a table flattened to paragraphs) or dropped,
and every such change is written to the report: nothing is lost silently.
"""

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.models import Page

INLINE_RENAMES = {"b": "b", "strong": "b", "i": "i", "em": "i", "sup": "sup", "sub": "sub"}
INLINE_UNWRAP = {
    "span",
    "font",
    "u",
    "small",
    "big",
    "mark",
    "abbr",
    "cite",
    "code",
    "kbd",
    "q",
    "s",
    "del",
    "ins",
    "time",
    "label",
    "var",
    "samp",
    "dfn",
    "bdi",
    "bdo",
    "strike",
    "tt",
    "nobr",
    "center",
    "data",
}
BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "ul",
    "ol",
    "li",
    "blockquote",
    "aside",
    "table",
    "pre",
    "dl",
    "hr",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "nav",
    "form",
    "address",
    "details",
    "fieldset",
    "dt",
    "dd",
    "body",
    "html",
    "head",
    "title",
}
CONTAINER_TAGS = {"div", "section", "article", "main", "header", "footer", "body", "html", "address", "details"}
MEDIA_TAGS = {"img", "figure", "picture", "video", "audio", "iframe", "embed", "object", "svg", "canvas"}
CODE_TAGS = {"script", "style", "noscript", "template"}
FORM_TAGS = {"form", "button", "input", "select", "textarea", "fieldset"}
MEDIA_PARTS = {"source", "track", "param"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
REFERENCES_HEADING = re.compile(r"^\s*(references|sources|bibliography|citations|works cited)\s*:?\s*$", re.I)
NUMBERED_REFERENCE = re.compile(r"^\s*(\[\d+\]|\d+[.)])\s+")
DOI_IN_TEXT = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|\bdoi:\s*)?(10\.\d{4,9}/[^\s\"<>]+)", re.I)
PMID_IN_TEXT = re.compile(r"\bPMID:?\s*(\d{1,9})\b", re.I)
PUBMED_URL = re.compile(r"pubmed\.ncbi\.nlm\.nih\.gov/(\d{1,9})|ncbi\.nlm\.nih\.gov/pubmed/(\d{1,9})", re.I)
URL_IN_TEXT = re.compile(r"(?:Available (?:at|from):?\s*)?https?://\S+", re.I)
YEAR = re.compile(r"\b(1[5-9]\d{2}|20\d{2})\b")
SENTENCE_SPLIT = re.compile(r"(?<=[^\s.]{2})\.\s+|(?<=\))\.\s+|(?<=\s[A-Z])\.\s+(?=[A-Z])")
# End tags HTML lets authors leave out; missing ones are not worth a report line.
OPTIONAL_END_TAGS = {
    "html",
    "head",
    "body",
    "p",
    "li",
    "dt",
    "dd",
    "tr",
    "td",
    "th",
    "thead",
    "tbody",
    "tfoot",
    "option",
}
EXCERPT_LENGTH = 80
REFERENCE_LIMITS = {"authors": 500, "title": 500, "publisher": 255}


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_LENGTH else text[: EXCERPT_LENGTH - 1] + "…"


@dataclass
class ImportReport:
    """What the import changed or dropped, in reading order, for the person running it."""

    dropped: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unwrapped_tags: Counter = field(default_factory=Counter)

    def lines(self) -> list[str]:
        lines = [f"dropped: {message}" for message in self.dropped]
        lines += [f"changed: {message}" for message in self.changed]
        lines += [
            f"changed: removed {count} <{tag}> formatting tag(s); their text was kept"
            for tag, count in sorted(self.unwrapped_tags.items())
        ]
        return lines


@dataclass
class ConvertedArticle:
    title: str
    blocks: list[dict]
    references: list[dict]
    report: ImportReport


class StructureChecker(HTMLParser):
    """Finds tags the browser-style parser had to close or ignore, with their line numbers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, int]] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID_TAGS:
            self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        open_names = [name for name, _ in self.stack]
        if tag not in open_names:
            if tag not in VOID_TAGS:
                self.problems.append(f"stray </{tag}> on line {self.getpos()[0]} ignored")
            return
        while self.stack:
            name, line = self.stack.pop()
            if name == tag:
                break
            if name not in OPTIONAL_END_TAGS:
                self.problems.append(f"<{name}> opened on line {line} was never closed; closed at </{tag}>")

    def close(self):
        super().close()
        for name, line in reversed(self.stack):
            if name not in OPTIONAL_END_TAGS:
                self.problems.append(f"<{name}> opened on line {line} was never closed")
        self.stack.clear()


def find_structure_problems(source: str) -> list[str]:
    checker = StructureChecker()
    checker.feed(source)
    checker.close()
    return checker.problems


class LinkResolver:
    """Maps an href from the imported HTML to a Wagtail rich-text link opening tag.

    Paths of existing pages in `site_root`'s tree become page links, /documents/N/… become
    document links; external, mail and in-page links are kept as they are.
    """

    def __init__(self, site_root: Page | None, site_hostnames: tuple[str, ...] = ()):
        self.site_root = site_root
        self.site_hostnames = {name.lower() for name in site_hostnames}

    def page_for_path(self, path: str) -> Page | None:
        if self.site_root is None:
            return None
        clean = "/".join(part for part in path.split("/") if part)
        url_path = self.site_root.url_path + (clean + "/" if clean else "")
        return Page.objects.filter(url_path=url_path).first()

    def opening_tag(self, href: str, report: ImportReport, text: str) -> str | None:
        """The `<a …>` to use for href, or None to drop the link (its text is kept)."""
        href = href.strip()
        label = _excerpt(text) or href
        parts = urlsplit(href)
        scheme = parts.scheme.lower()
        if scheme in {"javascript", "data", "vbscript"}:
            report.dropped.append(f"unsafe {scheme}: link on “{label}” removed (its text was kept)")
            return None
        local = not scheme and not parts.netloc
        if scheme in {"http", "https"} and parts.hostname and parts.hostname.lower() in self.site_hostnames:
            local = True
        if not local or not parts.path:
            return f'<a href="{html.escape(href)}">'
        if not parts.path.startswith("/"):
            report.changed.append(f"relative link {href} on “{label}” kept as written: it cannot be resolved")
            return f'<a href="{html.escape(href)}">'
        document = self._document_for_path(parts.path)
        if document is not None:
            return f'<a linktype="document" id="{document.pk}">'
        page = self.page_for_path(parts.path)
        if page is None:
            report.changed.append(f"link to {href} on “{label}” matches no page; kept as a plain link")
            return f'<a href="{html.escape(href)}">'
        if parts.fragment or parts.query:
            report.changed.append(
                f"link to {href} on “{label}” kept as a path link: page links cannot carry #fragment or ?query"
            )
            return f'<a href="{html.escape(href)}">'
        return f'<a linktype="page" id="{page.pk}">'

    @staticmethod
    def _document_for_path(path: str):
        match = re.match(r"^/documents/(\d+)/", path)
        if not match:
            return None
        return get_document_model().objects.filter(pk=int(match.group(1))).first()


class Converter:
    def __init__(self, resolver: LinkResolver):
        self.resolver = resolver
        self.report = ImportReport()
        self.blocks: list[dict] = []
        self.references: list[dict] = []
        self.title = ""
        self.document_title = ""
        self.in_references = False
        self.comment_count = 0

    # -- inline content -------------------------------------------------------------------
    def inline(self, node) -> str:
        """Wagtail database HTML for node's inline content."""
        if isinstance(node, Comment):
            self.comment_count += 1
            return ""
        if isinstance(node, Doctype):
            return ""
        if isinstance(node, NavigableString):
            return html.escape(re.sub(r"\s+", " ", str(node)), quote=False)
        name = node.name.lower()
        if name == "br":
            return "<br/>"
        if name in MEDIA_PARTS:
            return ""  # <source>/<track>/<param>: the media element itself is reported
        if name in CODE_TAGS or (name in FORM_TAGS and name not in {"form", "fieldset"}):
            self._drop_element(node)
            return ""
        if name in MEDIA_TAGS:
            self._drop_media(node)
            return ""
        inner = "".join(self.inline(child) for child in node.children)
        if name in INLINE_RENAMES:
            tag = INLINE_RENAMES[name]
            return f"<{tag}>{inner}</{tag}>" if inner.strip() else inner
        if name == "a":
            href = node.get("href")
            if not href:
                self.report.unwrapped_tags["a without href"] += 1
                return inner
            opening = self.resolver.opening_tag(href, self.report, node.get_text(" "))
            return f"{opening}{inner}</a>" if opening else inner
        if name in BLOCK_TAGS:
            # A block inside inline content (e.g. <p> in <li>): keep the break between blocks.
            self.report.unwrapped_tags[name] += 1
            return inner + "<br/>" if inner.strip() else inner
        if name in INLINE_UNWRAP:
            self.report.unwrapped_tags[name] += 1
        else:
            self.report.changed.append(f"unknown element <{name}> removed; its text was kept")
        return inner

    def _drop_element(self, node: Tag) -> None:
        text = _excerpt(node.get_text(" "))
        detail = f" containing “{text}”" if text else ""
        self.report.dropped.append(f"<{node.name}> element{detail}")

    def _drop_media(self, node: Tag) -> None:
        """Media cannot be imported (files are not fetched); report each item. A <figure>'s
        other content — caption, quotation, table — is still imported."""
        if node.name.lower() == "figure":
            for item in node.find_all(sorted(MEDIA_TAGS - {"figure"})):
                if item.find_parent(sorted(MEDIA_TAGS - {"figure"})) is None:
                    self._report_media(item)
                    if item.name.lower() == "img":
                        item.extract()
                    else:
                        item.unwrap()  # keep fallback text
            if node.get_text(strip=True):
                self.report.changed.append(f"figure text kept without its media: “{_excerpt(node.get_text(' '))}”")
                self.walk(node, loose_text_note=False)
            return
        self._report_media(node)
        if node.name.lower() != "img" and node.get_text(strip=True):
            # Fallback text (or content swallowed by an unclosed media tag) is kept.
            self.report.changed.append(f"text inside <{node.name}> kept: “{_excerpt(node.get_text(' '))}”")
            self.walk(node, loose_text_note=False)

    def _report_media(self, node: Tag) -> None:
        name = node.name.lower()
        if name == "img":
            self.report.dropped.append(
                f"image {node.get('src', '(no src)')} (alt “{node.get('alt', '')}”): upload it to the image "
                "library and add an image block"
            )
            return
        source = node.get("src") or node.get("data") or ""
        if not source:
            inner_source = node.find(["source", "img"], src=True)
            source = inner_source["src"] if inner_source is not None else ""
        self.report.dropped.append(f"<{name}> {source}".rstrip() + " (embedded media is not imported)")

    # -- blocks ---------------------------------------------------------------------------
    def add_paragraph(self, inner: str, note: str | None = None) -> None:
        inner = _trim_breaks(inner)
        if not re.sub(r"<[^>]+>", "", inner).strip():
            return
        if note:
            self.report.changed.append(note)
        if self.in_references and NUMBERED_REFERENCE.match(html.unescape(re.sub(r"<[^>]+>", "", inner))):
            self.add_reference(BeautifulSoup(inner, "html.parser"))
            return
        self.blocks.append({"type": "paragraph", "value": f"<p>{inner}</p>"})

    def walk(self, container: Tag, loose_text_note: bool) -> None:
        """Emit blocks for container's children; runs of inline content become paragraphs."""
        run: list = []

        def flush():
            if run:
                inner = "".join(self.inline(node) for node in run)
                text = "".join(
                    node.get_text(" ") if isinstance(node, Tag) else str(node)
                    for node in run
                    if isinstance(node, Tag) or type(node) is NavigableString
                )
                note = None
                if loose_text_note and text.strip():
                    note = f"text outside a paragraph wrapped in one: “{_excerpt(text)}”"
                self.add_paragraph(inner, note)
                run.clear()

        for child in container.children:
            if isinstance(child, Tag) and (
                child.name.lower() in BLOCK_TAGS or child.name.lower() in MEDIA_TAGS or child.name.lower() in CODE_TAGS
            ):
                flush()
                self.block(child)
            else:
                run.append(child)
        flush()

    def block(self, node: Tag) -> None:
        name = node.name.lower()
        if name in CONTAINER_TAGS:
            self.walk(node, loose_text_note=False)
        elif name == "head":
            self._head(node)
        elif name == "title":
            self.document_title = self.document_title or node.get_text(" ", strip=True)
        elif name == "p":
            self.walk(node, loose_text_note=False)
        elif name in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.heading_element(node)
        elif name in {"ul", "ol"}:
            if self.in_references:
                for item in self._list_items(node, flatten_note=False):
                    self.add_reference(item)
            else:
                self.list_block(node)
        elif name == "li":
            self.report.changed.append(f"list item outside a list became a paragraph: “{_excerpt(node.get_text(' '))}”")
            self.walk(node, loose_text_note=False)
        elif name in {"blockquote", "aside"}:
            self.callout(node, "quote" if name == "blockquote" else "note")
        elif name == "table":
            self.table(node)
        elif name == "pre":
            inner = html.escape(node.get_text(), quote=False).strip().replace("\n", "<br/>")
            self.add_paragraph(inner, note="preformatted text became a paragraph (line breaks kept)")
        elif name == "dl":
            self.definition_list(node)
        elif name == "hr":
            self.report.changed.append("horizontal rule removed (sections are marked by headings)")
        elif name in {"nav", "form", "fieldset"}:
            # Usually site chrome, but an unclosed one can swallow the article: keep the text.
            self.report.changed.append(f"<{name}> “{_excerpt(node.get_text(' '))}” imported as body text")
            self.walk(node, loose_text_note=False)
        elif name in MEDIA_TAGS:
            self._drop_media(node)
        elif name in CODE_TAGS or name in FORM_TAGS:
            self._drop_element(node)
        else:
            self.walk(node, loose_text_note=False)

    def _head(self, node: Tag) -> None:
        for child in node.find_all(True):
            if child.name.lower() == "title":
                self.document_title = self.document_title or child.get_text(" ", strip=True)
            elif child.name.lower() in CODE_TAGS:
                self._drop_element(child)

    def heading_element(self, node: Tag) -> None:
        """A heading's own text; block content swallowed by an unclosed heading is body again."""
        name = node.name.lower()
        children = list(node.children)
        first_block = next(
            (i for i, child in enumerate(children) if isinstance(child, Tag) and child.name.lower() in BLOCK_TAGS),
            len(children),
        )
        text = " ".join(
            " ".join((child.get_text(" ") if isinstance(child, Tag) else str(child)).split())
            for child in children[:first_block]
            if isinstance(child, Tag) or type(child) is NavigableString
        ).strip()
        if first_block < len(children):
            self.report.changed.append(
                f"<{name}> “{_excerpt(text)}” contained body content (probably never closed); "
                "that content was imported as body text after the heading"
            )
        if name == "h1" and not self.title:
            if text:
                self.title = text
            else:
                self.report.dropped.append("empty <h1>")
        elif name == "h1":
            self.report.changed.append(f"extra <h1> “{_excerpt(text)}” became a section heading")
            self.heading(text, "h2")
        else:
            if name in {"h4", "h5", "h6"}:
                self.report.changed.append(f"<{name}> “{_excerpt(text)}” became a subsection heading (h3)")
            self.heading(text, "h2" if name == "h2" else "h3")
        if first_block < len(children):
            rest = BeautifulSoup("", "html.parser").new_tag("div")
            for child in children[first_block:]:
                rest.append(child.extract())
            self.walk(rest, loose_text_note=False)

    def heading(self, text: str, level: str) -> None:
        if REFERENCES_HEADING.match(text):
            self.in_references = True
            return
        self.in_references = False
        if not text:
            self.report.dropped.append("empty heading")
            return
        if len(text) > 255:
            self.report.changed.append(f"heading “{_excerpt(text)}” shortened to 255 characters")
            text = text[:255]
        self.blocks.append({"type": "section", "value": {"heading": text, "level": level, "anchor": ""}})

    def _list_items(self, node: Tag, flatten_note: bool) -> list[Tag]:
        """Item elements of a list, nested lists flattened into it (in order)."""
        items = []
        for child in list(node.children):  # a copy: children are moved into item wrappers below
            if isinstance(child, Tag) and child.name.lower() == "li":
                own = BeautifulSoup("", "html.parser").new_tag("li")
                nested = []
                for part in list(child.children):
                    if isinstance(part, Comment):
                        self.comment_count += 1
                    elif isinstance(part, Tag) and part.name.lower() in {"ul", "ol", "li"}:
                        nested.append(part)
                    else:
                        own.append(part.extract() if isinstance(part, Tag) else NavigableString(str(part)))
                items.append(own)
                for part in nested:
                    if part.name.lower() == "li":
                        items.extend(self._list_items(_wrap_in_list(part), flatten_note=False))
                    else:
                        if flatten_note:
                            self.report.changed.append(
                                f"nested list “{_excerpt(part.get_text(' '))}” flattened into its parent list"
                            )
                        items.extend(self._list_items(part, flatten_note))
            elif isinstance(child, Tag) and child.name.lower() in {"ul", "ol"}:
                items.extend(self._list_items(child, flatten_note))
            elif isinstance(child, Comment):
                self.comment_count += 1
            elif isinstance(child, Tag) or (isinstance(child, NavigableString) and str(child).strip()):
                loose = child.get_text(" ") if isinstance(child, Tag) else str(child)
                self.report.changed.append(f"text directly inside a list became an item: “{_excerpt(loose)}”")
                wrapper = BeautifulSoup("", "html.parser").new_tag("li")
                wrapper.append(child.extract() if isinstance(child, Tag) else NavigableString(str(child)))
                items.append(wrapper)
        return items

    def list_block(self, node: Tag) -> None:
        items = []
        for item in self._list_items(node, flatten_note=True):
            inner = _trim_breaks("".join(self.inline(child) for child in item.children))
            if re.sub(r"<[^>]+>", "", inner).strip():
                items.append(f"<p>{inner}</p>")
        if not items:
            self.report.dropped.append(f"empty <{node.name}> list")
            return
        style = "numbered" if node.name.lower() == "ol" else "bulleted"
        self.blocks.append({"type": "list", "value": {"style": style, "items": items}})

    def callout(self, node: Tag, kind: str) -> None:
        paragraphs = []
        attribution = ""
        footer = node.find(["footer", "cite"], recursive=False)
        if footer is not None and node.name.lower() == "blockquote":
            attribution = footer.get_text(" ", strip=True)[:255]
            footer.extract()
        outer_blocks, self.blocks = self.blocks, []
        self.walk(node, loose_text_note=False)
        inner_blocks, self.blocks = self.blocks, outer_blocks
        for block in inner_blocks:
            if block["type"] == "paragraph":
                paragraphs.append(block["value"])
            else:
                self.report.changed.append(f"a {block['type']} inside a <{node.name}> was moved out after it")
        if paragraphs:
            self.blocks.append(
                {"type": "callout", "value": {"kind": kind, "text": "".join(paragraphs), "attribution": attribution}}
            )
        self.blocks.extend(block for block in inner_blocks if block["type"] != "paragraph")

    def table(self, node: Tag) -> None:
        rows = [row for row in node.find_all("tr") if row.find_parent("table") is node]
        self.report.changed.append(
            f"table with {len(rows)} row(s) flattened into paragraphs (cells separated by “ | ”)"
        )
        for row in rows:
            cells = []
            for child in list(row.children):
                if isinstance(child, Tag) and child.name.lower() in {"td", "th"}:
                    cells.append(_trim_breaks("".join(self.inline(part) for part in child.children)))
                else:
                    cells.append(_trim_breaks(self.inline(child)))
            self.add_paragraph(" | ".join(cell for cell in cells if cell.strip()))
            row.extract()
        # Captions and anything else outside the rows.
        self.walk(node, loose_text_note=False)

    def definition_list(self, node: Tag) -> None:
        self.report.changed.append("definition list became paragraphs (one per term and per definition)")
        self.walk(node, loose_text_note=False)

    # -- references -----------------------------------------------------------------------
    def add_reference(self, item: Tag) -> None:
        number = len(self.references) + 1
        reference, notes = parse_reference(item)
        if reference is None:
            self.report.dropped.append(f"empty reference item {number}")
            return
        self.references.append(reference)
        self.report.changed.extend(f"reference {number}: {note}" for note in notes)


def _trim_breaks(inner: str) -> str:
    inner = inner.strip()
    while inner.startswith("<br/>"):
        inner = inner[5:].lstrip()
    while inner.endswith("<br/>"):
        inner = inner[:-5].rstrip()
    return inner


def _wrap_in_list(item: Tag) -> Tag:
    wrapper = BeautifulSoup("", "html.parser").new_tag("ul")
    wrapper.append(item.extract())
    return wrapper


def _first_href(item: Tag, pattern: re.Pattern | None = None) -> str:
    for link in item.find_all("a", href=True):
        href = link["href"].strip()
        if href.lower().startswith(("http://", "https://")) and (pattern is None or pattern.search(href)):
            return href
    return ""


def parse_reference(item: Tag) -> tuple[dict | None, list[str]]:
    """Split one reference into fields. Text that fits no field stays in the journal/publisher
    or title, so no part of the citation is lost; the notes say what was guessed."""
    notes: list[str] = []
    text = " ".join(item.get_text(" ").split())
    text = NUMBERED_REFERENCE.sub("", text)
    if not text and not item.find("a", href=True):
        return None
    doi_link = _first_href(item, re.compile(r"doi\.org/", re.I))
    pubmed_link = _first_href(item, PUBMED_URL)
    doi_match = DOI_IN_TEXT.search(doi_link) or DOI_IN_TEXT.search(text)
    doi = doi_match.group(1).rstrip(".,;)") if doi_match else ""
    pmid_match = PMID_IN_TEXT.search(text) or PUBMED_URL.search(pubmed_link) or PUBMED_URL.search(text)
    pmid = next((group for group in pmid_match.groups() if group), "") if pmid_match else ""
    url = ""
    for link in item.find_all("a", href=True):
        href = link["href"].strip()
        if href.lower().startswith(("http://", "https://")) and href not in {doi_link, pubmed_link}:
            url = href
            break
    if not url:
        bare = URL_IN_TEXT.search(text)
        if bare and "doi.org/" not in bare.group(0) and not PUBMED_URL.search(bare.group(0)):
            url = re.sub(r"^Available (?:at|from):?\s*", "", bare.group(0), flags=re.I).rstrip(".,;)")

    # Remove only the identifiers that were captured into fields; any others stay in the text.
    rest = DOI_IN_TEXT.sub(lambda m: "" if m.group(1).rstrip(".,;)") == doi else m.group(0), text)
    rest = PMID_IN_TEXT.sub(lambda m: "" if m.group(1) == pmid else m.group(0), rest)
    rest = PUBMED_URL.sub(lambda m: "" if pmid in m.groups() else m.group(0), rest)
    rest = URL_IN_TEXT.sub(lambda m: "" if url and url in m.group(0) else m.group(0), rest)
    rest = re.sub(r"\b(?:doi|PMID|https?://\S*)\s*:?\s*(?=[.;,]|$)", "", rest, flags=re.I)
    year_match = YEAR.search(rest)
    year = int(year_match.group(1)) if year_match else None

    parts = [part.strip(" .;,") for part in SENTENCE_SPLIT.split(rest)]
    parts = [part for part in parts if part]
    authors = title = publisher = ""
    if len(parts) >= 3:
        authors, title, publisher = parts[0], parts[1], ". ".join(parts[2:])
        # APA puts the year after the authors: "Smith, J., & Jones, K. (2019)"; it is in `year`.
        authors = re.sub(r"\s*\((1[5-9]\d{2}|20\d{2})[a-z]?\)$", "", authors)
    elif len(parts) == 2 and url:
        # Web references are usually "Organisation. Page title. URL".
        authors, title = parts
    elif len(parts) == 2:
        title, publisher = parts
        notes.append("no author list recognised; first part kept as the title, the rest as journal/publisher")
    elif parts:
        title = parts[0]
        notes.append("could not split into authors/title/journal; the whole text was kept as the title")
    if not title:
        title = url or doi or (f"PMID {pmid}" if pmid else text)
        notes.append("no title text; the link or identifier was used as the title")

    reference = {
        "authors": authors,
        "title": title,
        "publisher": publisher,
        "year": year,
        "doi": doi,
        "pmid": pmid,
        "url": url[:1000],
    }
    for name, limit in REFERENCE_LIMITS.items():
        if len(reference[name]) > limit:
            notes.append(
                f"{name} longer than {limit} characters was cut: “{_excerpt(reference[name][limit:])}” removed"
            )
            reference[name] = reference[name][:limit]
    return reference, notes


MAX_NESTING = 100  # element depth; real articles stay far below, the converter recurses per level
BINARY_SHARE = 0.05  # share of control characters above which a file is not text


class ImportRefused(ValueError):
    """The file is not an article that can be imported (the message says why)."""


def refuse_binary(data: bytes) -> None:
    """Raise ImportRefused for empty or binary files (a NUL byte, or many control bytes)."""
    if not data.strip():
        raise ImportRefused("the file is empty")
    controls = sum(1 for byte in data if byte < 32 and byte not in b"\t\n\r\f")
    if b"\x00" in data or controls > BINARY_SHARE * len(data):
        raise ImportRefused("the file is binary, not HTML or text")


def _nesting_depth(soup: BeautifulSoup, limit: int) -> int:
    """How deeply elements nest (counted without recursion, up to just past `limit`)."""
    deepest, stack = 0, [(soup, 0)]
    while stack and deepest <= limit:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node.children if isinstance(child, Tag))
    return deepest


def convert_html(source: str, resolver: LinkResolver, title: str | None = None) -> ConvertedArticle:
    """Convert HTML to StreamField data and references; title overrides the document's <h1>.
    Raises ImportRefused for input that is no article: nested too deeply, or no body text."""
    converter = Converter(resolver)
    if title:
        converter.title = title
    soup = BeautifulSoup(source, "html.parser")
    if _nesting_depth(soup, MAX_NESTING) > MAX_NESTING:
        raise ImportRefused(f"elements are nested more than {MAX_NESTING} levels deep; no article is")
    converter.report.changed.extend(f"malformed HTML: {problem}" for problem in find_structure_problems(source))
    converter.walk(soup, loose_text_note=True)
    if not converter.blocks:
        raise ImportRefused("there is no body text to import")
    if converter.comment_count:
        converter.report.dropped.append(f"{converter.comment_count} HTML comment(s) (not visible to readers)")
    if converter.in_references and not converter.references:
        converter.report.changed.append("a References heading was found but no list under it")
    if not converter.title and converter.document_title:
        converter.title = converter.document_title
        converter.report.changed.append("no <h1> found; the page is titled from the document's <title>")
    if len(converter.title) > 255:
        converter.report.changed.append(
            f"title shortened to 255 characters; removed: “{_excerpt(converter.title[255:])}”"
        )
        converter.title = converter.title[:255]
    if not converter.title:
        converter.title = "Untitled import"
        converter.report.changed.append("no <h1> or <title> found; the page is titled “Untitled import”")
    return ConvertedArticle(converter.title, converter.blocks, converter.references, converter.report)


def resolver_for_parent(parent: Page) -> LinkResolver:
    site = parent.get_site()
    if site is None:
        return LinkResolver(None)
    return LinkResolver(site.root_page, (site.hostname,))


def create_draft_article(parent: Page, article: ConvertedArticle, user=None, slug: str | None = None):
    """Save the converted article as a new, unpublished ArticlePage under parent."""
    from .models import ArticlePage, ArticleReference

    page = ArticlePage(
        title=article.title,
        slug=slug or find_available_slug(parent, slugify(article.title)[:200] or "imported-article"),
        body=article.blocks,
        live=False,
        owner=user,
    )
    page.references = [ArticleReference(sort_order=index, **ref) for index, ref in enumerate(article.references)]
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    return page
