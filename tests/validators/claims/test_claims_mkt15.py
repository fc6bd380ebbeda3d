"""Issue 9, marketing recall round 15: three classes of sales copy that had no reading.

- comparison: a rival's measure or a span of its practice matched without "than" ("Twice the weight loss of diet
  and exercise alone", "Half the time of metal braces", "One session equals six months of daily exercises";
  claims_functions.yaml rival_measures);
- superlative: popularity or standing owned by a market on a page that sells ("Britain's favourite pelvic floor
  trainer"; popularity_superlatives);
- uncited-benefit: a function or state of the reader won back ("Regain control of your bladder", "Get your energy
  back", "Back to running with the kids"; regained_states).
Each with its twins: the same words on a page that sells nothing, or of money, place, dose and size."""

import pytest
from claim_helpers import claim_findings

SHOP = ("<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days. "
        "The kit costs £89 and comes with a travel case.</p>")
INFO = ("<h1>About bladder weakness</h1><p>Leaking urine is common after childbirth and with age. "
        "Pelvic floor exercises help many people.</p>")


def _flagged(page: str, sentence: str) -> bool:
    return any(f.sentence.strip().startswith(sentence.rstrip(".")) for f in claim_findings(page))


def _on_shop(sentence: str) -> bool:
    return _flagged(f"{SHOP}<p>{sentence}</p>", sentence)


def _on_info(sentence: str) -> bool:
    return _flagged(f"{INFO}<p>{sentence}</p>", sentence)


RIVAL_MEASURES = [
    "Twice the weight loss of diet and exercise alone.",
    "Half the time of metal braces.",
    "One session equals six months of daily pelvic floor exercises.",
    "Ten minutes a day does more than months of physio on your own.",
]
RIVAL_MEASURE_TWINS = [
    "Our large tube holds twice the amount of cream.",
    "The family pack is three times the size of a single tube.",
    "Take half the dose of an adult.",
    "Smoking carries twice the risk of stroke.",
    "One unit equals 8 grams of alcohol.",
]


@pytest.mark.parametrize("sentence", RIVAL_MEASURES)
def test_a_rivals_measure_without_than_is_a_comparison_on_a_shop_page(sentence):
    assert _on_shop(sentence), sentence


@pytest.mark.parametrize("sentence", RIVAL_MEASURE_TWINS)
def test_a_dose_risk_or_unit_is_no_comparison(sentence):
    assert not _on_shop(sentence), sentence


POPULARITY = [
    "Britain's favourite pelvic floor trainer.",
    "America's most popular sleep patch.",
    "Europe's most advanced aligner system.",
    "The UK's most trusted hearing kit.",
]
POPULARITY_TWINS = [
    "Fish and chips is Britain's favourite takeaway meal.",
    "Football is the country's most popular sport.",
    "Walking is Britain's most popular form of exercise.",
]


@pytest.mark.parametrize("sentence", POPULARITY)
def test_popularity_owned_by_a_market_is_a_superlative_on_a_shop_page(sentence):
    assert _on_shop(sentence), sentence


@pytest.mark.parametrize("sentence", POPULARITY_TWINS)
def test_popularity_on_an_information_page_is_not(sentence):
    assert not _on_info(sentence), sentence


def test_a_persons_favourite_is_not_a_ranking():
    assert not _on_shop("My favourite colour is the blue case.")


REGAINED = [
    "Regain control of your bladder and your confidence.",
    "Get your energy and your libido back.",
    "Take back your smile.",
    "Get back to dancing, running and laughing out loud.",
    "Back to hiking with the kids.",
]
REGAINED_TWINS = [
    "Get your money back if you are not happy.",
    "Take back your parcel to any post office.",
    "Back to the shop.",
    "Get back to us within 14 days.",
]


@pytest.mark.parametrize("sentence", REGAINED)
def test_a_state_won_back_is_a_promised_result_on_a_shop_page(sentence):
    assert _on_shop(sentence), sentence


@pytest.mark.parametrize("sentence", REGAINED_TWINS)
def test_money_a_parcel_or_a_place_won_back_is_not(sentence):
    assert not _on_shop(sentence), sentence


@pytest.mark.parametrize("sentence", REGAINED[:3])
def test_a_state_won_back_on_an_information_page_is_not_read_as_sales_copy(sentence):
    assert not _on_info(sentence), sentence


REPORTED_NOUN_RESULTS = [
    "Users report deeper sleep within three nights.",
    "Our clients notice smoother skin after one session.",
    "Wearers report fewer headaches at the end of the day.",
]
REPORTED_NOUN_TWINS = [
    "Customers report faster delivery since we moved warehouse.",
    "Users report easier ordering on the new app.",
    "Clients enjoy free parking outside the clinic.",
]


@pytest.mark.parametrize("sentence", REPORTED_NOUN_RESULTS)
def test_customers_reporting_a_comparative_result_is_a_claim_on_a_shop_page(sentence):
    assert _on_shop(sentence), sentence


@pytest.mark.parametrize("sentence", REPORTED_NOUN_TWINS)
def test_customers_reporting_trade_is_not(sentence):
    assert not _on_shop(sentence), sentence


ENDED_AVOIDANCE = [
    "No more hiding your smile in photos.",
    "No more cancelling dates or hiding behind a scarf.",
    "Say goodbye to planning every trip around a toilet.",
    "An end to turning down invitations.",
]
ENDED_TRADE = [
    "No more queues at the pharmacy counter.",
    "No more waiting in for a parcel.",
    "An end to paper forms.",
]


@pytest.mark.parametrize("sentence", ENDED_AVOIDANCE)
def test_the_end_of_hiding_or_avoiding_is_a_promised_result_on_a_shop_page(sentence):
    assert _on_shop(sentence), sentence


@pytest.mark.parametrize("sentence", ENDED_TRADE)
def test_the_end_of_a_chore_of_trade_is_not(sentence):
    assert not _on_shop(sentence), sentence


@pytest.mark.parametrize("sentence", ENDED_AVOIDANCE[:2])
def test_the_end_of_hiding_on_an_information_page_is_not_read_as_sales_copy(sentence):
    assert not _on_info(sentence), sentence


RESULT_MANNERS = [
    "Laugh out loud without the leaks.",
    "Run for the bus without a single leak.",
    "Sleep through the night without the itching.",
]
MANNER_TWINS = [
    "Order online without the queue.",
    "Pay without any fees.",
    "Shop without leaving home.",
]


@pytest.mark.parametrize("sentence", RESULT_MANNERS)
def test_an_imperative_without_a_complaint_is_a_promised_result(sentence):
    assert _on_shop(sentence), sentence


@pytest.mark.parametrize("sentence", MANNER_TWINS)
def test_an_imperative_without_a_chore_is_not(sentence):
    assert not _on_shop(sentence), sentence


WORKING_FIXES = [
    "Finally, a cold sore fix that actually works.",
    "A bloating remedy that really works.",
    "The acne treatment that works while you sleep.",
]
WORKING_TWINS = [
    "A booking system that works on any phone.",
    "A delivery slot that works for you.",
    "A payment plan that works around your budget.",
]


@pytest.mark.parametrize("sentence", WORKING_FIXES)
def test_a_fix_said_to_work_is_a_promised_result(sentence):
    assert _on_shop(sentence), sentence


@pytest.mark.parametrize("sentence", WORKING_TWINS)
def test_a_service_said_to_work_is_not(sentence):
    assert not _on_shop(sentence), sentence


SHARE_RESULTS = [
    "82% of wearers slept better within a week.",
    "97% of patients had a clear nail at their follow-up.",
    "Nine in ten users were smoke-free after three months.",
]
# (a share of customers on a page that sells is an uncited statistic already when the sentence is promoted; the
# twins check that service and trade are no result reported)
SHARE_TRADE = [
    "Our customers had their orders within two days.",
    "Our patients were happy with the booking system.",
    "Most customers were repeat buyers.",
]


@pytest.mark.parametrize("sentence", SHARE_RESULTS)
def test_a_share_of_customers_with_a_result_is_a_claim_on_a_shop_page(sentence):
    assert _on_shop(sentence), sentence


@pytest.mark.parametrize("sentence", SHARE_TRADE)
def test_a_share_of_customers_served_is_not(sentence):
    assert not _on_shop(sentence), sentence


TESTIMONIAL_REGAINED = [
    "“I have my old self back, and my husband says so too.” – Claire, Leeds",
    "“After three weeks I've got my energy back.” – Sam, Hull",
    "“I finally got my nights back after years of flushes.” – Jo, Kent",
]
TESTIMONIAL_GOODS = [
    "“I got my money back the next day, no questions.” – Claire, Leeds",
    "“I have my parcel back from the depot.” – Sam, Hull",
    "“We got our deposit back quickly.” – Jo and Ben, Kent",
]


def _testimonial_flagged(quote: str) -> bool:
    return _flagged(f"{SHOP}<blockquote>{quote}</blockquote>", quote[:20])


@pytest.mark.parametrize("quote", TESTIMONIAL_REGAINED)
def test_a_customer_with_a_state_won_back_is_a_promised_result(quote):
    assert _testimonial_flagged(quote), quote


@pytest.mark.parametrize("quote", TESTIMONIAL_GOODS)
def test_a_customer_with_money_or_goods_back_is_not(quote):
    assert not _testimonial_flagged(quote), quote
