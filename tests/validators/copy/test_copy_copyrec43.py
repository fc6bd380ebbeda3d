"""copyrec43: a "to" or "been" dropped after an auxiliary's verb, "of" dropped after "a lot", "rather that" and
"its worth"; each class with >= 3 slips and >= 3 correct twins. (copyrec43's agreement classes and its verb forms
after a modal, a negated "do" or a preposition were not merged: on the held-out sets the first found 3 more slips
for 4 more false alarms, the second 1 more slip for 1 more false alarm, on a clean professional page it blocked.)"""

import pytest
from copy_helpers import flagged

VERB_FORM = "copy.verb-form"
MISSING = "copy.missing-function-word"
AUXILIARY = "copy.missing-auxiliary"


def _excerpts(rule: str, text: str) -> list[str]:
    return [found for found, _ in flagged(rule, text)]


# 5. A "to" dropped after the verb of an auxiliary ("may need be").
@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Larger stones may need be broken up with shock waves.", "need be"),
        ("You will need bring a list of your medicines.", "need bring"),
        ("People who rarely go out may need take a supplement in winter.", "need take"),
    ],
)
def test_a_to_dropped_after_an_auxiliarys_verb_is_found(text, excerpt):
    assert _excerpts(MISSING, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Larger stones may need to be broken up with shock waves.",
        "You will need to bring a list of your medicines.",
        "You may need rest for a few days.",
        "It can help reduce the swelling.",
    ],
)
def test_the_infinitive_or_a_noun_object_after_an_auxiliarys_verb_is_left_alone(text):
    assert _excerpts(MISSING, text) == []


# 7. A passive of reporting that lost its "been" ("has shown to").
@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Regular walking has shown to lower blood pressure.", "has shown"),
        ("Cutting down on salt and losing weight have all shown to help.", "all shown"),
        ("Zinc lozenges have not found to shorten a cold.", "not found"),
    ],
)
def test_a_reporting_passive_without_been_is_found(text, excerpt):
    assert _excerpts(AUXILIARY, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Regular walking has been shown to lower blood pressure.",
        "Studies have shown that walking lowers blood pressure.",
        "Statins have proven to be safe for most people.",
        "Our nurses have found to their surprise that it works.",
    ],
)
def test_a_passive_with_been_or_an_active_reporting_verb_is_left_alone(text):
    assert _excerpts(AUXILIARY, text) == []


# 8. "a lot" + a noun that is nothing else: "of" was dropped.
@pytest.mark.parametrize(
    "text",
    [
        "Drinking a lot alcohol can make it worse.",
        "A lot people get this in winter.",
        "Shakes like these hold a lot protein.",
    ],
)
def test_a_noun_after_a_lot_is_found(text):
    assert _excerpts("copy.missing-word", text) == ["lot"]


@pytest.mark.parametrize(
    "text",
    [
        "Walking a lot helps.",
        "It is a lot better now.",
        "It takes a lot more time than you think.",
        "Drinking a lot of alcohol can make it worse.",
    ],
)
def test_a_verb_an_adjective_or_of_after_a_lot_is_left_alone(text):
    assert _excerpts("copy.missing-word", text) == []


# 11. "rather that" for "rather than".
@pytest.mark.parametrize(
    "text",
    [
        "Smooth the cream on rather that rubbing it in.",
        "Walk to the shops rather that drive.",
        "Choose water rather that fizzy drinks.",
    ],
)
def test_rather_that_is_found(text):
    assert flagged("copy.confused-words", text) == [("that", ["than"])]


@pytest.mark.parametrize(
    "text",
    [
        "I would rather that you rang first.",
        "We'd much rather that you called.",
        "The gene, or rather that part of it, matters most.",
        "Choose water rather than fizzy drinks.",
    ],
)
def test_a_wish_a_correction_or_rather_than_is_left_alone(text):
    assert _excerpts("copy.confused-words", text) == []


# 14. "its worth" before an -ing verb is "it's worth".
@pytest.mark.parametrize(
    "text",
    [
        "It can take weeks, so its worth keeping a record.",
        "If you smoke, its worth stopping before surgery.",
        "Its worth asking your pharmacist first.",
    ],
)
def test_its_worth_before_an_ing_verb_is_found(text):
    assert _excerpts("copy.confused-words", text) in (["its"], ["Its"])


@pytest.mark.parametrize(
    "text",
    [
        "Its worth is hard to judge.",
        "The drug proved its worth in trials.",
        "It's worth asking your pharmacist first.",
    ],
)
def test_a_possessive_its_worth_or_its_worth_is_left_alone(text):
    assert _excerpts("copy.confused-words", text) == []
