"""copy.word-in-context: a confusion-set word scored against its neighbours with bigram counts."""

import pytest
from copy_helpers import flagged

from validators.copy.context_words import bigram_counts
from validators.vocabulary import load_vocabulary

RULE = "copy.word-in-context"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Measure you blood sugar before breakfast.", "you", "your"),
        ("Tell us if your not sure which dose to take.", "your", "you're"),
        ("Bring a list of what your are taking to the appointment.", "your", "you"),
        ("The gel and the tablets compliment each other.", "compliment", "complement"),
        ("The nurse will advice you on what to eat.", "advice", "advise"),
        ("Their are three ways to book.", "Their", "There"),
        ("Children recover faster then adults do.", "then", "than"),
        ("The tablets can make you loose your appetite.", "loose", "lose"),
        ("Drowsiness is one of the common side affects of the syrup.", "affects", "effects"),
        ("We found the booking form at the bottom of you account page.", "you", "your"),
    ],
)
def test_a_word_far_less_likely_than_its_look_alike_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Measure your blood sugar before breakfast.",
        "Tell us if you're not sure which dose to take.",
        "Bring a list of what you are taking to the appointment.",
        "The gel and the tablets complement each other.",
        "The nurse will advise you on what to eat.",
        "There are three ways to book.",
        "Children recover faster than adults do.",
        "The tablets can make you lose your appetite.",
        "Drowsiness is one of the common side effects of the syrup.",
        # Rare but correct pairs: the evidence must favour the other word after it, not just before.
        "Tell us when your readings improve.",
        "Your chances of a full recovery are good.",
        "Lice survive less than 2 days off the head.",
        "People whose immune systems are weak should ask first.",
        # No word after it to judge by, or a name after it.
        "You can bring a friend too.",
        "The clinic by Hyde Park opens at nine.",
    ],
)
def test_the_likely_word_and_rare_but_correct_pairs_pass(text):
    assert flagged(RULE, text) == []


def test_the_first_letter_of_the_suggestion_follows_the_text():
    assert flagged(RULE, "Its worth a try, and their is no charge.") == [("their", ["there"])]


def test_every_confusion_set_word_and_contraction_part_is_in_the_table():
    counts = bigram_counts()
    vocabulary = load_vocabulary("copy_confusion_sets")
    words = {w for group in vocabulary["sets"] for w in group} - set(vocabulary["contractions"])
    words |= {w for parts in vocabulary["contractions"].values() for w in parts}
    assert sorted(w for w in words if w not in counts.unigrams) == []
    assert counts.scale > 1 and counts.total > 10**11
