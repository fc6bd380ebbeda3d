"""Issue 9, marketing recall round 20 (evaluation/RESULTS_claims_mkt20.md). Five classes of wording that sales copy
used and the checker missed, each with examples and correct twins:

- a result said to be within reach ("... is one clip away": claims_functions.yaml near_results, near_services;
  promotion.promised_result);
- a clinic's unit price ("A single injection costs £450") makes a page sales copy (claims_functions.yaml prices);
- asthma inhalers, hormone replacement and ketamine are prescription-only medicines (claims_functions.yaml
  prescription_only), so offering them without the prescriber is unlawful supply;
- professionals said to use, wear, prescribe or praise the sold thing (claims_evidence.yaml endorsing_verbs);
- a result counted in the seller's sessions or the buyer's uses ("by their third visit": claims_statistics.yaml
  timeline_phrases)."""

import pytest
from claim_helpers import by_rule, claim_findings

SHOP = "<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days.</p>"


def _flagged(html: str, line: str, rule: str | None = None) -> bool:
    findings = claim_findings(html)
    if rule is not None:
        findings = by_rule(findings, rule)
    return any(line.rstrip(".?!") in f.sentence for f in findings)


WITHIN_REACH = [
    "Your calmest, most focused self is one clip away.",
    "Smoother, more even skin is just a few taps away.",
    "Peace of mind for the whole family is one phone call away.",
    "Relief is only minutes away.",
]
SERVICE_WITHIN_REACH = [
    "Your appointment is one click away: choose a time on our booking page.",
    "Help is one call away.",
    "A free home visit to plan grab rails is one phone call away.",
    "The sea is a short walk away.",
]


@pytest.mark.parametrize("line", WITHIN_REACH)
def test_a_result_within_reach_is_a_claim_on_a_page_that_sells(line):
    assert _flagged(f"{SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize("line", SERVICE_WITHIN_REACH)
def test_a_service_or_place_within_reach_is_not(line):
    assert not _flagged(f"{SHOP}<p>{line}</p>", line)


BENEFIT = "PRP regrows worn cartilage and calms the inflammation behind arthritis."
UNIT_PRICES = [
    "A single injection costs £450, and a course of three is £1,200.",
    "Treatment is $189 per person.",
    "One band costs $39.95.",
]
INFORMATION_PRICES = [
    "A private eye test costs about £25.",
    "The treatment is free on the NHS.",
    "In 2023 the programme cost $2 million.",
]


@pytest.mark.parametrize("price", UNIT_PRICES)
def test_a_unit_price_makes_a_page_sales_copy(price):
    assert _flagged(f"<h1>Knee clinic</h1><p>{price}</p><p>{BENEFIT}</p>", BENEFIT)


@pytest.mark.parametrize("price", INFORMATION_PRICES)
def test_a_price_an_information_page_states_does_not(price):
    assert not _flagged(f"<h1>Knee arthritis</h1><p>{price}</p><p>{BENEFIT}</p>", BENEFIT)


UNLAWFUL = [
    "Buy salbutamol and Clenil online with no prescription and no GP appointment.",
    "Order Oestrogel and Utrogestan today without seeing a doctor.",
    "Get montelukast delivered tomorrow, no prescription needed.",
]
LAWFUL = [
    "Ask your GP or asthma nurse for a salbutamol prescription.",
    "You cannot buy montelukast without a prescription.",
    "Estradiol gel is available on prescription after a review with your GP.",
]


@pytest.mark.parametrize("line", UNLAWFUL)
def test_an_inhaler_or_hrt_without_the_prescriber_is_unlawful_supply(line):
    assert _flagged(f"{SHOP}<p>{line}</p>", line, "claim.unlawful-supply")


@pytest.mark.parametrize("line", LAWFUL)
def test_the_same_medicines_on_prescription_are_not(line):
    assert not _flagged(f"{SHOP}<p>{line}</p>", line, "claim.unlawful-supply")


ENDORSED = [
    "Leading sports doctors have used it on professional footballers for years.",
    "Eye doctors wear them too.",
    "Optometrists call it the most important advance in children's eye care in a generation.",
]
NOT_ENDORSED = [
    "Physicians use it for decompression sickness and some wounds that will not heal.",
    "Our physiotherapists use it in every session.",
    "Many GPs refer patients to us.",
]


@pytest.mark.parametrize("line", ENDORSED)
def test_professionals_using_or_praising_the_sold_thing_are_unnamed_evidence(line):
    assert _flagged(f"{SHOP}<p>{line}</p>", line, "claim.unnamed-evidence")


@pytest.mark.parametrize("line", NOT_ENDORSED)
def test_an_indication_the_sellers_own_staff_or_a_referral_are_not(line):
    assert not _flagged(f"{SHOP}<p>{line}</p>", line, "claim.unnamed-evidence")


COUNTED_RESULTS = [
    "Most men notice a difference by their third visit.",
    "Skin looks brighter from the very first wash.",
    "Pain eases after the second session.",
    "Energy returns after the second treatment.",
]
COUNTED_LOGISTICS = [
    "Please arrive ten minutes early for your first visit.",
    "Bring your card to the second appointment.",
    "We check progress after the first week and every six months.",
]


@pytest.mark.parametrize("line", COUNTED_RESULTS)
def test_a_result_counted_in_sessions_is_a_claim(line):
    assert _flagged(f"{SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize("line", COUNTED_LOGISTICS)
def test_a_visit_counted_for_logistics_is_not(line):
    assert not _flagged(f"{SHOP}<p>{line}</p>", line)


def test_a_dose_counted_on_a_vaccine_page_is_not_a_timeline_of_effect():
    html = (
        "<h1>Shingles vaccine</h1><p>The vaccine is given as two injections, two to six months apart.</p>"
        "<p>Your arm may be sore after the second injection.</p><p>Speak to your GP practice to book.</p>"
    )
    assert by_rule(claim_findings(html), "claim.uncited-timeline") == []


# Round 20, second part: a state rediscovered (regained_states), a verbless "gone" after a complaint
# (settled_complaints), success where a rival failed and a price set below a rival treatment (rival_verbs).
SOLD_RESULTS = [
    "Rediscover the confidence you had in your twenties.",
    "Rekindle your sex drive.",
    "Recapture the energy of your youth.",
    "Bloating gone by Friday.",
    "Works where nasal strips and sprays fail.",
    "It helps where creams have failed.",
    "It costs less than a month of painkillers and works around the clock.",
    "For half the price of a course of injections.",
]
SOLD_NON_RESULTS = [
    "Rediscover Norwich with our guided walks.",
    "Rediscover the joy of cooking.",
    "Prices have gone up.",
    "The parcel is gone by noon.",
    "Call us where the online form fails to load.",
    "Our folding scooter costs half the price of the road-going models.",
    "Delivery costs less than a coffee.",
]


@pytest.mark.parametrize("line", SOLD_RESULTS)
def test_a_result_or_a_rival_beaten_is_a_claim_on_a_page_that_sells(line):
    assert _flagged(f"{SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize("line", SOLD_NON_RESULTS)
def test_a_place_a_pastime_trade_or_a_product_price_is_not(line):
    assert not _flagged(f"{SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize(
    "line",
    [
        "Surgery is offered where medicines have failed to control the seizures.",
        "Rediscover the confidence you had in your twenties.",
        "It costs less than a month of painkillers.",
    ],
)
def test_the_same_wording_on_a_page_that_sells_nothing_is_not(line):
    html = (
        f"<h1>Treatment options</h1><p>{line}</p><p>See your GP if the pain lasts more than six weeks.</p>"
        "<p>Call 111 if you are worried.</p>"
    )
    assert not _flagged(html, line)
