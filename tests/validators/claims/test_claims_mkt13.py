"""Issue 9, marketing recall round 13: a page that names a product's price by its brand or as a kit or device sells
("PelviTone costs £149"), so its comparative headlines are read as sales copy; an information page that prices a
prescription or a vaccine does not. And the statistical reading's health gate knows the body and health words of a
maintained dictionary (WordNet, claims_health_words.txt), not only the outcomes our vocabularies list."""

import pytest
from claim_helpers import claim_findings

from validators.claims import statistical
from validators.claims.lexicon import lexicon_for
from validators.claims.matching import Probe

HEADLINE = "<h1>Clearer skin and calmer mornings</h1>"


def _page(price: str) -> str:
    return f"{HEADLINE}<p>Apply a thin layer each evening. {price}</p>"


PRICED_PRODUCTS = [
    "PelviTone costs £149 and comes with a storage pouch.",
    "One kit costs $39, or three for $99.",
    "The GlowCap is priced at $299 with a two-year warranty.",
    "The device retails at £89 in most chemists.",
]

PRICED_INFORMATION = [
    "A prescription costs £9.90 in England.",
    "The vaccine costs about £60 at a pharmacy.",
    "A home test kit is sold in most pharmacies.",
    "The NHS spends £1 billion a year on wound care.",
]


@pytest.mark.parametrize("price", PRICED_PRODUCTS)
def test_a_priced_product_makes_the_page_sell(price):
    assert claim_findings(_page(price)), price


@pytest.mark.parametrize("price", PRICED_INFORMATION)
def test_a_priced_service_or_medicine_does_not(price):
    assert not claim_findings(_page(price)), price


HEALTH_WORDS = [
    "Heals torn ligaments and tendons faster",
    "Wakes up dormant follicles",
    "Settles an irritable bladder",
    "Kinder to your knees",
]

NOT_HEALTH = [
    "Half the price of the high street",
    "Ships the same day from our warehouse",
    "The smile you always wanted",
    "Made in Yorkshire by a family firm",
]


@pytest.mark.parametrize("text", HEALTH_WORDS)
def test_the_health_gate_knows_body_parts_and_complaints(text):
    assert statistical._health(Probe(text), lexicon_for())


@pytest.mark.parametrize("text", NOT_HEALTH)
def test_the_health_gate_stays_shut_without_them(text):
    assert not statistical._health(Probe(text), lexicon_for())
