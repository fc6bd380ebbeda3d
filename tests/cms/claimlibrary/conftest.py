"""Fixtures of the claims-library tests: the real claim rules run (copy and link checks are
off: they are not under test here and link checks would reach the network), on a small site
with editors and Compliance reviewers."""

import pytest


@pytest.fixture(autouse=True)
def claim_rules_only(settings):
    settings.VALIDATORS = {"disable": ["copy", "link"]}
    settings.REVIEW_EXTRA_RULES = []
    settings.REVIEW_FAIL_CLOSED = True
    return settings


