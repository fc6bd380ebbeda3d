"""Rule on hrefs that cannot work as written: malformed addresses, bad mailto:/tel:/data:."""

from collections.abc import Iterable

from validators.document import Document
from validators.findings import Category, Finding, Severity
from validators.links.plan import link_targets
from validators.links.urls import Kind
from validators.registry import Rule, register


@register
class MalformedLinkRule(Rule):
    """Links whose address is malformed: no host, bad characters, broken mailto:, tel: or data:.

    Why: a malformed href fails for every reader and is never fetched, so no status check
    would catch it; the message says what is wrong.
    Example: href="https://exa mple.org/" or href="mailto:info@" or href="tel:call-us".
    """

    id = "link.malformed"
    category = Category.LINK
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterable[Finding]:
        for link, target in link_targets(document, self.config):
            if target.kind == Kind.MALFORMED:
                yield self.finding(
                    document, link.start, link.end, f"Link address is malformed: {target.problem}.", url=link.href
                )
