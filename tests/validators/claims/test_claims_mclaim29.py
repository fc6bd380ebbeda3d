"""Issue 9, marketing claims other than uncited benefits, round 29 (evaluation/RESULTS_claims_mclaim29.md):

- unlawful-supply: a pharmacist's check removed with the rest ("no questionnaire and no pharmacist review") is a
  gatekeeper left out (claims_functions.yaml gatekeepers), not the lawful channel that excuses a sentence
  (promotion.unlawful_supply_spans);
- unnamed-evidence, on a page that sells: professionals using the sold thing on themselves or their own people ("The
  cream dermatologists use themselves": claims_evidence.yaml endorsed_own_use) or using it for a long time ("Japanese
  doctors have prescribed hydrogen water for decades": endorsed_objects) (classify.Classifier._endorsements);
- uncited-timeline: "inside" a duration is a timeline like "within" (claims_statistics.yaml timeline_prepositions);
- non-claims: a list of percentages before a strength noun is a list of strengths ("0.025%, 0.05% and 0.1% strengths":
  classify._PERCENT_RUN), and a study noun after "without" is a step a service requires, not evidence ("we cannot
  supply them without this review": claims_evidence.yaml care_requests).
"""

import pytest
from claim_helpers import INFO, SHOP, claim_findings


def _rules(html: str, line: str) -> list[str]:
    return [f.rule for f in claim_findings(html) if line.rstrip(".")[:30] in f.sentence]


POM_SHOP = "<h1>Buy finasteride online</h1><p>Finasteride 1 mg tablets, £25 a month, free delivery.</p>"
PHARMACIST_REMOVED = [
    "Just add to basket and check out: there is no questionnaire and no pharmacist review.",
    "We post every order without a pharmacist check.",
    "No pharmacist sign-off, no GP, no waiting.",
]
PHARMACIST_THERE = [
    "Our pharmacist reviews every order before it is posted.",
    "A pharmacist checks your answers before we post your tablets.",
    "Every order needs a pharmacist review.",
    "No prescription? Our pharmacist can review your answers instead.",
]


@pytest.mark.parametrize("line", PHARMACIST_REMOVED)
def test_a_pharmacists_check_removed_with_the_rest_is_unlawful_supply(line):
    assert "claim.unlawful-supply" in _rules(f"{POM_SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize("line", PHARMACIST_THERE)
def test_a_pharmacists_check_that_stands_is_no_supply_finding(line):
    assert "claim.unlawful-supply" not in _rules(f"{POM_SHOP}<p>{line}</p>", line)


def test_a_pharmacy_counter_still_excuses_a_medicine_sold_there():
    line = "You can buy it from a pharmacy without a prescription."
    assert "claim.unlawful-supply" not in _rules(f"{POM_SHOP}<p>{line}</p>", line)


OWN_USE = [
    "The anti-ageing cream dermatologists use themselves.",
    "Gynaecologists across the country refer their own friends to us.",
    "Nutritionists give it to their own children.",
    "Japanese doctors have prescribed hydrogen water for decades.",
    "Osteopaths have used magnesium oil for generations.",
]
OWN_USE_TWINS = [
    "Our dermatologists use it themselves.",
    "Physiotherapists refer patients to us from across the city.",
    "Doctors have prescribed antibiotics for decades, but resistance is growing.",
    "Dentists remind patients to look after themselves.",
    "Nurses take care of themselves on long shifts.",
]


@pytest.mark.parametrize("line", OWN_USE)
def test_professionals_own_or_long_use_of_the_sold_thing_is_unnamed_evidence(line):
    assert "claim.unnamed-evidence" in _rules(f"{SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize("line", OWN_USE_TWINS)
def test_own_staff_referrals_care_of_oneself_and_a_rivals_long_use_are_not(line):
    assert not _rules(f"{SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize("line", OWN_USE[:2] + OWN_USE[3:4])
def test_the_same_sentences_on_a_page_that_informs_are_not_sales_copy(line):
    assert not _rules(f"{INFO}<p>{line}</p>", line)


INSIDE_TIMELINES = [
    "Most customers feel steadier inside two weeks.",
    "Joint pain eases inside 10 days.",
    "Hot flushes calm down inside just three weeks.",
]
INSIDE_TWINS = [
    "Orders arrive inside two days.",
    "Store the tablets inside the box.",
    "We reply to emails inside 24 hours.",
    "Keep your tablets inside a cool cupboard for up to 2 years.",
]


@pytest.mark.parametrize("line", INSIDE_TIMELINES)
def test_a_result_inside_a_duration_is_a_timeline(line):
    assert "claim.uncited-timeline" in _rules(f"{SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize("line", INSIDE_TWINS)
def test_delivery_replies_and_storage_inside_something_are_not(line):
    assert not _rules(f"{SHOP}<p>{line}</p>", line)


STRENGTH_LISTS = [
    "Our creams come in 0.025%, 0.05% and 0.1% strengths in 20 g tubes.",
    "The gel is available in 0.05% or 0.1% concentrations.",
    "Pick 2%, 5% or 10% solutions.",
]
PERCENT_LIST_CLAIMS = [
    "It cut flare-ups by 40%, 50% and 60% in three groups of users.",
    "Our cream clears 80%, 90% or even 100% of spots.",
    "Up to 70% and 80% of users saw clearer skin.",
]


@pytest.mark.parametrize("line", STRENGTH_LISTS)
def test_a_list_of_strengths_is_no_statistic(line):
    assert "claim.uncited-statistic" not in _rules(f"{SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize("line", PERCENT_LIST_CLAIMS)
def test_a_list_of_outcome_shares_stays_a_statistic(line):
    assert "claim.uncited-statistic" in _rules(f"{SHOP}<p>{line}</p>", line)


DONE_WITHOUT = [
    "Antimalarial tablets are prescription-only medicines, so we cannot supply them without this review.",
    "Antibiotics are never supplied without a review of your symptoms by a doctor.",
    "No tablets are posted without an assessment by our doctor.",
]
EVIDENCE_STAYS = [
    "A review of 12 studies shows it works.",
    "Research shows it clears spots for good.",
    "Without doubt, a recent study proved it works.",
]


@pytest.mark.parametrize("line", DONE_WITHOUT)
def test_a_check_a_service_will_not_do_without_is_no_appeal_to_evidence(line):
    assert "claim.unnamed-evidence" not in _rules(f"{SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize("line", EVIDENCE_STAYS)
def test_an_appeal_to_evidence_stays_one(line):
    assert "claim.unnamed-evidence" in _rules(f"{SHOP}<p>{line}</p>", line)


UNIVERSAL_EFFICACY = [
    "It works on every skin type, every time.",
    "Our programme works on any body, at any age.",
    "The serum works for all hair types.",
]
UNIVERSAL_FIT = [
    "The app works on all devices.",
    "Our charger works with any USB port.",
    "The monitor works with every smartphone made since 2018.",
    "The cuff works on any arm size from 22 to 42 cm.",
]


@pytest.mark.parametrize("line", UNIVERSAL_EFFICACY)
def test_efficacy_promised_for_every_kind_of_body_is_absolute(line):
    assert "claim.absolute-promise" in _rules(f"{SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize("line", UNIVERSAL_FIT)
def test_a_device_that_fits_every_phone_or_arm_is_no_promise(line):
    assert not _rules(f"{SHOP}<p>{line}</p>", line)


DOSE_TIMED_RESULTS = [
    "Most people feel the difference within 45 minutes of their first dose.",
    "Most men feel the effect within an hour of the first dose.",
    "You'll feel it within 20 minutes of your first dose.",
]
DOSE_TIMED_INSTRUCTIONS = [
    "Take one capsule within 30 minutes of waking.",
    "Take two capsules within an hour of your workout.",
    "Take your first dose within 48 hours of delivery.",
]


@pytest.mark.parametrize("line", DOSE_TIMED_RESULTS)
def test_a_result_felt_by_a_time_after_a_dose_is_a_timeline_in_sales_copy(line):
    assert "claim.uncited-timeline" in _rules(f"{SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize("line", DOSE_TIMED_INSTRUCTIONS)
def test_a_dose_timed_by_the_clock_stays_an_instruction(line):
    assert not _rules(f"{SHOP}<p>{line}</p>", line)
