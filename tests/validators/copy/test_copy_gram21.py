"""Long subjects of issue 10 (branch copygram21): a coordinated subject whose second item carries a relative clause
without its pronoun ("Your history and the medicines you take affects"), the noun phrase after "whose" as the
subject of its relative clause ("people whose immune system are weak"), an -ing verb and its particle after the
head ("a tooth coming through includes"), and "there is" before a plural without a determiner ("There is teething
rings"). Unrelated examples and correct twins."""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"
NOUN_NUMBER = "copy.noun-number"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Your age and the medicines you take affects the dose.", "affects", "affect"),
        ("His cough and the wheeze we heard suggests asthma.", "suggests", "suggest"),
        ("The rash and the itching she describes needs a closer look.", "needs", "need"),
        ("Children whose immune system are weak need extra care.", "are", "is"),
        ("Adults whose blood pressure are high should rest before the test.", "are", "is"),
        ("Parents whose children has asthma can ask us for a plan.", "has", "have"),
        ("The signs of a new tooth coming through includes red cheeks.", "includes", "include"),
        ("The symptoms of a cold coming back is a reason to call.", "is", "are"),
        ("The risk of a rash flaring up are higher in summer.", "are", "is"),
    ],
)
def test_long_subjects_are_read(text, excerpt, suggestion):
    assert flagged(AGREEMENT, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Your age and the medicines you take affect the dose.",
        "The rash and the itching she describes need a closer look.",
        "Children whose immune systems are weak need extra care.",
        "Adults whose blood pressure is high should rest before the test.",
        "The signs of a new tooth coming through include red cheeks.",
        "The risk of a rash flaring up is higher in summer.",
        "Staff working in the clinic wear masks.",
        "Every day we see patients whose results take longer.",
    ],
)
def test_agreeing_long_subjects_pass(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("There is teething rings that you can chill in the fridge.", "are"),
        ("There was long queues at the pharmacy on Monday.", "were"),
        ("There is free leaflets at the desk.", "are"),
    ],
)
def test_there_is_before_a_bare_plural(text, suggestion):
    assert [s for _, s in flagged(NOUN_NUMBER, text)] == [[suggestion]]


@pytest.mark.parametrize(
    "text",
    [
        "There are teething rings that you can chill in the fridge.",
        "There is sports medicine at the clinic.",
        "There is news about the vaccine.",
        "There is evidence that it helps.",
        "There was diabetes in the family.",
    ],
)
def test_there_is_before_a_singular_passes(text):
    assert flagged(NOUN_NUMBER, text) == []
