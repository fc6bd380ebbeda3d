"""Subjects the copy.verb-agreement reader used to miss, each class with >= 3 slips found and
>= 3 correct twins left alone."""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"


def _excerpts(text: str) -> list[str]:
    return [found for found, _ in flagged(AGREEMENT, text)]


# 1. An -ing compound noun opening the sentence ("Teething gels", "Hearing aids") is a plural subject.
@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Hearing aids needs regular cleaning.", "needs"),
        ("Teething gels for babies contains a mild local anaesthetic.", "contains"),
        ("Sleeping tablets makes you drowsy the next day.", "makes"),
        ("Breathing exercises helps many people with asthma.", "helps"),
        ("Waiting times is longer in winter.", "is"),
        ("Whitening strips contains peroxide.", "contains"),
    ],
)
def test_a_singular_verb_after_an_ing_compound_is_found(text, excerpt):
    assert excerpt in _excerpts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hearing aids need regular cleaning.",
        "Teething gels for babies contain a mild local anaesthetic.",
        "Sleeping tablets make you drowsy the next day.",
        "Waiting times are longer in winter.",
        "Hearing voices is a common symptom.",
        "Cooling children with a fan is not advised.",
        "Taking tablets with food helps.",
        "Washing hands often helps.",
        "Eating vegetables every day helps.",
    ],
)
def test_an_ing_compound_or_a_gerund_with_its_object_that_agrees_is_left_alone(text):
    assert _excerpts(text) == []


# 2. A noun/verb word after a prepositional phrase's noun, before "from"/"through"/"into"/"across", is the verb
#    ("for each country change from"), not the last noun of a compound.
@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The advice for each country change from time to time.", "change"),
        ("The dose for each child change from week to week.", "change"),
        ("The pain in the lower back move into the leg.", "move"),
    ],
)
def test_a_verb_before_a_preposition_of_motion_after_a_phrase_is_found(text, excerpt):
    assert excerpt in _excerpts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The advice for each country changes from time to time.",
        "The risk of a price change from one year to the next is small.",
        "A list of the main changes from last year is below.",
        "The effect of a sudden move into care is hard to predict.",
        "Blood flow to the brain drops.",
    ],
)
def test_a_compound_before_a_preposition_or_an_agreeing_verb_is_left_alone(text):
    assert _excerpts(text) == []


# 3. The same word after a relative clause's verb and its bare object ("that cause fever spreads through") ends
#    the clause: it is the main verb, and agrees with the head before the clause ("Most of the infections").
@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Most of the infections that cause fever spreads through coughs, sneezes and hands.", "spreads"),
        ("The viruses that cause colds spreads through the air.", "spreads"),
        ("The germs that cause food poisoning spreads from raw meat.", "spreads"),
        ("The rash that covers the chest change from red to brown.", "change"),
    ],
)
def test_a_main_verb_after_a_relative_clause_and_its_object_is_found(text, excerpt):
    assert excerpt in _excerpts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Most of the infections that cause fever spread through coughs, sneezes and hands.",
        "Patients who use nicotine patches through the day sleep less.",
        "People who take water tablets from the chemist need checks.",
        "The tablets that treat heartburn move through the gut quickly.",
        "Children who catch colds from their siblings recover quickly.",
        "Most of the staff who work here are nurses.",
        "Each of the tablets is small.",
    ],
)
def test_a_relative_clause_with_its_object_and_an_agreeing_verb_is_left_alone(text):
    assert _excerpts(text) == []


# 4. A short aside set off by commas between the subject and its verb (", however,", ", in most cases,", ", if used
#    daily,", ", available from any pharmacy,") no longer hides the verb.
@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The tablets, however, is easy to swallow.", "is"),
        ("The side effects, in most cases, is mild.", "is"),
        ("Vaccines, especially in older adults, protects against severe illness.", "protects"),
        ("The creams, if used daily, helps the skin heal.", "helps"),
        ("These drops, available from any pharmacy, eases dry eyes.", "eases"),
        ("The tablets, though small, is hard to swallow.", "is"),
    ],
)
def test_a_verb_after_a_short_aside_between_commas_is_found(text, excerpt):
    assert excerpt in _excerpts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The tablets, however, are easy to swallow.",
        "Vaccines, especially in older adults, protect against severe illness.",
        "These drops, available from any pharmacy, ease dry eyes.",
        "The dose, for most adults, is one tablet.",
        "Each tablet, when taken with food, works well.",
        "For the cream, in most cases, apply it twice a day.",
        "Your child, if old enough, take the tablet with water.",
        "If the rash, in most cases, spreads, see a doctor.",
        "Before the test, for at least eight hours, avoid food.",
    ],
)
def test_an_agreeing_verb_or_an_imperative_after_an_aside_is_left_alone(text):
    assert _excerpts(text) == []
