"""A reporter word whose verb is "support" with people as its object gives care, not evidence
(classify._cares_for_people, claims_evidence.yaml people_cared_for): no unnamed-evidence finding. Support for a
treatment, or for people doing something, stays an appeal to unnamed evidence."""

import pytest

from tests.validators.claims.claim_helpers import sentence_rules

_PAGE = (
    "<h1>Living with a long-term condition</h1>"
    "<p>Many people live with a long-term condition for years. See a GP if your symptoms change.</p><p>{}</p>"
)

CARE = [
    "Our specialist dementia nurses support families through diagnosis and decisions about care.",
    "Dermatology nurses support patients through each session and adjust the dose to their skin.",
    "Our stop smoking specialists support you through the first weeks without cigarettes.",
    "Specialist midwives support women who have had a difficult birth.",
]
APPEALS = [
    "Doctors support the use of statins in older adults.",
    "Experts support people using e-cigarettes to stop smoking.",
    "Dentists support patients to use our whitening gel every day.",
]


@pytest.mark.parametrize("sentence", CARE)
def test_care_given_to_people_is_no_appeal_to_evidence(sentence):
    assert "claim.unnamed-evidence" not in sentence_rules(_PAGE, sentence)


@pytest.mark.parametrize("sentence", APPEALS)
def test_support_for_a_treatment_stays_an_appeal(sentence):
    assert "claim.unnamed-evidence" in sentence_rules(_PAGE, sentence)
