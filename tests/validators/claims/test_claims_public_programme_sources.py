"""A public survey, programme, registry or audit named by its jurisdiction with "the", as the subject of a reporting
verb, names its source in prose (claims_evidence.yaml authored_sources) on a page that sells nothing: "The regional
screening programme estimates that ...". Indefinite or unscoped sources stay unnamed, and a page that sells keeps the
figure. Examples are unrelated to the evaluation texts."""

import pytest
from claim_helpers import GOUT_SHOP_PAGE, INFO_PAGE, sentence_rules

_NAMED = [
    "The regional screening programme estimates that screening prevents around 70% of bowel cancer deaths.",
    "The national bowel screening programme estimates that screening prevents about 1 in 6 bowel cancer deaths.",
    "The state immunization registry reports that the vaccine prevented 90% of hospital admissions.",
]


@pytest.mark.parametrize("sentence", _NAMED)
def test_a_public_programme_named_by_its_jurisdiction_is_a_named_source(sentence):
    assert sentence_rules(INFO_PAGE, sentence) == []


@pytest.mark.parametrize("sentence", _NAMED)
def test_on_a_page_that_sells_the_figure_still_needs_a_citation(sentence):
    assert "claim.uncited-statistic" in sentence_rules(GOUT_SHOP_PAGE, sentence)


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("National surveys show that 9 in 10 people who take zinc get over colds faster.", "claim.unnamed-evidence"),
        ("The survey found that 9 in 10 users saw clearer skin within a week.", "claim.unnamed-evidence"),
        ("A regional programme found that screening prevents 70% of deaths.", "claim.uncited-statistic"),
    ],
)
def test_an_unscoped_or_indefinite_source_stays_unnamed(sentence, rule):
    assert rule in sentence_rules(INFO_PAGE, sentence)
