"""Readers and anonymous API clients never see findings or the review UI."""

import json

import pytest
from cms_testing import make_article, paragraphs
from django.urls import reverse

from review.checks import latest_run

pytestmark = pytest.mark.django_db

TRACES = ("UI test rule", "uitest.", "review-finding", "content-findings", "data-review", "fingerprint")


@pytest.fixture
def live(index):
    """A live article with an open warning finding (warnings do not block publishing)."""
    page = make_article(index, "live", body=paragraphs("Rest may help your skin heal."))
    assert page.live and latest_run(page).findings.filter(severity="warning").exists()
    return page


def assert_no_traces(text):
    for trace in TRACES:
        assert trace not in text


def test_reader_page_shows_no_findings(client, live):
    response = client.get(live.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Rest may help your skin heal." in html
    assert_no_traces(html)
    assert "review/js/findings-panel.js" not in html


def test_api_v2_and_v3_expose_no_findings(client, live):
    v2 = client.get(f"/api/v2/pages/{live.pk}/", {"fields": "*"})
    v3 = client.get(reverse("wagtailapi_v3:detail_page", args=[live.pk]))
    for response in (v2, v3):
        assert response.status_code == 200
        assert "Rest may help" in json.dumps(response.json())
        assert_no_traces(json.dumps(response.json()))
    assert client.get(f"/api/v2/pages/{live.pk}/", {"fields": "check_runs"}).status_code == 400


def test_review_endpoints_need_login(client, live):
    finding = latest_run(live).findings.get()
    login = reverse("wagtailadmin_login")
    for url in (reverse("review:report"), reverse("review:report_results"),
                reverse("wagtailadmin_pages:edit", args=[live.pk])):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(login)
    for name in ("review:decide", "review:apply_suggestion"):
        response = client.post(reverse(name, args=[live.pk, finding.fingerprint]), {"decision": "approve",
                                                                                    "reason": "x", "index": 0})
        assert response.status_code == 302 and response["Location"].startswith(login)


def test_unknown_admin_paths_do_not_leak_to_anonymous(client, live):
    response = client.get(f"/admin/content-checks/page/{live.pk}/finding/x/decide/")
    assert response.status_code == 302
