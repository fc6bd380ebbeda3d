"""The review models' QuerySets: the run that counts for a page, the decision in force for a
finding, and a page's open blocking findings, as the gate decides them one finding at a time."""

import datetime

import pytest
from cms_testing import make_article, paragraphs
from review_testing import edit, finding, waive

from review import decisions, gate
from review.checks import findings_of
from review.models import CheckRun, FindingDecision, StoredFinding
from validators.engine import CHECK_FAILED

pytestmark = pytest.mark.django_db


def current_runs(*pages):
    return set(CheckRun.objects.current().filter(page__in=pages).values_list("pk", flat=True))


def open_blocking_rules(page):
    return sorted(StoredFinding.objects.of_page(page).open_blocking().values_list("excerpt", flat=True))


def test_the_current_run_is_the_newest_run_of_the_latest_revision(index, editor):
    page = make_article(index, "runs", publish=False, body=paragraphs("A miracle cure."))
    other = make_article(index, "other", publish=False, body=paragraphs("It may help."))
    first = CheckRun.objects.latest_of_page(page)
    edit(page, editor, "A miracle cure, you will recieve it.")
    page.refresh_from_db()
    second = CheckRun.objects.latest_of_page(page)
    assert second.pk != first.pk and second.revision_id == page.latest_revision_id
    assert current_runs(page, other) == {second.pk, CheckRun.objects.latest_of_page(other).pk}
    # A re-check of the same revision supersedes its earlier run, even created in the same instant.
    again = CheckRun.objects.create(page=page, revision_id=page.latest_revision_id, engine_version="v2",
                                    content_hash="h")
    CheckRun.objects.filter(pk=again.pk).update(created_at=second.created_at)
    assert current_runs(page) == {again.pk} and CheckRun.objects.latest_of_page(page).pk == again.pk
    # An earlier revision's run never counts, however recent.
    CheckRun.objects.filter(pk=first.pk).update(created_at=second.created_at + datetime.timedelta(hours=1))
    assert first.pk not in current_runs(page)
    assert CheckRun.objects.latest_of_revision(None) is None


def test_the_decision_in_force_is_the_latest_one_not_lapsed(draft, reviewer, second_reviewer, editor):
    waive(draft, reviewer)
    later = decisions.request_changes(finding(draft), second_reviewer, "Cite the trial.")
    in_force = FindingDecision.objects.in_force().for_findings(draft.pk, [later.fingerprint])
    assert list(in_force) == [later]
    assert not in_force.resolving().exists()
    edit(draft, editor, "Wash your skin gently.", "This cream is a cure for acne.")  # the sentence changed
    assert not FindingDecision.objects.in_force().filter(page=draft).exists()
    assert FindingDecision.objects.filter(page=draft).count() == 2  # kept as history, lapsed


def test_open_blocking_findings_agree_with_the_gate(index, editor, reviewer, settings):
    page = make_article(index, "gate", publish=False,
                        body=paragraphs("A miracle cure.", "You will recieve it.", "You may utilise it."))
    assert open_blocking_rules(page) == ["miracle cure", "recieve"]  # errors; the warning does not block
    waive(page, reviewer)
    assert open_blocking_rules(page) == ["recieve"]
    decisions.request_changes(finding(page), reviewer, "On second thoughts, cite it.")  # reopens
    assert open_blocking_rules(page) == ["miracle cure", "recieve"]
    run = CheckRun.objects.latest_of_page(page)
    StoredFinding.objects.create(run=run, rule=CHECK_FAILED, category="copy", severity="error", message="Timed out.",
                                 fingerprint="crashed")
    assert "" in open_blocking_rules(page)
    settings.REVIEW_FAIL_CLOSED = False  # a crashed check no longer blocks
    assert "" not in open_blocking_rules(page)
    for fail_closed in (True, False):
        settings.REVIEW_FAIL_CLOSED = fail_closed
        by_gate = gate.open_blocking(page.pk, findings_of(run))
        assert sorted(f.pk for f in by_gate) == sorted(
            StoredFinding.objects.of_page(page).open_blocking().values_list("pk", flat=True))


def test_decision_in_force_annotation(draft, reviewer):
    waive(draft, reviewer)
    annotated = StoredFinding.objects.of_page(draft).with_decision_in_force()
    assert {f.rule: f.decision_in_force for f in annotated} == {"test.promise": "waive"}
    assert not StoredFinding.objects.of_page(draft).open().exists()
