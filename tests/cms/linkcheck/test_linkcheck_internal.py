"""Internal links on a real page tree: the verdicts stored for the report and the engine rule."""

import pytest
from cms_testing import build_site, make_article, paragraph, section
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, PageViewRestriction, Site

from linkcheck.checking import check_page
from linkcheck.models import Outcome, PageLink
from linkcheck.rules import InternalLinkRule
from pages.models import HomePage, StandardPage
from review.documents import build_document
from validators.config import Config
from validators.engine import check_documents
from validators.links.fragments import MissingAnchorRule
from validators.sources import from_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    home, index = build_site()
    target = make_article(
        index,
        "target",
        body=[section("Dosage", "dosage"), section("Side effects"), paragraph("<p>Target.</p>")],
        references=[{"title": "A trial"}],
    )
    return home, index, target


def page_link(page, text="the page"):
    return f'<a linktype="page" id="{page.pk}">{text}</a>'


def source_with(index, html, slug="source"):
    return make_article(index, slug, body=[section("Intro", "intro"), paragraph(f"<p>{html}</p>")])


def verdicts(page):
    rows = check_page(Page.objects.get(pk=page.pk))
    return [(row.outcome, row.severity) for row in rows if row.kind == PageLink.Kind.INTERNAL]


def rule_findings(page):
    document = build_document(Page.objects.get(pk=page.pk).specific)
    report = check_documents([document], Config(), rules=[InternalLinkRule]).reports[0]
    return [(f.rule, f.severity, f.excerpt, f.message) for f in report.findings]


def test_live_target_is_fine(tree):
    _, index, target = tree
    source = source_with(index, f"See {page_link(target)}.")
    assert verdicts(source) == [(Outcome.OK, "")]
    assert rule_findings(source) == []
    row = PageLink.objects.get(page=source, version="live")
    assert row.target_page_id == target.pk and row.url == "/health/target/" and row.link_text == "the page"
    assert row.block_path == "body[1]"


def test_unpublished_target(tree):
    _, index, target = tree
    source = source_with(index, f"See {page_link(target)}.")
    target.unpublish()
    assert verdicts(source) == [(Outcome.UNPUBLISHED, "error")]
    [(rule, severity, excerpt, message)] = rule_findings(source)
    assert (rule, severity, excerpt) == ("link.internal", "error", "the page")
    assert "not published" in message and "Target" in message


def test_draft_target_never_published(tree):
    _, index, _ = tree
    draft = make_article(index, "draft-only", publish=False)
    source = source_with(index, f"See {page_link(draft)}.")
    assert verdicts(source) == [(Outcome.UNPUBLISHED, "error")]


def test_deleted_target(tree):
    _, index, target = tree
    source = source_with(index, f"See {page_link(target)}.")
    target.delete()
    assert verdicts(source) == [(Outcome.DELETED, "error")]
    [(rule, severity, excerpt, message)] = rule_findings(source)
    assert severity == "error" and excerpt == "the page" and "deleted" in message


def test_private_target(tree):
    _, index, target = tree
    source = source_with(index, f"See {page_link(target)}.")
    PageViewRestriction.objects.create(page=target, restriction_type=PageViewRestriction.LOGIN)
    assert verdicts(source) == [(Outcome.PRIVATE, "warning")]
    [(_, severity, _, message)] = rule_findings(source)
    assert severity == "warning" and "private" in message


def test_restriction_on_an_ancestor_makes_the_target_private(tree):
    _, index, target = tree
    source_home = Page.get_first_root_node().add_child(instance=HomePage(title="Other", slug="other-home"))
    other = source_home.add_child(instance=StandardPage(title="Contact", slug="contact"))
    source = other.add_child(instance=StandardPage(title="Sub", slug="sub", body=f"<p>{page_link(target)}</p>"))
    Site.objects.create(hostname="other.example", port=80, root_page=source_home)
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert verdicts(source) == [(Outcome.PRIVATE, "warning")]


def test_target_on_another_site(tree):
    _, index, _ = tree
    other_home = Page.get_first_root_node().add_child(instance=HomePage(title="Other", slug="other-home"))
    Site.objects.create(hostname="other.example", port=80, root_page=other_home)
    elsewhere = other_home.add_child(instance=StandardPage(title="Elsewhere", slug="elsewhere"))
    source = source_with(index, f"See {page_link(elsewhere)}.")
    assert verdicts(source) == [(Outcome.OTHER_SITE, "warning")]
    [(_, severity, _, message)] = rule_findings(source)
    assert severity == "warning" and "other.example" in message


def test_anchor_on_target_page(tree):
    _, index, _ = tree
    links = (
        '<a href="/health/target/#dosage">declared anchor</a> '
        '<a href="/health/target/#side-effects">slugified heading</a> '
        '<a href="/health/target/#ref-1">reference</a> '
        '<a href="/health/target/#itch-relief">missing</a>'
    )
    source = source_with(index, links)
    assert verdicts(source) == [(Outcome.OK, "")] * 3 + [(Outcome.MISSING_ANCHOR, "error")]
    [(_, severity, excerpt, message)] = rule_findings(source)
    assert (severity, excerpt) == ("error", "missing") and "itch-relief" in message


def test_anchor_on_the_page_itself(tree):
    _, index, _ = tree
    source = source_with(index, '<a href="#intro">up</a> and <a href="#nowhere">down</a>')
    rows = check_page(Page.objects.get(pk=source.pk))
    assert [(r.url, r.outcome) for r in rows] == [("#intro", Outcome.OK), ("#nowhere", Outcome.MISSING_ANCHOR)]
    # In the engine run, fragments within the page are link.anchor's (against the document's ids): no duplicate.
    document = build_document(Page.objects.get(pk=source.pk).specific)
    report = check_documents([document], Config(), rules=[InternalLinkRule, MissingAnchorRule]).reports[0]
    assert [(f.rule, f.excerpt) for f in report.findings] == [("link.anchor", "down")]


def test_relative_paths(tree):
    _, index, _ = tree
    source = source_with(
        index,
        '<a href="/health/target/">served</a> <a href="/health/target">no slash</a> '
        '<a href="/health/retired/">not served</a> <a href="/admin/">a Django view</a>',
    )
    assert verdicts(source) == [(Outcome.OK, "")] * 2 + [(Outcome.NOT_FOUND, "error"), (Outcome.OK, "")]
    [(_, _, excerpt, message)] = rule_findings(source)
    assert excerpt == "not served" and "/health/retired/" in message


def test_absolute_link_to_our_own_site_is_checked_as_internal(tree):
    _, index, _ = tree
    source = source_with(index, '<a href="http://localhost/health/gone/">ours</a>')
    assert verdicts(source) == [(Outcome.NOT_FOUND, "error")]


def test_document_links(tree):
    _, index, _ = tree
    documents = get_document_model()
    kept = documents.objects.create(title="Leaflet", file=ContentFile(b"%PDF-1.4", name="leaflet.pdf"))
    lost = documents.objects.create(title="Lost file", file=ContentFile(b"%PDF-1.4", name="lost.pdf"))
    deleted = documents.objects.create(title="Deleted", file=ContentFile(b"%PDF-1.4", name="deleted.pdf"))
    lost.file.storage.delete(lost.file.name)
    html = " ".join(f'<a linktype="document" id="{d.pk}">{d.title}</a>' for d in (kept, lost, deleted))
    source = source_with(index, html)
    deleted.delete()
    assert verdicts(source) == [(Outcome.OK, ""), (Outcome.MISSING_FILE, "error"), (Outcome.DELETED, "error")]
    assert [(excerpt, severity) for _, severity, excerpt, _ in rule_findings(source)] == [
        ("Lost file", "error"),
        ("Deleted", "error"),
    ]


def test_rule_ignores_documents_that_do_not_come_from_the_cms(tree):
    _, index, target = tree
    target.unpublish()
    document = from_html('<p><a href="/health/target/">x</a> <a href="/nowhere/">y</a></p>', "article.html")
    report = check_documents([document], Config(), rules=[InternalLinkRule]).reports[0]
    assert report.findings == []


def test_figure_images_whose_file_or_image_is_gone(tree):
    _, index, _ = tree
    images = get_image_model()
    kept, lost, deleted = (images.objects.create(title=t, file=get_test_image_file(f"{t}.png")) for t in "abc")
    lost.file.storage.delete(lost.file.name)
    figures = [{"type": "image", "value": {"image": image.pk, "alt_text": "x", "caption": ""}}
               for image in (kept, lost, deleted)]
    source = make_article(index, "figures", body=figures)
    deleted.delete()
    rows = check_page(Page.objects.get(pk=source.pk))
    assert [(r.block_path, r.outcome, r.severity) for r in rows] == [
        ("body[0].image", Outcome.OK, ""),
        ("body[1].image", Outcome.MISSING_FILE, "error"),
        ("body[2].image", Outcome.DELETED, "error"),
    ]


def test_malformed_relative_address_is_reported_not_raised(tree):
    _, index, _ = tree
    source = source_with(index, '<a href="\x1fhttp://[">odd</a> <a href="http://[::1">odd too</a>')
    rows = check_page(Page.objects.get(pk=source.pk))
    assert [(r.outcome, r.severity) for r in rows] == [(Outcome.INVALID, "error")] * 2
    assert rule_findings(source) == []  # in the engine run, malformed addresses are link.malformed's
