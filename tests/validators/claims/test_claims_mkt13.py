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


SHOP = "<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days.</p>"

# uncited-benefit: a feature bullet whose left-out subject is the product acting on the body
PRODUCT_VERB_BULLETS = [
    "Heals torn ligaments and tendons faster",
    "Wakes up dormant follicles",
    "Shrinks swelling and breaks up scar tissue",
    "Protects your heart from the strain of apnea",
]

PRODUCT_VERB_TWINS = [
    "Fits knees 12 to 22 inches around",
    "Contains 25 mg of zinc per capsule",
    "Ships in two working days",
    "Sits across your forehead",
    "Comes with a travel case",
]


@pytest.mark.parametrize("bullet", PRODUCT_VERB_BULLETS)
def test_a_product_verb_bullet_on_a_shop_page_is_a_claim(bullet):
    assert claim_findings(f"{SHOP}<ul><li>{bullet}</li></ul>"), bullet


@pytest.mark.parametrize("bullet", PRODUCT_VERB_TWINS)
def test_a_bullet_of_fit_trade_or_make_up_is_not(bullet):
    assert not claim_findings(f"{SHOP}<ul><li>{bullet}</li></ul>"), bullet


@pytest.mark.parametrize("bullet", PRODUCT_VERB_BULLETS[:3])
def test_a_product_verb_bullet_on_an_information_page_is_not_read_as_sales_copy(bullet):
    page = ("<h1>Sports injuries</h1><p>Most sprains get better with rest, ice and gentle movement.</p>"
            f"<p>What physiotherapy aims to do:</p><ul><li>{bullet}</li></ul>")
    assert not claim_findings(page), bullet


# A page whose sentences sell and that names a sum of money is read again as sales copy, so its imperative headlines
# count ("The cap costs £699, with a two-year warranty"); without the price the page sells but is not read again.
def _seller_page(headline: str, price: str) -> str:
    return (f"<h1>{headline}</h1>"
            "<p>The most powerful laser cap you can buy in the UK. Our cap stops hair loss in its tracks, permanently. "
            "Backed by years of research.</p>"
            "<blockquote>“My bald patch has filled in and I have stopped wearing hats to work.” – Daniel, Cardiff"
            f"</blockquote><p>{price}</p>")


IMPERATIVE_HEADLINES = ["Grow back thicker hair at home", "Look years younger", "Grow thicker, stronger hair"]
PRICES = ["The cap costs £699, with a two-year warranty.", "Yours for $499 today.", "Pay €59 a month over a year."]


def _headline_flagged(headline: str, price: str) -> bool:
    return any(f.sentence.startswith(headline) for f in claim_findings(_seller_page(headline, price)))


@pytest.mark.parametrize(("headline", "price"), list(zip(IMPERATIVE_HEADLINES, PRICES, strict=True)))
def test_a_selling_page_with_a_price_reads_its_imperative_headline_as_a_claim(headline, price):
    assert _headline_flagged(headline, price)


def _rules_read_headline_as_claim(headline: str, price: str) -> bool:
    """The rules' reading alone, in this process (the statistical signal may still promote a headline it scores
    high; it is not what this class is about)."""
    from validators.claims import analysis
    from validators.sources import from_html

    result = analysis.analyse_document(from_html(_seller_page(headline, price)), lexicon_for())
    found = next(s.classification for s in result.sentences if s.text.startswith(headline))
    return found.reportable and found.reason != "read as a claim (statistical)"


@pytest.mark.parametrize(("headline", "price"), list(zip(IMPERATIVE_HEADLINES, PRICES, strict=True)))
def test_the_rules_read_the_headline_with_a_price(headline, price):
    assert _rules_read_headline_as_claim(headline, price)


@pytest.mark.parametrize("headline", IMPERATIVE_HEADLINES)
def test_without_a_price_the_page_is_not_read_again(headline):
    assert not _rules_read_headline_as_claim(headline, "Ask us about the two-year warranty.")


# unnamed-evidence: professionals said to endorse the sold thing, on a page that sells
ENDORSEMENTS = [
    "Recommended by physiotherapists across the UK.",
    "Naturopaths have trusted this formula for generations.",
    "Pro athletes and team doctors rely on it.",
    "Trusted by dentists nationwide.",
    "Dermatologists recommend it.",
]

ENDORSEMENT_TWINS = [
    "Doctors recommend seeing a GP if the rash lasts more than a week.",
    "Doctors use this test to check your iron levels.",
    "Your results are reviewed by doctors before we send them.",
    "Physiotherapists recommend staying active after a back injury.",
    "Most GPs prescribe it for a week.",
]


@pytest.mark.parametrize("sentence", ENDORSEMENTS)
def test_professionals_endorsing_the_sold_thing_appeal_to_evidence(sentence):
    assert "claim.unnamed-evidence" in [f.rule for f in claim_findings(f"{SHOP}<p>{sentence}</p>")], sentence


@pytest.mark.parametrize("sentence", ENDORSEMENT_TWINS)
def test_an_action_or_a_use_described_is_no_endorsement(sentence):
    assert not claim_findings(f"{SHOP}<p>{sentence}</p>"), sentence


@pytest.mark.parametrize("sentence", ENDORSEMENTS[:3])
def test_no_endorsement_is_read_on_an_information_page(sentence):
    page = "<h1>Back pain</h1><p>Most back pain gets better within six weeks.</p>"
    assert "claim.unnamed-evidence" not in [f.rule for f in claim_findings(f"{page}<p>{sentence}</p>")], sentence
