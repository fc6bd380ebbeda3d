"""copy.verb-agreement: a base verb with a bare noun object, joined by "and" to an -s verb it shares a subject with
("A statin lowers LDL cholesterol and reduce inflammation"), including after an -ing clause whose object is a
plural noun ("Eating oats lowers cholesterol and protect the heart")."""

import pytest
from copy_helpers import flagged

RULE = "copy.verb-agreement"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("A statin lowers LDL cholesterol and reduce inflammation.", "reduce", "reduces"),
        ("Omega-3 lowers triglycerides and improve circulation.", "improve", "improves"),
        ("The kit contains plasters and gauze and improve wound care.", "improve", "improves"),
        ("Eating oats lowers cholesterol and protect the heart.", "protect", "protects"),
        ("Taking statins lowers cholesterol and reduce inflammation.", "reduce", "reduces"),
        ("Research shows that cutting sugary drinks lowers weight and improve digestion.", "improve", "improves"),
    ],
)
def test_a_base_verb_sharing_the_subject_of_an_s_verb_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "A statin lowers cholesterol and reduces inflammation.",
        "Taking statins lowers cholesterol and reduces inflammation.",
        "The drug lowers cholesterol, and regular exercise improve fitness.",
        "This helps you relax and reduce stress.",
        "It explains why people gain weight and develop diabetes.",
        "The course teaches breathing and relaxation techniques.",
        "Magnesium supports muscle function and nerve signals.",
        "The service offers advice and support groups.",
        "The clinic provides tools to lower weight and improve sleep.",
    ],
)
def test_correct_coordination_is_left_alone(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Sleeping tablets makes you drowsy.", "makes", "make"),
        ("The creams soothes the skin and reduce redness.", "soothes", "soothe"),
        ("Hearing aids needs regular cleaning.", "needs", "need"),
    ],
)
def test_a_plural_compound_with_an_ing_modifier_stays_the_plural_head(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]
