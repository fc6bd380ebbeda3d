"""Own evaluation paragraphs (fixtures/eval/, labelled before the checker first ran on them):
professional text gets no claim finding on a sentence labelled not a claim, in either profile,
and marketing copy has its labelled claims found in the default profile."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "eval"))
from evaluate import cases_here, evaluate  # noqa: E402


@pytest.fixture(scope="module")
def scores():
    cases = list(cases_here())
    return {profile: evaluate(cases, profile) for profile in ("promotional", "editorial")}


@pytest.mark.parametrize("profile", ["promotional", "editorial"])
def test_professional_text_has_no_wrong_claim_findings(scores, profile):
    row = scores[profile]["professional"]
    assert row["wrong"] == 0
    assert row["blocked"] <= 2  # the two paragraphs with a real uncited timeline or appeal to studies


def test_marketing_claims_are_found_in_the_default_profile(scores):
    row = scores["promotional"]["marketing"]
    assert row["found"] / row["claims"] >= 0.9
    assert row["wrong"] == 0
