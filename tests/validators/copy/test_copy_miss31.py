"""copy.missing-auxiliary on a clause-opening subject pronoun before an adjective (branch miss31, issue 10):
unrelated examples and correct twins. (The branch's second reading, copy.missing-function-word judging pairs too
rare for the bigram table through a bound function word, was reverted: it read "Things that make acne more likely
include:" as "likely to include"; see RESULTS_copy_miss31.md.)"""

import pytest
from copy_helpers import flagged

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
