"""copy.possessive-slot (validators/copy/possessive_slot.py)."""

import pytest
from copy_helpers import flagged

RULE = "copy.possessive-slot"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The monitor inflates the cuff and it's tubing carries the air back.", "it's", "its"),
        ("Children should stay home until there fever has gone.", "there", "their"),
        ("If you're skin feels tight, use a cream.", "you're", "your"),
        ("When they're kids are ill, parents often stay home.", "they're", "their"),
    ],
)
def test_flags_a_contraction_before_a_subject_with_its_own_verb(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "The monitor inflates the cuff and its tubing carries the air back.",
        "It's time to book a check.",
        "There is no cure, but there are treatments.",
        "They're nurses who work nights.",
        "It's water that helps most.",
        "You're likely to feel tired.",
        "Put the leaflet there when you finish.",
        "I think it's people like you who help.",
    ],
)
def test_leaves_contractions_and_there_alone(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The powder dissolves easily and it's texture stays smooth.", "it's"),
        ("Once there skin feels dry, apply more.", "there"),
        ("If you're hair looks dull, try the serum.", "you're"),
    ],
)
def test_a_contraction_before_a_noun_and_a_linking_verb_with_its_adjective_is_flagged(text, excerpt):
    assert [found for found, _ in flagged(RULE, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "The powder dissolves easily and its texture stays smooth.",
        "Once their skin feels dry, apply more.",
        "It's worth noting that the skin stays dry.",
    ],
)
def test_the_possessive_before_a_linking_verb_passes(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Most of them lowered there blood sugar within the first week.",
        "Parents should check there child care plans.",
        "Ask them to bring there insulin pens.",
    ],
)
def test_there_before_a_compound_noun_is_flagged(text):
    assert [found for found, _ in flagged(RULE, text)] == ["there"]


@pytest.mark.parametrize(
    "text",
    [
        "We got there last week.",
        "Is there blood in the urine?",
        "Stay there overnight.",
        "Put the cream there twice a day.",
    ],
)
def test_there_as_an_adverb_or_existential_passes(text):
    assert flagged(RULE, text) == []
