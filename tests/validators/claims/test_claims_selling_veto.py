"""The selling-page veto (veto.apply_on_selling_page, RESULTS_claims_mclaim41.md): on a page that sells, a sentence
the rules read as a benefit claim from its words alone (no figure, time of effect, appeal to evidence, promise,
superlative or unlawful offer) that the claim model scores under 0.05 and that names no effect gets no citation
finding; a benefit of the product, a sentence naming an effect, a figure and any sentence of an information page are
never vetoed this way. Examples in our own words, unrelated to each other and to the evaluation texts.

The rules' reading is set on the classification (`_read_as_benefit`): the veto decides on it, whatever phrase rule
read the sentence as a claim on a given page."""

import pytest

from validators.claims import veto
from validators.claims.analysis import analyse_document
from validators.claims.classify import Cue
from validators.claims.lexicon import lexicon_for
from validators.sources import from_html

SHOP = ("<h1>CalmGut capsules</h1><p>{}</p><p>CalmGut soothes bloating in days.</p>"
        "<p>Add to basket: £14.99.</p>")

# what a shop's page says besides its claims: ingredients, opening hours, what a therapy is (each scores under 0.05)
NOT_CLAIMS = [
    "The capsules are vegan and free from gluten, dairy and soy.",
    "Our pharmacist helpline is open Monday to Saturday, 9am to 5pm.",
    "Reflexology is a therapy in which pressure is applied to points on the feet and hands.",
    "Customer support by phone and email 24 hours a day",
]
# benefit claims of the same shop: scored far above 0.05
BENEFITS = [
    "Say goodbye to bloating after every meal.",
    "Feel lighter and calmer within a week.",
    "Our capsules settle an upset stomach fast.",
]
# the model scores a reputable page's efficacy statement as no claim; in sales copy it names an effect and stays
EFFECTS = [
    "This cream is a very effective treatment for psoriasis.",
    "The spray works on blocked noses.",
    "You get the same results as a salon peel at a fraction of the cost.",
]


def _sentence(html: str, text: str):
    lexicon = lexicon_for(())
    document = from_html(html, "article.html")
    result = analyse_document(document, lexicon)
    [claim] = [c for c in result.sentences if c.text == text]
    return document, claim, lexicon


def _read_as_benefit(claim, selling: bool = True):
    found = claim.classification
    found.is_claim, found.function, found.vetoed = True, "benefit", False
    found.on_selling_page = selling
    return claim


def _vetoed(text: str, html: str = SHOP, selling: bool = True) -> bool:
    document, claim, lexicon = _sentence(html.format(text), text)
    return bool(veto.apply_on_selling_page(document, [_read_as_benefit(claim, selling)], lexicon))


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_a_sentence_the_model_reads_as_no_claim_is_vetoed_on_a_page_that_sells(sentence):
    assert _vetoed(sentence), sentence


@pytest.mark.parametrize("sentence", BENEFITS)
def test_a_benefit_of_the_product_is_not_vetoed(sentence):
    assert not _vetoed(sentence), sentence


@pytest.mark.parametrize("sentence", EFFECTS)
def test_a_sentence_naming_an_effect_is_not_vetoed_whatever_its_score(sentence):
    assert not _vetoed(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_the_selling_page_veto_reads_no_sentence_of_a_page_that_does_not_sell(sentence):
    assert not _vetoed(sentence, selling=False), sentence


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_a_sentence_with_a_cue_of_its_own_is_left_to_its_rule(sentence):
    document, claim, lexicon = _sentence(SHOP.format(sentence), sentence)
    _read_as_benefit(claim).classification.statistics = [Cue("statistic", 0, 3, "The")]
    assert not veto.apply_on_selling_page(document, [claim], lexicon), sentence

