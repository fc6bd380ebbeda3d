"""Rules on hrefs as written: malformed addresses, bad mailto:/tel:, unsafe or non-web schemes."""

from collections.abc import Iterable
from functools import cached_property

from validators.document import Document
from validators.findings import Category, Finding, Severity
from validators.links.plan import link_targets
from validators.links.urls import Kind
from validators.registry import Rule, register


@register
class MalformedLinkRule(Rule):
    """Links whose address is malformed: no host, bad characters, broken mailto: or tel:.

    What it does: flags an href that cannot be a working address: no host, spaces or bad characters,
    an empty mailto: or a tel: with no number.
    Why is this bad? A malformed href fails for every reader and is never fetched, so no status check
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


@register
class LinkSchemeRule(Rule):
    """Links whose scheme is unsafe (javascript:, data:, file:) or not a web address (ftp:, gopher:).

    What it does: reads the scheme of every link that is not http(s), mailto: or tel:. A
    scheme that runs code or opens local files in the reader's browser is an error; any
    other scheme is a warning. The lists are data: validators/data/links_schemes.yaml.
    Why is this bad? A javascript: or data: link runs a script or shows a page of the
    author's making under this site's name (a way to smuggle code or a phishing form into
    reviewed content), and a file: link points into the reader's own computer. Other
    schemes (ftp:, gopher:) are not web pages: most browsers no longer open them, and the
    link checker cannot check them.
    Example: <a href="javascript:openForm()">Book now</a> (error);
    <a href="ftp://files.example/leaflet.pdf">leaflet</a> (warning: link the https:// copy).
    """

    id = "link.scheme"
    category = Category.LINK
    severity = Severity.ERROR

    @cached_property
    def _schemes(self) -> tuple[frozenset[str], frozenset[str]]:
        data = self.vocabulary("links_schemes")
        return frozenset(data["unsafe"]), frozenset(data["usable"])

    def check(self, document: Document) -> Iterable[Finding]:
        unsafe, usable = self._schemes
        for link, target in link_targets(document, self.config):
            if target.kind != Kind.OTHER_SCHEME or target.scheme in usable:
                continue
            if target.scheme in unsafe:
                message = (f"'{target.scheme}:' links are unsafe: they run code or open files in the reader's "
                           "browser. Link to a web page (https://) instead.")
                yield self.finding(document, link.start, link.end, message, url=link.href)
            else:
                message = (f"'{target.scheme}:' is not a web address: most browsers cannot open it and it is "
                           "not checked. Link to an https:// page instead.")
                yield self.finding(document, link.start, link.end, message, severity=Severity.WARNING, url=link.href)
