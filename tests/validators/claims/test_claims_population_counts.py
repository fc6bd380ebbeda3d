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
