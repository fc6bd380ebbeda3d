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


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("You will a need a walking frame at first.", " a"),
        ("We can the offer you a new appointment.", " the"),
        ("They should a check it every morning.", " a"),
    ],
)
def test_an_article_between_a_subject_s_modal_and_its_verb_is_flagged(text, excerpt):
    assert flagged("copy.extra-article", text) == [(excerpt, [""])]


@pytest.mark.parametrize(
    "text",
    [
        "Will a doctor see me today?",
        "How long can a cold last?",
        "Only then will the wound heal.",
        "You can a lot of things.",
        "You will need a walking frame at first.",
    ],
)
def test_an_article_opening_a_subject_or_object_after_a_modal_passes(text):
    assert flagged("copy.extra-article", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Most of patients go home the same day.", " of"),
        ("Many of people notice a change.", " of"),
        ("Some of women feel tired in the first week.", " of"),
    ],
)
def test_a_quantifier_s_of_before_a_bare_noun_is_flagged(text, excerpt):
    assert [found for found, _ in flagged("copy.quantifier-of", text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Most of the patients go home the same day.",
        "Half of adults over 30 have gum disease.",
        "Most of them recover within a week.",
        "None of which is serious.",
        "Most of our patients go home.",
        "Some of London is flooded.",
        "Most of all, rest.",
        "All of 20 patients recovered.",
    ],
)
def test_a_quantifier_of_before_a_determiner_a_fraction_or_a_name_passes(text):
    assert flagged("copy.quantifier-of", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Dry your feet well before you them put on.", "them put"),
        ("We them use twice a day.", "them use"),
        ("They him help to the chair.", "him help"),
    ],
)
def test_an_object_pronoun_before_its_verb_is_flagged(text, excerpt):
    assert [found for found, _ in flagged("copy.pronoun-order", text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    ["We gave you them yesterday.", "Let us help you.", "I made them wait.", "Before you put them on, dry them."],
)
def test_an_object_pronoun_after_its_verb_passes(text):
    assert flagged("copy.pronoun-order", text) == []
