"""copyagree23 (issue 10): the verb inside a subject the reader ran past, focusing adverbs before the
subject, a demonstrative with a lexical verb, and "These"/"Those" before a plural head."""

import pytest
from copy_helpers import flagged

RULE = "copy.verb-agreement"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The results of your peak flow test shows how well air moves.", "shows", "show"),
        ("Black stools with stomach pain needs checking the same day.", "needs", "need"),
        ("The readings from a home blood pressure monitor gives your doctor a fuller picture.", "gives", "give"),
        ("The leaflets in the clinic waiting room explains how to book a blood test.", "explains", "explain"),
    ],
)
def test_a_verb_swallowed_by_a_compound_after_the_head_is_found(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "The results of your peak flow test show how well air moves.",
        "A stroke happens when blood flow to part of the brain is blocked.",
        "The version compatibility chart below maps versions of this package to others.",
        "Regular sleep, meals and exercise help some people have fewer attacks.",
        "The treatment step by step",
        "Routine appointments: book up to four weeks ahead.",
        "Black stools with stomach pain need checking the same day.",
    ],
)
def test_compounds_headings_and_lists_keep_their_reading(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Even mild sunburn raise the risk of skin cancer.", "raise", "raises"),
        ("Often the tablets causes a dry mouth at first.", "causes", "cause"),
        ("Usually the nurse check your blood pressure first.", "check", "checks"),
    ],
)
def test_a_focusing_adverb_before_the_subject_is_skipped(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Even mild sunburn raises the risk of skin cancer.",
        "Only use the cream on broken skin if the nurse says so.",
        "Usually the nurse checks your blood pressure first.",
    ],
)
def test_the_same_openings_with_agreeing_verbs_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("This strengthen the muscles at the front of the thigh.", "strengthen", "strengthens"),
        ("These contains a small amount of sugar.", "contains", "contain"),
        ("That reassure you that nothing is wrong.", "reassure", "reassures"),
        ("These figures shows how much fat is in your blood.", "shows", "show"),
        ("Those tablets contains lactose.", "contains", "contain"),
    ],
)
def test_a_demonstrative_subject_and_its_lexical_verb_agree(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "This helps the muscles to recover.",
        "This help is free for every patient.",
        "These include a rash and a fever.",
        "That depends on the cause.",
        "These figures show how much fat is in your blood.",
        "This means the dose may change.",
    ],
)
def test_demonstratives_with_agreeing_verbs_or_nouns_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Despite the name, most people who get it doesn't play tennis.", "doesn't", "don't"),
        ("For most adults, the usual dose are two tablets.", "are", "is"),
        ("Like other vaccines, these shots is safe for most people.", "is", "are"),
    ],
)
def test_a_subject_after_an_opening_phrase_and_its_comma_is_checked(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Despite the name, most people who get it don't play tennis.",
        "For most adults, the usual dose is two tablets.",
        "Like other vaccines, these shots are safe for most people.",
        "For children and teenagers, doses are lower.",
    ],
)
def test_the_same_openings_with_agreeing_subjects_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Neither the nurse nor the doctor are available on Sundays.", "are", "is"),
        ("Either the tablet or the liquid are fine for children.", "are", "is"),
        ("Neither the tablets nor the patches contains gluten.", "contains", "contain"),
    ],
)
def test_neither_nor_with_items_of_one_number_agrees_with_them(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Neither the nurse nor the doctor is available on Sundays.",
        "Neither a good diet nor the tablets fix the problem.",
        "Neither the tablets nor the cream work for everyone.",
        "Either you or your partner can collect the prescription.",
        "Neither of them is hard to use.",
        "Either way, the dose stays the same.",
    ],
)
def test_neither_nor_agreeing_or_mixed_items_pass(text):
    assert flagged(RULE, text) == []
