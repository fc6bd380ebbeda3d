"""copy.own-without-possessive: "own" right after a preposition has lost its possessive."""

import pytest
from copy_helpers import flagged

RULE = "copy.own-without-possessive"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Most cases get better on own within a few days.", "on own"),
        ("Children learn to swim at own pace.", "at own"),
        ("They paid for the scan from own pocket.", "from own"),
        ("Patients with own transport can park for free.", "with own"),
    ],
)
def test_own_after_a_preposition_is_flagged(text, excerpt):
    found = flagged(RULE, text)
    assert [excerpt_ for excerpt_, _ in found] == [excerpt]
    assert found[0][1][0] == f"{excerpt.split()[0]} their own"


@pytest.mark.parametrize(
    "text",
    [
        "Most cases get better on their own within a few days.",  # the fixed sentences
        "Children learn to swim at their own pace.",
        "Patients with their own transport can park for free.",
        "Many people want to own a home.",  # the verb after "to"
        "Families who own a dog walk more.",  # the verb after its subject
        "The clinic's own pharmacy opens at nine.",  # a possessive
        "The striker scored an own goal.",  # a compound after an article
    ],
)
def test_own_with_its_possessive_or_as_a_verb_passes(text):
    assert flagged(RULE, text) == []
