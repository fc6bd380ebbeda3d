"""A share of the organisation's own people described by the condition they have, had or live with is its record of
whom it serves (function.holds_only_conditions, claims_functions.yaml client_conditions, served_people, own_clients),
on a page that sells nothing; a result after "have" and every page that sells keep the figure a claim."""

import pytest

from tests.validators.claims.claim_helpers import GOUT_SHOP_PAGE, INFO_PAGE, sentence_rules

CONDITIONS = [
    "Around half of the people we see have had symptoms for more than 5 years.",
    "About 60% of our volunteers have lived experience of mental illness.",
    "Members told us that 3 in 4 of them had waited more than a year for a diagnosis.",
]
RESULTS = [
    "9 in 10 of our patients have fewer migraines after six months.",
    "Members told us that 90% of them felt less pain after joining the programme.",
    "Around half of the people we treat are free of symptoms within a month.",
]


@pytest.mark.parametrize("sentence", CONDITIONS)
def test_whom_the_organisation_serves_is_no_statistic_claim(sentence):
    assert sentence_rules(INFO_PAGE, sentence) == []


@pytest.mark.parametrize("sentence", CONDITIONS)
def test_the_same_figure_in_sales_copy_stays_a_statistic(sentence):
    assert "claim.uncited-statistic" in sentence_rules(GOUT_SHOP_PAGE, sentence)


@pytest.mark.parametrize("sentence", RESULTS)
def test_a_result_of_its_care_stays_a_statistic(sentence):
    assert "claim.uncited-statistic" in sentence_rules(INFO_PAGE, sentence)
