"""A verb whose object takes "to" + an infinitive, with the "to" dropped
after the object (copy.missing-to), and "it worth" + an -ing verb (copy.missing-auxiliary). Unrelated
examples and correct twins of each shape."""

import pytest
from copy_helpers import flagged

MISSING_TO = "copy.missing-to"
AUXILIARY = "copy.missing-auxiliary"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Ask your nurse check how you use the inhaler.", "nurse check"),
        ("Ask your pharmacist recommend a cream.", "pharmacist recommend"),
        ("Encourage them drink plenty of water.", "them drink"),
        ("Remind patients bring their inhalers to the clinic.", "patients bring"),
        ("Persuade your partner come with you to the appointment.", "partner come"),
        ("The physiotherapist will teach you how to stretch and encourage the muscles relax.", "muscles relax"),
    ],
)
def test_an_object_then_a_bare_verb_after_a_verb_that_needs_to(text, excerpt):
    found = [found for found, _ in flagged(MISSING_TO, text)]
    assert found == ([excerpt] if excerpt else [])


@pytest.mark.parametrize(
    "text",
    [
        "Ask your nurse to check how you use the inhaler.",
        "Allow the cream time to soak in.",
        "Ask your GP practice nurse about a review.",
        "Tell your doctor you take warfarin.",
        "Encourage your child's interest in sport.",
        "Ask the pharmacist questions about your medicine.",
        "Ask your doctor what tests you need.",
        "We teach children water safety every summer.",
        "Ask your family doctor for a referral.",
        "Allow plenty of time for the journey.",
        "Ask the nurse when your next dose is due.",
        "Ask your local pharmacy team what they stock.",
        "Allow your skin a break from make-up.",
        "Invite patients with diabetes to the clinic.",
        "We expect most patients recover within a week.",
        "Let the cream soak in before you dress.",
    ],
)
def test_an_object_with_its_to_a_noun_or_a_bare_infinitive_verb_passes(text):
    assert flagged(MISSING_TO, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Ice eases the pain, and it worth resting the joint for a day.", "it worth"),
        ("It worth asking your pharmacist first.", "It worth"),
        ("If it worth doing, book a longer appointment.", "it worth"),
    ],
)
def test_it_worth_before_an_ing_verb_lost_its_be(text, excerpt):
    assert [found for found, _ in flagged(AUXILIARY, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "It is worth resting the joint for a day.",
        "Ice eases the pain, and it is worth resting the joint.",
        "We British doctors work long hours.",
        "They were busy training new staff.",
    ],
)
def test_it_is_worth_and_an_apposition_pass(text):
    assert flagged(AUXILIARY, text) == []
