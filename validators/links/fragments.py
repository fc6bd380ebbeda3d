"""Rule on `#fragment` links: the element they point to must exist."""

from collections.abc import Iterable

from validators.document import Document
from validators.findings import Category, Finding, Severity
from validators.links.client import needs_anchor_check
from validators.links.plan import document_anchors, fetch_results, link_targets
from validators.links.urls import Kind
from validators.registry import Rule, register


@register
class MissingAnchorRule(Rule):
    """`#fragment` links to an id that the target page (or this document) does not have.

    What it does: flags a link whose `#fragment` names no id or anchor in the page it points to (or
    in this document).
    Why is this bad? The link "works" but drops the reader at the top of the page instead of the
    section promised, which usually means the section was renamed or removed.
    Example: <a href="/health/acne/#itch-relief"> when /health/acne/ has no id="itch-relief".
    An anchor not found in a page cut at the byte cap is only a warning.
    """

    id = "link.anchor"
    isolated = False  # check() reads what prepare() fetched
    category = Category.LINK
    severity = Severity.ERROR

    def prepare(self, documents: list[Document]) -> None:
        self.results = fetch_results(documents, self.config)

    def check(self, document: Document) -> Iterable[Finding]:
        own_anchors = None
        for link, target in link_targets(document, self.config):
            if not needs_anchor_check(target.fragment):
                continue
            severity = None
            if target.kind == Kind.SELF_FRAGMENT:
                own_anchors = document_anchors(document) if own_anchors is None else own_anchors
                if target.fragment in own_anchors:
                    continue
                message = f"This document has no element with id '{target.fragment}'."
            elif target.kind == Kind.HTTP:
                result = self.results.get(target.resolved)
                if result is None or not result.ok or result.has_anchor(target.fragment) is not False:
                    continue
                message = f"The target page has no element with id '{target.fragment}'."
                if not result.anchors_complete:
                    severity = Severity.WARNING
                    message = f"'{target.fragment}' was not found in the part of the target page that was read."
            else:
                continue
            yield self.finding(
                document, link.start, link.end, message, severity=severity, url=link.href,
                resolved_url=target.resolved,
            )
