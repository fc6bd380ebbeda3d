"""Keeping `PageLink` rows in step with a page version's links and their verdicts.

A re-check replaces a version's rows, but a link that was already there (same address and
text, wherever it moved on the page) keeps its `first_seen`, so the report can say how long a
link has been broken.
"""

from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone

from linkcheck.content import FoundLink
from linkcheck.internal import Verdict
from linkcheck.models import Outcome, PageLink, url_hash


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "")[:255]
    except ValueError:
        return ""


def apply_verdict(row: PageLink, verdict: Verdict | None, when) -> None:
    """Copy a verdict onto a row; None leaves the row pending (an external link not fetched yet)."""
    if verdict is None:
        row.outcome, row.severity, row.message, row.last_checked = Outcome.PENDING, "", "", None
        return
    row.outcome = verdict.outcome
    row.severity = str(verdict.severity) if verdict.severity else ""
    row.message = verdict.message
    row.last_checked = when


def replace_links(
    page_id: int, version: str, links: list[tuple[FoundLink, str, str, Verdict | None]], revision_id: int | None = None
) -> list[PageLink]:
    """Store a version's links: (link, kind, address, verdict) in page order."""
    now = timezone.now()
    with transaction.atomic():
        # A link already seen on either version keeps its first sighting (drafts become live).
        first_seen = {}
        for r in PageLink.objects.select_for_update().filter(page_id=page_id).order_by("-first_seen"):
            first_seen[(r.kind, r.url, r.link_text)] = r.first_seen
        old = PageLink.objects.filter(page_id=page_id, version=version)
        rows = []
        for position, (link, kind, address, verdict) in enumerate(links):
            row = PageLink(
                page_id=page_id, version=version, kind=kind, position=position, url=address,
                url_hash=url_hash(address), host=_host(address), link_text=link.text[:2000],
                block_path=link.block_path[:255],
                target_page_id=verdict.target_page_id if verdict else None, revision_id=revision_id,
                first_seen=first_seen.get((kind, address, link.text[:2000]), now),
            )
            apply_verdict(row, verdict, now)
            rows.append(row)
        old.delete()
        return PageLink.objects.bulk_create(rows)
