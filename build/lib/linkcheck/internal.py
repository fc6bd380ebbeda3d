"""Judging links to this CMS's own content, without any HTTP: page links by id, document and
image links, relative addresses (and absolute ones on one of our Wagtail sites) resolved the
way Wagtail routes them, and `#fragment`s against the target's rendered ids.

Severity follows what readers would get: a 404 or a missing file is an error; a private page
(login required) or a page on another of our sites is a warning, it may be intended.
"""

from dataclasses import dataclass, replace
from urllib.parse import unquote, urljoin, urlsplit

from django.urls import Resolver404, resolve
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from linkcheck.anchors import rendered_anchors
from linkcheck.content import FoundLink
from linkcheck.models import Outcome
from validators.findings import Severity
from validators.links.client import needs_anchor_check
from validators.links.urls import Kind, read_href


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    severity: Severity | None = None  # None: nothing wrong
    message: str = ""
    address: str = ""  # where the link takes readers, for the report
    target_page_id: int | None = None


OK = Outcome.OK


def _port_matches(url_port: int | None, scheme: str, site: Site) -> bool:
    if url_port is not None:
        return url_port == site.port
    # Sites behind a proxy are often configured with port 80 and served over https.
    return site.port in (80, 443) or site.port == (443 if scheme == "https" else 80)


class InternalLinks:
    """Verdicts on the internal links of one source page version (live page or draft object).

    Verdicts on pages and their anchors are memoised for the lifetime of the object: one
    page's links often point to the same few pages, and each target's anchors cost a render.
    """

    def __init__(self, source: Page | None):
        self.source = source  # None: a page not saved yet (no place in the tree, no own anchors)
        self.sites = list(Site.objects.select_related("root_page"))
        parts = source.get_url_parts() if source is not None and source.pk else None
        self.source_site = next((s for s in self.sites if parts and s.pk == parts[0]), None)
        self.source_path = parts[2] if parts else "/"
        self._anchors: dict[int, frozenset[str] | None] = {}
        self._pages: dict[tuple[int | None, str], Verdict] = {}

    # -- classification -------------------------------------------------------------------

    def site_for_url(self, url: str) -> Site | None:
        """The Wagtail site an absolute http(s) address belongs to, if it is one of ours."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            return None
        host = (parts.hostname or "").lower().rstrip(".")
        return next(
            (s for s in self.sites if s.hostname.lower() == host and _port_matches(port, parts.scheme, s)), None
        )

    def is_internal(self, link: FoundLink) -> bool:
        if link.linktype:
            return True
        target = read_href(link.href)
        if target.kind in (Kind.SELF_FRAGMENT, Kind.UNRESOLVED):
            return True
        return target.kind == Kind.HTTP and self.site_for_url(target.resolved) is not None

    # -- verdicts -------------------------------------------------------------------------

    def judge(self, link: FoundLink) -> Verdict:
        """The verdict on an internal link (`is_internal(link)` must be true)."""
        if link.linktype == "page":
            return self.judge_page(_int(link.target_id), "")
        if link.linktype == "document":
            return self.judge_document(_int(link.target_id))
        if link.linktype == "image":
            return self.judge_image(_int(link.target_id))
        if link.linktype:
            return Verdict(OK, message=f"'{link.linktype}' links are not checked")
        target = read_href(link.href)
        if target.kind == Kind.SELF_FRAGMENT:
            return self.judge_own_fragment(target.fragment)
        try:
            if target.kind == Kind.UNRESOLVED:
                parts = urlsplit(urljoin(self.source_path, link.href.strip()))
                return self.judge_path(self.source_site, parts.path, unquote(parts.fragment))
            parts = urlsplit(target.resolved)
        except ValueError as error:  # e.g. "\x1fhttp://[": control characters are dropped, then a bad host
            return Verdict(Outcome.INVALID, Severity.ERROR, f"Link address is malformed: {error}.", link.href)
        return self.judge_path(self.site_for_url(target.resolved), parts.path, target.fragment)

    def judge_page(self, page_id: int | None, fragment: str, address: str = "") -> Verdict:
        key = (page_id, fragment)
        if key not in self._pages:
            self._pages[key] = self._judge_page(page_id, fragment)
        verdict = self._pages[key]
        return replace(verdict, address=address) if address else verdict

    def _judge_page(self, page_id: int | None, fragment: str) -> Verdict:
        page = Page.objects.filter(pk=page_id).first() if page_id is not None else None
        if page is None:
            return Verdict(Outcome.DELETED, Severity.ERROR, f"The linked page (id {page_id}) has been deleted.",
                           f"page {page_id}")
        title = page.get_admin_display_title()
        parts = page.get_url_parts()
        address = parts[2] if parts else f"page {page.pk}"
        verdict = _page_problem(page, title, parts, self.source_site, self.sites)
        if verdict is None and fragment and needs_anchor_check(fragment):
            verdict = self._anchor_problem(page, fragment, f"'{title}'")
        if verdict is None:
            return Verdict(OK, address=address, target_page_id=page.pk)
        return Verdict(verdict[0], verdict[1], verdict[2], address, page.pk)

    def judge_path(self, site: Site | None, path: str, fragment: str) -> Verdict:
        """A path on one of our sites: a page, a document, a redirect, another Django view or nothing."""
        path = path or "/"
        shown = path + (f"#{fragment}" if fragment else "")
        match = _resolve(path)
        if match is None:
            return Verdict(Outcome.NOT_FOUND, Severity.ERROR, f"No page is served at {path}.", shown)
        if match.url_name == "wagtaildocs_serve":
            return self.judge_document(_int(match.args[0]), shown)
        if match.url_name != "wagtail_serve":
            return Verdict(OK, address=shown)
        if site is None:
            return Verdict(Outcome.NOT_FOUND, Severity.ERROR, f"No site serves {path}.", shown)
        slugs = [part for part in path.split("/") if part]
        page = Page.objects.filter(url_path=site.root_page.url_path + "".join(f"{s}/" for s in slugs)).first()
        if page is not None:
            return self.judge_page(page.pk, fragment, shown)
        redirect = Redirect.get_for_site(site).filter(old_path=Redirect.normalise_path(path)).first()
        if redirect is not None and redirect.redirect_page_id:
            verdict = self.judge_page(redirect.redirect_page_id, fragment, shown)
            new_address = redirect.redirect_page.get_url(current_site=site) if verdict.outcome == OK else None
            if new_address:  # e.g. the page was moved and Wagtail kept its old address working
                return Verdict(Outcome.MOVED, Severity.INFO, f"{path} redirects to {new_address}; link to the new "
                               f"address.", shown, verdict.target_page_id)
            return verdict
        if redirect is not None:
            return Verdict(OK, address=shown)
        return Verdict(Outcome.NOT_FOUND, Severity.ERROR, f"No page is served at {path}.", shown)

    def judge_own_fragment(self, fragment: str) -> Verdict:
        shown = f"#{fragment}"
        if not needs_anchor_check(fragment):
            return Verdict(OK, address=shown)
        problem = self._anchor_problem(self.source, fragment, "this page") if self.source is not None else None
        return Verdict(*problem, shown) if problem else Verdict(OK, address=shown)

    def judge_document(self, document_id: int | None, address: str = "") -> Verdict:
        model = get_document_model()
        document = model.objects.filter(pk=document_id).first() if document_id is not None else None
        address = address or f"document {document_id}"
        if document is None:
            return Verdict(Outcome.DELETED, Severity.ERROR, f"The linked document (id {document_id}) has been deleted.",
                           address)
        address = document.url or address
        if not _file_exists(document.file):
            return Verdict(Outcome.MISSING_FILE, Severity.ERROR,
                           f"The file of document '{document.title}' is missing from storage.", address)
        if document.collection.get_view_restrictions().exists():
            return Verdict(Outcome.PRIVATE, Severity.WARNING,
                           f"Document '{document.title}' is private: readers must log in to open it.", address)
        return Verdict(OK, address=address)

    def judge_image(self, image_id: int | None) -> Verdict:
        image = get_image_model().objects.filter(pk=image_id).first() if image_id is not None else None
        address = f"image {image_id}"
        if image is None:
            return Verdict(Outcome.DELETED, Severity.ERROR, f"The image (id {image_id}) has been deleted.", address)
        if not _file_exists(image.file):
            return Verdict(Outcome.MISSING_FILE, Severity.ERROR,
                           f"The file of image '{image.title}' is missing from storage.", address)
        return Verdict(OK, address=address)

    def _anchor_problem(self, page: Page, fragment: str, where: str):
        key = id(page) if page is self.source else page.pk
        if key not in self._anchors:
            self._anchors[key] = rendered_anchors(page if page is self.source else page.specific)
        anchors = self._anchors[key]
        if anchors is None or fragment in anchors:
            return None
        message = f"{where[0].upper()}{where[1:]} has no section or element with id '{fragment}'."
        return Outcome.MISSING_ANCHOR, Severity.ERROR, message


def _page_problem(page: Page, title: str, parts, source_site: Site | None, sites: list[Site]):
    if not page.live:
        return (Outcome.UNPUBLISHED, Severity.ERROR,
                f"'{title}' is not published: readers would get 'page not found' once this page is live.")
    if parts is None:
        return Outcome.NOT_FOUND, Severity.ERROR, f"'{title}' is not under any site's home page, so it has no address."
    if page.get_view_restrictions().exists():
        return Outcome.PRIVATE, Severity.WARNING, f"'{title}' is private: readers must log in to see it."
    if source_site is not None and parts[0] != source_site.pk:
        site = next((s for s in sites if s.pk == parts[0]), None)
        message = f"'{title}' belongs to another site ({site}): readers leave this site."
        return Outcome.OTHER_SITE, Severity.WARNING, message
    return None


def _resolve(path: str):
    for candidate in (path, path + "/") if not path.endswith("/") else (path,):
        try:
            return resolve(candidate)  # APPEND_SLASH: /health/acne redirects to /health/acne/
        except Resolver404:
            continue
    return None


def _file_exists(field_file) -> bool:
    try:
        return bool(field_file.name) and field_file.storage.exists(field_file.name)
    except (OSError, ValueError):
        return False


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
