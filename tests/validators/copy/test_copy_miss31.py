"""copy.missing-function-word on pairs too rare for the bigram table to show them below chance (branch miss31,
issue 10): a left word that nearly always takes one function word ("able" -> "to"). Unrelated examples and
correct twins."""

import pytest
from copy_helpers import flagged

RULE = "copy.missing-function-word"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Most patients are able walk with a frame the next day.", "able walk", "able to walk"),
        ("Tea can make it harder absorb iron from food.", "harder absorb", "harder to absorb"),
        ("Try keep the wound dry for two days.", "Try keep", "Try to keep"),
        ("If you are unable attend, please call us.", "unable attend", "unable to attend"),
        ("Children are often reluctant take tablets.", "reluctant take", "reluctant to take"),
    ],
)
def test_a_word_that_nearly_always_takes_to_without_it_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Most patients are able to walk with a frame the next day.",
        "Tea can make it harder to absorb iron from food.",
        # a word after a determiner modifies the next one
        "Swapping lifts for stairs is an easy change to make.",
        "Walking is a necessary use of the new joint.",
        # an adverb modifies the verb after it
        "Our nurses directly pass the results to your GP.",
        # a noun after a modifier is the subject of the verb after it
        "Results from a prior attempt do not count.",
        "Rules on record access apply to carers too.",
        "Children with limited access receive a voucher.",
        # an elliptic clause: "if (it is) necessary"
        "If necessary repeat the dose after four hours.",
    ],
)
def test_a_modifier_a_subject_or_an_elliptic_clause_passes(text):
    assert flagged(RULE, text) == []


AUXILIARY = "copy.missing-auxiliary"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("It worth trying a different brand of emollient.", "It worth"),
        ("It possible to book a slot online.", "It possible"),
        ("If it possible, bring a list of your medicines.", "it possible"),
        ("When it necessary, the nurse will change the dressing.", "it necessary"),
    ],
)
def test_a_clause_opening_subject_pronoun_before_an_adjective_lost_its_be(text, excerpt):
    assert [found for found, _ in flagged(AUXILIARY, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "They most often affect older adults.",
        "It most commonly starts in the feet.",
        "Make it possible for everyone to attend.",
        "Is it worth it?",
        "You will find it worth the wait.",
        "It rarely spreads beyond the skin.",
    ],
)
def test_an_adverb_an_object_or_a_question_passes(text):
    assert flagged(AUXILIARY, text) == []
