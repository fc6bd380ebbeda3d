"""page.medical-review: an article without a named medical reviewer or a last-reviewed date gets a
finding per missing field, stored with the revision's run and gated like any other finding."""

import datetime

import pytest
from cms_testing import make_article, paragraphs, written_by

from review import checks, decisions, gate
from review.gate import PublishBlocked
from review.page_checks import MEDICAL_REVIEW


def medical_findings(page):
    page.refresh_from_db()
    return list(checks.latest_run(page).findings.filter(rule=MEDICAL_REVIEW))


def unreviewed(index, slug="unreviewed"):
    return make_article(index, slug, publish=False, body=paragraphs("Drink water."), medical_reviewer="",
                        last_reviewed=None)


def test_missing_reviewer_and_date_block_publishing_until_filled_in(index):
    page = unreviewed(index)
    found = medical_findings(page)
    assert sorted(f.details["field"] for f in found) == ["last_reviewed", "medical_reviewer"]
    assert all(f.severity == "error" and f.category == "claim" for f in found)
    assert sorted((f.origin, f.excerpt) for f in found) == [("last_reviewed", "Last reviewed"),
                                                             ("medical_reviewer", "Medical reviewer")]
    assert "No medical reviewer is named" in next(f.message for f in found if f.details["field"] == "medical_reviewer")
    with pytest.raises(PublishBlocked, match="page.medical-review"):
        page.get_latest_revision().publish()
    page.refresh_from_db()
    assert not page.live

    # Only the reviewer filled in: the date is still missing (a new run, not the stored one reused).
    content = page.get_latest_revision_as_object()
    content.medical_reviewer = "Dr Ada Example, MRCP"
    content.save_revision()
    assert [f.details["field"] for f in medical_findings(page)] == ["last_reviewed"]

    content = page.get_latest_revision_as_object()
    content.last_reviewed = datetime.date(2026, 2, 1)
    revision = content.save_revision()
    assert medical_findings(page) == []
    revision.publish()
    page.refresh_from_db()
    assert page.live


def test_a_reviewer_may_waive_it_with_a_reason(index, editor, reviewer):
    page = unreviewed(index)
    written_by(page, editor)
    for finding in medical_findings(page):
        decisions.waive(finding, reviewer, "Reviewed by the clinical lead; name to be added next week.")
    assert gate.evaluate_revision(page.get_latest_revision()).allowed


def test_the_check_is_configurable(index, settings):
    settings.REVIEW_MEDICAL_REVIEW = "warning"
    page = unreviewed(index, "warned")
    assert {f.severity for f in medical_findings(page)} == {"warning"}
    assert gate.evaluate_revision(page.get_latest_revision()).allowed

    settings.REVIEW_MEDICAL_REVIEW = None
    assert medical_findings(unreviewed(index, "unchecked")) == []


def test_reviewed_articles_have_no_such_finding(index):
    assert medical_findings(make_article(index, "reviewed", publish=False, body=paragraphs("Drink water."))) == []
