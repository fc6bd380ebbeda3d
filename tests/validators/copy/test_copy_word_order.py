"""copy.word-order, copy.question-order (validators/copy/word_order.py) and copy.extra-to (mechanics.py)."""

import pytest
from copy_helpers import flagged


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Ask about the cost the of hearing aids.", "the of", "of the"),
        ("Keep the cream out of reach a of children.", "a of", "of a"),
        ("The results been have checked by a nurse.", "been have", "have been"),
        ("Put a drop in your eye and blink a with few times.", "a with", "with a"),
    ],
)
def test_word_order_flags_a_transposed_pair(text, excerpt, suggestion):
    assert flagged("copy.word-order", text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Ask about the cost of the hearing aids.",
        "Keep the cream out of the reach of children.",
        "The results have been checked by a nurse.",
        "Vitamin A is found in liver and eggs.",
        "Hepatitis A and B vaccines are given together.",
        "The in-laws often help with childcare.",
    ],
)
def test_word_order_leaves_ordinary_pairs_alone(text):
    assert flagged("copy.word-order", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("For most people, is it important to stay active.", "is it"),
        ("The skin is often dry, and can it crack and bleed.", "can it"),
        ("If the rash spreads, should you stop the cream, and will you need a new one.", "will you"),
        ("Most adults recover in a week, but does it spread to others.", "does it"),
    ],
)
def test_question_order_flags_an_inversion_in_a_statement(text, excerpt):
    assert [found[0] for found in flagged("copy.question-order", text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "For most people, it is important to stay active.",
        "The skin is often dry, and it can crack and bleed.",
        "Is it safe to take ibuprofen with food?",
        "Most adults recover in a week, but does it spread to others?",
        "Should you need help, call the surgery.",
        "Neither can it be used in pregnancy, nor is it licensed for children.",
        'Ask yourself, "Is it worth the risk."',
        "Check the label (is it in date, does it list the dose, is it sealed).",
    ],
)
def test_question_order_leaves_statements_and_questions_alone(text):
    assert flagged("copy.question-order", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("You should to avoid alcohol while taking it.", "to"),
        ("Patients must to fast for eight hours.", "to"),
        ("This cream may to help with the itching.", "to"),
    ],
)
def test_extra_to_after_a_modal(text, excerpt):
    assert flagged("copy.extra-to", text) == [(excerpt, [""])]


@pytest.mark.parametrize(
    "text",
    [
        "You ought to avoid alcohol while taking it.",
        "Patients need to fast for eight hours.",
        "She showed the will to recover after surgery.",
        "Put the can to one side.",
    ],
)
def test_extra_to_leaves_other_uses_alone(text):
    assert flagged("copy.extra-to", text) == []
