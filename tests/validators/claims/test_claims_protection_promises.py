"""A protection promised as the consequence of a treatment or behaviour ("X means you will never get Y") is an
absolute promise, also when the sentence reads as advice ("Getting ... will"); a disease's course said the same way
("after chickenpox you will never get it again") is not (issue 9: absolute promises on professional pages).
Examples unrelated to each other and to the evaluation texts."""

import pytest
from claim_helpers import claim_findings


def _rules(sentence: str) -> list[str]:
    return [f.rule for f in claim_findings(f"<h1>Prevention</h1><p>{sentence}</p>") if f.sentence == sentence]


@pytest.mark.parametrize("sentence", [
    "Having the jab every autumn means you will never get shingles.",
    "Taking zinc every day ensures you'll never catch a cold.",
    "A yearly check-up makes sure your child will never develop asthma.",
])
def test_a_protection_promised_as_a_consequence_is_an_absolute_promise(sentence):
    assert "claim.absolute-promise" in _rules(sentence)


@pytest.mark.parametrize("sentence", [
    "Once you have had chickenpox, you will never get it again.",
    "Most people who have had measles will never get it a second time.",
    "The vaccine means you will need fewer check-ups.",
])
def test_a_disease_course_or_a_plain_consequence_is_no_promise(sentence):
    assert "claim.absolute-promise" not in _rules(sentence)


@pytest.mark.parametrize("sentence", [
    "The treatment is completely painless for most children.",
    "The operation removes the cataract completely in most cases.",
    "Laser treatment gets rid of the birthmark for good in many patients.",
])
def test_an_absolute_word_hedged_later_in_its_clause_is_a_typical_outcome(sentence):
    """"for most children", "in most cases" after the absolute word make it a typical outcome, as before it."""
    assert "claim.absolute-promise" not in _rules(sentence)


@pytest.mark.parametrize("sentence", [
    "The treatment is completely painless.",
    "Our laser removes tattoos completely, and most patients need only 3 sessions.",
    "This cream cures eczema for good, as many of our clients have found.",
])
def test_a_hedge_in_another_clause_leaves_the_promise(sentence):
    assert "claim.absolute-promise" in _rules(sentence)
