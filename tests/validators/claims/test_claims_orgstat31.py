"""Claims on professional pages, round 31 (issue 9, branch orgstat31): a share of the organisation's own patients,
clients or consultations told in the past tense is its audit of its own service (claims_functions.yaml own_records,
function.is_own_record), not an uncited efficacy statistic, on a page that does not sell. The same figure on a page
that sells, or told in the present tense as a promise, stays a claim. Examples are unrelated to the evaluation texts."""

import pytest
from claim_helpers import GOUT_SHOP_PAGE, INFO_PAGE, sentence_rules

_AUDITS = [
    "In 2025, 87% of our patients were seen within two weeks of referral.",
    "Of the 260 children who completed our weight clinic last year, 54% had a lower BMI a year later.",
    "Last year 12% of referrals to our service were discharged after a single visit.",
    "Of the 1,050 women who attended our pelvic floor classes, 61% reported fewer leaks at six months.",
]


@pytest.mark.parametrize("sentence", _AUDITS)
def test_an_organisations_audit_of_its_own_patients_is_no_uncited_statistic(sentence):
    assert sentence_rules(INFO_PAGE, sentence) == []


@pytest.mark.parametrize("sentence", _AUDITS)
def test_the_same_figure_on_a_page_that_sells_stays_a_claim(sentence):
    assert "claim.uncited-statistic" in sentence_rules(GOUT_SHOP_PAGE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "90% of our patients are pain-free within a week.",
        "Our programme stops panic attacks for 9 out of 10 people.",
        "94% of our clients lose 10 kg in their first month.",
    ],
)
def test_a_share_of_clients_promised_a_result_stays_a_claim_on_an_information_page(sentence):
    assert "claim.uncited-statistic" in sentence_rules(INFO_PAGE, sentence)
