"""Decisions on several findings at once (the panel's "Decide on several findings" form, and
each finding's own form when sent by the panel's script): one reason for all, all or none,
each decision audited as if taken alone, and a JSON answer with the panel's new HTML."""

import pytest
from cms_testing import make_article, paragraphs, written_by
from django.urls import reverse
from wagtail.models import PageLogEntry

from review.checks import latest_run
from review.models import FindingDecision

pytestmark = pytest.mark.django_db

JSON = {"Accept": "application/json"}


def bulk_url(page):
    return reverse("review:decide_many", args=[page.pk])


def fingerprints(page, *excerpts):
    return [latest_run(page).findings.get(excerpt=excerpt).fingerprint for excerpt in excerpts]


def test_one_reason_approves_several_findings_each_audited(client, draft, reviewer):
    client.force_login(reviewer)
    chosen = fingerprints(draft, "recieve", "miracle cure", "may help")
    response = client.post(bulk_url(draft), {"fingerprint": chosen, "decision": "waive", "reason": "House style."},
                           headers=JSON)
    assert response.status_code == 200
    payload = response.json()
    assert payload["message"] == "Waived: 3 findings." and sorted(payload["decided"]) == sorted(chosen)
    stored = FindingDecision.objects.filter(page=draft)
    assert sorted(stored.values_list("fingerprint", flat=True)) == sorted(chosen)
    assert set(stored.values_list("decision", "reason", "user")) == {("waive", "House style.", reviewer.pk)}
    logged = PageLogEntry.objects.filter(page=draft, action="review.finding.waive")
    assert sorted(entry.data["finding"]["fingerprint"] for entry in logged) == sorted(chosen)
    # The panel's new HTML: the three are decided, one finding ("utilise") is still selectable.
    assert 'data-review-findings' in payload["panel"] and payload["panel"].count('form="review-bulk-form"') == 1
    assert reverse("wagtailadmin_pages:edit", args=[draft.pk]) in payload["panel"]  # forms return to the editor


def test_the_panels_own_finding_form_sends_one_fingerprint(client, draft, reviewer):
    client.force_login(reviewer)
    chosen = fingerprints(draft, "miracle cure")
    response = client.post(bulk_url(draft), {"fingerprint": chosen, "decision": "request_changes",
                                             "reason": "Say 'may help'."}, headers=JSON)
    assert response.json()["message"] == "Changes requested: uitest.promise “miracle cure”."
    assert draft.wagtail_admin_comments.get().text.endswith("Say 'may help'.")


def test_own_text_in_the_selection_decides_nothing(client, index, draft, editor, reviewer):
    mixed = make_article(index, "mixed", publish=False, body=paragraphs("A miracle cure.", "It may help."))
    written_by(mixed, reviewer)
    client.force_login(reviewer)
    response = client.post(bulk_url(mixed), {"fingerprint": fingerprints(mixed, "miracle cure", "may help"),
                                             "decision": "approve", "reason": "Fine."}, headers=JSON)
    assert response.status_code == 403
    assert response.json()["message"].startswith("Nothing was decided. “miracle cure”: You wrote this text")
    assert not FindingDecision.objects.exists()


@pytest.mark.parametrize(("selected", "data", "status", "message"), [
    ([], {"decision": "approve", "reason": "ok"}, 400, "Select the findings to decide on."),
    (["miracle cure", None], {"decision": "approve", "reason": "ok"}, 409, "not in the page's latest version"),
    (["miracle cure"], {"decision": "approve", "reason": "  "}, 400, "Give a reason for approving or waiving."),
    (["miracle cure"], {"decision": "ignore", "reason": "ok"}, 400, "Choose approve, waive or request changes."),
])
def test_incomplete_requests_decide_nothing(client, draft, reviewer, selected, data, status, message):
    client.force_login(reviewer)
    stale = "0" * 16  # None: a finding of an older version
    data = {**data, "fingerprint": [fingerprints(draft, s)[0] if s else stale for s in selected]}
    response = client.post(bulk_url(draft), data, headers=JSON)
    assert response.status_code == status and message in response.json()["message"]
    assert not FindingDecision.objects.exists()


def test_editor_may_not_decide_in_bulk(client, draft, editor):
    client.force_login(editor)
    response = client.post(bulk_url(draft), {"fingerprint": fingerprints(draft, "miracle cure", "may help"),
                                             "decision": "approve", "reason": "Fine."}, headers=JSON)
    assert response.status_code == 403 and "Only Compliance reviewers" in response.json()["message"]
    assert not FindingDecision.objects.exists()


def test_without_the_script_the_form_posts_and_returns_to_the_editor(client, draft, reviewer):
    client.force_login(reviewer)
    response = client.post(bulk_url(draft), {"fingerprint": fingerprints(draft, "recieve", "miracle cure"),
                                             "decision": "approve", "reason": "Checked."}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert "Approved: 2 findings." in response.content.decode()
    assert FindingDecision.objects.filter(page=draft, decision="approve").count() == 2
