"""Issue 9, marketing comparisons round 30 (evaluation/RESULTS_claims_comp30.md), on a page that sells:

- comparison: a product said to do more than, do the work of, or cost less than a span of a rival practice, treatment
  or product (claims_functions.yaml outdoing_verbs, rival_practices; promotion.rivals_a_treatment) is a comparison
  claim ("One soak does more for tight calves than a week of stretching"); a count, a service, a price against a
  practice without a span, or any of it on an information page is not;
- comparison: a multiplied comparative of effect with its rival left implied ("It works twice as fast", "Five times
  stronger": claims_functions.yaml rival_measures), after a verb of effect or opening a fragment; not a size or a
  gadget's speed ("The new charger charges three times faster").
"""

import pytest
from claim_helpers import on_info, on_shop

OUTDOING = [
    "This serum does more for fine lines than a shelf of creams.",
    "Our insoles do more for sore heels than a month of physio.",
    "The mat does the work of a weekly massage.",
    "One capsule does the job of a drawer full of supplements.",
    "Deep sleep for less than a year of therapy sessions.",
]
OUTDOING_TWINS = [
    "Our physiotherapists do more than 40 sessions a week.",
    "Our team does more than most pharmacies to keep prices down.",
    "Each session costs less than a gym membership.",
    "Our app does more than count steps.",
    "Delivery takes less than a week.",
]


@pytest.mark.parametrize("line", OUTDOING)
def test_a_product_outdoing_a_rival_practice_is_a_claim_on_a_page_that_sells(line):
    assert on_shop(line)


@pytest.mark.parametrize("line", OUTDOING_TWINS)
def test_a_count_a_service_or_a_price_against_a_practice_is_not(line):
    assert not on_shop(line)


@pytest.mark.parametrize("line", OUTDOING[:3])
def test_a_rival_outdone_on_an_information_page_is_no_claim(line):
    assert not on_info(line)


IMPLIED_RIVAL = [
    "It works twice as fast.",
    "Five times stronger, and gentle on skin.",
    "Kicks in three times faster.",
]
IMPLIED_RIVAL_TWINS = [
    "The new charger charges three times faster.",
    "The bottle is twice as big.",
    "The new tape is five times stronger.",
]


@pytest.mark.parametrize("line", IMPLIED_RIVAL)
def test_a_multiplied_comparative_of_effect_without_its_rival_is_a_claim_on_a_page_that_sells(line):
    assert on_shop(line)


@pytest.mark.parametrize("line", IMPLIED_RIVAL_TWINS)
def test_a_multiplied_size_or_speed_of_a_gadget_is_not(line):
    assert not on_shop(line)


@pytest.mark.parametrize("line", IMPLIED_RIVAL[:2])
def test_a_multiplied_comparative_on_an_information_page_is_no_claim(line):
    assert not on_info(line)
