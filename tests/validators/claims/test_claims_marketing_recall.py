"""Marketing recall by class (issue 9, written against evaluation/fresh7): appeals to unnamed evidence by any
specialist or crowd, a seller's own "secret", unlawful supply in a headline or at the checkout, a seller's team
ranked by its market, and the outcomes sales copy promises (sexual function, children's behaviour). Each class:
unrelated sentences that must draw the finding, and correct twins that must not."""

import pytest
from claim_helpers import claim_findings, rules_of

SHOP = "<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days.</p>"
PRESCRIPTION_DRUGS = "<h1>Men's health</h1><p>We stock sildenafil, tadalafil and finasteride.</p>"


def _rules(html: str) -> list[str]:
    return [rule for rule in rules_of(claim_findings(html)) if rule != "claim.fair-balance"]


# unnamed-evidence: any specialist by the form of the word, conceding or vouching verbs, a counted crowd
UNNAMED_ENDORSEMENT = [
    "Urologists agree that our zinc blend keeps prostates healthy.",
    "Experts are finally admitting that sugar drives joint pain.",
    "Backed by leading podiatrists.",
    "Trusted by over 50,000 mums.",
    "Gynaecologists acknowledge that this balm soothes dryness.",
]

UNNAMED_ENDORSEMENT_TWINS = [
    "Ask your gynaecologist before using it in pregnancy.",
    "Used by over 2,000 clinics across Europe.",
    "London's largest hospital trust.",
]


@pytest.mark.parametrize("sentence", UNNAMED_ENDORSEMENT)
def test_a_specialist_or_crowd_vouching_is_unnamed_evidence(sentence):
    assert "claim.unnamed-evidence" in _rules(f"{SHOP}<p>{sentence}</p>")


@pytest.mark.parametrize("sentence", UNNAMED_ENDORSEMENT_TWINS)
def test_a_specialist_named_or_a_count_of_users_is_no_appeal(sentence):
    assert _rules(f"{SHOP}<p>{sentence}</p>") == []


# unnamed-evidence on a page that sells: "the secret to ..." is the seller's pitch, not a scam reported
OWN_PITCH = [
    "Nutritionists agree that a regular detox is the secret to lasting health.",
    "Dermatologists say the secret to calm skin is our oat balm.",
    "Scientists now agree that magnesium is the secret to deep sleep.",
]


@pytest.mark.parametrize("sentence", OWN_PITCH)
def test_a_secret_sold_on_a_shop_page_is_a_claim(sentence):
    assert "claim.unnamed-evidence" in _rules(f"{SHOP}<p>{sentence}</p>")


@pytest.mark.parametrize("sentence", OWN_PITCH)
def test_a_secret_on_an_information_page_reports_a_sales_line(sentence):
    assert _rules(f"<p>{sentence}</p>") == []


def test_a_scam_reported_on_a_shop_page_is_still_reported():
    assert _rules(f"{SHOP}<p>Beware of the secret cure that sellers say reverses diabetes.</p>") == []


# unlawful-supply: the prescriber removed next to a medicine's form (a headline) or at the checkout
UNLAWFUL_OFFERS = [
    "ED tablets, no consultation.",
    "Hair-loss pills — no script, no fuss.",
    "No questionnaire at checkout.",
]

LAWFUL_OR_WARNINGS = [
    "Do not stop or change any prescribed medicine without talking to your doctor.",
    "Never share your tablets with someone who has no prescription.",
    "Pharmacists can supply these tablets without a prescription.",
    "Our tablets come with no hidden fees.",
]


@pytest.mark.parametrize("sentence", UNLAWFUL_OFFERS)
def test_a_prescriber_removed_beside_a_medicine_form_is_an_offer(sentence):
    assert "claim.unlawful-supply" in _rules(f"{PRESCRIPTION_DRUGS}<p>{sentence}</p>")


@pytest.mark.parametrize("sentence", LAWFUL_OR_WARNINGS)
def test_a_warning_or_lawful_channel_is_no_offer(sentence):
    assert "claim.unlawful-supply" not in _rules(f"{PRESCRIPTION_DRUGS}<p>{sentence}</p>")


# superlative: a seller's team or practice ranked by its market
RANKED_TEAMS = [
    "Leeds's most experienced physio team.",
    "Bristol's friendliest dental practice.",
    "Austin's most trusted acne team, three years running.",
]

UNRANKED_TEAMS = [
    "Our team's newest member joined in May.",
    "Leeds's physio team is open on Saturdays.",
    "London's largest hospital trust.",
]


@pytest.mark.parametrize("sentence", RANKED_TEAMS)
def test_a_team_ranked_by_its_market_is_a_superlative(sentence):
    assert "claim.superlative" in _rules(f"{SHOP}<p>{sentence}</p>")


@pytest.mark.parametrize("sentence", UNRANKED_TEAMS)
def test_a_team_named_is_no_ranking(sentence):
    assert "claim.superlative" not in _rules(f"{SHOP}<p>{sentence}</p>")


# uncited-benefit / absolute-promise: outcomes sales copy promises (sexual function, children's behaviour)
PROMISED_OUTCOMES = [
    "Our gummies switch off hyperactivity for good.",
    "Say goodbye to toddler meltdowns.",
    "Our method turns restless kids into focused learners in 30 days.",
]

OUTCOMES_DESCRIBED = [
    "Hyperactivity is one of three groups of ADHD symptoms.",
    "Erections need healthy blood flow.",
    "Restless legs are common in late pregnancy.",
]


@pytest.mark.parametrize("sentence", PROMISED_OUTCOMES)
def test_a_promised_outcome_is_a_claim_on_a_shop_page(sentence):
    assert _rules(f"{SHOP}<p>{sentence}</p>") != []


@pytest.mark.parametrize("sentence", OUTCOMES_DESCRIBED)
def test_an_outcome_described_is_no_claim(sentence):
    assert _rules(f"{SHOP}<p>{sentence}</p>") == []


# uncited-benefit: a customer feeling or looking better in the first person, in sales copy
FIRST_PERSON_RESULTS = [
    "I feel twenty-five again and my wife has definitely noticed.",
    "We both look ten years younger.",
    "I feel lighter and sleep better than I have in years.",
]

FIRST_PERSON_TWINS = [
    "I feel nervous before every appointment.",
    "I looked for a clinic near Leeds for months.",
    "We feel welcome every time we visit.",
]


@pytest.mark.parametrize("sentence", FIRST_PERSON_RESULTS)
def test_a_customer_feeling_better_is_a_claim_on_a_shop_page(sentence):
    assert _rules(f"{SHOP}<blockquote>{sentence}</blockquote>") != []


@pytest.mark.parametrize("sentence", FIRST_PERSON_TWINS)
def test_a_customer_feeling_about_the_service_is_no_claim(sentence):
    assert _rules(f"{SHOP}<blockquote>{sentence}</blockquote>") == []


# uncited-statistic: a share of customers reporting a result, on a funnel page with no shop phrase or price
FUNNEL = ("<h1>Free masterclass: how to reverse eczema naturally</h1>"
          "<p>Hi, I'm Jo, and my method changed my family's life.</p>")
REPORTED_RESULTS = [
    "87% of families report calmer mornings after the first week.",
    "9 out of 10 members noticed a difference within days.",
    "Eight in ten parents say their children concentrate better.",
]

REPORTED_SERVICE = [
    "Over 4,000 parents have joined since 2019.",
    "The masterclass lasts 47 minutes.",
    "Lessons unlock one per day.",
]


@pytest.mark.parametrize("sentence", REPORTED_RESULTS)
def test_a_share_of_customers_reporting_a_result_is_a_statistic(sentence):
    assert "claim.uncited-statistic" in _rules(f"{FUNNEL}<p>{sentence}</p>")


@pytest.mark.parametrize("sentence", REPORTED_SERVICE)
def test_a_rating_of_the_service_or_a_fact_of_the_course_is_no_statistic(sentence):
    assert "claim.uncited-statistic" not in _rules(f"{FUNNEL}<p>{sentence}</p>")


# uncited-benefit: a page sells when it lists prices, or the seller or a product names its price (not a public
# charge or a cost reported), so a product acting on the body with any verb is a claim on it
SOLD_AT = [
    "<ul><li>Single session: $175</li><li>Ten sessions: $1,500</li></ul>",
    "<p>Our starter pack costs £29.</p>",
    "<p>One bottle costs $69, and three bottles cost $179.</p>",
]

COSTS_REPORTED = [
    "<p>Prescriptions cost £9.90 per item in England.</p>",
    "<p>The NHS spends £1 billion a year on diabetes care.</p>",
    "<p>The test costs about $100 without insurance.</p>",
]

ACTING = "<p>Turmeric and boswellia switch off the inflammation in tired knees.</p>"


@pytest.mark.parametrize("prices", SOLD_AT)
def test_a_price_list_or_a_product_price_makes_a_page_sell(prices):
    assert "claim.uncited" in _rules(f"<h1>Joint care</h1>{prices}{ACTING}")


@pytest.mark.parametrize("costs", COSTS_REPORTED)
def test_a_public_charge_or_a_reported_cost_does_not(costs):
    assert _rules(f"<h1>Joint care</h1>{costs}{ACTING}") == []


# a hyphenated compound is one word, not a subject and its verb ("weight-related" is no "related" acting)
COMPOUND_TWINS = [
    "Wegovy is a prescription-only medicine for adults with a weight-related health condition.",
    "Tretinoin is a prescription cream for adults with sun-damaged skin.",
    "It is licensed for adults with sun-damaged, ageing skin.",
]


@pytest.mark.parametrize("sentence", COMPOUND_TWINS)
def test_the_second_half_of_a_compound_is_no_verb_acting_on_the_body(sentence):
    assert "claim.uncited" not in _rules(f"{SHOP}<p>{sentence}</p>")


# absolute-promise: in sales copy, a safety or efficacy absolute of what is sold needs no health word
SOLD_ABSOLUTES = [
    "Zero side effects.",
    "100% effective or your money back.",
    "It cannot fail.",
    "Our method simply cannot fail.",
    "The pain will never return.",
    "Works on every type of back pain.",
]

TRADE_ABSOLUTES = [
    "Guaranteed next-day delivery.",
    "Never pay full price again.",
    "Free delivery for life.",
    "Orders never fail to arrive on time.",
    "Our money-back guarantee lasts 60 days.",
]


@pytest.mark.parametrize("sentence", SOLD_ABSOLUTES)
def test_an_absolute_of_what_is_sold_is_a_promise_on_a_shop_page(sentence):
    assert "claim.absolute-promise" in _rules(f"{SHOP}<p>{sentence}</p>")


@pytest.mark.parametrize("sentence", TRADE_ABSOLUTES)
def test_an_absolute_of_trade_is_no_promise(sentence):
    assert _rules(f"{SHOP}<p>{sentence}</p>") == []


@pytest.mark.parametrize("sentence", SOLD_ABSOLUTES[:3])
def test_without_a_health_word_an_information_page_absolute_is_not_read_as_sold(sentence):
    assert "claim.absolute-promise" not in _rules(f"<p>{sentence}</p>")


# unnamed-evidence: proof or professionals' awe claimed without naming them
UNNAMED_PROOF = [
    "Clinically shown to reduce wrinkles.",
    "Proven by science.",
    "Medical experts are stunned.",
    "Endorsed by the nation's top chiropractors.",
    "Recommended by 9 out of 10 dentists.",
]

PROOF_TWINS = [
    "Supported by our team of nurses, you are never alone.",
    "Nine in ten GPs feel under pressure.",
    "Loved by our patients' families.",
]


@pytest.mark.parametrize("sentence", UNNAMED_PROOF)
def test_proof_claimed_without_a_source_is_unnamed_evidence(sentence):
    assert "claim.unnamed-evidence" in _rules(f"{SHOP}<p>{sentence}</p>")


@pytest.mark.parametrize("sentence", PROOF_TWINS)
def test_support_or_a_survey_of_professionals_is_no_appeal(sentence):
    assert "claim.unnamed-evidence" not in _rules(f"{SHOP}<p>{sentence}</p>")


# uncited-timeline / uncited-benefit: a result promised with a time and no health word, in sales copy
SOLD_TIMED_RESULTS = [
    "See results in as little as 7 days.",
    "Visible difference overnight.",
    "By week three, your energy is back.",
    "Pain gone in one visit.",
    "Feel the difference from the first cup.",
]

TIMED_TRADE = [
    "See our results page for before-and-after photos.",
    "See the difference between our plans.",
    "Your order arrives within the hour.",
]


@pytest.mark.parametrize("sentence", SOLD_TIMED_RESULTS)
def test_a_timed_result_is_a_claim_on_a_shop_page(sentence):
    assert _rules(f"{SHOP}<p>{sentence}</p>") != []


@pytest.mark.parametrize("sentence", TIMED_TRADE)
def test_a_results_page_a_plan_or_a_delivery_time_is_no_claim(sentence):
    assert _rules(f"{SHOP}<p>{sentence}</p>") == []


# unlawful-supply: the seller saying it does not ask for the prescription or its paperwork
NOT_ASKED = [
    "We don't ask for prescriptions.",
    "We do not ask for a GP letter.",
    "We don't ask you for a consultation.",
]

ASKED_OR_UNRELATED = [
    "We don't ask for payment until your order ships.",
    "Pharmacists will not supply sildenafil if you do not have a prescription.",
    "We always ask for your prescription before dispatch.",
]


@pytest.mark.parametrize("sentence", NOT_ASKED)
def test_a_prescription_not_asked_for_is_an_offer(sentence):
    assert "claim.unlawful-supply" in _rules(f"{PRESCRIPTION_DRUGS}<p>{sentence}</p>")


@pytest.mark.parametrize("sentence", ASKED_OR_UNRELATED)
def test_a_payment_not_asked_for_or_a_refusal_is_no_offer(sentence):
    assert "claim.unlawful-supply" not in _rules(f"{PRESCRIPTION_DRUGS}<p>{sentence}</p>")


# comparison: a product set against a treatment named by its abbreviation ("HRT")
RIVALS = [
    "The natural alternative to HRT.",
    "Unlike HRT, our soy capsules cool hot flushes naturally.",
    "A gentler alternative to HRT for hot flushes.",
]


@pytest.mark.parametrize("sentence", RIVALS)
def test_a_product_set_against_hrt_is_a_claim(sentence):
    assert _rules(f"{SHOP}<p>{sentence}</p>") != []


def test_asking_about_hrt_is_no_claim():
    assert _rules(f"{SHOP}<p>Ask your GP whether HRT is right for you.</p>") == []


# superlative: a market's favourite, and the only product a reader will ever need
MARKET_FAVOURITES = [
    "The UK's favourite collagen drink.",
    "America's favorite sleep gummies.",
    "The only supplement you will ever need.",
]

NOT_RANKED = [
    "Our first clinic opened in Leeds.",
    "The world's first smallpox vaccine was developed in 1796.",
    "The only thing you need to bring is your passport.",
]


@pytest.mark.parametrize("sentence", MARKET_FAVOURITES)
def test_a_markets_favourite_or_the_only_one_needed_is_a_superlative(sentence):
    assert "claim.superlative" in _rules(f"{SHOP}<p>{sentence}</p>")


@pytest.mark.parametrize("sentence", NOT_RANKED)
def test_a_first_in_history_or_an_only_of_logistics_is_no_ranking(sentence):
    assert "claim.superlative" not in _rules(f"{SHOP}<p>{sentence}</p>")
