"""`attach_reference`: resolve an uncited claim by citing one of the article's references
(or a new one) right where the claim is.

The citation marker goes at the end of the flagged sentence, before its closing punctuation
("… clears acne [2]."), in the StreamField block the sentence is in; a sentence that already
ends with a marker gets the number added to it ("[1, 2]"). The page's latest content (its
latest revision, which may be a draft newer than the live page) is edited and saved as a new
revision — never published — so the normal checks, review and gate apply to the change.
"""

import re
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from wagtail.log_actions import log
from wagtail.models import Page

from pages.citations import RANGE_DASHES
from pages.models import ArticleReference
from review.checks import latest_run
from review.documents import build_document
from validators.document import Document, Sentence

ATTACH_ACTION = "claimlibrary.reference.attach"

# Rich-text places in the body where a marker can go: paragraph, list item, callout text.
_CITABLE = re.compile(r"^body\.(?P<index>\d+)\.(?:(?P<value>value)|items\.(?P<item>\d+)|(?P<text>text))$")
_END_PUNCTUATION = re.compile(r"[.!?…;:]+[\"'”’»)]*$")
_MARKER_AT_END = re.compile(rf"\[\s*\d+(?:\s*[,{RANGE_DASHES}]\s*\d+)*\s*(\])\s*$")
_CLOSING_INLINE_TAG = re.compile(r"</(?:a|b|i|em|strong|span|sup|sub)\s*>", re.IGNORECASE)


class AttachRefused(ValidationError):
    """The reference cannot be attached here (the reason says why)."""


@dataclass(frozen=True)
class Attachment:
    revision: object  # the new wagtail Revision
    number: int  # the reference's number in the list, as cited
    reference: ArticleReference
    created: bool  # a new reference was added to the list
    origin: str  # the block path the marker went into
    sentence: str  # the sentence as it reads now


@transaction.atomic
def attach_reference(page, where, reference, user=None) -> Attachment:
    """Cite `reference` in the sentence `where` points at and save a new revision.

    `where`: a finding of the page's latest check run (a `StoredFinding` or its fingerprint),
    or a (block path, offset in the block's stored source) pair such as ("body.3.value", 120).
    `reference`: an `ArticleReference` of this page, its 1-based number, or a dict of fields
    for a new reference (appended to the list unless one with the same DOI/PubMed id exists).
    """
    # The caller's instance may be stale (its latest revision is what gets edited); the row
    # lock makes concurrent citations apply one after the other instead of losing one.
    page = Page.objects.select_for_update().get(pk=page.pk).specific
    _check_permission(page, user)
    content = page.get_latest_revision_as_object()
    document = build_document(content)
    sentence, finding = _sentence(page, document, where)
    origin = document.blocks[sentence.block].origin
    if not _CITABLE.match(origin):
        raise AttachRefused("Citations go in body text (paragraphs, list items, callouts); this text is in "
                            f"“{origin}”. Move the claim into the body, or ask a reviewer to decide on it.")
    references = list(content.references.all())
    number, entry, created = _reference_number(content, references, reference)
    source_offset, insertion = _insertion(document, sentence, number)
    rich_text = _rich_text(content, origin)
    rich_text.source = rich_text.source[:source_offset] + insertion + rich_text.source[source_offset:]
    revision = content.save_revision(user=user, log_action=True)
    now = build_document(content)
    after = now.sentence_at(sentence.start)
    attachment = Attachment(revision, number, entry, created, origin, now.sentence_text(after) if after else "")
    log(instance=page, action=ATTACH_ACTION, user=user, revision=revision, data={
        "reference": {"number": number, "title": entry.title, "doi": entry.doi, "pmid": entry.pmid, "url": entry.url},
        "created": created, "origin": origin, "sentence": document.sentence_text(sentence),
        "finding": _finding_data(finding, where),
    })
    return attachment


def _check_permission(page, user) -> None:
    if user is None:
        return  # code acting on its own behalf (imports, management commands)
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied("You cannot edit this page, so you cannot add citations to it.")
    lock = page.get_lock()
    if lock is not None and lock.for_user(user):
        raise PermissionDenied(str(lock.get_message(user)))


# -- where ----------------------------------------------------------------------------------------
def _sentence(page, document: Document, where):
    """The sentence `where` points at, and the finding it names (None for a block + offset)."""
    finding = None
    if isinstance(where, tuple):
        offset = _text_offset(document, *where)
    else:
        finding = _latest_finding(page, where)
        if document.text[finding.start : finding.end] != finding.excerpt:
            raise AttachRefused("The page changed after it was checked; reload the findings and try again.")
        offset = finding.start
    sentence = document.sentence_at(offset)
    if sentence is None:
        raise AttachRefused("There is no sentence at that place in the page's latest version.")
    return sentence, finding


def _latest_finding(page, where):
    fingerprint = getattr(where, "fingerprint", where)
    run = latest_run(page)
    finding = run.findings.filter(fingerprint=fingerprint).first() if run is not None else None
    if finding is None:
        raise AttachRefused("This finding is not in the page's latest version any more; review the new findings.")
    return finding


def _text_offset(document: Document, origin: str, offset: int) -> int:
    for segment in document.segments:
        if segment.origin == origin and segment.origin_offset <= offset < segment.origin_offset + segment.length:
            return segment.text_start + (offset - segment.origin_offset if segment.exact else 0)
    raise AttachRefused(f"No text at offset {offset} of “{origin}” in the page's latest version.")


def _finding_data(finding, where) -> dict:
    if finding is None:
        return {"origin": where[0], "offset": where[1]}
    return {"fingerprint": finding.fingerprint, "rule": finding.rule, "excerpt": finding.excerpt}


# -- which reference ------------------------------------------------------------------------------
def _reference_number(content, references: list, reference) -> tuple[int, ArticleReference, bool]:
    if isinstance(reference, int) and not isinstance(reference, bool):
        if not 1 <= reference <= len(references):
            raise AttachRefused(f"There is no reference {reference}; the list has {len(references)}.")
        return reference, references[reference - 1], False
    if isinstance(reference, ArticleReference):
        for number, existing in enumerate(references, start=1):
            if existing.pk is not None and existing.pk == reference.pk:
                return number, existing, False
        raise AttachRefused("That reference is not in this page's reference list.")
    if isinstance(reference, dict):
        return _new_reference(content, references, reference)
    raise TypeError(f"reference must be an ArticleReference, a number or a dict, not {type(reference).__name__}")


def _new_reference(content, references: list, fields: dict) -> tuple[int, ArticleReference, bool]:
    allowed = {"authors", "title", "publisher", "year", "doi", "pmid", "url"}
    unknown = set(fields) - allowed
    if unknown:
        raise AttachRefused(f"Unknown reference field(s): {', '.join(sorted(unknown))}.")
    entry = ArticleReference(**{k: v for k, v in fields.items() if v not in (None, "")})
    entry.full_clean(exclude=["page", "sort_order"])
    if not (entry.doi or entry.pmid or entry.url):
        raise AttachRefused("A reference that supports a claim needs a DOI, PubMed id or URL.")
    for number, existing in enumerate(references, start=1):
        if (entry.doi and existing.doi.lower() == entry.doi.lower()) or (entry.pmid and existing.pmid == entry.pmid):
            return number, existing, False  # already in the list: cite it rather than list it twice
    entry.sort_order = max((r.sort_order or 0 for r in references), default=-1) + 1
    content.references.add(entry)
    return len(references) + 1, entry, True


# -- where the marker goes ------------------------------------------------------------------------
def _insertion(document: Document, sentence: Sentence, number: int) -> tuple[int, str]:
    """(offset in the block's source, text to insert there)."""
    text = document.text[sentence.start : sentence.end].rstrip()
    punctuation = _END_PUNCTUATION.search(text)
    point = sentence.start + (punctuation.start() if punctuation else len(text))
    before = document.text[sentence.start : point]
    marker = _MARKER_AT_END.search(before)
    if marker is not None:
        if number in _numbers(marker.group(0)):
            raise AttachRefused(f"This sentence already cites reference {number}.")
        return _source_before(document, sentence.start + marker.start(1)), f", {number}"
    if punctuation is not None:
        return _source_before(document, point), f" [{number}]"
    return _source_after(document, point - 1), f" [{number}]"


def _numbers(marker: str) -> set[int]:
    numbers: set[int] = set()
    for item in marker.strip()[1:-1].split(","):
        bounds = [int(b) for b in re.split(f"\\s*[{RANGE_DASHES}]\\s*", item.strip())]
        numbers.update(range(bounds[0], bounds[-1] + 1))
    return numbers


def _source_before(document: Document, offset: int) -> int:
    return document.source_location(offset).offset


def _source_after(document: Document, offset: int) -> int:
    """The source offset just after the visible character at `offset`, past an entity and
    past closing inline tags (a marker inside a link would not be linked to the reference)."""
    location = document.source_location(offset)
    source = document.sources[location.origin]
    position = location.offset
    position = source.index(";", position) + 1 if source[position] == "&" else position + 1
    while (closing := _CLOSING_INLINE_TAG.match(source, position)) is not None:
        position = closing.end()
    return position


def _rich_text(content, origin: str):
    match = _CITABLE.match(origin)
    block = content.body[int(match["index"])]
    if match["value"]:
        return block.value
    if match["item"] is not None:
        return block.value["items"][int(match["item"])]
    return block.value["text"]
