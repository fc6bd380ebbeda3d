"""copy.bare-unit: a rate counted by a plural ("three times week") takes "a" before its unit, as "once" does."""

import pytest
from copy_helpers import flagged

RULE = "copy.bare-unit"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Swap one or two runs week for cycling.", "runs week", "runs a week"),
        ("Most adults should exercise three times week.", "times week", "times a week"),
        ("Drink 8 glasses day when it is hot.", "glasses day", "glasses a day"),
        ("Our pool is open seven days week.", "days week", "days a week"),
        ("Book a few sessions month until the pain settles.", "sessions month", "sessions a month"),
    ],
)
def test_a_counted_plural_before_a_bare_unit_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Swap one or two runs a week for cycling.",  # the fixed sentences
        "Most adults should exercise three times a week.",
        "Drink 8 glasses a day when it is hot.",
        "The clinic runs day and night.",  # a verb, not a counted plural
        "Take two tablets day 1 and one tablet after that.",  # a numbered day
        "It took three years year on year to fall.",  # a unit paired with itself
        "Staff worked two weeks day-to-day on the ward.",  # a compound
        "Our nurses saw patients week after week.",  # no count before the plural
    ],
)
def test_rates_with_their_article_and_other_shapes_pass(text):
    assert flagged(RULE, text) == []
