"""Checking one page version's links and recording the verdicts.

Internal links are judged at once (database look-ups, no network). External links get
their verdict from the result table when it is fresh; the rest are fetched now (command,
"recheck now") or by a background task, leaving their rows pending until it has run.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from linkcheck import external
from linkcheck.content import page_links
from linkcheck.internal import InternalLinks, Verdict
from linkcheck.models import LinkResult, Outcome, PageLink, url_hash
from linkcheck.records import apply_verdict, replace_links
from validators.findings import Severity
from validators.links.client import split_fragment
from validators.links.urls import Kind, read_href

NOW, BACKGROUND, CACHED = "now", "background", "cached"


def version_object(page: Page, version: str) -> Page:
    """The content readers see (live) or the latest saved revision (draft)."""
    page = page.specific
    return page if version == PageLink.Version.LIVE else page.get_latest_revision_as_object()


def check_page(page: Page, version: str = PageLink.Version.LIVE, external_links: str = BACKGROUND) -> list[PageLink]:
    return check_object(version_object(page, version), version, external_links)


def check_object(
    content: Page, version: str, external_links: str = BACKGROUND, revision_id: int | None = None
) -> list[PageLink]:
    """Check a page version object (`page.specific` or `revision.as_object()`) and store its links."""
    judge = InternalLinks(content)
    entries = []
    for link in page_links(content):
        if judge.is_internal(link):
            verdict = judge.judge(link)
            entries.append((link, PageLink.Kind.INTERNAL, verdict.address or link.href, verdict))
            continue
        target = read_href(link.href)
        if target.kind == Kind.HTTP:
            entries.append((link, PageLink.Kind.EXTERNAL, target.resolved, None))
        elif target.kind == Kind.MALFORMED:
            message = f"Link address is malformed: {target.problem}."
            entries.append((link, PageLink.Kind.EXTERNAL, link.href, Verdict(Outcome.INVALID, Severity.ERROR, message)))
    urls = [address for _, kind, address, verdict in entries if verdict is None]
    results = external.fetch(urls) if external_links == NOW else external.cached(urls)
    entries = [
        (link, kind, address,
         external.verdict_for(results[address], address) if verdict is None and address in results else verdict)
        for link, kind, address, verdict in entries
    ]
    with transaction.atomic():  # one commit for both writes
        rows = replace_links(content.pk, version, entries, revision_id)
        _attach_results([row for row in rows if row.kind == PageLink.Kind.EXTERNAL])
    if external_links == BACKGROUND and any(row.outcome == Outcome.PENDING for row in rows):
        fetch_pending_later(content.pk)
    return rows


def fetch_pending_later(page_id: int) -> None:
    """Fetch the page's pending external links in the background once the transaction commits."""
    from linkcheck.tasks import check_external_links  # tasks import this module

    transaction.on_commit(lambda: check_external_links.enqueue(page_id))


def promote_draft(page_id: int, revision_id: int) -> bool:
    """Make the draft rows checked from `revision_id` the live rows (it was just published).

    Saves checking the same content twice on publish. False when the draft rows come from
    another revision (or there are none): the caller checks the live version instead.
    """
    drafts = PageLink.objects.filter(page_id=page_id, version=PageLink.Version.DRAFT)
    if not drafts.filter(revision_id=revision_id).exists() or drafts.exclude(revision_id=revision_id).exists():
        return False
    PageLink.objects.filter(page_id=page_id, version=PageLink.Version.LIVE).delete()
    drafts.update(version=PageLink.Version.LIVE, revision_id=None)
    if PageLink.objects.filter(page_id=page_id, outcome=Outcome.PENDING).exists():
        fetch_pending_later(page_id)
    return True


def refresh_external(rows: list[PageLink], force: bool = False) -> list[PageLink]:
    """Fetch (or read fresh from the table) the results of external rows and store their verdicts.

    `force` expires the rows' cached results first: "recheck now" means ask the site again.
    """
    rows = [row for row in rows if row.kind == PageLink.Kind.EXTERNAL and read_href(row.url).kind == Kind.HTTP]
    if force:
        pages = {url_hash(split_fragment(row.url)[0]) for row in rows}
        LinkResult.objects.filter(url_hash__in=pages).update(expires_at=timezone.now())
    results = external.fetch(row.url for row in rows)
    now = timezone.now()
    for row in rows:
        apply_verdict(row, external.verdict_for(results[row.url], row.url), now)
    _attach_results(rows, save=False)
    PageLink.objects.bulk_update(rows, ["outcome", "severity", "message", "last_checked", "status", "result"])
    return rows


def _attach_results(rows: list[PageLink], save: bool = True) -> None:
    """Point external rows at their page address's stored result (status code included)."""
    hashes = {url_hash(split_fragment(row.url)[0]) for row in rows}
    stored = {r.url_hash: r for r in LinkResult.objects.filter(url_hash__in=hashes)} if hashes else {}
    for row in rows:
        result = stored.get(url_hash(split_fragment(row.url)[0]))
        row.result, row.status = result, result.status if result else None
    if save and rows:
        PageLink.objects.bulk_update(rows, ["result", "status"])
