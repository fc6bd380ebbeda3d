"""Grammar slips of issue 10 (branch copygram11): each class with unrelated examples and correct twins."""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("A patient who brush twice a day keeps most plaque away.", "brush", "brushes"),
        ("A child who cough at night may have asthma.", "cough", "coughs"),
        ("Anyone who smoke should ask about our stop-smoking service.", "smoke", "smokes"),
        ("Someone who snore loudly may have sleep apnoea.", "snore", "snores"),
        ("Everyone who travel abroad needs insurance.", "travel", "travels"),
    ],
)
def test_a_base_verb_that_is_also_a_noun_right_after_a_singular_who_is_flagged(text, excerpt, suggestion):
    assert flagged(AGREEMENT, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "A patient who brushes twice a day keeps most plaque away.",
        "A child who coughs at night may have asthma.",
        "Anyone who smokes should ask about our stop-smoking service.",
        "The nurse who you saw last week will call.",  # a pronoun after "who": its own subject
        "Patients every year who travel abroad need insurance.",  # "year who": no person before "who"
        "The pharmacist, who visits care homes, will call.",
    ],
)
def test_singular_verbs_after_who_and_nouns_after_which_pass(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("He have a rash on his arm.", "have", "has"),
        ("She have two children under five.", "have", "has"),
        ("It have a bitter taste, so take it with juice.", "have", "has"),
        ("If he have any questions, call the surgery.", "have", "has"),
    ],
)
def test_have_with_an_object_after_he_she_it_is_flagged(text, excerpt, suggestion):
    assert flagged(AGREEMENT, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Does he have a rash?",  # a question: "have" after "does"
        "What does she have to bring?",
        "Should she have a reaction, call 999.",
        "Your partner and she have the same blood group.",  # a coordinated subject
        "They have a rash.",
        "He has a rash on his arm.",
    ],
)
def test_have_in_questions_after_plural_or_coordinated_subjects_passes(text):
    assert flagged(AGREEMENT, text) == []
