"""Professionals recommending a treatment for a group of people say who should have it (class
professional-recommendation), not that it works (class unnamed-evidence: "Doctors recommend this cream for eczema").
Examples unrelated to each other and to the evaluation texts."""

import pytest
from claim_helpers import claim_findings


def _rules(sentence: str) -> list[str]:
    return [f.rule for f in claim_findings(f"<h1>Vaccines</h1><p>{sentence}</p>") if f.sentence == sentence]


@pytest.mark.parametrize("sentence", [
    "Doctors recommend the vaccine for everyone over 65.",
    "Specialists recommend the booster for all pregnant women.",
    "Paediatricians advise the nasal spray vaccine for children aged 2 to 17.",
])
def test_a_recommendation_for_a_group_of_people_is_no_appeal_to_evidence(sentence):
    assert "claim.unnamed-evidence" not in _rules(sentence)


@pytest.mark.parametrize("sentence", [
    "Doctors recommend it.",
    "Dermatologists recommend this cream for eczema.",
    "Dermatologists recommend our serum for all skin types.",
])
def test_a_recommendation_of_a_product_for_a_condition_is_an_appeal_to_evidence(sentence):
    assert "claim.unnamed-evidence" in _rules(sentence)
