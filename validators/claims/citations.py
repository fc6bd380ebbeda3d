"""What supports a claim: the article's reference list, citation markers and source links.

A sentence is supported by a link (in the sentence, or anywhere in its list item) to a
recognised source host, or by a citation marker — `[1]`, `[1, 3]`, `[2–4]`, a
superscript number, or a link to a reference entry's anchor (`#ref-2`, what the CMS
renders) — that resolves to a reference-list entry carrying a DOI, a PubMed/PMC id or a
source URL.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from validators.claims.lexicon import ClaimLexicon
from validators.document import BlockKind, Document, Link

DOI = re.compile(r"\b(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/[^\s\"<>\])]+)", re.IGNORECASE)
PUBMED_ID = re.compile(r"\b(?:PMID:?\s*\d{5,9}|PMCID:?\s*PMC\d{4,9}|PMC\d{4,9})\b")
_BRACKET = re.compile(r"\[\s*(\d{1,3}(?:\s*[-–—]\s*\d{1,3})?(?:\s*[,;]\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)*)\s*\]")
# (not the exponent of a unit of length after a number or "per": "1.73 m²", "5 cm³", "200 ft²", "100 mg per m²")
_UNICODE_SUPERSCRIPT = re.compile(r"(?<=[A-Za-z.,;:)%])(?<!\d\sm)(?<!\dm)(?<!\d\s[cdkmµμ]m)(?<!\d[cdkmµμ]m)(?<!\d\sft)"
                                  r"(?<!\dft)(?<!\bper\sm)(?<!/m)(?<!\bper\s[cdkmµμ]m)[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[,⁻][¹²³⁴⁵⁶⁷⁸⁹⁰]+)*")
_SUPERSCRIPT_DIGITS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰⁻", "1234567890-")
# Digits glued to a word or closing punctuation: a superscript marker if the source says <sup>.
_GLUED_NUMBER = re.compile(r"(?<=[A-Za-z.,;:)\]%])(\d{1,3}(?:[,–-]\d{1,3})*)(?![\w])")
_ANY_SUPERSCRIPT = re.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰]")
_ANY_DIGIT = re.compile(r"\d")
_SUP_BEFORE = re.compile(r"<sup\b[^>]*>\s*(?:<a\b[^>]*>\s*)?\[?\s*$", re.IGNORECASE)
_ENTRY_NUMBER = re.compile(r"^\s*\[?(\d{1,3})[\].):]\s")
_MAX_HEADING_WORDS = 6  # a reference-list heading is short; a sentence naming "sources" is not one
_LETTER_RUN = re.compile(r"[a-z]+")
_MAX_RANGE = 50  # "[2-4]" expands; a "range" longer than this is a typo, not a citation


@dataclass
class Reference:
    """One entry of the article's reference list."""

    number: int
    block: int
    element_id: str | None
    text: str
    identifiers: list[str] = field(default_factory=list)  # DOIs, PubMed ids, source URLs

    @property
    def has_source(self) -> bool:
        return bool(self.identifiers)


@dataclass
class Marker:
    """A citation marker in the text and the reference numbers or anchors it points to."""

    start: int
    end: int
    numbers: tuple[int, ...] = ()
    anchors: tuple[str, ...] = ()


@dataclass
class Support:
    """What a sentence cites."""

    source_links: list[str] = field(default_factory=list)  # hrefs to recognised sources
    references: list[Reference] = field(default_factory=list)  # resolved entries
    dangling: list[Marker] = field(default_factory=list)  # markers resolving to nothing
    listed: bool = False  # on a page that sells nothing, an entry of its reference list names the source (`listed`)

    @property
    def cited(self) -> bool:
        return bool(self.source_links) or any(r.has_source for r in self.references) or self.listed

    @property
    def weak_references(self) -> list[Reference]:
        return [r for r in self.references if not r.has_source]


def listed(support: Support) -> Support:
    """Class: on a page that sells nothing, a sentence whose citation marker resolves to an entry of the page's
    reference list is cited, even when the entry gives no DOI, PubMed id or link ("In the DASH-Sodium trial, cutting
    sodium lowered systolic blood pressure by about 7 mmHg [4]." with "[4] Sacks FM, et al. Effects on blood pressure
    of reduced dietary sodium. N Engl J Med. 2001."; "..., according to the Centers for Disease Control and Prevention
    [1]."): the entry names the source, and its missing identifier is reported once, on the entry
    (claim.reference-without-source, a warning the reviewer decides).
    Why is this bad? Every sentence citing such an entry drew its own unnamed-evidence or uncited-statistic error on
    health agencies' and societies' pages, and counted as a slip that kept the page from reading as an information
    page. On a page that sells, an entry without an identifier still supports nothing (a seller's "[1] Internal data"),
    and a marker that resolves to nothing (claim.dangling-citation) never cites.
    The caller (analysis.analyse_document) applies it once the page is known to sell nothing."""
    if support.cited or not support.references:
        return support
    return Support(support.source_links, support.references, support.dangling, listed=True)


_NAME = r"[A-Z][\w'’-]+"
_YEAR = r"(?:19|20)\d{2}[a-z]?"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December", "Spring", "Summer", "Autumn", "Fall", "Winter", "Updated", "Reviewed", "Published", "Since")
# An author-year citation: "(Smith et al., 2019)", "(NICE, 2023)", "(Smith and Jones 2020; Brown 2021)", "Smith and
# colleagues (2020)", "Jones et al. (2018)", "by Jones et al. in 2018" (see `author_dated`).
_AUTHOR_YEAR = re.compile(
    rf"\((?:see\s+|e\.g\.,?\s+)?(?!(?:{'|'.join(_MONTHS)})\b){_NAME}(?:\s+{_NAME}){{0,3}}"
    rf"(?:\s+et\s+al\.?,?\s+|\s+(?:and|&)\s+{_NAME},?\s+|,\s+){_YEAR}(?:\s*[;,]\s*[^()]{{0,60}}?{_YEAR})*\)"
    rf"|\b{_NAME}\s+(?:et\s+al\.?|and\s+(?:colleagues|co-workers|coworkers|{_NAME}))\s*\(\s*{_YEAR}\s*\)"
    rf"|\b{_NAME}\s+et\s+al\.?,?\s+(?:in\s+|\(\s*)?{_YEAR}\b")


def author_dated(support: Support, text: str) -> Support:
    """Class: on a page that sells nothing, a sentence that cites its source in the author-year form is cited: a
    parenthetical author and year ("Aspirin after a heart attack cuts the risk of another by about a quarter (Smith et
    al., 2019).", "(NICE, 2023)", "(Smith and Jones 2020; Brown 2021)") or a named author with the year in the
    prose ("Okafor and colleagues (2020) found that ...", "A study by Lindqvist et al. in 2018 found ..."). The
    author and year identify the paper as a numbered marker does; professional and academic pages use this form.
    Why is this bad? Such a sentence drew an uncited-statistic or unnamed-evidence error on society and hospital
    pages although it names its source. A date in brackets is no author ("(March 2024)", "(updated 2023)"), a year
    alone cites nothing ("in 2019, a study found ..."), and on a page that sells an author-year mention with no
    reference a reviewer can open still supports nothing (like `listed`).
    Example: "... fell by 40% (Achebe et al., 2022)." is cited; "... fell by 40% in 2022." is not."""
    # every match holds a year (`_YEAR`): a text without "19" or "20" (most sentences) is not searched
    if support.cited or "19" not in text and "20" not in text or not _AUTHOR_YEAR.search(text):
        return support
    return Support(support.source_links, support.references, support.dangling, listed=True)


def host_is_source(href: str, lexicon: ClaimLexicon) -> bool:
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return False
    if parts.scheme.lower() == "doi":
        return True
    if parts.scheme.lower() not in ("http", "https"):
        return False
    labels = (parts.hostname or "").lower().split(".")
    # The host or any parent domain of it: www.ncbi.nlm.nih.gov -> ncbi.nlm.nih.gov -> nlm.nih.gov -> nih.gov
    return any(".".join(labels[i:]) in lexicon.source_domains for i in range(len(labels) - 1))


def _is_web_address(href: str) -> bool:
    return href.strip().lower().startswith(("http://", "https://", "doi:"))


class ReferenceList:
    """The article's reference entries, by number and by element id."""

    def __init__(self, document: Document, lexicon: ClaimLexicon):
        self.by_number: dict[int, Reference] = {}
        self.by_id: dict[str, Reference] = {}
        self.blocks: set[int] = set()  # blocks of the reference section (headings included)
        self._collect(document, lexicon)

    def _collect(self, document: Document, lexicon: ClaimLexicon) -> None:
        section_level: int | None = None
        counter = 0
        listed = False  # entries are list items: a paragraph after the list ("Page last reviewed ...") is none
        numbered = False  # entries carry their own numbers ("[1] ...", "2. ..."): see `_ends_numbered_list`
        longest = max(map(len, lexicon.reference_headings), default=0)
        for index, block in enumerate(document.blocks):
            text = document.block_text(block)
            heading_level = self._heading_level(document, index, text, lexicon, longest)
            if heading_level is not None:
                section_level, counter, listed, numbered = heading_level, 0, False, False
                self.blocks.add(index)
                continue
            if section_level is not None and (block.kind is BlockKind.HEADING and block.level <= section_level
                                              or listed and block.kind is not BlockKind.LIST_ITEM
                                              or numbered and _ends_numbered_list(document, block, text)):
                section_level = None
            listed = listed or section_level is not None and block.kind is BlockKind.LIST_ITEM
            id_match = lexicon.reference_id.search(block.element_id or "")
            if section_level is None and not id_match:
                continue
            if section_level is not None:
                self.blocks.add(index)
                counter += 1
                numbered = numbered or bool(_ENTRY_NUMBER.match(text))
            number = self._entry_number(block, text, id_match, counter)
            reference = Reference(number, index, block.element_id, text, self._identifiers(document, index, text))
            self.by_number.setdefault(number, reference)
            if block.element_id:
                self.by_id[block.element_id] = reference

    @staticmethod
    def _heading_level(document: Document, index: int, text: str, lexicon: ClaimLexicon, longest: int) -> int | None:
        """The level of the reference section this block opens, or None.

        "References" (a heading, or a paragraph of its own: then the list ends at any heading)
        always opens one. A longer heading naming references ("Sources and further reading")
        opens one only if the next block looks like a reference, so that "Food sources of
        iron" stays body text. `longest`: the length of the longest reference heading.
        """
        block = document.blocks[index]
        if block.kind is not BlockKind.HEADING:
            # Only a paragraph that is a reference heading opens a section: its words are read until they are longer
            # than every heading (listing every word of every paragraph cost a long page more than the rest).
            return 7 if _title_within(text, longest) in lexicon.reference_headings else None
        title = " ".join(_LETTER_RUN.findall(text.lower()))
        level = block.level if block.kind is BlockKind.HEADING else 7
        if title in lexicon.reference_headings:
            return level
        if block.kind is not BlockKind.HEADING or len(title.split()) > _MAX_HEADING_WORDS:
            return None
        if not any(f" {name} " in f" {title} " for name in lexicon.reference_headings):
            return None
        following = document.blocks[index + 1] if index + 1 < len(document.blocks) else None
        if following is None or following.kind is BlockKind.HEADING:
            return None
        return level if _looks_like_reference(document, following) else None

    @staticmethod
    def _entry_number(block, text: str, id_match, counter: int) -> int:
        if id_match:
            digits = next((g for g in id_match.groups() if g), None)
            if digits:
                return int(digits)
        written = _ENTRY_NUMBER.match(text)
        if written:
            return int(written.group(1))
        if block.kind is BlockKind.LIST_ITEM and block.ordered and block.position:
            return block.position
        return counter

    @staticmethod
    def _identifiers(document: Document, index: int, text: str) -> list[str]:
        block = document.blocks[index]
        found = [f"doi:{m.group(1).rstrip('.,;')}" for m in DOI.finditer(text)]
        found += [m.group(0) for m in PUBMED_ID.finditer(text)]
        found += [link.href for link in document.links_in(block.start, block.end) if _is_web_address(link.href)]
        found += re.findall(r"https?://\S+", text)
        return list(dict.fromkeys(found))

    def resolve(self, marker: Marker) -> list[Reference | None]:
        resolved: list[Reference | None] = [self.by_number.get(n) for n in marker.numbers]
        resolved += [self.by_id.get(anchor) for anchor in marker.anchors]
        return resolved


_CITATION_SHAPE = re.compile(r"\bet al\b|\(\d{4}\)|\b(?:19|20)\d{2}\s*[;:.]\s*\d")


def _ends_numbered_list(document: Document, block, text: str) -> bool:
    """Class: a reference list whose entries carry their own numbers ("[1] Royal College of Physicians. National Hip
    Fracture Database annual report 2024.", "2. Smith J, et al. ...") ends at the first block that carries none and does
    not look like a reference (`_looks_like_reference`: no DOI, PubMed id, "et al", dated volume or web link): the
    paragraph after the list is the page's own text ("Contact the orthogeriatric unit on 0161 555 0342",
    "Page last reviewed: March 2026", "Our full annual report is available from the governance team").
    Why is this bad? Read as entry 2 of the list, a contact line drew claim.reference-without-source, and its sentences
    were never read as the page's text. Example: "[1] NHS England. Maternity statistics." then "Call the unit on
    01632 960 114." ends the list; "[1] ..." then "Smith J, et al. BMJ 2019;364:l123." (an unnumbered continuation
    shaped like a reference) does not."""
    return not _ENTRY_NUMBER.match(text) and not _looks_like_reference(document, block)


def _looks_like_reference(document: Document, block) -> bool:
    text = document.block_text(block)
    if DOI.search(text) or PUBMED_ID.search(text) or _CITATION_SHAPE.search(text):
        return True
    return any(_is_web_address(link.href) for link in document.links_in(block.start, block.end))


def _expand(numbers: str) -> tuple[int, ...]:
    result: list[int] = []
    for part in re.split(r"\s*[,;]\s*", numbers.strip()):
        bounds = [int(b) for b in re.split(r"\s*[-–—]\s*", part) if b]
        if len(bounds) == 2 and 0 <= bounds[1] - bounds[0] <= _MAX_RANGE:
            result.extend(range(bounds[0], bounds[1] + 1))
        else:
            result.extend(bounds)
    return tuple(dict.fromkeys(result))


def find_markers(document: Document, start: int, end: int, links: list[Link], references: ReferenceList,
                 lexicon: ClaimLexicon) -> list[Marker]:
    """Citation markers in document.text[start:end], one per visible marker; `links` are the links
    of the block that holds the span."""
    text = document.text
    markers = []
    if text.find("[", start, end) >= 0:  # every bracketed marker opens with one
        markers = [Marker(m.start(), m.end(), numbers=_expand(m.group(1))) for m in _BRACKET.finditer(text, start, end)]
    if _ANY_SUPERSCRIPT.search(text, start, end):
        for match in _UNICODE_SUPERSCRIPT.finditer(text, start, end):
            digits = match.group().translate(_SUPERSCRIPT_DIGITS)
            markers.append(Marker(match.start(), match.end(), numbers=_expand(digits)))
    if document.sources and _ANY_DIGIT.search(text, start, end):
        for match in _GLUED_NUMBER.finditer(text, start, end):
            if _is_superscript(document, match.start()):
                markers.append(Marker(match.start(), match.end(), numbers=_expand(match.group(1))))
    for link in links:
        if link.start >= end or link.end <= start:
            continue
        href = link.href.strip()
        if not href.startswith("#"):
            continue
        anchor = href[1:]
        if anchor in references.by_id or lexicon.reference_id.search(anchor):
            markers.append(Marker(link.start, link.end, anchors=(anchor,)))
    return _merge_overlapping(markers)


def _is_superscript(document: Document, offset: int) -> bool:
    location = document.source_location(offset)
    if location is None:
        return False
    source = document.sources.get(location.origin)
    if source is None:
        return False
    return bool(_SUP_BEFORE.search(source, max(0, location.offset - 120), location.offset))


def _merge_overlapping(markers: list[Marker]) -> list[Marker]:
    """A marker rendered as "[<a href=#ref-1>1</a>]" is found twice: keep one, with both targets."""
    merged: list[Marker] = []
    for marker in sorted(markers, key=lambda m: (m.start, -m.end)):
        if merged and marker.start < merged[-1].end:
            last = merged[-1]
            last.end = max(last.end, marker.end)
            last.numbers = tuple(dict.fromkeys(last.numbers + marker.numbers))
            last.anchors = tuple(dict.fromkeys(last.anchors + marker.anchors))
        else:
            merged.append(marker)
    return merged


def support_for(document: Document, span: tuple[int, int], block_links: list[Link], whole_block: bool,
                references: ReferenceList, lexicon: ClaimLexicon, links: bool = True) -> Support:
    """What supports the sentence at `span`: its citation markers and, when `links`, its source
    links. `block_links` are its block's links; they count anywhere in the block when
    `whole_block` (a list item), else only inside the sentence."""
    support = Support()
    if links:
        for link in block_links:
            inside = link.start < span[1] and link.end > span[0]
            if (whole_block or inside) and host_is_source(link.href, lexicon):
                support.source_links.append(link.href)
        text = document.text[span[0] : span[1]]
        if "10." in text:
            support.source_links += [f"doi:{m.group(1)}" for m in DOI.finditer(text)]
    for marker in find_markers(document, span[0], span[1], block_links, references, lexicon):
        targets = references.resolve(marker)
        if any(t is None for t in targets) or not targets:
            support.dangling.append(marker)
        support.references += [t for t in targets if t is not None and t not in support.references]
    return support


def _title_within(text: str, limit: int) -> str | None:
    """The lower-cased letter runs of `text` joined by single spaces (as `_heading_level` reads a title), or None
    once they are longer than `limit` characters."""
    words = []
    length = -1
    for match in _LETTER_RUN.finditer(text.lower()):
        word = match.group()
        length += len(word) + 1
        if length > limit:
            return None
        words.append(word)
    return " ".join(words)
