"""Fixtures of the review tests: only the test rules run (the real rule families are
disabled), a site with an article index, editors and reviewers."""

import pytest
from cms_testing import make_article

TEST_RULES = ["review_rules.MisspellingRule", "review_rules.PromiseRule"]


@pytest.fixture(autouse=True)
def test_rules(settings):
    settings.VALIDATORS = {"disable": ["copy", "claim", "link"]}
    settings.REVIEW_EXTRA_RULES = list(TEST_RULES)
    settings.REVIEW_FAIL_CLOSED = True
    settings.REVIEW_GATE_ENABLED = True
    return settings


@pytest.fixture
def index(site_tree):
    return site_tree[1]


@pytest.fixture
def editor(make_user):
    return make_user("editor", "Editors")


@pytest.fixture
def reviewer(make_user):
    return make_user("reviewer", "Compliance reviewers")


@pytest.fixture
def second_reviewer(make_user):
    return make_user("reviewer2", "Compliance reviewers")


def paragraphs(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


@pytest.fixture
def draft(index, editor):
    """A draft article whose latest revision (by the editor) has one claim error."""
    page = make_article(index, "cream", publish=False,
                        body=paragraphs("Wash your skin gently.", "This cream is a miracle cure for acne."))
    revision = page.get_latest_revision()
    revision.user = editor
    revision.save(update_fields=["user"])
    return page
