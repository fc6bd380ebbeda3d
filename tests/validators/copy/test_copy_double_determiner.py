"""copy.double-determiner: two central determiners side by side, one left over from an edit."""

import pytest
from copy_helpers import flagged

RULE = "copy.double-determiner"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Choose from the a range of more than 600 frames.", "the a"),
        ("We will send you a the kit by post.", "a the"),
        ("Bring your the appointment card with you.", "your the"),
        ("Patients and their the carers are welcome.", "their the"),
    ],
)
def test_two_determiners_in_a_row_are_flagged(text, excerpt):
    assert [found for found, _ in flagged(RULE, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Give her the leaflet before she leaves.",  # "her" is an object pronoun here
        "Is this the right dose for a child?",
        "We check that the dose is right.",
        "Ask for the A&E team at the front desk.",  # a capital after the article: a name or a letter
        "Its the best time to book, and its effect lasts.",  # "its" is left to copy.confused-words
        "Choose from a range of frames.",
        "Choose from the the range of frames.",  # a repeated word is copy.repeated-word's
    ],
)
def test_determiners_that_open_separate_phrases_pass(text):
    assert flagged(RULE, text) == []
