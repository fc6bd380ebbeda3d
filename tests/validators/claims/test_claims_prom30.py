"""A complaint promised never to return ("your back pain will never return", "it won't ever recur") is an absolute
promise, also when a treatment opening the sentence ("With the right exercises, ...") makes it read as a disease's
course; an instruction, a hedge, a denial or a report of someone else's promise with the same words is not
(RESULTS_claims_prom30.md). Examples unrelated to each other and to the evaluation texts."""

import pytest
from claim_helpers import INFO_PAGE, sentence_rules


def _rules(sentence: str, page: str = "<h1>Care</h1><p>{}</p>") -> list[str]:
    return sentence_rules(page, sentence)


PROMISES = [
    "With the right exercises, your back pain will never return.",
    "Once the ulcer has healed with our gel, it won't ever recur.",
    "After a course of our acupuncture, your migraines will never return.",
    "Using this nasal spray, your hay fever will never return.",
]


@pytest.mark.parametrize("sentence", PROMISES)
def test_a_complaint_promised_never_to_return_is_an_absolute_promise(sentence):
    assert "claim.absolute-promise" in _rules(sentence)


@pytest.mark.parametrize("sentence", PROMISES[:2])
def test_the_promise_stands_on_an_information_page(sentence):
    assert "claim.absolute-promise" in _rules(sentence, INFO_PAGE)


@pytest.mark.parametrize("sentence", [
    "Never return to contact sport until your physiotherapist says it is safe.",
    "For most people the pain will never return after the first episode.",
    "No treatment can promise that the pain will never return.",
    "Be wary of clinics that claim your pain will never return.",
    "Once you have had chickenpox, the illness will never return as chickenpox.",
    "With the right exercises, most people recover within a few weeks.",
])
def test_an_instruction_hedge_denial_report_or_course_is_no_promise(sentence):
    assert "claim.absolute-promise" not in _rules(sentence)
