"""Bounded storage: a version with more findings than REVIEW_MAX_STORED_FINDINGS stores the
most severe ones plus one summary that blocks like what it stands for and cannot be waived;
long sentences are stored clipped; the findings panel's queries do not grow with findings."""

import pytest
from cms_testing import make_article, paragraphs, written_by
from django.db import connection
from django.test.utils import CaptureQueriesContext

from review import decisions
from review.capping import CAPPED, CLIP
from review.checks import latest_run
from review.gate import PublishBlocked
from review.panels import panel_data

pytestmark = pytest.mark.django_db


def test_findings_beyond_the_cap_become_one_summary_that_blocks(index, editor, reviewer, settings):
    settings.REVIEW_MAX_STORED_FINDINGS = 20
    text = " ".join(["You may utilise this."] * 10 + ["You will recieve a letter."] * 30)
    page = written_by(make_article(index, "many", publish=False, body=paragraphs(text)), editor)
    findings = list(latest_run(page).findings.all())
    assert len(findings) == 21
    summary = next(f for f in findings if f.rule == CAPPED)
    assert summary.severity == "error" and summary.details["not_stored"] == {"error": 10, "warning": 10}
    assert sum(1 for f in findings if f.rule == "test.misspelling" and f.severity == "error") == 20

    for finding in findings:
        if finding.rule != CAPPED:
            decisions.waive(finding, reviewer, "Accepted for the test.")
    with pytest.raises(decisions.DecisionRefused, match="Too many findings"):
        decisions.waive(summary, reviewer, "Accept whatever was not stored.")
    with pytest.raises(PublishBlocked, match=CAPPED):
        page.get_latest_revision().publish()


def test_a_long_sentence_is_stored_clipped_around_the_flagged_text(index):
    words = " ".join(f"word{n}" for n in range(3000))  # about 25 kB without a full stop
    page = make_article(index, "long", publish=False, body=paragraphs(f"{words} miracle cure {words}"))
    (flagged,) = latest_run(page).findings.filter(rule="test.promise")
    assert flagged.excerpt == "miracle cure"
    assert "miracle cure" in flagged.sentence and len(flagged.sentence) <= 2 * CLIP + len("miracle cure") + 2


def test_the_panel_needs_the_same_queries_for_few_and_many_findings(index, editor, reviewer):
    counts = []
    for slug, repeats in (("few", 2), ("many", 40)):
        page = written_by(make_article(index, slug, publish=False,
                                       body=paragraphs(*["A miracle cure, you will recieve it."] * repeats)), editor)
        page.refresh_from_db()
        user = type(reviewer).objects.get(pk=reviewer.pk)  # as a new request loads it
        with CaptureQueriesContext(connection) as queries:
            data = panel_data(page, user)
        assert data.total == 2 * repeats
        counts.append(len(queries))
    assert counts[0] == counts[1]
