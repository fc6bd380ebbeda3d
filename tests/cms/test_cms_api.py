"""Headless delivery: API v2 (anonymous, read-only) and API v3 (anonymous read, token write)."""

import json

import pytest
from cms_testing import make_article
from django.urls import reverse
from wagtail.models import APIToken, PageViewRestriction

from pages.models import ArticlePage

pytestmark = pytest.mark.django_db

BODY = [
    {"type": "section", "value": {"heading": "Overview", "level": "h2", "anchor": ""}},
    {"type": "paragraph", "value": "<p>Claim with a source [1].</p>"},
]
REFERENCES = [{"authors": "Doe J", "title": "A trial", "publisher": "BMJ", "year": 2021, "doi": "10.1136/bmj.x1"}]


@pytest.fixture
def articles(site_tree):
    _, index = site_tree
    live = make_article(index, "live-one", title="Live one", body=BODY, references=REFERENCES)
    draft = make_article(index, "draft-one", title="Draft one", publish=False)
    private = make_article(index, "private-one", title="Private one")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return {"index": index, "live": live, "draft": draft, "private": private}


def v2_articles(client):
    response = client.get("/api/v2/pages/", {"type": "pages.ArticlePage", "fields": "*"})
    assert response.status_code == 200
    return response.json()["items"]


def test_v2_lists_only_live_public_articles_with_all_fields(client, articles):
    items = v2_articles(client)
    assert [item["title"] for item in items] == ["Live one"]
    item = items[0]
    assert item["body"][0]["type"] == "section"
    assert item["body"][0]["value"]["heading"] == "Overview"
    assert item["body"][1]["value"] == "<p>Claim with a source [1].</p>"
    assert '<h2 id="overview">Overview</h2>' in item["body_html"]
    assert '<a href="#ref-1">1</a>' in item["body_html"]
    assert item["references"][0]["doi"] == "10.1136/bmj.x1"
    assert item["references"][0]["title"] == "A trial"
    assert item["medical_reviewer"] == "Dr Test Reviewer, MD"
    assert item["last_reviewed"] == "2026-01-15"
    assert item["meta"]["first_published_at"]
    assert item["last_published_at"]


def test_v2_detail_of_draft_or_private_page_is_404(client, articles):
    assert client.get(f"/api/v2/pages/{articles['live'].pk}/").status_code == 200
    assert client.get(f"/api/v2/pages/{articles['draft'].pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{articles['private'].pk}/").status_code == 404


def test_v2_never_shows_unpublished_changes_of_a_live_page(client, articles):
    live = articles["live"]
    live.title = "Unpublished new title"
    live.save_revision()
    assert [item["title"] for item in v2_articles(client)] == ["Live one"]


def test_v2_images_and_documents_endpoints(client, articles):
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200


def test_v3_anonymous_reads_only_live_public_pages(client, articles):
    response = client.get(reverse("wagtailapi_v3:list_pages"), {"type": "pages.ArticlePage"})
    assert response.status_code == 200
    assert [item["title"] for item in response.json()["items"]] == ["Live one"]
    detail = client.get(reverse("wagtailapi_v3:detail_page", args=[articles["live"].pk])).json()
    assert detail["references"][0]["doi"] == "10.1136/bmj.x1"
    assert '<a href="#ref-1">1</a>' in detail["body_html"]
    for hidden in ("draft", "private"):
        url = reverse("wagtailapi_v3:detail_page", args=[articles[hidden].pk])
        assert client.get(url).status_code == 404
        assert client.get(url, {"version": "draft"}).status_code == 404


def test_v3_anonymous_cannot_write(client, articles):
    response = client.post(
        reverse("wagtailapi_v3:create_page"),
        data=json.dumps({"meta": {"parent_id": articles["index"].pk, "type": "pages.ArticlePage"}, "title": "X"}),
        content_type="application/json",
    )
    assert response.status_code == 401
    assert not ArticlePage.objects.filter(title="X").exists()


def bearer(user):
    _, plaintext = APIToken.create_token(user=user, name="test")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def create_via_v3(client, headers, parent_id, **extra):
    payload = {
        "meta": {"parent_id": parent_id, "type": "pages.ArticlePage"},
        "title": "Made by API",
        "slug": "made-by-api",
        "summary": "Created over HTTP.",
        "body": [{"type": "paragraph", "value": "<p>From the API [1].</p>"}],
        "references": [{"title": "API reference", "doi": "10.1000/api", "year": 2024}],
        "medical_reviewer": "Dr API",
        "last_reviewed": "2026-03-01",
        **extra,
    }
    return client.post(
        reverse("wagtailapi_v3:create_page"), data=json.dumps(payload), content_type="application/json", **headers
    )


def test_v3_token_creates_and_updates_a_draft_article(client, articles, make_user):
    headers = bearer(make_user("robot", superuser=True))
    response = create_via_v3(client, headers, articles["index"].pk)
    assert response.status_code == 201, response.content
    page = ArticlePage.objects.get(slug="made-by-api")
    assert not page.live
    assert "From the API [1].</p>" in page.body[0].value.source
    assert page.references.get().doi == "10.1000/api"

    response = client.patch(
        reverse("wagtailapi_v3:update_page", args=[page.pk]),
        data=json.dumps({"meta": {"type": "pages.ArticlePage"}, "summary": "Updated over HTTP."}),
        content_type="application/json",
        **headers,
    )
    assert response.status_code == 200, response.content
    assert ArticlePage.objects.get(pk=page.pk).get_latest_revision_as_object().summary == "Updated over HTTP."
    # Still a draft: anonymous readers cannot see it.
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_v3_editor_token_cannot_publish_but_reviewer_token_can(client, articles, make_user):
    editor = bearer(make_user("ed", "Editors"))
    reviewer = bearer(make_user("rev", "Compliance reviewers"))
    response = create_via_v3(client, editor, articles["index"].pk)
    assert response.status_code == 201, response.content
    page = ArticlePage.objects.get(slug="made-by-api")
    publish_url = reverse("wagtailapi_v3:pages_actions_publish", args=[page.pk])

    assert client.post(publish_url, **editor).status_code == 403
    assert not ArticlePage.objects.get(pk=page.pk).live

    response = client.post(publish_url, **reviewer)
    assert response.status_code == 200, response.content
    assert ArticlePage.objects.get(pk=page.pk).live
    assert "Made by API" in [item["title"] for item in v2_articles(client)]


def test_v3_revoked_token_is_anonymous(client, articles, make_user):
    token, plaintext = APIToken.create_token(user=make_user("gone", superuser=True), name="old")
    token.revoke()
    response = create_via_v3(client, {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}, articles["index"].pk)
    assert response.status_code == 401


def test_v2_documents_in_restricted_collections_are_hidden(client, articles):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document
    from wagtail.models import Collection, CollectionViewRestriction

    private = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    Document.objects.create(title="Public leaflet", file=ContentFile(b"a", name="public.txt"))
    Document.objects.create(title="Internal memo", file=ContentFile(b"b", name="memo.txt"), collection=private)
    titles = [item["title"] for item in client.get("/api/v2/documents/").json()["items"]]
    assert titles == ["Public leaflet"]


def post_action(client, headers, page_id, action, payload):
    return client.post(reverse(f"wagtailapi_v3:pages_actions_{action}", args=[page_id]),
                       data=json.dumps(payload), content_type="application/json", **headers)


@pytest.mark.parametrize(("action", "on_root", "payload"), [
    ("copy", True, {}),
    ("create_alias", True, {"recursive": False}),
    ("move", False, {"position": "left"}),
    ("move", False, {"position": "last-sibling"}),
    ("move", False, {}),
])
def test_v3_refuses_to_place_a_page_beside_the_tree_root(client, articles, make_user, action, on_root, payload):
    """Wagtail 8.0 answers these with a 500 (the root has no parent to place the page in)."""
    headers = bearer(make_user("robot", superuser=True))
    root = articles["index"].get_parent().get_parent()
    assert root.depth == 1
    page_id = root.pk if on_root else articles["live"].pk
    if action == "move":
        payload = {**payload, "destination_id": root.pk}
    response = post_action(client, headers, page_id, action, payload)
    assert response.status_code == 422, response.content
    assert "tree root" in response.json()["detail"]


@pytest.mark.parametrize(("action", "payload"), [
    ("copy", {"slug": "live-one-copy"}),
    ("create_alias", {"update_slug": "live-one-alias"}),
    ("move", {"position": "left"}),
])
def test_v3_places_pages_beside_an_ordinary_page(client, articles, make_user, action, payload):
    headers = bearer(make_user("robot", superuser=True))
    if action == "move":
        payload = {**payload, "destination_id": articles["draft"].pk}
    response = post_action(client, headers, articles["live"].pk, action, payload)
    assert response.status_code in (200, 201), response.content


@pytest.mark.parametrize("page_id", ["1.5e-38", "25829760257727825707008", str(2**63)])
def test_v3_page_ids_no_page_can_have_are_not_found(client, articles, make_user, page_id):
    headers = bearer(make_user("robot", superuser=True))
    response = client.patch(f"/api/v3/pages/{page_id}/", data=json.dumps({"meta": {"type": "pages.ArticlePage"}}),
                            content_type="application/json", **headers)
    assert response.status_code == 404
