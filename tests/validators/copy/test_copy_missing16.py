"""Missing words of issue 10 (branch copymissing16): a subject pronoun opening a clause followed by an
adjective that real English joins to "be" but never to the pronoun ("if you pregnant", "It essential").
Unrelated examples and correct twins."""

import pytest
from copy_helpers import flagged

AUX = "copy.missing-auxiliary"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("If you pregnant, ask your midwife before taking it.", "you pregnant", "you are pregnant"),
        ("It essential to keep the dressing dry for two days.", "It essential", "It is essential"),
        ("Tell the pharmacist if you allergic to penicillin.", "you allergic", "you are allergic"),
        ("If they eligible, the practice will write to them.", "they eligible", "they are eligible"),
        ("When they hungry, offer a small snack.", "they hungry", "they are hungry"),
    ],
)
def test_pronoun_and_adjective_that_only_follows_be_is_flagged(text, excerpt, suggestion):
    assert flagged(AUX, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "If you two want to come together, book a double appointment.",  # "you two" is real English
        "If you alone look after the children, ask about respite care.",
        "Pain relief makes it possible to keep moving.",  # an object's complement, not a clause
        "If you are pregnant, ask your midwife first.",
        "It is essential to keep the dressing dry.",
        "We found them helpful, and they were keen to come back.",
        "Tell us if your child is allergic to eggs.",
    ],
)
def test_adjective_after_be_or_in_object_position_passes(text):
    assert flagged(AUX, text) == []


USED = "copy.used-to"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("You will soon get use to the brace.", "use to", "used to"),
        ("Most people got use to the mask within a week.", "use to", "used to"),
        ("I am not use to wearing glasses.", "use to", "used to"),
        ("This cream is commonly use to treat eczema.", "use to", "used to"),
    ],
)
def test_use_to_after_be_or_get_is_flagged(text, excerpt, suggestion):
    assert flagged(USED, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "You will soon get used to the brace.",
        "Choose the app you use to book appointments.",
        "The old leaflet is of no use to new patients.",
        "It is no use to worry about it now.",
        "Ask how you can use to best effect the time you have.",
    ],
)
def test_used_to_and_use_as_a_verb_or_noun_pass(text):
    assert flagged(USED, text) == []
