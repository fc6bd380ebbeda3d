"""A figure that only counts people, with no treatment, product or behaviour acting in its sentence or the one
before and no result of treatment reported, is a population figure, not an uncited efficacy number (issue 9:
population statistics on information pages). Examples unrelated to each other and to the evaluation texts."""

import pytest
from claim_helpers import claim_findings

from validators.claims.classify import _RESULT_VERB
from validators.claims.lexicon import lexicon_for
from validators.claims.matching import Probe


def _findings(sentence: str, before: str = "") -> list[tuple[str, str]]:
    html = f"<h1>Information</h1><p>{before} {sentence}</p>"
    return [(f.rule, f.severity.value) for f in claim_findings(html) if f.sentence == sentence]


@pytest.mark.parametrize("sentence", [
    "Around 95 in 100 people get a normal result from the blood test.",
    "According to the national register, about 2 million people in Wales are currently infected with a virus that"
    " causes cold sores.",
    "About 40,000 children in the country are currently treated for a squint.",
])
def test_a_count_of_people_is_a_population_figure(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize(("before", "sentence"), [
    ("", "Around 80% of patients were cured after one course."),
    ("", "About 3 million people in the country have lowered their blood pressure with statins."),
    ("Physiotherapy is offered at most hospitals.", "About 7 in 10 people feel less pain after 6 weeks."),
])
def test_a_count_of_people_helped_by_a_treatment_is_an_efficacy_number(before, sentence):
    """A result of treatment, a treatment named, or a treatment in the sentence before: class uncited-statistic."""
    assert _findings(sentence, before) == [("claim.uncited-statistic", "error")]


@pytest.mark.parametrize(("plain", "result"), [("currently", "cured"), ("healthy", "healed"), ("clearly", "cleared")])
def test_words_that_only_begin_like_a_result_verb_report_no_result(plain, result):
    """"currently", "healthy", "clearly" report no result; "cured", "healed", "cleared" do."""
    assert _RESULT_VERB.search(f"people who are {plain} at home") is None
    assert _RESULT_VERB.search(f"people who {result} at home") is not None


@pytest.mark.parametrize("sentence", [
    "That is one in every ten Americans.",
    "Acne affects 1 in every 5 teenagers.",
    "The rash appears in one in every hundred babies.",
])
def test_one_in_every_n_is_a_figure(sentence):
    assert lexicon_for().statistic.any(Probe(sentence))


@pytest.mark.parametrize("sentence", [
    "We want screening to start at 50 in every part of the UK.",
    "Flu vaccines are offered to children aged 2 to 3 in every region.",
    "Clinics open at 8 in every town on Saturdays.",
])
def test_a_number_before_in_every_place_is_no_figure(sentence):
    """An age or a time before "in every part/region/town" is not "1 in every 5"."""
    assert not lexicon_for().statistic.any(Probe(sentence))


@pytest.mark.parametrize("sentence", [
    "Up to 40% of people who have had one kidney stone get another within 5 years.",
    "About 60% of children with a peanut allergy still react within 10 years.",
    "About 25% of women get a second urine infection within 6 months.",
])
def test_a_percentage_of_people_is_a_count_of_people(sentence):
    """"40%" of "40% of people who ..." counts people as "4 in 10 people" does: a population figure."""
    assert _findings(sentence) == []


@pytest.mark.parametrize("sentence", [
    "About 60% of people feel better after 6 weeks of physiotherapy.",
    "Around 75% of patients were cured by the operation.",
    "About 80% of people who take the tablets get relief within a week.",
])
def test_a_percentage_of_people_helped_by_a_treatment_is_an_efficacy_number(sentence):
    assert ("claim.uncited-statistic", "error") in _findings(sentence)


@pytest.mark.parametrize("sentence", [
    "About 70% of patients saw clearer skin within 8 weeks.",
    "About 8 in 10 people had less pain after 4 weeks.",
    "Around 3 in 4 women reported fewer hot flushes.",
])
def test_a_count_of_people_who_improved_is_an_outcome(sentence):
    """An improvement counted implies a treatment, named or not (class uncited-statistic)."""
    assert ("claim.uncited-statistic", "error") in _findings(sentence)
