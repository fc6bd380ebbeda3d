"""A figure the organisation tells in its own voice ("our", "we", "us") and in the past tense only, on a page that sells
nothing, is its record of its own service (function.is_past_own_figure), not an uncited efficacy statistic. The same
figure on a page that sells, told in the present or future tense, or reporting a result of treatment ("helped",
"cleared", "cured") stays a claim. Examples are unrelated to the evaluation texts."""

import pytest
from claim_helpers import GOUT_SHOP_PAGE, INFO_PAGE, claim_findings, rules_of, sentence_rules

_PAST_OWN_FIGURES = [
    "Our infection rate after knee surgery was 0.8% in 2023.",
    "Of the 118 babies we cared for on the unit, 9 in 10 went home breastfeeding.",
    "Last winter 6% of the older people we admitted with flu had to go to intensive care.",
    "In the twelve months to June, 18% of the patients we discharged were readmitted within 30 days.",
    "Last year, 1 in 4 of the people screened at our drop-in clinics had high blood pressure they did not know about.",
]


@pytest.mark.parametrize("sentence", _PAST_OWN_FIGURES)
def test_an_organisations_past_figure_in_its_own_voice_is_no_uncited_statistic(sentence):
    assert sentence_rules(INFO_PAGE, sentence) == []


@pytest.mark.parametrize("sentence", _PAST_OWN_FIGURES)
def test_the_same_figure_on_a_page_that_sells_stays_a_claim(sentence):
    assert "claim.uncited-statistic" in sentence_rules(GOUT_SHOP_PAGE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "90% of our patients are pain-free within a week.",
        "We help 9 in 10 smokers quit for good.",
        "With our approach, 95% of patients will walk without a stick within a month.",
        "Our programme helped 80% of smokers quit in 2024.",
        "Our new laser cleared the scars of 85% of the women it was used on.",
        "The 300 people who tried our cream saw their wrinkles fade by 40% in a month.",
        "Our programme got 70% of smokers to stop in the first month.",
    ],
)
def test_a_promised_or_treated_result_stays_a_claim_on_an_information_page(sentence):
    assert "claim.uncited-statistic" in sentence_rules(INFO_PAGE, sentence)


_RESULTS_PAGE = """<h1>Hip replacement at a district hospital</h1>
<p>A hip replacement swaps a worn hip joint for an artificial one. Most people have the operation because of
osteoarthritis. The operation takes about an hour and a half.</p>
<h2>Our results</h2>
<p>Our infection rate after hip replacement was 0.6% in 2024.</p>
<p>Among the 640 patients we followed up at one year, 9 in 10 said their walking was easier.</p>
<p>Last year 3% of the people we operated on needed to come back to hospital within a month.</p>
<h2>Risks</h2>
<p>Like any operation, a hip replacement carries risks, including infection, blood clots and dislocation. Tell your
surgeon if you take blood thinners.</p>
<h2>Before your operation</h2>
<p>You will be invited to a pre-assessment clinic about two weeks before surgery. Stop smoking as early as you can.
Bring a list of your medicines.</p>"""


def test_a_hospitals_own_results_do_not_make_its_page_sales_copy():
    rules = rules_of(claim_findings(_RESULTS_PAGE))
    assert "claim.uncited" not in rules
    assert "claim.uncited-statistic" not in rules
