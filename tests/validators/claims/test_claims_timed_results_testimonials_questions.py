"""Marketing claim classes the independent writer's tuning sets (lead25, lead26)
and the tuned fresh sets showed missed, each with its twins.

- the sold thing said to act by a time ("Works in as little as 30 minutes": claims_functions.yaml timed_results), and
  "results in your first week" is no harm caused (claims_functions.yaml harm);
- "like never before": an intensifier, not a denial (function._like_never_before), a result with an imperative of a
  bodily or mental function (promotion._AGAIN_OR_BETTER, result_imperatives);
- a testimonial that tells a change over time is read by the statistical signal without a health word
  (claims_functions.yaml told_changes, statistical._readable); a question of what the reader is searching for is not
  read (search_questions).
"""

import pytest
from claim_helpers import claim_findings

from validators.claims import statistical
from validators.claims.lexicon import lexicon_for
from validators.claims.matching import Probe

SHOP = "<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days.</p>"
INFORMATION = "<h1>Starting a new exercise routine</h1><p>This page explains how to start exercising safely.</p>"


def _rules(page: str, sentence: str) -> list[str]:
    return sorted(f.rule for f in claim_findings(f"{page}<p>{sentence}</p>") if f.rule != "claim.fair-balance")


ACTS_BY_A_TIME = [
    "Works in as little as 30 minutes.",
    "Kicks in within 15 minutes.",
    "Starts working within an hour.",
    "Takes effect within 20 minutes of the first spray.",
]
RESULTS_IN_THE_FIRST_WEEKS = [
    "See results in your first week.",
    "Feel the results in your second week.",
    "Notice visible results in your first month.",
]
NO_EFFECT_TIMED = [
    "Our nurse works within 10 minutes of the station.",
    "See your results within 48 hours.",
    "Our pharmacist works in the Leeds branch on Saturdays.",
    "The clinic is within 10 minutes of the station.",
]


@pytest.mark.parametrize("sentence", ACTS_BY_A_TIME)
def test_a_result_timed_in_everyday_words_is_an_uncited_timeline(sentence):
    assert _rules(SHOP, sentence) == ["claim.uncited-timeline"], sentence


@pytest.mark.parametrize("sentence", RESULTS_IN_THE_FIRST_WEEKS)
def test_results_in_the_first_weeks_are_no_harm_but_a_claim(sentence):
    assert _rules(SHOP, sentence) in (["claim.uncited"], ["claim.uncited-timeline"]), sentence


@pytest.mark.parametrize("sentence", NO_EFFECT_TIMED)
def test_a_person_at_work_a_place_or_a_test_result_is_no_timeline(sentence):
    assert _rules(SHOP, sentence) == [], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "In your first week, walk for ten minutes a day and rest on the other days.",
        "Stretching too hard in your first session results in sore muscles the next day.",
        "In the first week you may feel stiff.",
    ],
)
def test_the_first_week_on_an_information_page_is_no_timeline_of_effect(sentence):
    assert _rules(INFORMATION, sentence) == [], sentence


LIKE_NEVER_BEFORE = ["Focus like never before.", "Sleep like never before.", "Move as never before."]
DENIALS_AND_ADVICE = [
    "This cream never stings.",
    "I have never before had a rash like this.",
    "Focus on your breathing for a minute.",
]


@pytest.mark.parametrize("sentence", LIKE_NEVER_BEFORE)
def test_like_never_before_promises_a_result(sentence):
    assert _rules(SHOP, sentence) == ["claim.uncited"], sentence


@pytest.mark.parametrize("sentence", DENIALS_AND_ADVICE)
def test_a_denial_or_an_instruction_stays_no_claim(sentence):
    assert _rules(SHOP, sentence) == [], sentence


TOLD_CHANGES = [
    "“I threw away my concealer after six weeks,” says Jasmine.",
    "“Jeans that hadn't fitted for a year went on after my third session,” says Aisha, 36.",
    "I used to dread the school run every morning; now I look forward to it, says Priya.",
    "“Now I actually enjoy my morning run.” – Sam, Bristol",
]
SERVICE_PRAISE = [
    "“The front desk remembered my name on my second visit.”",
    "“Support answered my billing question within an hour.” – Luis",
    "“My favourite colour is the blue case.” – Mia",
]


@pytest.mark.parametrize("sentence", TOLD_CHANGES)
def test_a_testimonial_telling_a_change_is_read_by_the_signal(sentence):
    assert statistical._readable(Probe(sentence), lexicon_for(())), sentence


@pytest.mark.parametrize("sentence", SERVICE_PRAISE)
def test_a_customer_praising_the_service_is_not_read_by_the_signal(sentence):
    assert not statistical._readable(Probe(sentence), lexicon_for(())), sentence


SEARCH_QUESTIONS = [
    "Looking for brighter skin?",
    "Shopping for a gift for a runner?",
    "Are you searching for a natural sleep aid?",
]
COMPLAINT_QUESTIONS = [
    "Still stiff after every workout?",
    "Tired of waking up with a pounding head?",
    "Want to feel twenty-five again?",
]


@pytest.mark.parametrize("sentence", SEARCH_QUESTIONS)
def test_a_question_of_what_the_reader_searches_for_is_not_read_by_the_signal(sentence):
    assert not statistical._readable(Probe(sentence), lexicon_for(())), sentence


@pytest.mark.parametrize("sentence", COMPLAINT_QUESTIONS)
def test_a_question_presupposing_a_complaint_is_still_read(sentence):
    assert statistical._readable(Probe(sentence), lexicon_for(())), sentence
