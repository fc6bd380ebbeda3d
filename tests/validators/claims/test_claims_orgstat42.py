"""Claims on professional pages, round 42 (issue 9, branch orgstat42): a hospital, centre, unit, department or trust
counting the people it looks after in its own voice is describing itself (claims_non_claims.yaml company_subjects),
and a figure told in the organisation's own voice is cited by a source the sentence names in prose, on a page that
does not sell (classify._source_named_in_prose). A result promised, an unnamed source, a customer named or a page that
sells keeps the claim. Examples are unrelated to the evaluation texts."""

import pytest
from claim_helpers import GOUT_SHOP_PAGE, INFO_PAGE, sentence_rules

_HEAD_COUNTS = [
    "Our department looks after more than 900 adults with epilepsy.",
    "Our hospital looks after around 30,000 patients with kidney disease.",
    "Our unit looks after more than 2,400 children with diabetes.",
]


@pytest.mark.parametrize("sentence", _HEAD_COUNTS)
def test_a_hospital_counting_the_people_it_looks_after_describes_itself(sentence):
    assert sentence_rules(INFO_PAGE, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our centre clears psoriasis in 1,100 patients a year.",
        "Our unit gets 95% of patients back to work within 3 days.",
        "Our hospital heals 9 out of 10 ulcers in four weeks.",
    ],
)
def test_a_hospital_promising_a_result_stays_a_claim(sentence):
    assert "claim.uncited-statistic" in sentence_rules(INFO_PAGE, sentence)


_NAMED_SOURCES = [
    "According to the Scottish Stroke Care Audit, 85% of the patients we treat walk independently at discharge.",
    "The National Bowel Cancer Audit reports that 92% of the patients we operate on survive two years.",
    "Figures from the National Diabetes Audit show that 41% of the adults we care for reach all three treatment "
    "targets.",
]


@pytest.mark.parametrize("sentence", _NAMED_SOURCES)
def test_a_named_source_cites_a_figure_told_in_the_organisations_voice(sentence):
    assert sentence_rules(INFO_PAGE, sentence) == []


@pytest.mark.parametrize("sentence", _NAMED_SOURCES)
def test_the_same_figure_on_a_page_that_sells_stays_a_claim(sentence):
    assert "claim.uncited-statistic" in sentence_rules(GOUT_SHOP_PAGE, sentence)


@pytest.mark.parametrize(
    "sentence, rule",
    [
        ("According to experts, 90% of the patients we treat recover fully.", "claim.unnamed-evidence"),
        ("Studies show that 97% of our patients are pain-free within a week.", "claim.unnamed-evidence"),
        ("According to the Mayo Clinic, 97% of our customers saw results.", "claim.uncited-statistic"),
        ("According to the Mayo Clinic, our clinic cures 97% of patients for good.", "claim.uncited-statistic"),
    ],
)
def test_an_unnamed_source_a_customer_or_a_cure_stays_a_claim(sentence, rule):
    assert rule in sentence_rules(INFO_PAGE, sentence)
