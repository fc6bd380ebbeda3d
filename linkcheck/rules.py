"""The CMS's link rule for the check engine: links to this CMS's own pages, documents and
paths, judged from the database. Importing this module registers it (done at app ready)."""

import re
from collections.abc import Iterable

from wagtail.models import Page

from linkcheck.content import FoundLink
from linkcheck.internal import InternalLinks, Verdict
from validators.document import Document, Link
from validators.findings import Category, Finding, Severity
from validators.links.urls import Kind, read_href
from validators.registry import Rule, register

# The review app names the documents it builds from pages "page/<pk>" ("page/new" before the
# first save); any other document (a file checked by the CLI) is none of this rule's business.
CMS_DOCUMENT = re.compile(r"^page/(\d+|new)$")


def cms_page_id(document: Document) -> int | None | bool:
    """The page pk of a CMS document, None for an unsaved page, False for any other document."""
    match = CMS_DOCUMENT.match(document.path)
    if match is None:
        return False
    return int(match.group(1)) if match.group(1).isdigit() else None


def _as_found(link: Link) -> FoundLink:
    linktype = link.attributes.get("linktype", "")
    return FoundLink("", "", href=link.href, linktype=linktype, target_id=link.attributes.get("id", ""))


@register
class InternalLinkRule(Rule):
    """Links to this site's own pages, documents and paths that readers could not follow.

    What it does: judges every link to this site's own pages, documents and paths against the
    database (no fetch) and flags those a reader could not follow.
    Why is this bad? A page link whose target is deleted, unpublished, private or on another site, a
    document whose file is gone, a relative address no page serves, or a `#section` the
    target page does not have, all fail readers once the page is live; the database knows
    at once, without fetching anything.
    Example: a link to "Acne treatments" after that page was unpublished ("'Acne treatments'
    is not published: readers would get 'page not found'"), or href="/health/acne/#itch"
    when /health/acne/ has no section "itch".
    `#fragment` links within the page itself are left to `link.anchor`.
    """

    id = "link.internal"
    isolated = False  # check() reads the database
    category = Category.LINK
    severity = Severity.ERROR

    def prepare(self, documents: list[Document]) -> None:
        # The database is read here, in the caller's thread: `check` runs on a worker thread,
        # which would have a connection (and transaction) of its own.
        self.verdicts: dict[int, list[tuple[Link, Verdict]]] = {}
        for document in documents:
            page_id = cms_page_id(document)
            if page_id is False:
                continue
            source = Page.objects.filter(pk=page_id).first() if page_id is not None else None
            judge = InternalLinks(source)
            found = []
            for link in document.links:
                candidate = _as_found(link)
                if read_href(link.href).kind == Kind.SELF_FRAGMENT and not candidate.linktype:
                    continue
                if judge.is_internal(candidate):
                    found.append((link, judge.judge(candidate)))
            self.verdicts[id(document)] = found

    def check(self, document: Document) -> Iterable[Finding]:
        for link, verdict in self.verdicts.get(id(document), []):
            if verdict.severity is None:
                continue
            yield self.finding(
                document, link.start, link.end, verdict.message, severity=verdict.severity, url=link.href,
                resolved_url=verdict.address or None, details={"outcome": str(verdict.outcome)},
            )
