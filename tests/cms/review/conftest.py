"""Fixtures of the review tests: only the test rules run (the real rule families are
disabled), a site with an article index, editors and reviewers."""

import pytest
from cms_testing import make_article, paragraphs, written_by

TEST_RULES = ["review_rules.MisspellingRule", "review_rules.PromiseRule"]


@pytest.fixture(autouse=True)
def test_rules(settings):
    settings.VALIDATORS = {"disable": ["copy", "claim", "link"]}
    settings.REVIEW_EXTRA_RULES = list(TEST_RULES)
    settings.REVIEW_FAIL_CLOSED = True
    settings.REVIEW_GATE_ENABLED = True
    return settings


@pytest.fixture
def second_reviewer(make_user):
    return make_user("reviewer2", "Compliance reviewers")


@pytest.fixture
def draft(index, editor):
    """A draft article whose latest revision (by the editor) has one claim error."""
    page = make_article(index, "cream", publish=False,
                        body=paragraphs("Wash your skin gently.", "This cream is a miracle cure for acne."))
    return written_by(page, editor)
