"""The decision views behind the findings panel: who may decide, and reasons are mandatory."""

import re

import pytest
from cms_testing import make_article, paragraphs, written_by
from django.test import Client
from django.urls import reverse

from review.checks import latest_run
from review.models import FindingDecision

pytestmark = pytest.mark.django_db


def decide_url(page, excerpt):
    finding = latest_run(page).findings.get(excerpt=excerpt)
    return reverse("review:decide", args=[page.pk, finding.fingerprint])


def test_reviewer_approves_with_a_reason(client, draft, reviewer):
    client.force_login(reviewer)
    response = client.post(decide_url(draft, "miracle cure"), {"decision": "approve", "reason": "Verified claim."})
    assert response.status_code == 302
    decision = FindingDecision.objects.get(page=draft)
    assert (decision.decision, decision.reason, decision.user) == ("approve", "Verified claim.", reviewer)


def test_a_reason_is_mandatory(client, draft, reviewer):
    client.force_login(reviewer)
    response = client.post(decide_url(draft, "miracle cure"), {"decision": "waive", "reason": "  "}, follow=True)
    assert "Give a reason for approving or waiving." in response.content.decode()
    assert not FindingDecision.objects.exists()


def test_request_changes_reaches_the_editor_as_a_comment(client, draft, reviewer):
    client.force_login(reviewer)
    client.post(decide_url(draft, "miracle cure"), {"decision": "request_changes", "reason": "Say 'may help'."})
    assert FindingDecision.objects.get(page=draft).decision == "request_changes"
    assert draft.wagtail_admin_comments.get().text.endswith("Say 'may help'.")


def test_editor_cannot_decide(client, draft, editor):
    client.force_login(editor)
    response = client.post(decide_url(draft, "miracle cure"), {"decision": "approve", "reason": "Looks fine to me."},
                           follow=True)
    assert "Only Compliance reviewers can decide on findings." in response.content.decode()
    assert not FindingDecision.objects.exists()


def test_reviewer_cannot_approve_own_text_but_can_request_changes(client, index, reviewer):
    own = written_by(make_article(index, "own", publish=False, body=paragraphs("A miracle cure.")), reviewer)
    client.force_login(reviewer)
    for kind in ("approve", "waive"):
        response = client.post(decide_url(own, "miracle cure"), {"decision": kind, "reason": "Mine, fine."},
                               follow=True)
        assert "another reviewer has to approve or waive" in response.content.decode()
    client.post(decide_url(own, "miracle cure"), {"decision": "request_changes", "reason": "Rewrite this."})
    assert list(FindingDecision.objects.values_list("decision", flat=True)) == ["request_changes"]


def test_unknown_decision_and_stale_finding_are_refused(client, draft, reviewer):
    client.force_login(reviewer)
    response = client.post(decide_url(draft, "miracle cure"), {"decision": "ignore", "reason": "x"}, follow=True)
    assert "Choose approve, waive or request changes." in response.content.decode()
    stale = reverse("review:decide", args=[draft.pk, "0" * 16])
    response = client.post(stale, {"decision": "approve", "reason": "x"}, follow=True)
    assert "not in the page" in response.content.decode()
    assert not FindingDecision.objects.exists()


def test_decisions_are_post_only_and_need_login(client, draft):
    url = decide_url(draft, "miracle cure")
    response = client.post(url, {"decision": "approve", "reason": "anonymous"})
    assert response.status_code == 302 and reverse("wagtailadmin_login") in response["Location"]
    assert not FindingDecision.objects.exists()
    response = client.post(reverse("review:apply_suggestion", args=[draft.pk, "x"]), {"index": 0})
    assert response.status_code == 302 and reverse("wagtailadmin_login") in response["Location"]


def test_get_is_not_allowed(client, draft, reviewer):
    client.force_login(reviewer)
    assert client.get(decide_url(draft, "miracle cure")).status_code == 405


def test_next_url_must_be_local(client, draft, reviewer):
    client.force_login(reviewer)
    response = client.post(decide_url(draft, "miracle cure"),
                           {"decision": "approve", "reason": "ok", "next": "https://evil.example/"})
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[draft.pk])


def test_panel_forms_carry_the_csrf_token(draft, reviewer):
    """Side panels render with their own context; a browser (unlike the test client) checks CSRF."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
    form = re.search(r'<form[^>]*action="([^"]*/decide/)"[^>]*>(.*?)</form>', html, re.S)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.group(2))
    assert token, "the decision form has no CSRF token"
    url, token = form.group(1), token.group(1)
    client.post(url, {"decision": "approve", "reason": "Verified.", "csrfmiddlewaretoken": token})
    assert FindingDecision.objects.filter(page=draft, decision="approve").exists()
