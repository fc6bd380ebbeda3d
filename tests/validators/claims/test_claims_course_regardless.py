"""A complaint said to improve whatever is done ("..., whatever treatment is used", "with or without therapy",
"regardless of the treatment") is its course, not a treatment's effect (claims_functions.yaml course_regardless,
classify._improves_regardless), on a page that sells nothing and with no treatment or product acting outside the
phrase. Examples are unrelated to the evaluation texts."""

import pytest
from claim_helpers import GOUT_SHOP_PAGE, INFO_PAGE, sentence_rules

_REGARDLESS = [
    "Most acute back pain improves within 6 weeks with or without therapy.",
    "Most sprains improve within 2 weeks, whatever treatment is tried.",
    "Frozen shoulder usually improves within 18 months, whatever treatment is used.",
    "Nearly all plantar fasciitis improves within a year, regardless of the treatment.",
]


@pytest.mark.parametrize("sentence", _REGARDLESS)
def test_improvement_whatever_is_done_is_a_course_on_an_information_page(sentence):
    assert sentence_rules(INFO_PAGE, sentence) == []


@pytest.mark.parametrize("sentence", _REGARDLESS)
def test_on_a_page_that_sells_the_timeline_is_still_reported(sentence):
    assert "claim.uncited-timeline" in sentence_rules(GOUT_SHOP_PAGE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ibuprofen gel eases the pain within a day, with or without other treatment.",
        "The spray works within 10 minutes, whatever treatment you use for your asthma.",
        "Our exercises ease back pain within 2 weeks, whatever treatment you tried before.",
        "Physiotherapy improves back pain within 6 weeks, whatever your age.",
    ],
)
def test_a_treatment_or_product_that_acts_keeps_its_timeline(sentence):
    assert "claim.uncited-timeline" in sentence_rules(INFO_PAGE, sentence)
