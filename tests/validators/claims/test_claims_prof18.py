"""Claims on professional pages, round 18 (issue 9): how often a treatment does harm (a side effect's rate) is fair
balance, not a selling point or an efficacy figure, on a page that sells too. Each class with at least three unrelated
examples (all flagged on main 7c0d2f6) and three correct twins; examples are unrelated to the evaluation texts."""

import pytest
from claim_helpers import claim_findings

SHOP = (
    "<h1>Travel vaccines at our pharmacy</h1><p>Book your appointment online. Buy now: only £65 per injection, with "
    "free delivery of your certificate.</p><p>Our vaccine protects 99% of travellers from the first day of their "
    "trip.</p><h2>Side effects</h2><p>{}</p><p>Add to basket.</p>"
)


def _findings(sentence: str) -> list[str]:
    return sorted(f.rule for f in claim_findings(SHOP.format(sentence)) if f.sentence == sentence)


# A common symptom people have, get or feel after a named treatment, or side effects they have
# (claims_functions.yaml treatment_reactions, function.states_reaction): a side effect's rate, never reported.
@pytest.mark.parametrize(
    "sentence",
    [
        "Up to 1 in 4 people have a headache or a mild fever a few days after the vaccine.",
        "About 1 in 10 people get a sore arm for a day or two after the injection.",
        "Around 1 in 20 adults feel dizzy after the jab, so we ask you to wait 15 minutes.",
        "About 5% of people have a side effect from the injection, usually a mild rash.",
        "Roughly 1 in 3 children develop a high temperature after the meningitis B vaccine.",
    ],
)
def test_a_side_effect_rate_is_fair_balance(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "9 in 10 people have no fever after our jab.",
        "Our jab stops headaches in 9 in 10 people.",
        "9 in 10 patients feel better after the first infusion.",
        "Up to 80% of people have less pain after the injection.",
        "About 1 in 3 adults get a headache at least once a month, and our tablets ease it in 20 minutes.",
    ],
)
def test_a_result_or_the_sellers_figure_stays_a_statistic(sentence):
    assert _findings(sentence) == ["claim.uncited-statistic"]


def _info_findings(sentence: str) -> list[str]:
    html = f"<h1>About the condition</h1><p>It is a long-term condition.</p><p>{sentence}</p>"
    return sorted(f.rule for f in claim_findings(html) if f.sentence == sentence)


# A product noun inside a public body's name (claims_functions.yaml promoted, "the ... products" entry): the
# regulator named as the statistic's source sells nothing, so its figure is a source named in prose.
@pytest.mark.parametrize(
    "sentence",
    [
        "The Medicines and Healthcare products Regulatory Agency (MHRA) says that about 1 in 10 babies exposed to the "
        "drug are born with a heart defect.",
        "The Consumer Product Safety Commission estimates that about 1 in 5 nursery injuries involve a fall.",
        "The Health Products Regulatory Authority (HPRA) says that about 1 in 50 people who take the tablets get "
        "a rash.",
    ],
)
def test_a_product_word_in_a_regulators_name_sells_nothing(sentence):
    assert _info_findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The products we sell reduce joint pain in 80% of users.",
        "This formula cuts cravings in 9 in 10 users.",
        "The serum clears spots in 95% of people within a week.",
    ],
)
def test_a_product_that_is_sold_stays_promoted(sentence):
    assert _info_findings(sentence) == ["claim.uncited-statistic"]
