"""copy.verb-agreement: the verb of "who"/"that" after a mid-position adverb ("who already has"), and the verb of
"that" after a plural noun that is a verb's object ("We sell armrests that moves")."""

import pytest
from copy_helpers import flagged

RULE = "copy.verb-agreement"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Patients who already has heart disease should take it.", "has", "have"),
        ("Children who still wets the bed at seven need support.", "wets", "wet"),
        ("Smokers who really wants to stop can get help.", "wants", "want"),
    ],
)
def test_the_verb_after_who_and_an_adverb_agrees_with_the_plural(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("We sell armrests that moves up and down.", "moves", "move"),
        ("The kit has plasters that sticks to wet skin.", "sticks", "stick"),
        ("We offer soft insoles that supports the arch.", "supports", "support"),
        ("Doctors prescribe creams that contains steroids.", "contains", "contain"),
    ],
)
def test_the_verb_of_that_after_a_plural_object_agrees_with_it(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Patients who already have heart disease should take it.",
        "A patient who already has heart disease should take it.",
        "Everyone who still smokes should stop.",
        "We sell armrests that move up and down.",
        "We stock a range of insoles that supports the arch.",
        "The nurse told patients that smoking harms the lungs.",
        "The clinic runs tests that show how well your kidneys work.",
        "We asked patients that had surgery about pain.",
    ],
)
def test_agreeing_relative_clauses_are_left_alone(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The optic nerve is a bundle of a million nerve fibers that connects the eye to the brain.",
        "The body has a network of nerve cells that carries signals.",
        "We keep a stock of blood glucose strips that lasts a month.",
        "Each kit has a strip of test pads that changes colour.",
    ],
)
def test_a_noun_modifier_before_the_plural_is_no_verb(text):
    assert flagged(RULE, text) == []
