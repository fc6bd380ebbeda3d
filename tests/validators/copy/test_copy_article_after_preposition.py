"""copy.missing-article: an adjective real English never puts bare after a preposition, before a count noun."""

import pytest
from copy_helpers import flagged

from validators.copy.missing_article import avoided_after_preposition, listed_after_preposition

RULE = "copy.missing-article"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Keep the room at comfortable temperature.", "at comfortable temperature", "at a comfortable temperature"),
        ("The gel comes in convenient tube that fits a pocket.", "in convenient tube", "in a convenient tube"),
        ("Results are usually ready within same day.", "within same day", "within the same day"),
        ("We moved the clinic to bigger site within same week.", "within same week", "within the same week"),
    ],
)
def test_a_bare_adjective_and_count_noun_after_a_preposition_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Try keeping the room at a comfortable temperature.",  # the fixed sentence
        "The gel comes in a convenient tube that fits a pocket.",
        "Results are usually ready within the same day.",
        "Store the tablets at room temperature.",  # "at room" is English: a noun modifier, not only an adjective
        "People at high risk should have the vaccine.",  # "at high" is listed
        "The vitamin is sold in powder form.",  # "in form" is English: the noun goes bare after the preposition
        "It is one of the best treatments for panic disorder.",  # an illness, named uncounted
        "Light passes through thin cloud.",  # a mass noun: the plural is rare
        "We treat people with severe eczema.",  # a mass noun
        "Rinse the area with affected skin facing down.",  # "affected" may be a noun: left alone
        "Apply the gel in thin layers.",  # a plural
    ],
)
def test_correct_twins_and_bare_uses_pass(text):
    assert flagged(RULE, text) == []


def test_the_data_tells_avoided_from_listed_and_from_rare_pairs():
    assert avoided_after_preposition("at", "comfortable")
    assert not avoided_after_preposition("at", "high")  # "at high risk"
    assert not avoided_after_preposition("below", "bony")  # too rare for its absence to prove anything
    assert not avoided_after_preposition("of", "comfortable")  # "of" is not read
    assert listed_after_preposition("in", "form") and not listed_after_preposition("at", "temperature")
