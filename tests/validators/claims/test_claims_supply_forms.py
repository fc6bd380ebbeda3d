"""unlawful-supply in two more forms (issue 9, marketing recall, round 10): the prescriber's absence waved away as
no obstacle ("No prescription on file, no problem"), and a seller that never checks with the prescriber ("We never
contact your eye doctor"), on a page that names a prescription-only medicine. Each form: unrelated sentences that
must draw the finding and correct twins (service reassurances, privacy promises, lawful checks) that must not."""

import pytest
from claim_helpers import claim_findings, rules_of

POM_PAGE = "<h1>Shop</h1><ul><li>Sildenafil 50 mg, 8 tablets: £19.99</li></ul><p>Free delivery on every order.</p>"
OTC_PAGE = "<h1>Shop</h1><ul><li>Cetirizine 10 mg, 30 tablets: £3.99</li></ul><p>Free delivery on every order.</p>"


def _claim_rules(page: str, sentence: str) -> list[str]:
    return [rule for rule in rules_of(claim_findings(f"{page}<p>{sentence}</p>")) if rule != "claim.fair-balance"]


WAVED_AWAY = [
    "No prescription on file, no problem.",
    "No GP letter, no worries.",
    "No script in hand, that's okay.",
]

NEVER_CHECKED = [
    "We never contact your eye doctor.",
    "We don't verify prescriptions.",
    "Our team will never call your GP.",
]

SUPPLY_TWINS = [
    "Missed a delivery? No problem, we redeliver the next day.",
    "Need to change your appointment? No problem.",
    "No problem if you need to cancel.",
    "If your GP says no, that's fine: we refund you in full.",
    "We never contact your GP without your consent.",
    "We will contact your doctor to confirm your prescription before we dispatch.",
    "We always verify your prescription with the prescriber.",
    "Our pharmacists never share your details with your employer.",
]


@pytest.mark.parametrize("sentence", WAVED_AWAY + NEVER_CHECKED)
def test_a_prescriber_waved_away_or_never_checked_is_unlawful_supply(sentence):
    assert _claim_rules(POM_PAGE, sentence) == ["claim.unlawful-supply"]


@pytest.mark.parametrize("sentence", SUPPLY_TWINS)
def test_service_reassurances_privacy_promises_and_lawful_checks_are_not(sentence):
    assert _claim_rules(POM_PAGE, sentence) == []


@pytest.mark.parametrize("sentence", WAVED_AWAY)
def test_no_prescription_for_a_medicine_that_needs_none_is_not(sentence):
    assert _claim_rules(OTC_PAGE, sentence) == []
