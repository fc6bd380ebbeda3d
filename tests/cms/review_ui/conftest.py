"""Fixtures of the review UI tests: only the UI test rules run (the real rule families are
disabled), a site with an article index, an editor, reviewers, and a draft with findings."""

import pytest
from cms_testing import make_article, paragraphs, written_by

UI_RULES = ["ui_rules.TypoRule", "ui_rules.PromiseRule", "ui_rules.CrashRule"]


@pytest.fixture(autouse=True)
def ui_rules(settings):
    settings.VALIDATORS = {"disable": ["copy", "claim", "link"]}
    settings.REVIEW_EXTRA_RULES = list(UI_RULES)
    settings.REVIEW_GATE_ENABLED = True
    return settings


@pytest.fixture
def draft(index, editor):
    """A draft by the editor: a copy error with a safe fix, a copy warning, a claim error and warning."""
    page = make_article(index, "cream", publish=False, body=paragraphs(
        "You will recieve a tube of cream.",
        "Please utilise it twice a day; it may help.",
        "This cream is a miracle cure for acne.",
    ))
    return written_by(page, editor)
