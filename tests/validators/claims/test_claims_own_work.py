"""An organisation counting its own work ("our" on a page that sells nothing) is its record, not an efficacy number
(issue 9: an organisation's own figures). Examples unrelated to each other and to the evaluation texts."""

import pytest
from claim_helpers import claim_findings

SELLING = "<p>Book now for only £49.</p>"
OWN_WORK = [
    "Last winter our emergency department saw 3,120 children with bronchiolitis between November and February.",
    "Over the past year our physiotherapists treated 2,950 patients for back pain.",
    "Last winter our urgent care nurses treated 4,100 children with croup.",
]


def _findings(sentence: str, after: str = "") -> list[tuple[str, str]]:
    html = f"<h1>About us</h1><p>{sentence}</p>{after}"
    return [(f.rule, f.severity.value) for f in claim_findings(html) if f.sentence == sentence]


@pytest.mark.parametrize("sentence", OWN_WORK)
def test_an_organisation_counting_its_own_work_makes_no_claim(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize("sentence", OWN_WORK)
def test_a_seller_counting_its_customers_makes_a_selling_point(sentence):
    """On a page that sells, the count is a selling point (class uncited-statistic)."""
    assert _findings(sentence, SELLING) == [("claim.uncited-statistic", "error")]


@pytest.mark.parametrize("sentence", [
    "Last year our clinic cured 2,950 patients of back pain.",
    "This year our walk-in centre healed 800 people with leg ulcers.",
    "Over the past year our team cleared 1,200 children of head lice.",
])
def test_a_count_of_results_stays_an_efficacy_number(sentence):
    assert _findings(sentence) == [("claim.uncited-statistic", "error")]


# Its clinicians counting their work over a recurring period: the organisation's caseload, not an efficacy number.
CLINICIANS_WORK = [
    "Our physiotherapists see 4,000 patients with back pain each year.",
    "Our consultants treat about 900 children with epilepsy every year.",
    "Our midwives care for 5,200 women with diabetes each year.",
]


@pytest.mark.parametrize("sentence", CLINICIANS_WORK)
def test_its_clinicians_counting_their_work_make_no_claim(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Our physiotherapists cure 4,000 patients of back pain each year.",
    "Our specialists heal about 900 children with leg ulcers every year.",
    "Our surgeons free 1,300 people from knee pain a year.",
])
def test_its_clinicians_counting_results_stay_an_efficacy_number(sentence):
    assert _findings(sentence) == [("claim.uncited-statistic", "error")]


# A caseload said in the passive, the people counted first (function.is_received_count), and a team looking after
# its patients (claims_functions.yaml activity_counts): how many people the service receives, not an efficacy number.
RECEIVED = [
    "Around 500 people a year are referred to our clinic with suspected cancer.",
    "Every year around 2,000 people are admitted to our stroke unit.",
    "About 350 children each year are seen in our cleft lip and palate service.",
    "Each year our team looks after about 250 people with motor neurone disease.",
]


@pytest.mark.parametrize("sentence", RECEIVED)
def test_a_caseload_said_in_the_passive_makes_no_claim(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize("sentence", RECEIVED)
def test_a_sellers_caseload_stays_a_selling_point(sentence):
    """On a page that sells, the count is a selling point (class uncited-statistic)."""
    assert _findings(sentence, SELLING) == [("claim.uncited-statistic", "error")]


@pytest.mark.parametrize("sentence", [
    "Around 500 people a year are referred to our clinic, and 9 in 10 of them are cured.",
    "Every year 2,000 people are treated at our clinic and 95% are free of pain within a week.",
    "More than 800 children a year are treated with our therapy and most stop wetting the bed within a month.",
    "About 300 women a year are treated at our clinic, and 90% are pregnant within a year.",
    "Each year our team looks after about 250 people with eczema, and 90% of them are cured.",
])
def test_a_caseload_with_a_result_a_second_figure_or_a_timing_stays_a_claim(sentence):
    assert _findings(sentence) == [("claim.uncited-statistic", "error")]
