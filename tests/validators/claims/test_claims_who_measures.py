"""Who speaks a figure and what it measures (issue 9: an organisation's own figures, population figures with a source
named in prose, promises to people who complete a treatment). Examples unrelated to each other and to the evaluation
texts; each class with correct twins that must still be flagged."""

import pytest
from claim_helpers import claim_findings

from validators.claims.analysis import analyse_document
from validators.claims.lexicon import lexicon_for
from validators.sources import from_html

SELLING = "<p>Book now for only £49.</p>"


def _findings(sentence: str, after: str = "") -> list[tuple[str, str]]:
    html = f"<h1>About the service</h1><p>Shingles is an infection.</p><p>{sentence}</p>{after}"
    return [(f.rule, f.severity.value) for f in claim_findings(html) if f.sentence == sentence]


# The organisation's first person ("our", "we") counting units of its work (referrals, calls, kits, appointments), with
# no health effect, outcome or treatment in the sentence: its record, on a page that sells nothing
# (function.is_organisation_figure); a dated figure in its voice is its record too (function.speaks_as_organisation).
ORGANISATION_FIGURES = [
    "Eight in ten of the referrals we received were seen within 18 weeks.",
    "Seven in ten of the calls we answered were about children under 5.",
    "Half of the kits we sent out were returned within a month.",
    "Fewer than 5% of appointments were missed after we started sending text reminders.",
]


@pytest.mark.parametrize("sentence", ORGANISATION_FIGURES + [
    "The share of adults in our care who smoke fell from 24% in 2012 to 13% in 2025.",
    "Two thirds of the people who called our advice line were parents.",
    "About a third of the people we saw at the memory clinic were under 65.",
    "Seven in ten of the families we visit live more than 10 miles from a hospital.",
])
def test_an_organisation_figure_of_its_own_work_makes_no_claim(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize("sentence", [
    "92% of our patients see clearer skin within 8 weeks.",
    "Nine in ten of the people we treat are pain-free after one session.",
    "Our programme gets 7 in 10 people off their blood pressure tablets.",
    "We have helped 80% of smokers quit for good.",
    "We find that 8 in 10 people who finish our pulmonary rehab course can walk further.",
    "Nine in ten of the people we see can return to work within a month.",
    "We get 95% of our patients back on their feet within 3 days.",
    "Over 90% of the couples we work with go on to have a baby.",
    "Two thirds of the people we support are able to live independently again.",
    "More than 80% of the people who use our app stay smoke-free for a year.",
])
def test_an_organisation_counting_results_still_makes_an_efficacy_claim(sentence):
    """A result, an outcome or a treatment in the figure: what the number measures is an effect."""
    assert ("claim.uncited-statistic", "error") in _findings(sentence)


@pytest.mark.parametrize("sentence", ORGANISATION_FIGURES[:3])
def test_a_sellers_figure_is_judged_as_selling(sentence):
    """On a page that sells, the seller's "we" and "our" are a selling voice: no exemption is made there."""
    html = f"<h1>About the service</h1><p>Shingles is an infection.</p><p>{sentence}</p>{SELLING}"
    found = next(s for s in analyse_document(from_html(html, "a.html"), lexicon_for(())).sentences
                 if s.text == sentence)
    assert found.classification.function != "own statement"


# A population figure from a survey, census or registry, or from a source named in prose: a background fact, no appeal
# to unnamed evidence.
SURVEY_FIGURES = [
    "The Scottish Health Survey reports that 2 in 3 adults are overweight.",
    "The National Health and Nutrition Examination Survey found that 38% of US adults have prediabetes.",
    "A national survey of 10,000 parents found that a third of children under 5 had never seen a dentist.",
    "In the latest household survey, about 1 in 6 adults reported drinking more than the weekly limit.",
]


@pytest.mark.parametrize("sentence", SURVEY_FIGURES)
def test_a_population_figure_from_a_survey_makes_no_claim(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize("sentence", [
    "A recent survey found that 9 in 10 users felt calmer after taking the drops.",
    "Research shows that 1 in 3 adults is low in magnesium.",
    "A large survey of patients found that acupuncture relieved back pain in most of them.",
    "A Harvard study found that turmeric works as well as ibuprofen for knee pain.",
    "New Study Shows Zinc Cuts Colds In Half.",
    "Harvard Research shows that turmeric cuts joint pain.",
])
def test_unnamed_evidence_for_an_effect_or_from_research_is_still_flagged(sentence):
    """A survey backing an effect, research (not a survey) behind a figure, a lower-case "a Harvard study", a
    title-cased heading: still appeals to unnamed evidence."""
    assert ("claim.unnamed-evidence", "error") in _findings(sentence)


# A permanent result promised to everyone who completes a treatment: an absolute promise, not a disease's course.
COMPLETED_PROMISES = [
    "Veterans who finish all eight group sessions never go back to smoking.",
    "Children who finish the programme never have another asthma attack.",
    "Drinkers who attend all 12 meetings never relapse.",
    "Patients who follow the plan never get another migraine.",
]


@pytest.mark.parametrize("sentence", COMPLETED_PROMISES)
def test_a_result_promised_to_everyone_who_completes_a_treatment_is_a_promise(sentence):
    assert ("claim.absolute-promise", "error") in _findings(sentence)


@pytest.mark.parametrize("sentence", [
    "People who have had chickenpox never get it again.",
    "Most people who finish the course never need another one.",
    "Many people who complete treatment go on to have another episode later in life.",
    "Never give the second dose sooner than 4 weeks after the first.",
])
def test_a_disease_course_a_hedge_or_an_instruction_promises_nothing(sentence):
    assert ("claim.absolute-promise", "error") not in _findings(sentence)


# A treatment given, offered or taken up, counted in people, with no result after the count: how it is delivered
# (claims_functions.yaml uptake).
UPTAKE_FIGURES = [
    "The trust's stroke unit gave clot-busting treatment to 1 in 5 patients within an hour of arrival.",
    "Nearly half of the children were given antibiotics within 48 hours of arriving on the ward.",
    "Last winter 3 in 4 adults over 65 in the county were offered the flu vaccine.",
    "About 60% of eligible women had the screening test within 6 months of their invitation.",
]


@pytest.mark.parametrize("sentence", UPTAKE_FIGURES)
def test_a_treatment_delivered_counted_in_people_makes_no_claim(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize("sentence", [
    "About 80% of patients given the new drug were free of pain within a week.",
    "Nine in ten people who were given the injection had no more attacks within 6 months.",
    "Half of the children given the syrup stopped coughing within 2 days.",
    "The unit gave clot-busting treatment to 200 patients and 1 in 3 of them walked out of hospital within a week.",
])
def test_a_result_counted_after_the_treatment_is_still_an_efficacy_number(sentence):
    assert ("claim.uncited-statistic", "error") in _findings(sentence)

