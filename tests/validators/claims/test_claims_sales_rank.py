"""A rank of the shop's own sales ("Our most popular tests", "Best sellers", "our best-selling creams") ranks trade,
not what the product does: on a page that sells it is no superlative and no promoted benefit (claims_functions.yaml
unsold_superlatives, claims_non_claims.yaml logistics). A market that owns the ranking or a market scope still makes
a superlative claim, and a sales rank does not hide a benefit in the same sentence."""

import pytest
from claim_helpers import claim_findings, rules_of

SHOP = "<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days.</p>"


def _claim_rules(sentence: str) -> list[str]:
    return [r for r in rules_of(claim_findings(f"{SHOP}<p>{sentence}</p>")) if r != "claim.fair-balance"]


SALES_RANKS = [
    "Our most popular tests",
    "Best sellers",
    "Our best-selling creams this winter",
    "Top sellers",
    "Shop our best-selling gummies",
]

MARKET_RANKS = [
    "The most popular weight-loss plan in the UK",
    "Britain's best-selling joint supplement",
    "The best-selling hearing aid on the market",
    "The most popular collagen drink you can buy",
]

BENEFITS_WITH_A_SALES_RANK = [
    ("Our best-selling cream soothes eczema.", "claim.uncited"),
    ("Our bestselling balm takes away back pain in minutes.", "claim.uncited-timeline"),
    ("Our most popular gummy keeps colds away all winter.", "claim.uncited"),
]


@pytest.mark.parametrize("sentence", SALES_RANKS)
def test_a_rank_of_the_shops_own_sales_is_no_claim(sentence):
    assert _claim_rules(sentence) == []


@pytest.mark.parametrize("sentence", MARKET_RANKS)
def test_a_rank_a_market_owns_or_scopes_is_a_superlative(sentence):
    assert _claim_rules(sentence) == ["claim.superlative"]


@pytest.mark.parametrize(("sentence", "rule"), BENEFITS_WITH_A_SALES_RANK)
def test_a_sales_rank_does_not_hide_a_benefit(sentence, rule):
    assert rule in _claim_rules(sentence)
