"""The CMS link rule inside the engine run the review app makes, and the engine's own link
rules sharing the database result table when a run is given it (`Config.link_cache`)."""

import pytest
from cms_testing import build_site, make_article, paragraph
from wagtail.models import Page

from linkcheck.cache import DatabaseCache
from linkcheck.models import LinkResult
from pages.models import ArticlePage
from review.documents import build_document
from validators.config import Config
from validators.document import Link
from validators.engine import check_documents
from validators.links.cache import cache_for
from validators.links.status import HttpStatusRule
from validators.registry import all_rules


def test_link_internal_is_registered_with_the_engine():
    assert "link.internal" in all_rules()


@pytest.mark.django_db
def test_a_page_being_created_has_its_page_links_judged():
    _, index = build_site()
    gone = make_article(index, "gone")
    gone_id = gone.pk
    gone.delete()
    new_page = ArticlePage(title="New", slug="new")  # never saved: document "page/new"
    document = build_document(new_page)
    assert document.path == "page/new"
    document.links.append(Link("", 0, 3, 0, {"linktype": "page", "id": str(gone_id)}))
    [finding] = check_documents([document], Config(), rules=[all_rules()["link.internal"]]).reports[0].findings
    assert finding.severity == "error" and "deleted" in finding.message


@pytest.mark.django_db
def test_engine_link_rules_share_the_database_cache(local_site):
    _, index = build_site()
    page = make_article(index, "cited", body=[paragraph(
        f'<p><a href="{local_site.url}/status/404">a gone study</a> <a href="{local_site.url}/ok">fine</a></p>'
    )])
    config = Config().replace(allow_hosts=("127.0.0.1",), host_interval=0.0, timeout=3.0, link_cache=DatabaseCache())
    document = build_document(Page.objects.get(pk=page.pk).specific)
    findings = check_documents([document], config, rules=[HttpStatusRule]).reports[0].findings
    assert [(f.rule, f.excerpt, f.severity) for f in findings] == [("link.http-status", "a gone study", "error")]
    assert set(LinkResult.objects.values_list("status", flat=True)) == {404, 200}
    hits = local_site.requests_for("/status/404")
    again = check_documents([build_document(Page.objects.get(pk=page.pk).specific)], config,
                            rules=[HttpStatusRule]).reports[0].findings
    assert [f.excerpt for f in again] == ["a gone study"] and local_site.requests_for("/status/404") == hits
    assert cache_for(None).get_many([f"{local_site.url}/status/404"]) == {}  # the process cache was not used
