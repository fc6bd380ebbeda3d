"""copy.word-in-context: the shapes of issue 10's confusable and your/you're slips that one neighbour on each
side cannot tell apart, with three or more unrelated examples and correct twins for each."""

import pytest
from copy_helpers import flagged

RULE = "copy.word-in-context"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # A possessive before a word real English mostly uses as a predicate, then the clause ends.
        ("Its easy, and the kit comes with a prepaid envelope.", "Its", "It's"),
        ("Call us when your ready.", "your", "you're"),
        ("Shake for 20 seconds and your good to go.", "your", "you're"),
        ("Once its cool, store it in the fridge.", "its", "it's"),
        ("Their ready in ten minutes.", "Their", "They're"),
        # "to" between a form of "be" or a linking verb and an adjective that is no verb.
        ("The salmon bowl is to good.", "to", "too"),
        ("I was to shy to try a gym.", "to", "too"),
        ("The strap feels to tight.", "to", "too"),
        # The end of a clause after a function word the written word is frequent enough to follow, yet never does.
        ("Once the pain has past, you can walk again.", "past", "passed"),
        ("The worst of the season has past.", "past", "passed"),
        ("Every batch so far has past.", "past", "passed"),
        # A title-case heading or button: its capitals mark no names, so the next word still counts.
        ("Protect You Skin This Summer", "You", "Your"),
        ("Find You Nearest Clinic", "You", "Your"),
        ("Check You Blood Pressure at Home", "You", "Your"),
    ],
)
def test_slip_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        # The possessive opens an object or a prepositional phrase, or owns the word after it.
        "At its best, the cream works in a week.",
        "The cat slept on its back.",
        "The liver does its part in the process.",
        "Keep your cool.",
        "It's your right to choose.",
        "Each has its own.",
        "Try your best to rest.",
        # An infinitive, a noun after the adjective, or a range: "to" is right.
        "The aim is to heal.",
        "The symptoms range from mild to severe.",
        "The key is to good sleep.",
        "The answer is to rest.",
        # A clause end after a function word the written word is often seen after, or a same-slot word.
        "The time has passed.",
        "Tell us about any change in your sight.",
        "The tooth felt loose.",
        "Not everyone needs this dose, and most people never do.",
        "Skip that dose.",
        "Each bottle holds one dose.",
        # "then" opening a step after a comma.
        "Two years of nothing, then three months of Vitalis and we had our positive test.",
        "Rest for a day, then more than two weeks of walking.",
        "Soak for ten minutes, then rinse.",
        # Title-case buttons and headings written correctly.
        "Book Your Assessment",
        "Claim Your Free Class",
        "How It Works",
        "Flu Jabs at Your Local Pharmacy",
        "Less Pain Than Ever",
        # A contraction before an adjective that ends the clause: a possessive would own no noun.
        "It’s Natural",
        "It’s Quick, It’s Safe",
        "You're welcome!",
        "They're Gentle. They're Fast.",
    ],
)
def test_correct_twin_is_not_flagged(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We'd rather be honest then sell you a miracle.",
        "We will rebook you rather then give the vaccine.",
        "I would rather rest then run.",
    ],
)
def test_then_completing_a_preference_is_flagged(text):
    assert flagged("copy.confused-words", text) == [("then", ["than"])]


@pytest.mark.parametrize(
    "text",
    [
        "It was rather slow, then it got faster.",
        "It was rather slow then, but it is faster now.",
        "We'd rather you rested. Then call us.",
        "I'd rather wait then.",
    ],
)
def test_then_after_a_finished_preference_is_not_flagged(text):
    assert flagged("copy.confused-words", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Medical personal will meet you at the door.", "personal", "personnel"),
        ("Our hospital personal are friendly.", "personal", "personnel"),
        ("The injury to the big tow healed.", "tow", "toe"),
    ],
)
def test_extended_confusion_sets_are_scored(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Our personnel are trained.",
        "Personal training sessions run daily.",
        "Toe pain is common.",
        "A flare-up can last a week.",
        "Your genes play a part.",
        "Be wary of miracle cures.",
        "Adapt the plan to your needs.",
        "Queue at the main desk.",
    ],
)
def test_extended_confusion_sets_leave_correct_words(text):
    assert flagged(RULE, text) == []
