"""Reviewers' decisions: who may decide, mandatory reasons, the audit log, comments that
reach the editor, and fingerprints (a waiver survives edits elsewhere and lapses when the
flagged sentence changes)."""

import pytest
from cms_testing import make_article, paragraphs, written_by
from django.urls import reverse
from review_testing import edit, finding, waive
from wagtail.models import Comment, PageLogEntry

from review import decisions, gate
from review.gate import PublishBlocked
from review.models import FindingDecision

pytestmark = pytest.mark.django_db


def test_editors_cannot_decide(draft, editor):
    with pytest.raises(decisions.DecisionRefused):
        decisions.approve(finding(draft), editor, "Looks fine to me.")
    assert not FindingDecision.objects.exists()


def test_nobody_approves_or_waives_text_they_wrote(index, reviewer, second_reviewer):
    page = make_article(index, "own-text", publish=False, body=paragraphs("A miracle cure."))
    written_by(page, reviewer)
    for decide in (decisions.approve, decisions.waive):
        with pytest.raises(decisions.DecisionRefused, match="You wrote this text"):
            decide(finding(page), reviewer, "I checked my own claim.")
    # Still the author after another user's unrelated edit of the page.
    edit(page, second_reviewer, "A miracle cure.", "Another paragraph.")
    with pytest.raises(decisions.DecisionRefused):
        decisions.waive(finding(page), reviewer, "Mine again.")
    assert decisions.approve(finding(page), second_reviewer, "Verified against the trial [1].").resolves


def test_a_reason_is_mandatory(draft, reviewer):
    for decide in (decisions.approve, decisions.waive, decisions.request_changes):
        with pytest.raises(decisions.DecisionInvalid):
            decide(finding(draft), reviewer, "   ")


def test_approval_is_in_the_audit_log_and_the_page_history(client, draft, reviewer):
    decisions.approve(finding(draft), reviewer, "Verified against the product licence.")
    entry = PageLogEntry.objects.get(page=draft, action="review.finding.approve")
    assert entry.user == reviewer
    assert entry.data["reason"] == "Verified against the product licence."
    assert entry.data["finding"]["excerpt"] == "miracle cure"
    assert entry.data["finding"]["rule"] == "test.promise"
    client.force_login(reviewer)
    history = client.get(reverse("wagtailadmin_pages:history", args=[draft.pk])).content.decode()
    assert "Approved finding test.promise" in history
    assert "Verified against the product licence." in history


def test_request_changes_reaches_the_editor_and_does_not_resolve(draft, reviewer):
    flagged = finding(draft)
    decisions.request_changes(flagged, reviewer, "Say what the trial showed instead.")
    comment = Comment.objects.get(page=draft)
    assert comment.contentpath == f"body.{flagged.block_id}"
    assert "Say what the trial showed instead." in comment.text
    assert PageLogEntry.objects.filter(page=draft, action="review.finding.request_changes").exists()
    assert not gate.evaluate_revision(draft.get_latest_revision()).allowed


def test_the_latest_decision_counts(draft, reviewer, second_reviewer):
    waive(draft, reviewer)
    decisions.request_changes(finding(draft), second_reviewer, "On second thought, rewrite it.")
    assert not gate.evaluate_revision(draft.get_latest_revision()).allowed


def test_a_waiver_survives_an_edit_elsewhere(draft, editor, reviewer):
    waive(draft, reviewer)
    revision = edit(draft, editor, "Wash your skin gently twice a day.", "This cream is a miracle cure for acne.")
    revision.publish()
    draft.refresh_from_db()
    assert draft.live


def test_a_waiver_lapses_when_the_flagged_sentence_changes(draft, editor, reviewer):
    decision = waive(draft, reviewer)
    changed = edit(draft, editor, "Wash your skin gently.", "This new cream is a miracle cure for acne.")
    decision.refresh_from_db()
    assert decision.lapsed_at is not None
    with pytest.raises(PublishBlocked):
        changed.publish()
    # Restoring the old sentence does not bring the lapsed waiver back.
    restored = edit(draft, editor, "Wash your skin gently.", "This cream is a miracle cure for acne.")
    with pytest.raises(PublishBlocked):
        restored.publish()


def test_a_finding_that_is_gone_cannot_be_decided(draft, editor, reviewer):
    old = finding(draft)
    edit(draft, editor, "Wash your skin gently.")
    with pytest.raises(decisions.DecisionInvalid):
        decisions.waive(old, reviewer, "Too late.")
