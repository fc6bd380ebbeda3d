"""A price said plainly as the page's own (claims_functions.yaml listed_prices) sells only on a page that does not
inform (function.listed_price_sells): a pharmacy, a hospital's private patients unit or a travel clinic that prices
its tablets, operations or vaccines among a dozen warnings, instructions and doses states consensus efficacy as plain
information. The same price on a short page, or with two seller claims, still sells, and the consensus sentence is
an uncited benefit there. Also: staff working in a workplace is no effect ("Our advisers work in pharmacies"), and the
reader told to stop a habit completely is no absolute promise ("choose a day to stop completely"), and a price term on
a page that sells is no statistic ("0% finance available", claims_statistics.yaml service_measures)."""

import pytest

from tests.validators.claims.claim_helpers import by_rule, claim_findings
from validators.claims.classify import Classifier
from validators.claims.function import NO_CONTEXT
from validators.claims.lexicon import lexicon_for

_HAY_FEVER = (
    "Hay fever: advice from our pharmacists",
    [
        "Take one 10 mg cetirizine tablet once a day.",
        "Use the nasal spray as 2 sprays in each nostril once a day.",
        "Point the nozzle slightly away from the middle of your nose.",
        "Some antihistamines can make you drowsy, so do not drive if you feel sleepy.",
        "Ask the pharmacist before using these treatments if you are pregnant.",
        "Put petroleum jelly around your nostrils to trap pollen.",
        "Wear wraparound sunglasses when you are outside.",
        "Shower and change your clothes after you have been outdoors.",
        "Keep windows and doors shut when the pollen count is high.",
        "There is no cure for hay fever.",
        "See a GP if your symptoms do not improve after trying these treatments.",
        "Call in and speak to one of our pharmacists.",
        "Do not give these tablets to children under 6.",
        "Read the leaflet that comes with your medicine.",
        "Stop using the spray and see a GP if you get nosebleeds.",
        "Keep all medicines out of the reach of children.",
    ],
    "Our own-brand cetirizine tablets cost £2.49 for 30.",
    "Antihistamine tablets such as cetirizine work well for sneezing and itchy eyes.",
)
_CATARACT = (
    "Cataract surgery in our private patients unit",
    [
        "Bring someone with you who can take you home.",
        "Do not drive on the day of the operation.",
        "Use the steroid eye drops 4 times a day for 4 weeks.",
        "Do not rub your eye.",
        "Wear the eye shield at night for the first week.",
        "Avoid swimming for 2 weeks.",
        "Your eye may feel gritty for a few days.",
        "Call the eye unit straight away if your eye becomes more painful.",
        "Out of hours, go to the nearest emergency eye department.",
        "Cataracts do not come back after surgery.",
        "Tell the nurse about any medicines you take.",
        "Do not wear eye make-up for 2 weeks.",
        "Keep soap and shampoo out of your eye.",
        "Read the leaflet that comes with your eye drops.",
        "Do not lift anything heavy for a week.",
        "Keep all medicines out of the reach of children.",
    ],
    "A first consultation costs £200, including the eye measurements.",
    "Cataract surgery is a very effective treatment for cloudy vision.",
)
_TRAVEL = (
    "Travel vaccinations at our pharmacy travel clinic",
    [
        "Book at least 6 to 8 weeks before you travel.",
        "Rabies vaccine is given as 3 doses, on days 0, 7 and 21.",
        "Tell the pharmacist if you have had a severe allergic reaction to a vaccine before.",
        "The yellow fever vaccine is not suitable for people with a weakened immune system.",
        "Your arm may be sore for 1 or 2 days.",
        "Use an insect repellent containing 50% DEET.",
        "Sleep under a mosquito net.",
        "See a doctor straight away if you get a fever while you are away.",
        "Bring details of your trip.",
        "No malaria tablet gives complete protection.",
        "Wash your hands before you eat.",
        "Drink bottled or boiled water.",
        "Do not swim in fresh water in areas where bilharzia is found.",
        "Read the leaflet that comes with your tablets.",
        "Keep taking the tablets for 7 days after you leave the malaria area.",
        "Keep all medicines out of the reach of children.",
    ],
    "A travel consultation costs £15.",
    "Antimalarial tablets such as atovaquone with proguanil work well for preventing malaria.",
)
PAGES = [_HAY_FEVER, _CATARACT, _TRAVEL]
IDS = ["pharmacy-own-brand-price", "hospital-private-fee", "travel-clinic-fee"]
_SELLER_CLAIMS = "Our tablets clear your blocked nose fast. Our drops soothe sore eyes in minutes."


def _page(page, informing: int | None = None, extra: str = "") -> str:
    title, sentences, price, consensus = page
    body = sentences[:informing] if informing else sentences
    return f"<h1>{title}</h1><p>{' '.join(body)}</p><p>{price}</p><p>{consensus}</p>{extra}"


def _consensus_rules(page, html: str) -> list[str]:
    return [f.rule for f in claim_findings(html) if f.sentence == page[3]]


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_a_price_on_a_page_that_informs_leaves_its_consensus_plain(page):
    assert _consensus_rules(page, _page(page)) == []


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_the_same_price_on_a_short_page_sells(page):
    assert "claim.uncited" in _consensus_rules(page, _page(page, informing=5))


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_the_same_price_with_two_seller_claims_sells(page):
    assert "claim.uncited" in _consensus_rules(page, _page(page, extra=f"<p>{_SELLER_CLAIMS}</p>"))


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_a_sales_price_still_sells_a_page_that_informs(page):
    assert "claim.uncited" in _consensus_rules(page, _page(page, extra="<p>Now only £1.99 this week.</p>"))


# staff working in a workplace: where they work, not what a treatment does
WORKPLACES = [
    "Our advisers work in pharmacies, GP surgeries and community centres across the city.",
    "Our midwives work in the community and in the hospital.",
    "Health visitors work for the local NHS trust.",
]
# a treatment working in people, in an organ or for a condition is still an effect
WORKS = [
    "Nicotine patches work in most people who use them every day.",
    "Metformin works in the liver to lower blood sugar.",
    "Our capsules work for joint pain within days.",
]


def _info(sentence: str) -> str:
    return f"<h1>Our service</h1><p>{sentence}</p><p>Call 111 if you are worried.</p>"


@pytest.fixture(scope="module")
def classifier():
    return Classifier(lexicon_for())


@pytest.mark.parametrize("sentence", WORKPLACES)
def test_staff_working_in_a_workplace_is_no_claim(sentence, classifier):
    assert not classifier.classify(sentence, False, NO_CONTEXT, False, False).is_claim


@pytest.mark.parametrize("sentence", WORKS)
def test_a_treatment_that_works_in_people_or_an_organ_is_still_a_claim(sentence, classifier):
    assert classifier.classify(sentence, False, NO_CONTEXT, False, False).is_claim


# the reader told to give up a habit completely: no promise of an effect
STOP_HABIT = [
    "Cutting down slowly is not as effective as choosing a day to stop completely.",
    "Try to stop completely rather than cutting down.",
    "Stop completely rather than cutting down bit by bit on your quit day.",
]
# a treatment that stops a symptom for good is still an absolute promise
STOPS_SYMPTOM = [
    "Our cream stops itching completely.",
    "This spray stops hot flushes for good.",
    "The tablets end your cravings completely.",
]


@pytest.mark.parametrize("sentence", STOP_HABIT)
def test_the_reader_told_to_stop_completely_is_no_absolute_promise(sentence):
    assert by_rule(claim_findings(_info(sentence)), "claim.absolute-promise") == []


@pytest.mark.parametrize("sentence", STOPS_SYMPTOM)
def test_a_treatment_that_stops_a_symptom_completely_is_still_absolute(sentence):
    assert by_rule(claim_findings(_info(sentence)), "claim.absolute-promise") != []


# a price term on a page that sells: no statistic of health
PRICE_TERMS = [
    "Treatment costs £1,995 per eye, with 0% finance available.",
    "Students get a 15% discount on every course.",
    "A 20% deposit secures your treatment date.",
]
# a share of people or a result: still a statistic
SHARES = [
    "Our plan takes 10% off your weight in 12 weeks.",
    "90% of users sleep better in a week.",
    "The drops cut flare-ups by 30%.",
]
_SHOP = "<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days. Buy now for £19.99.</p><p>{}</p>"


def _statistic_rules(sentence: str) -> list[str]:
    return [f.rule for f in claim_findings(_SHOP.format(sentence)) if f.rule == "claim.uncited-statistic"]


@pytest.mark.parametrize("sentence", PRICE_TERMS)
def test_a_price_term_is_no_statistic(sentence):
    assert _statistic_rules(sentence) == []


@pytest.mark.parametrize("sentence", SHARES)
def test_a_share_of_people_or_a_result_is_still_a_statistic(sentence):
    assert _statistic_rules(sentence) != []
