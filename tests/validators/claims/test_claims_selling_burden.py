"""uncited-benefit on a page that sells, with the burden inverted (issue 9): a sentence whose subject is the
seller's own product (or one unit of a product: "One tablet ...", "This serum ...") and whose verb acts on something
asserts what the product does for the buyer, health word or not; a price, logistics, a verb of trade or make-up, a
state after 'be' or a verb of packaging or origin is no claim."""

import pytest
from claim_helpers import claim_findings, rules_of

SHOP = "<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days.</p>"

SOLD_THING_ACTS = [
    "Our lavender pillow mist settles a racing mind.",
    "Our ginger chews steady a queasy stomach on long journeys.",
    "Our collagen powder gives you firmer skin.",
    "Our shampoo thickens thinning hair.",
    "One lozenge keeps you talking through a long meeting.",
    "This serum turns back the clock.",
    "Each gummy calms a restless child.",
]

SOLD_THING_DESCRIBED = [
    "Our spray ships in two working days.",
    "Our gummies contain 200 mg of magnesium.",
    "Our tablets are made in Britain.",
    "Our drops come in a 30 ml glass bottle.",
    "Our tea bags come individually wrapped.",
    "Our capsules ship in recyclable tubs.",
    "One tablet contains 50 mg of sildenafil.",
    "Each capsule comes in a foil blister.",
    "This cream ships from our Leeds warehouse.",
    "One pack covers a full month.",
]


def _rules(html: str) -> list[str]:
    return [rule for rule in rules_of(claim_findings(html)) if rule != "claim.fair-balance"]


@pytest.mark.parametrize("sentence", SOLD_THING_ACTS)
def test_the_sellers_product_acting_on_something_is_a_claim(sentence):
    assert "claim.uncited" in _rules(f"{SHOP}<p>{sentence}</p>")


@pytest.mark.parametrize("sentence", SOLD_THING_DESCRIBED)
def test_the_sellers_product_shipped_or_described_is_no_claim(sentence):
    assert _rules(f"{SHOP}<p>{sentence}</p>") == []


def test_off_a_selling_page_the_burden_stays_on_the_claim():
    assert _rules("<h1>Sleep</h1><p>Our lavender pillow mist settles a racing mind.</p>") == []


# superlative: on a page that sells, a hype superlative owned by a market ranks what is sold, whatever noun follows
MARKET_RANKED = [
    "Scotland's highest-rated massage chair.",
    "Europe's top-rated posture brace.",
    "Ireland's best-loved foot soak.",
]

MARKET_FACTS = [
    "Britain's biggest killer is heart disease.",
    "The UK's most common cause of hair loss is genetics.",
    "Europe's busiest airport is an hour away.",
]


@pytest.mark.parametrize("sentence", MARKET_RANKED)
def test_a_hype_superlative_owned_by_a_market_is_a_superlative_on_a_selling_page(sentence):
    assert "claim.superlative" in _rules(f"{SHOP}<p>{sentence}</p>")


@pytest.mark.parametrize("sentence", MARKET_FACTS)
def test_a_markets_size_or_frequency_ranking_is_no_superlative(sentence):
    assert _rules(f"{SHOP}<p>{sentence}</p>") == []


def test_a_market_ranking_off_a_selling_page_needs_a_ranked_product():
    page = "<h1>Carers</h1><p>Carers UK is Britain's top-rated charity for carers.</p><p>It offers advice.</p>"
    assert _rules(page) == []
