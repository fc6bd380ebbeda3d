"""Three classes of finding that blocked clean professional pages under the editorial profile (issue 9, edit39):

- lawful supply in the organisation's own voice (promotion.unlawful_supply_spans): on a page with no shop phrase or
  sales price, "our pharmacies can now supply it without a GP appointment" names the lawful channel the medicine comes
  through; on a page that sells, the seller's "we"/"our" still outweighs the channel.
- a size ranking shared with others in the speaker's voice (promotion.superlative_spans, `_shared_size_rank`): "one of
  the largest specialist centres in the region" on a page that sells nothing is a fact; "the largest in the world", a
  quality ranking and the same ranking on a page that sells are still superlatives.
- a cure weighed in the same sentence against its serious risks or narrow use (claims_absolute.yaml conceded_risks):
  on a page that sells nothing, "the only treatment that can cure it, but it carries serious risks" is no promise."""

import pytest

from tests.validators.claims.claim_helpers import claim_findings

_INFO = (
    "<h1>{title}</h1>"
    "<p>Check the leaflet that comes with your medicine. Tell the pharmacist about any other medicines you take. "
    "Side effects can include headache, nausea and tiredness. Keep all medicines out of the reach of children. "
    "See a doctor straight away if you have chest pain or trouble breathing.</p>"
    "<p>{sentence}</p>"
    "<p>Store it below 25C. Do not take more than the dose on the label.</p>"
)
_SHOP = "<p>Order today for next-day delivery. Add to basket now, only £19.99.</p>"

LAWFUL_OWN_SUPPLY = [
    ("Emergency contraception", "Ask about the contraceptive pill, which many of our pharmacies can now supply "
                                "without a GP appointment."),
    ("Naloxone for an oxycodone overdose", "Naloxone nasal spray is available without a prescription at most "
                                           "pharmacies, and our program gives out kits at no charge."),
    ("Malaria tablets", "Our pharmacists can supply doxycycline for your trip without an appointment with your "
                        "GP."),
]
SELLING_SUPPLY = [
    ("Sildenafil tablets", "We supply sildenafil without a prescription."),
    ("Sildenafil tablets", "Order sildenafil from our online store, no prescription needed."),
    ("Finasteride tablets", "Our pharmacy ships finasteride to your door without a prescription."),
]


def _supply(html: str, sentence: str) -> list[str]:
    return [f.rule for f in claim_findings(html) if f.rule == "claim.unlawful-supply" and sentence in f.sentence]


@pytest.mark.parametrize(("title", "sentence"), LAWFUL_OWN_SUPPLY, ids=["pharmacies", "program", "pharmacists"])
def test_lawful_supply_in_the_organisations_voice_is_no_offer(title, sentence):
    assert _supply(_INFO.format(title=title, sentence=sentence), sentence) == []


@pytest.mark.parametrize(("title", "sentence"), LAWFUL_OWN_SUPPLY, ids=["pharmacies", "program", "pharmacists"])
def test_the_same_words_on_a_page_that_sells_stay_an_offer(title, sentence):
    html = _INFO.format(title=title, sentence=sentence).replace("<p>Store it", _SHOP + "<p>Store it")
    assert _supply(html, sentence) == ["claim.unlawful-supply"]  # a seller's "our" outweighs the channel


@pytest.mark.parametrize(("title", "sentence"), SELLING_SUPPLY, ids=["we-supply", "order", "ships"])
def test_an_offer_with_no_lawful_channel_is_still_flagged(title, sentence):
    assert _supply(_INFO.format(title=title, sentence=sentence), sentence) == ["claim.unlawful-supply"]


SHARED_SIZE = [
    "Our haematology unit, one of the largest specialist centres in the region, cares for 600 patients.",
    "We run one of the busiest emergency departments in Wales.",
    "Founded in 1961, our centre is among the oldest cystic fibrosis programmes in the country.",
]
STILL_SUPERLATIVE = [
    "Our haematology unit is the largest specialist centre in the world.",
    "We run the best emergency department in Wales.",
    "Our registry is the largest and most complete collection of data anywhere in the world.",
]


def _superlatives(html: str, sentence: str) -> list[str]:
    return [f.rule for f in claim_findings(html) if f.rule == "claim.superlative" and f.sentence == sentence]


@pytest.mark.parametrize("sentence", SHARED_SIZE, ids=["largest", "busiest", "oldest"])
def test_a_size_shared_with_others_is_a_fact_on_a_page_that_sells_nothing(sentence):
    assert _superlatives(_INFO.format(title="Our hospital", sentence=sentence), sentence) == []


@pytest.mark.parametrize("sentence", STILL_SUPERLATIVE, ids=["the-largest", "the-best", "largest-most-complete"])
def test_an_exclusive_ranking_in_the_speakers_voice_is_still_a_superlative(sentence):
    assert _superlatives(_INFO.format(title="Our hospital", sentence=sentence), sentence)


@pytest.mark.parametrize("sentence", SHARED_SIZE, ids=["largest", "busiest", "oldest"])
def test_a_shared_size_ranking_on_a_page_that_sells_is_still_a_superlative(sentence):
    html = _INFO.format(title="Our clinic", sentence=sentence).replace("<p>Store it", _SHOP + "<p>Store it")
    assert _superlatives(html, sentence)


CURE_WITH_ITS_RISKS = [
    "A stem cell transplant is the only treatment that can cure sickle cell disease, but it carries serious risks.",
    "Surgery can cure this cancer, although it is offered to very few people.",
    "A bone marrow transplant can cure the condition, but the criteria are strict, and the risks are significant.",
]
CURE_PROMISED = [
    "A stem cell transplant cures sickle cell disease for good.",
    "This treatment cures the condition completely, but it is expensive.",
    "Our new therapy cures sickle cell disease, with minimal risks.",
]


def _absolutes(html: str, sentence: str) -> list[str]:
    return [f.rule for f in claim_findings(html) if f.rule == "claim.absolute-promise" and f.sentence == sentence]


@pytest.mark.parametrize("sentence", CURE_WITH_ITS_RISKS, ids=["serious-risks", "very-few", "risks-significant"])
def test_a_cure_weighed_against_its_risks_is_no_promise_on_a_page_that_sells_nothing(sentence):
    assert _absolutes(_INFO.format(title="Sickle cell disease", sentence=sentence), sentence) == []


@pytest.mark.parametrize("sentence", CURE_PROMISED, ids=["for-good", "only-its-price", "minimal-risks"])
def test_a_cure_with_no_risk_conceded_is_still_a_promise(sentence):
    assert _absolutes(_INFO.format(title="Sickle cell disease", sentence=sentence), sentence)


SOLD_CURE_WITH_ITS_RISKS = [
    "Our laser can cure rosacea, although it is offered to a small number of patients.",
    *CURE_WITH_ITS_RISKS[1:],
]


@pytest.mark.parametrize("sentence", SOLD_CURE_WITH_ITS_RISKS, ids=["small-number", "very-few", "risks-significant"])
def test_a_cure_weighed_against_its_risks_is_still_a_promise_in_sales_copy(sentence):
    html = _INFO.format(title="Sickle cell disease", sentence=sentence).replace("<p>Store it", _SHOP + "<p>Store it")
    assert _absolutes(html, sentence)
