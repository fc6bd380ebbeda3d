"""The findings side panel in the article editor, and applying safe suggestions."""

import re

import pytest
from cms_testing import make_article, paragraphs, written_by
from django.urls import reverse
from wagtail.models import PageLogEntry

from review.checks import latest_run

pytestmark = pytest.mark.django_db


def edit_page(client, user, page):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def panel_of(html):
    start = html.index('data-side-panel="content-findings"')
    return html[start:html.index("</aside>", start)]


def test_panel_lists_findings_grouped_with_counts(client, draft, editor):
    html = edit_page(client, editor, draft)
    toggle = re.search(r'data-side-panel-toggle="content-findings".*?data-side-panel-toggle-counter[^>]*>\s*(\d+)',
                       html, re.S)
    assert toggle and toggle.group(1) == "4"
    panel = panel_of(html)
    assert 'data-review-count="4"' in panel and 'data-review-blocking="2"' in panel
    assert "4 open of 4" in panel and "2 blocking publication" in panel
    copy, claims = panel.index('data-review-category="copy"'), panel.index('data-review-category="claim"')
    assert copy < claims
    # Within a category, errors come before warnings.
    assert panel.index("recieve", copy) < panel.index("utilise", copy) < claims
    assert panel.index("miracle cure", claims) < panel.index("may help", claims)
    for message in ("UI test rule: “recieve”.", "UI test rule: “miracle cure”."):
        assert message in panel


def test_show_in_editor_points_at_the_stream_block(client, draft, editor):
    panel = panel_of(edit_page(client, editor, draft))
    block_id = draft.get_latest_revision_as_object().body[2].id
    button = re.search(r'<button[^>]*data-review-locate[^>]*data-review-block-id="([^"]*)"[^>]*'
                       r'data-review-origin="([^"]*)"[^>]*data-review-excerpt="miracle cure"', panel, re.S)
    assert button and button.groups() == (block_id, "body.2.value")


def test_only_safe_suggestions_get_an_apply_button(client, draft, editor):
    panel = panel_of(edit_page(client, editor, draft))
    assert "Use “receive”" in panel
    assert "Use “use”" not in panel and "Consider: “use”" in panel


def test_editor_sees_no_decision_buttons(client, draft, editor):
    panel = panel_of(edit_page(client, editor, draft))
    assert 'value="approve"' not in panel and 'value="waive"' not in panel
    assert "data-review-decision-form" not in panel


def test_reviewer_sees_approve_and_waive_but_not_on_own_text(client, index, reviewer, draft):
    panel = panel_of(edit_page(client, reviewer, draft))
    # Each finding's own form, and the form deciding on several (one checkbox per finding).
    assert panel.count('value="approve"') == 4 + 1 and panel.count('value="waive"') == 4 + 1
    assert panel.count('form="review-bulk-form"') == 4
    own = written_by(make_article(index, "own", publish=False, body=paragraphs("A miracle cure.")), reviewer)
    panel = panel_of(edit_page(client, reviewer, own))
    assert 'value="approve"' not in panel and 'value="request_changes"' in panel
    assert "data-review-bulk-form" not in panel and "data-review-select" not in panel
    assert "another reviewer has to approve or waive" in panel


def test_a_decision_shows_with_its_reason(client, draft, reviewer):
    finding = latest_run(draft).findings.get(excerpt="miracle cure")
    client.force_login(reviewer)
    client.post(reverse("review:decide", args=[draft.pk, finding.fingerprint]),
                {"decision": "waive", "reason": "Marketing accepted this wording."})
    panel = panel_of(edit_page(client, reviewer, draft))
    assert "3 open of 4" in panel and "1 blocking publication" in panel
    assert "Marketing accepted this wording." in panel and "Waived" in panel


def test_safe_suggestion_applies_and_creates_a_new_revision(client, draft, editor):
    before = draft.get_latest_revision()
    finding = latest_run(draft).findings.get(excerpt="recieve")
    client.force_login(editor)
    response = client.post(reverse("review:apply_suggestion", args=[draft.pk, finding.fingerprint]), {"index": 0})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[draft.pk])
    draft.refresh_from_db()
    revision = draft.get_latest_revision()
    assert revision.pk != before.pk and revision.user == editor
    body = revision.as_object().body
    assert body[0].value.source == "<p>You will receive a tube of cream.</p>"
    assert body[2].value.source == "<p>This cream is a miracle cure for acne.</p>"  # the rest untouched
    assert not draft.live  # a draft, never published
    assert not latest_run(draft).findings.filter(excerpt="recieve").exists()
    assert PageLogEntry.objects.filter(page=draft, action="review.suggestion.apply").count() == 1


def test_unsafe_suggestion_is_refused(client, draft, editor):
    before = draft.latest_revision_id
    finding = latest_run(draft).findings.get(excerpt="utilise")
    client.force_login(editor)
    response = client.post(reverse("review:apply_suggestion", args=[draft.pk, finding.fingerprint]), {"index": 0},
                           follow=True)
    assert "needs an editor" in response.content.decode()
    draft.refresh_from_db()
    assert draft.latest_revision_id == before


def test_suggestion_across_formatting_is_refused(client, index, editor):
    page = written_by(make_article(index, "split", publish=False,
                                   body=[{"type": "paragraph", "value": "<p>You will re<b>cieve</b> it.</p>"}]),
                      editor)
    finding = latest_run(page).findings.get(rule="uitest.typo")
    client.force_login(editor)
    response = client.post(reverse("review:apply_suggestion", args=[page.pk, finding.fingerprint]), {"index": 0},
                           follow=True)
    assert "split by formatting" in response.content.decode()
    page.refresh_from_db()
    assert page.get_latest_revision().as_object().body[0].value.source == "<p>You will re<b>cieve</b> it.</p>"


def test_suggestion_in_the_title_and_a_list_item(client, index, editor):
    page = written_by(make_article(index, "titled", title="How to recieve help", publish=False, body=[
        {"type": "list", "value": {"style": "bulleted", "items": ["First item.", "Then recieve &amp; sign."]}},
    ]), editor)
    client.force_login(editor)
    for finding in list(latest_run(page).findings.filter(rule="uitest.typo").order_by("start")):
        page.refresh_from_db()
        current = latest_run(page).findings.get(origin=finding.origin)
        client.post(reverse("review:apply_suggestion", args=[page.pk, current.fingerprint]), {"index": 0})
    page.refresh_from_db()
    content = page.get_latest_revision().as_object()
    assert content.title == "How to receive help"
    assert content.body[0].value["items"][1].source == "Then receive &amp; sign."


def test_short_excerpts_show_their_sentence_around_them(client, draft, editor):
    panel = panel_of(edit_page(client, editor, draft))
    assert "You will <mark>recieve</mark> a tube of cream." in panel
    assert "This cream is a <mark>miracle cure</mark> for acne." in panel


def test_claim_findings_link_to_citing_and_show_similar_approved_claims(client, draft, reviewer):
    from claimlibrary.models import ApprovedClaim

    ApprovedClaim.objects.create(text="This cream is a miracle cure for acne and spots.", approved_by=reviewer)
    finding = latest_run(draft).findings.get(excerpt="miracle cure")
    panel = panel_of(edit_page(client, reviewer, draft))
    item = panel[panel.index(f'data-review-finding="{finding.fingerprint}"'):]
    item = item[:item.index("</li>\n", item.index("review-finding__actions"))]
    assert reverse("claimlibrary:attach", args=[draft.pk, finding.fingerprint]) in item
    assert "Similar approved claims" in panel and "This cream is a miracle cure for acne and spots." in panel
    copy_finding = latest_run(draft).findings.get(excerpt="recieve")
    assert reverse("claimlibrary:attach", args=[draft.pk, copy_finding.fingerprint]) not in panel


def test_a_check_that_crashed_shows_as_blocking(client, index, editor):
    page = written_by(make_article(index, "crash", publish=False, body=paragraphs("CRASH test.")), editor)
    assert latest_run(page).findings.filter(rule="engine.check-failed").exists()
    panel = panel_of(edit_page(client, editor, page))
    assert 'data-review-rule="engine.check-failed"' in panel
    assert 'data-review-blocking="1"' in panel and "1 blocking publication" in panel


def test_no_apply_button_while_the_page_is_locked_for_the_user(client, draft, editor, reviewer):
    draft.locked, draft.locked_by = True, reviewer
    draft.save(update_fields=["locked", "locked_by"])
    panel = panel_of(edit_page(client, editor, draft))
    assert "Use “receive”" not in panel and "Suggested: “receive”" in panel
