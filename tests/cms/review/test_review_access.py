"""Nothing of the review is visible to readers: drafts and findings stay in the admin."""

import json

import pytest
from cms_testing import make_article, paragraphs
from django.urls import reverse
from review_testing import waive

from review.models import CheckRun

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_page(index, reviewer, draft):
    waive(draft, reviewer)
    draft.get_latest_revision().publish()
    draft.refresh_from_db()
    return draft


def test_anonymous_readers_never_see_drafts(client, index):
    page = make_article(index, "secret-draft", publish=False, body=paragraphs("A miracle cure."))
    assert CheckRun.objects.filter(page=page).exists()
    assert client.get(page.url).status_code == 404
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    assert client.get(reverse("wagtailapi_v3:detail_page", args=[page.pk])).status_code == 404


def test_the_apis_never_expose_findings_anonymously(client, live_page):
    for url in (f"/api/v2/pages/{live_page.pk}/?fields=*", reverse("wagtailapi_v3:detail_page", args=[live_page.pk])):
        response = client.get(url)
        assert response.status_code == 200
        text = json.dumps(response.json()).lower()
        for word in ("finding", "fingerprint", "waive", "test.promise"):
            assert word not in text
    page_html = client.get(live_page.url).content.decode().lower()
    assert "test.promise" not in page_html and "waive" not in page_html


def test_anonymous_users_cannot_reach_the_admin_history(client, live_page):
    response = client.get(reverse("wagtailadmin_pages:history", args=[live_page.pk]))
    assert response.status_code == 302 and "login" in response["Location"]
