"""Benefit claims in grammar the listed effect verbs miss (issue 9, marketing recall): a benefit noun with
its preposition ("relief from", "support for", "a boost to") and a multiplied comparison ("twice as effective
as", "three times more powerful than"). Each class: claims from unrelated products that must draw a claim
finding, and professional twins using the same words that must draw none."""

import pytest
from claim_helpers import claim_findings, rules_of


def _p(sentence: str) -> str:
    return f"<p>{sentence}</p>"


def _claim_rules(sentence: str) -> list[str]:
    # fair balance is a page-level check, not the sentence's
    return [rule for rule in rules_of(claim_findings(_p(sentence))) if rule != "claim.fair-balance"]


BENEFIT_NOUNS = [
    "Our magnesium spray brings fast relief from restless legs.",
    "The collagen shots offer daily support for ageing joints.",
    "Turmeric drops give a natural boost to your immune defences.",
    "Our zinc lozenges are your best protection against winter colds.",
]

BENEFIT_NOUN_TWINS = [
    "Our helpline offers support for carers of people with dementia.",
    "The charity gives practical support to families after a stillbirth.",
    "Ask your pharmacist about support for stopping smoking.",
]

MULTIPLIED_COMPARISONS = [
    "Shockwave therapy is twice as effective as ordinary massage for heel pain.",
    "Our LED mask is three times more powerful than salon facials for acne.",
    "The enzyme capsules clear bloating 10 times faster than peppermint tea.",
]

MULTIPLIED_COMPARISON_TWINS = [
    "Men are twice as likely as women to develop gout.",
    "Children under 5 are three times more likely than adults to need hospital care for flu.",
    "The clinic is open twice as long as last year on Saturdays.",
]


@pytest.mark.parametrize("sentence", BENEFIT_NOUNS + MULTIPLIED_COMPARISONS)
def test_a_benefit_noun_or_multiplied_comparison_draws_a_claim_finding(sentence):
    assert _claim_rules(sentence) != []


@pytest.mark.parametrize("sentence", BENEFIT_NOUN_TWINS + MULTIPLIED_COMPARISON_TWINS)
def test_the_same_words_in_a_professional_sentence_draw_no_claim_finding(sentence):
    assert _claim_rules(sentence) == []


# "results in" followed by a length of time says when a result shows (a timeline of effect), not a harm caused
RESULTS_AFTER_A_TIME = [
    "Users see visible results in 7 days.",
    "Our whitening strips give results in just two weeks.",
    "Clients notice firmer skin and real results in three sessions.",
]

RESULTS_IN_A_HARM = [
    "Smoking during pregnancy results in a lower birth weight.",
    "Untreated strep throat occasionally results in complications in a few cases.",
    "Stopping steroids suddenly can result in adrenal crisis.",
]


@pytest.mark.parametrize("sentence", RESULTS_AFTER_A_TIME)
def test_results_in_a_length_of_time_is_a_timeline_of_effect(sentence):
    assert "claim.uncited-timeline" in _claim_rules(sentence)


@pytest.mark.parametrize("sentence", RESULTS_IN_A_HARM)
def test_results_in_a_harm_is_a_warning_not_a_claim(sentence):
    assert _claim_rules(sentence) == []
