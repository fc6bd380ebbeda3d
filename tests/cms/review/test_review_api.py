"""The review in API v3, with real tokens of an Editor and Compliance reviewers: findings with
their decisions, submit for review (sent back or in review), decisions by the admin's rules,
and answers that say what is wrong (401 + WWW-Authenticate, 403 naming the permission)."""

import json

import pytest
from django.urls import reverse
from wagtail.models import APIToken, WorkflowState

from pages.models import ArticlePage


def bearer(user):
    _, plaintext = APIToken.create_token(user=user, name="test")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def post_json(client, url, payload, headers):
    return client.post(url, data=json.dumps(payload), content_type="application/json", **headers)


def body(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


@pytest.fixture
def tokens(editor, reviewer, second_reviewer):
    return {"editor": bearer(editor), "reviewer": bearer(reviewer), "reviewer2": bearer(second_reviewer)}


@pytest.fixture
def api_draft(client, index, tokens):
    """A draft created over the API by the editor: a copy error and a claim error."""
    response = post_json(client, reverse("wagtailapi_v3:create_page"), {
        "meta": {"parent_id": index.pk, "type": "pages.ArticlePage"},
        "title": "Cream", "slug": "cream", "summary": "About a cream.",
        "body": body("You will recieve a tube.", "This cream is a miracle cure for acne."),
        "medical_reviewer": "Dr API", "last_reviewed": "2026-03-01",
    }, tokens["editor"])
    assert response.status_code == 201, response.content
    return ArticlePage.objects.get(slug="cream")


def findings_of(client, page, headers):
    response = client.get(reverse("wagtailapi_v3:review_findings", args=[page.pk]), **headers)
    assert response.status_code == 200, response.content
    return response.json()


def decide(client, page, fingerprint, headers, decision, reason):
    url = reverse("wagtailapi_v3:review_decide", args=[page.pk, fingerprint])
    return post_json(client, url, {"decision": decision, "reason": reason}, headers)


def submit(client, page, headers):
    return client.post(reverse("wagtailapi_v3:review_submit", args=[page.pk]), **headers)


def test_editor_reads_findings_submits_and_is_sent_back_then_reviewers_decide(client, api_draft, tokens):
    page = api_draft
    report = findings_of(client, page, tokens["editor"])
    assert report["status"] == "blocking" and report["open_errors"] == 2
    by_rule = {f["rule"]: f for f in report["findings"]}
    assert by_rule["test.misspelling"]["excerpt"] == "recieve"
    assert by_rule["test.promise"]["blocking"] and by_rule["test.promise"]["open"]
    assert by_rule["test.promise"]["decision"] is None

    # The automatic check task sends it back at once; the answer says so and lists why.
    response = submit(client, page, tokens["editor"])
    assert response.status_code == 200, response.content
    outcome = response.json()
    assert outcome["outcome"] == "sent_back" and outcome["message"].startswith("Sent back: 1 blocking finding")
    assert [f["rule"] for f in outcome["blocking"]] == ["test.misspelling"]
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    # The editor fixes the typo over the API and submits again: now it waits for the reviewers.
    response = client.patch(reverse("wagtailapi_v3:update_page", args=[page.pk]),
                            data=json.dumps({"meta": {"type": "pages.ArticlePage"},
                                             "body": body("You will receive a tube.",
                                                          "This cream is a miracle cure for acne.")}),
                            content_type="application/json", **tokens["editor"])
    assert response.status_code == 200, response.content
    outcome = submit(client, page, tokens["editor"]).json()
    assert outcome["outcome"] == "in_review" and outcome["task"] == "Compliance review"
    assert submit(client, page, tokens["editor"]).status_code == 409  # already in review

    claim = findings_of(client, page, tokens["reviewer"])["findings"][0]
    assert claim["rule"] == "test.promise"
    # Editors do not decide; the refusal says why.
    response = decide(client, page, claim["fingerprint"], tokens["editor"], "approve", "Looks fine to me.")
    assert response.status_code == 403 and "Only Compliance reviewers" in response.json()["detail"]
    # A decision needs a reason, and a known decision.
    assert decide(client, page, claim["fingerprint"], tokens["reviewer"], "waive", " ").status_code == 422
    assert decide(client, page, claim["fingerprint"], tokens["reviewer"], "publish", "x").status_code == 422
    assert decide(client, page, "0" * 16, tokens["reviewer"], "waive", "x").status_code == 404

    response = decide(client, page, claim["fingerprint"], tokens["reviewer"], "waive", "Marketing signed it off.")
    assert response.status_code == 201, response.content
    assert response.json()["decision"] == "waive" and response.json()["user"] == "reviewer"
    report = findings_of(client, page, tokens["editor"])
    assert report["status"] == "clear" and report["open_errors"] == 0
    decided = report["findings"][0]
    assert not decided["open"] and decided["decision"]["reason"] == "Marketing signed it off."


def test_nobody_approves_their_own_text_over_the_api(client, api_draft, tokens, second_reviewer):
    page = api_draft
    # The second reviewer writes the claim into a new revision: it is their text now.
    response = client.patch(reverse("wagtailapi_v3:update_page", args=[page.pk]),
                            data=json.dumps({"meta": {"type": "pages.ArticlePage"},
                                             "body": body("A new miracle cure for spots.")}),
                            content_type="application/json", **tokens["reviewer2"])
    assert response.status_code == 200, response.content
    claim = next(f for f in findings_of(client, page, tokens["reviewer2"])["findings"] if f["rule"] == "test.promise")
    response = decide(client, page, claim["fingerprint"], tokens["reviewer2"], "approve", "Verified.")
    assert response.status_code == 403 and "You wrote this text" in response.json()["detail"]
    # Request changes on their own text is allowed; another reviewer may approve.
    assert decide(client, page, claim["fingerprint"], tokens["reviewer"], "approve", "Verified.").status_code == 201


def test_findings_need_edit_permission_or_reviewer(client, api_draft, make_user):
    outsider = bearer(make_user("reader"))
    response = client.get(reverse("wagtailapi_v3:review_findings", args=[api_draft.pk]), **outsider)
    assert response.status_code == 403 and "may not edit this page" in response.json()["detail"]


def test_bad_or_missing_token_is_401_with_a_bearer_challenge(client, api_draft, tokens):
    findings_url = reverse("wagtailapi_v3:review_findings", args=[api_draft.pk])
    missing = client.get(findings_url)
    assert missing.status_code == 401 and missing["WWW-Authenticate"].startswith("Bearer")
    bad = {"HTTP_AUTHORIZATION": "Bearer not-a-real-token"}
    for response in (client.get(findings_url, **bad),
                     client.get(reverse("wagtailapi_v3:detail_page", args=[api_draft.pk]), {"version": "draft"}, **bad),
                     client.get(reverse("wagtailapi_v3:list_pages"), **bad)):
        assert response.status_code == 401
        assert response["WWW-Authenticate"] == 'Bearer realm="api", error="invalid_token"'
        assert "Invalid token" in response.json()["detail"]
    revoked_user_token = tokens["editor"]
    APIToken.objects.filter(user__username="editor").update(revoked_at="2026-01-01T00:00:00Z")
    assert client.get(findings_url, **revoked_user_token).status_code == 401
    # Anonymous reads still work without a token.
    assert client.get(reverse("wagtailapi_v3:list_pages")).status_code == 200


def test_editor_publish_is_403_naming_the_missing_permission(client, api_draft, tokens):
    response = client.post(reverse("wagtailapi_v3:pages_actions_publish", args=[api_draft.pk]), **tokens["editor"])
    assert response.status_code == 403
    detail = response.json()["detail"]
    assert "“publish” page permission" in detail and "“editor” (Editors)" in detail


def test_root_lists_the_endpoints(client):
    response = client.get("/api/v3/")
    assert response.status_code == 200
    root = response.json()
    assert root["docs"] == "/api/v3/docs/" and root["openapi"] == "/api/v3/openapi.json"
    endpoints = {(e["method"], e["path"]): e for e in root["endpoints"]}
    assert endpoints[("GET", "/api/v3/pages/")]["token"] == "optional"
    assert endpoints[("POST", "/api/v3/pages/{page_id}/actions/publish/")]["token"] == "required"
    assert ("GET", "/api/v3/pages/{page_id}/findings/") in endpoints
    assert ("POST", "/api/v3/pages/{page_id}/findings/{fingerprint}/decision/") in endpoints
    assert ("POST", "/api/v3/pages/{page_id}/actions/submit_for_review/") in endpoints


def test_docs_use_the_projects_own_swagger_assets(client):
    from django.contrib.staticfiles import finders

    html = client.get("/api/v3/docs/").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html and "/static/ninja/swagger-ui.css" in html
    assert "cdn" not in html.lower() and "https://" not in html
    assert finders.find("ninja/swagger-ui-bundle.js") and finders.find("ninja/swagger-ui.css")
