"""An author-year citation (citations.author_dated) cites a sentence on a page that sells nothing: "(Smith et al.,
2019)", "(NICE, 2023)", "Okafor and colleagues (2020) found ...", "a study by Lindqvist et al. in 2018". A date in
brackets is no author, a year alone cites nothing, and on a page that sells the form supports nothing. Examples are
unrelated to the evaluation texts."""

import pytest
from claim_helpers import GOUT_SHOP_PAGE, INFO_PAGE, sentence_rules

_AUTHOR_YEAR = [
    "Taking aspirin after a heart attack cuts the risk of another by about 25% (Achebe et al., 2019).",
    "Folic acid before pregnancy prevents about 70% of neural tube defects (Haddad and Osei, 2016).",
    "Nguyen et al. (2021) reported that 45% of patients stopped having attacks.",
    "A study by Lindqvist et al. in 2018 found that 60% of patients improved.",
    "Pelvic floor training reduces leaks in about 7 in 10 women (Moreau and Tanaka 2017; Berg 2021).",
]


@pytest.mark.parametrize("sentence", _AUTHOR_YEAR)
def test_an_author_year_citation_cites_the_sentence_on_an_information_page(sentence):
    assert sentence_rules(INFO_PAGE, sentence) == []


@pytest.mark.parametrize("sentence", _AUTHOR_YEAR)
def test_on_a_page_that_sells_the_author_year_form_supports_nothing(sentence):
    assert any(rule.startswith("claim.") for rule in sentence_rules(GOUT_SHOP_PAGE, sentence))


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Taking aspirin after a heart attack cuts the risk of another by about 25% (March 2024).",
         "claim.uncited-statistic"),
        ("Exercise lowers blood pressure by 5 to 8 mmHg in 70% of adults (updated 2023).", "claim.uncited-statistic"),
        ("In 2019, a study found that 60% of patients improved.", "claim.unnamed-evidence"),
        ("Studies show that the cream clears eczema in 80% of children (Summer 2022).", "claim.unnamed-evidence"),
        ("A study in 2018 found that the therapy halved relapse rates.", "claim.unnamed-evidence"),
    ],
)
def test_a_date_without_an_author_cites_nothing(sentence, rule):
    assert rule in sentence_rules(INFO_PAGE, sentence)
