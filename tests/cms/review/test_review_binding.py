"""A decision is bound to the exact text and place it was taken on: a waiver of a failed
check lapses with any edit, a waiver in one section never covers the same sentence in
another, and authorship survives `purge_revisions`."""

import pytest
from cms_testing import make_article, paragraph, paragraphs, section
from django.core.management import call_command
from review_testing import edit, waive
from wagtail.models import Revision

from review import decisions
from review.checks import latest_run
from review.gate import CHECK_FAILED, PublishBlocked

pytestmark = pytest.mark.django_db


def test_a_waived_failed_check_lapses_when_the_body_is_replaced(index, editor, reviewer, settings):
    # Only the crashing rule runs: nothing else would catch what the editor writes next.
    settings.REVIEW_EXTRA_RULES = ["review_rules.CrashingRule"]
    page = make_article(index, "crashing", publish=False, body=paragraphs("CRASH: a harmless note."))
    waive(page, reviewer, rule=CHECK_FAILED)
    page.get_latest_revision().publish()  # the waiver covers the text it was taken on

    replaced = edit(page, editor, "CRASH: this cream is a miracle cure that works for everyone.")
    with pytest.raises(PublishBlocked, match=CHECK_FAILED):
        replaced.publish()


def test_a_waiver_lapses_when_the_sentence_changes_only_in_case(draft, editor, reviewer):
    waive(draft, reviewer)
    changed = edit(draft, editor, "Wash your skin gently.", "This cream is a MIRACLE CURE for acne.")
    with pytest.raises(PublishBlocked):
        changed.publish()


def test_a_waiver_in_one_section_does_not_cover_the_same_sentence_in_another(index, editor, reviewer):
    claim = "<p>This cream is a miracle cure for acne.</p>"
    page = make_article(index, "two-sections", publish=False, body=[
        section("For teenagers"), paragraph(claim), section("For adults"), paragraph(claim),
    ])
    first_block = page.get_latest_revision_as_object().body[1].id
    flagged = {f.block_id: f for f in finding_rows(page)}
    assert len(flagged) == 2
    decisions.waive(flagged[first_block], reviewer, "Accepted for teenagers: the trial was in teenagers.")

    # The editor deletes the first section; the second one's sentence was never reviewed.
    content = page.get_latest_revision_as_object()
    content.body = [block for position, block in enumerate(content.body.raw_data) if position >= 2]
    revision = content.save_revision(user=editor)
    with pytest.raises(PublishBlocked, match="miracle cure"):
        revision.publish()


def test_authorship_survives_purging_the_revision_that_introduced_the_text(index, reviewer, second_reviewer):
    page = make_article(index, "purged", publish=False, body=paragraphs("Wash your skin gently."))
    edit(page, reviewer, "Wash your skin gently.", "This cream is a miracle cure for acne.")
    edit(page, second_reviewer, "Wash your skin gently every day.", "This cream is a miracle cure for acne.")
    call_command("purge_revisions", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Revision.objects.filter(object_id=str(page.pk)).count() == 1

    with pytest.raises(decisions.DecisionRefused, match="You wrote this text"):
        waive(page, reviewer)
    assert waive(page, second_reviewer).resolves


def finding_rows(page, rule="test.promise"):
    page.refresh_from_db()
    return list(latest_run(page).findings.filter(rule=rule))
