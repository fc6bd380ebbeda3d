"""Issue 9, marketing precision round 16: a figure of the seller's SERVICE is no health statistic.

On a page that sells, a share, count or rating of orders delivered, calls answered, prescriptions dispensed or of the
delivery and customer service ("90% of customers had their order within two days", "Thousands of customers rated us
4.8 out of 5 for delivery") measures how the shop runs; it was flagged as an uncited statistic
(claims_statistics.yaml service_measures, classify._service_measure). Twins: a health result in the same shape, or in
the same sentence, stays a claim ("90% of customers slept better", "... and their back pain eased")."""

import pytest
from claim_helpers import claim_findings

SHOP = ("<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days. "
        "The kit costs £89 and comes with a travel case.</p>")


def _on_shop(sentence: str) -> bool:
    findings = claim_findings(f"{SHOP}<p>{sentence}</p>")
    return any(f.sentence.strip().startswith(sentence.rstrip(".")[:25]) for f in findings)


# each flagged as claim.uncited-statistic (or timeline) before this round
SERVICE_FIGURES = [
    "90% of customers had their order within two days.",
    "95% of our patients rate our service as excellent.",
    "98% of calls to our pharmacists answered within a minute.",
    "Over 20,000 patients have had their prescriptions dispensed by our pharmacy.",
    "Thousands of customers rated us 4.8 out of 5 for delivery.",
    "97% of patients received their tablets the next day.",
]
HEALTH_FIGURES = [
    "90% of customers slept better.",
    "82% of wearers had fewer leaks.",
    "Nine in ten users were smoke-free after a month.",
    "Over 20,000 patients treated and 90% pain-free.",
    "95% of customers had their order within two days and their back pain eased.",
    "Nine in ten patients rated our cream 5 stars for clearing their eczema.",
]


@pytest.mark.parametrize("sentence", SERVICE_FIGURES)
def test_a_figure_of_the_sellers_service_is_no_claim(sentence):
    assert not _on_shop(sentence), sentence


@pytest.mark.parametrize("sentence", HEALTH_FIGURES)
def test_a_figure_of_a_health_result_stays_a_claim(sentence):
    assert _on_shop(sentence), sentence


# A dosage form spelt as an effect verb ("drops"): each flagged as claim.uncited before this round
# (claims_vocabulary.yaml dosage_form_nouns).
DOSAGE_FORMS = [
    "Remedies come as sucrose pills or alcohol-based drops.",
    "LensLoop ships daily, monthly and colored contact lenses and prescription eye drops across the US.",
    "Every remedy is available as tablets or drops.",
    "Our lubricating eye drops come in single-use vials.",
    "Sunline sells ear drops, nasal sprays and cold sore creams online.",
]
LEVELS_THAT_DROP = [
    "Your blood pressure drops within weeks.",
    "Our tincture drops your cholesterol in a month.",
    "Our eye drops relieve dry, gritty eyes in minutes.",
    "Anxiety drops away after the first session.",
]


@pytest.mark.parametrize("sentence", DOSAGE_FORMS)
def test_a_dosage_form_spelt_as_an_effect_verb_is_no_claim(sentence):
    assert not _on_shop(sentence), sentence


@pytest.mark.parametrize("sentence", LEVELS_THAT_DROP)
def test_a_level_that_drops_stays_a_claim(sentence):
    assert _on_shop(sentence), sentence


# Kept recall when "eye drops" stopped reading as an effect: the eye exam as a gatekeeper, "minus" as its removal
# (claims_functions.yaml gatekeepers, gate_removed_before, gate_bypass). None was flagged before this round.
RX_PAGE = ("<h1>LensLoop</h1><p>We ship prescription eye drops such as latanoprost and prednisolone acetate across "
           "the US. Prices from $19.</p>")
EXAM_REMOVED = [
    "Lenses and Eye Drops, Minus the Eye Exam",
    "Order atropine eye drops online, no eye test needed.",
    "Buy prescription eye drops without an eye exam.",
    "Your Pills, Minus the GP",
]
EXAM_KEPT = [
    "Book your eye exam online in two minutes.",
    "Every order includes a free eye test voucher.",
    "No eye exam fee for children under 16.",
    "Daily lenses from $19, minus the delivery charge.",
]


def _on_rx_page(sentence: str) -> list[str]:
    findings = claim_findings(f"{RX_PAGE}<p>{sentence}</p>")
    return [f.rule for f in findings if f.sentence.strip().startswith(sentence[:20])]


@pytest.mark.parametrize("sentence", EXAM_REMOVED)
def test_an_eye_exam_or_gp_taken_out_is_unlawful_supply(sentence):
    assert "claim.unlawful-supply" in _on_rx_page(sentence), sentence


@pytest.mark.parametrize("sentence", EXAM_KEPT)
def test_an_eye_exam_booked_or_a_charge_taken_off_is_not(sentence):
    assert "claim.unlawful-supply" not in _on_rx_page(sentence), sentence


# A clinic or pharmacy naming what it is and whom it treats: its service scope, not an effect
# (claims_non_claims.yaml services). Each but the last was flagged as claim.uncited before this round.
SERVICE_SCOPES = [
    "VeinCare Leeds is a consultant-led clinic treating varicose and thread veins.",
    "Northgate Skin is a dermatology practice specialising in acne and rosacea.",
    "Harbour Physio is a sports injury clinic treating back, neck and knee pain.",
    "LaserSkin Bristol is a private practice treating acne scars and rosacea.",
]
SCOPE_TWINS = [
    "VeinCare Leeds is a clinic that gets rid of varicose veins for good.",
    "VeinCare is the clinic that makes varicose veins disappear in a week.",
    "SmileNow is the UK's leading clinic for teeth straightening.",
    "VeinCare Leeds is a clinic treating varicose veins, and one session clears them.",
    "Our clinic treats varicose veins in one session.",
]


@pytest.mark.parametrize("sentence", SERVICE_SCOPES)
def test_a_clinic_naming_whom_it_treats_is_no_claim(sentence):
    assert not _on_shop(sentence), sentence


@pytest.mark.parametrize("sentence", SCOPE_TWINS)
def test_a_clinic_promising_a_result_stays_a_claim(sentence):
    assert _on_shop(sentence), sentence
