"""Missing words, verb forms and extra words of issue 10 (branch miss25, fresh_copy20's classes).
Each widened behaviour: unrelated examples and correct twins."""

import pytest
from copy_helpers import flagged

MISSING = "copy.missing-function-word"


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        ("A lot people find that three short walks a day are enough.", "lot people"),
        ("If you want book a longer slot, call the desk.", "want book"),
        ("Take the tablets according your doctor's advice.", "according your"),
        ("A number people have asked about the new opening hours.", "number people"),
        ("Our nurses are able help with most minor injuries.", "able help"),
    ],
)
def test_a_word_that_nearly_always_takes_one_small_word_without_it_is_flagged(text, gap):
    assert [excerpt for excerpt, _ in flagged(MISSING, text)] == [gap]


@pytest.mark.parametrize(
    "text",
    [
        "A lot of people find that three short walks a day are enough.",
        "If you want to book a longer slot, call the desk.",
        "Adjust the dose according to weight.",
        "The number people dial most often is the helpline.",
        "The amount people drink varies a lot.",
        "Most people want help with the cost.",
        "Children need these foods to grow.",
        "Many runners only need three or four sessions.",
    ],
)
def test_the_small_word_present_a_relative_clause_or_a_noun_object_passes(text):
    assert flagged(MISSING, text) == []
