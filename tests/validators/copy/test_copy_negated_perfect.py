"""copy.verb-form: a base form after a negated "has"/"have"/"had" ("have not work" -> "worked"), where the bigram
table lists the pair from its noun reading ("have work to do")."""

import pytest
from copy_helpers import flagged

RULE = "copy.verb-form"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Speak to your GP if the medicines have not work after two weeks.", "work", "worked"),
        ("If the tablets haven't work within a week, call us.", "work", "worked"),
        ("If the exercises have not help by then, see a physio.", "help", "helped"),
        ("The gel hasn't help my skin at all.", "help", "helped"),
        ("We have not use this brand before.", "use", "used"),
    ],
)
def test_a_base_form_after_a_negated_perfect_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "They have not worked for a year.",
        "I have no work this week.",
        "We have not been told.",
        "If the cream has not helped, call us.",
        "I haven't time to call today.",
        "We haven't room for more patients.",
        "The clinic has not enough staff.",
        "They have work to do before the audit.",
    ],
)
def test_correct_english_after_has_have_had_is_left_alone(text):
    assert flagged(RULE, text) == []
