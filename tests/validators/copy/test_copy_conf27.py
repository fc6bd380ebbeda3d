"""copy.word-in-context (issue 10, conf27): homophone sets added as data with their pair statistics, and a
pronoun or possessive that real English avoids before a singular count noun, with three or more unrelated
examples and correct twins for each; and an imperative opening an offer before a number ("Buy two packs"), which
is no preposition; a contraction before a mid-sentence adverb judged by the predicate after the adverb."""

import pytest
from copy_helpers import flagged

RULE = "copy.word-in-context"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # Homophone sets added to validators/data/copy_confusion_sets.yaml with their pair statistics.
        ("The nurse plays a key roll in follow-up.", "roll", "role"),
        ("She had a central roll in the team.", "roll", "role"),
        ("Diet has an important roll in recovery.", "roll", "role"),
        ("Sign the waver before the class.", "waver", "waiver"),
        ("We open every mourning at seven.", "mourning", "morning"),
        ("Take one tablet each mourning with food.", "mourning", "morning"),
        # A singular count noun after "you", which real English avoids there while the left pair is listed.
        ("Fit the cuff around you arm and sit still.", "you", "your"),
        ("Fill in you form online before the visit.", "you", "your"),
        ("Put the patch on you skin after a shower.", "you", "your"),
        # A possessive before such an adverb is still judged by the adverb, and so is a contraction before
        # an adverb whose next word may itself be a slip.
        ("Your always welcome to call us.", "Your", "You"),
        ("Its also worth asking your GP.", "Its", "It's"),
        ("Your never alone with us.", "Your", "You"),
    ],
)
def test_slip_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        # The new set members used correctly.
        "Our pharmacists roll out the service in May.",
        "Roll the foam roller under your calf.",
        "A bread roll and soup.",
        "Nurses play a central role in your care.",
        "Some people waver for weeks before they book.",
        "You may need to sign a liability waiver.",
        "Every morning, stretch for five minutes.",
        "Take one in the morning.",
        "Grief and mourning take time.",
        # "you" before a mass noun, a plural, a verb or a determiner: a bare object or a clause.
        "We will give you advice on diet.",
        "We will show you results in a week.",
        "We can send you samples today.",
        "We'll send you a reminder.",
        "We can help you book a test.",
        "It lets you track progress.",
        # An imperative opening an offer, then a number: a verb and its quantity.
        "Buy two packs and save 20%.",
        "Buy three tubs, get free delivery.",
        "Offer: Buy two tubs, save £5.",
        "By two o'clock the clinic is full.",
        # A contraction, an adverb between it and the predicate, then the predicate.
        "You're never more than a click away from expert help.",
        "We're never closed on weekdays.",
        "They're always happy to help.",
        "You're also entitled to a free check.",
    ],
)
def test_correct_twin_is_not_flagged(text):
    assert flagged(RULE, text) == []


# An opening "Buy the ..." that should be "By the time/end/way": the instruction reading (prec27: a clause
# opening on a verb's base form is weighed only by its next word, so "Buy the starter kit today." is no
# slip) cannot tell these apart with word pairs; the fixed phrase needs the word after the determiner.
@pytest.mark.xfail(strict=True, reason="known gap: an instruction is weighed by its next word only")
@pytest.mark.parametrize(
    "text",
    [
        "Buy the time you finish, you will feel better.",
        "Buy the end of the week, the swelling should be gone.",
        "Buy the way, we also stock gloves.",
    ],
)
def test_by_the_phrase_written_as_an_instruction(text):
    assert flagged(RULE, text) == [("Buy", ["By"])]
