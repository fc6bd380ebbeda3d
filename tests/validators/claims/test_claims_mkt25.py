"""Issue 9, marketing recall round 25 (evaluation/RESULTS_claims_mkt25.md), on a page that sells:

- a result felt, seen or lived by a stated time, in everyday words ("Most men notice a difference by their third
  visit", "Visible regrowth in 12 weeks": promotion.timed_result, claims_functions.yaml timed_results) is a
  timeline of effect;
- a customer's change of life in a first-person testimonial ("I can finally trampoline with my kids", "I'd given up
  on hillwalking, and now ...", "felt sharp the entire time": claims_functions.yaml testimonial_results) is a result;
- a rival treatment's drawback left out ("all the calm without the grogginess of sleeping pills": claims_functions.yaml
  rival_verbs) is a comparison;
- professionals calling a named treatment praise ("Nutritionists call apple cider vinegar the secret to a balanced
  stomach": claims_evidence.yaml praise_names) or putting their people on the sold thing ("Strength coaches put their
  athletes on it": endorsing_verbs) are unnamed evidence;
- cloth, a scarf, a sweater or a lunge name no complaint (claims_vocabulary.yaml outcomes: clot, scar, sweat, lung
  and germ without their prefix matches);
- what a product contains measured against a rival ("half the caffeine of a regular coffee": claims_functions.yaml
  rival_measures) and a discount ("Subscribers save 15%": claims_statistics.yaml service_measures) are no claims.
"""

import pytest
from claim_helpers import INFO, SHOP, claim_findings, on_info, on_shop

TIMED_RESULTS = [
    "Most men notice a difference by their third visit.",
    "You will feel it within the hour.",
    "Visible regrowth in 12 weeks.",
    "Within six weeks, most patients are back on the golf course.",
]
TIMED_RESULT_TWINS = [
    "You will receive it within the hour.",
    "See your results within 48 hours.",
    "Most customers see a change in their delivery times within a week.",
    "Our nurses answer every message within an hour.",
]


@pytest.mark.parametrize("line", TIMED_RESULTS)
def test_a_result_felt_or_seen_by_a_stated_time_is_a_timeline_claim_on_a_page_that_sells(line):
    assert any(
        line.rstrip(".")[:40] in f.sentence and f.rule in ("claim.uncited-timeline", "claim.uncited")
        for f in claim_findings(f"{SHOP}<p>{line}</p>")
    )


@pytest.mark.parametrize("line", TIMED_RESULT_TWINS)
def test_a_delivery_a_reply_or_a_test_result_by_a_time_is_not(line):
    assert not on_shop(line)


@pytest.mark.parametrize("line", ["You will feel it within the hour.", "Visible regrowth in 12 weeks."])
def test_a_timed_result_on_a_page_that_sells_nothing_is_not_read_as_sales_copy(line):
    assert not on_info(line)


CHANGED_LIVES = [
    "“After two babies I can finally trampoline with my kids again.” – Hannah, Bath",
    "“I'd given up on hillwalking, and now I've done three Munros this summer.” – Margaret, Perth",
    "“My wife says I'm a different man.” – Dale, Boise",
    "“Wrote my whole dissertation in four days and felt sharp the entire time,” says Callum.",
]
CHANGED_LIFE_TWINS = [
    "“I finally found a pharmacy that answers the phone,” says Jo.",
    "“The staff made me feel so welcome.” – Tim, Leeds",
    "“I used to order from the high street, and now I order everything here.” – Ann, Hull",
    "“We finally got an appointment after three weeks.” – Raj, Luton",
]


@pytest.mark.parametrize("line", CHANGED_LIVES)
def test_a_change_of_life_in_a_first_person_testimonial_is_a_claim_on_a_page_that_sells(line):
    assert on_shop(line)


@pytest.mark.parametrize("line", CHANGED_LIFE_TWINS)
def test_praise_of_the_service_in_a_testimonial_is_not(line):
    assert not on_shop(line)


@pytest.mark.parametrize("line", CHANGED_LIVES[:3])
def test_a_changed_life_on_a_page_that_sells_nothing_is_not(line):
    assert not on_info(line)


CONTENT_COMPARISONS = [
    "Each cup has about half the caffeine of a regular drip coffee.",
    "Twice the protein of a cereal bar, in every scoop.",
    "One bar has half the sugar of a chocolate bar.",
]
RIVAL_MEASURES = [
    "Twice the success rate of high-street dentists.",
    "Four times the absorption of ordinary powders.",
    "Half the recovery time of surgery.",
]


@pytest.mark.parametrize("line", CONTENT_COMPARISONS)
def test_what_a_product_contains_against_a_rival_is_no_claim(line):
    assert not on_shop(line)


@pytest.mark.parametrize("line", RIVAL_MEASURES)
def test_a_rival_measure_of_effect_stays_a_comparison(line):
    assert on_shop(line)


DISCOUNTS = [
    "Subscribers save 15% and can cancel at any time.",
    "Save up to 30% on multipacks.",
    "Members save an extra 10% on every refill.",
]
RESULT_FIGURES = [
    "Users lose 15% of their body weight in a year.",
    "Members save 20% and sleep 40% longer.",
    "Subscribers report 30% fewer migraines.",
]


@pytest.mark.parametrize("line", DISCOUNTS)
def test_a_discount_is_no_statistic(line):
    assert not on_shop(line)


@pytest.mark.parametrize("line", RESULT_FIGURES)
def test_a_figure_of_a_result_beside_a_discount_stays_a_statistic(line):
    assert on_shop(line)


RIVAL_DRAWBACKS_LEFT_OUT = [
    "All the calm without the grogginess of sleeping pills.",
    "Relief free of the side effects of statins.",
    "Smooth skin minus the downtime of laser treatment.",
]
RIVAL_DRAWBACK_TWINS = [
    "Ask your pharmacist about the side effects of your tablets.",
    "Read about the risks of surgery before you book.",
    "Enjoy the view without the hassle of parking.",
]


@pytest.mark.parametrize("line", RIVAL_DRAWBACKS_LEFT_OUT)
def test_a_rival_treatments_drawback_left_out_is_a_claim_on_a_page_that_sells(line):
    assert on_shop(line)


@pytest.mark.parametrize("line", RIVAL_DRAWBACK_TWINS)
def test_a_drawback_asked_about_or_of_no_treatment_is_not(line):
    assert not on_shop(line)


PRAISE_AND_PRACTICE = [
    "Nutritionists call apple cider vinegar the secret to a balanced stomach.",
    "Dermatologists call retinol the gold standard for fine lines.",
    "Strength coaches up and down the country put their athletes on it.",
    "Vets put their dogs on it.",
]
PRAISE_AND_PRACTICE_TWINS = [
    "Pharmacists call ibuprofen an NSAID.",
    "Dermatologists call retinol a form of vitamin A.",
    "Coaches put their athletes on a rest day after a match.",
    "Our physiotherapists put their patients on it after surgery.",
]


@pytest.mark.parametrize("line", PRAISE_AND_PRACTICE)
def test_professionals_praising_a_named_remedy_or_putting_their_people_on_it_are_unnamed_evidence(line):
    assert any(
        line.rstrip(".")[:40] in f.sentence and f.rule == "claim.unnamed-evidence"
        for f in claim_findings(f"{SHOP}<p>{line}</p>")
    )


@pytest.mark.parametrize("line", PRAISE_AND_PRACTICE_TWINS)
def test_a_name_given_to_a_remedy_or_an_unsold_object_is_not(line):
    assert not on_shop(line)


@pytest.mark.parametrize("line", PRAISE_AND_PRACTICE[:2])
def test_praise_of_a_named_remedy_on_a_page_that_sells_nothing_is_not_an_endorsement(line):
    assert not any(f.rule == "claim.unnamed-evidence" for f in claim_findings(f"{INFO}<p>{line}</p>"))


EVERYDAY_WORDS = [
    "Wipe the lining with a damp cloth once it has cooled.",
    "Each wrap comes with a matching scarf for the walk home.",
    "The set includes a cotton sweater and two sweatbands.",
]
COMPLAINTS = [
    "It lowers the risk of blood clots.",
    "Fades acne scars in weeks.",
    "Stops underarm sweating for 72 hours.",
]


@pytest.mark.parametrize("line", EVERYDAY_WORDS)
def test_cloth_scarf_and_sweater_name_no_complaint(line):
    assert not on_shop(line)


@pytest.mark.parametrize("line", COMPLAINTS)
def test_clots_scars_and_sweating_stay_complaints(line):
    assert on_shop(line)
