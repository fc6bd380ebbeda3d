"""copy.verb-form: an -ing verb joined by "and"/"or" to the base verb a modal, a negated "do" or an infinitive's
"to" governs ("can help you plan meals and adjusting your routine" -> "adjust")."""

import pytest
from copy_helpers import flagged

RULE = "copy.verb-form"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Our educators can help you plan meals and adjusting your routine.", "adjusting", "adjust"),
        ("The nurse will check your feet and taking a swab.", "taking", "take"),
        ("Don't scratch the rash and picking the scabs.", "picking", "pick"),
        ("Patients must complete the course and returning the unused tablets.", "returning", "return"),
        ("Remember to bring your inhaler and showing it to the nurse.", "showing", "show"),
    ],
)
def test_an_ing_verb_joined_to_a_governed_base_verb_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "We can help you plan meals and adjust your routine.",
        "You can try walking and swimming the length of the pool.",
        "It can cause pain and swelling in the joints.",
        "It may cause nausea and vomiting.",
        "You can reduce the risk by cooking and storing your food safely.",
        "You should avoid alcohol and eating the large meals late at night.",
        "It is something you can start and finishing it takes a week.",
        "You may have redness and itching around the bite.",
        "Can walking and swimming the dog every day help?",
    ],
)
def test_correct_coordination_after_a_modal_is_left_alone(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Prescribers should review the need for the drug and stopping it where possible.",
        "The plan will cover diet and managing your weight.",
        "The clinic can offer support with sleep and reducing your alcohol intake.",
    ],
)
def test_a_gerund_joined_to_a_noun_object_is_left_alone(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rest can help and keeping the leg raised on a pillow reduces swelling.",
        "You may feel sick and taking the tablet with food can help.",
        "It is something you can start and finishing it takes a week.",
    ],
)
def test_a_gerund_subject_of_a_new_clause_is_left_alone(text):
    assert flagged(RULE, text) == []
