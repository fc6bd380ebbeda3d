"""Correct professional English the copy rules misread, found on new professional articles written for the purpose
(evaluation/fresh_prof15, pcopyfp39), and twins of each shape that are slips and must still be found.

Each class: at least three correct sentences that must not be flagged and three slips of the same rule that are.
"""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"
NOUN_NUMBER = "copy.noun-number"


def _excerpts(rule_id: str, text: str) -> list[str]:
    return [excerpt for excerpt, _ in flagged(rule_id, text)]


# --- verb-agreement: "before"/"after"/"until"/"since" open a clause with its own verb ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Painkillers, taken regularly from the day before a period is expected, help many people.",
        "Creams, applied twice a day until the rash has gone, ease the itch.",
        "Dressings, changed daily after the wound is cleaned, lower the risk of infection.",
        "Tablets, taken with water before a meal is eaten, work faster.",
    ],
)
def test_a_clause_after_a_clause_preposition_has_its_own_verb(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Symptoms after the first dose is usually mild.", "is"),
        ("Side effects after the second injection is common.", "is"),
        ("The tablets, taken after a meal, works well.", "works"),
        ("The results of the trial shows a benefit.", "shows"),
    ],
)
def test_a_prepositional_phrase_before_the_verb_is_still_read(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# --- verb-agreement: a spelled-out proportion takes either number ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "One in six children who are treated in hospital for an asthma attack need hospital care again.",
        "One in five adults have high blood pressure.",
        "One out of three patients stop the drug within a year.",
        "One in every ten people are affected by it.",
    ],
)
def test_one_in_n_is_a_proportion_of_either_number(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("One of the patients have a rash.", "have"),
        ("One of these tablets are enough for a day.", "are"),
        ("One tablet in the morning are enough.", "are"),
    ],
)
def test_one_of_and_one_as_a_count_are_still_singular(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# --- verb-agreement: a bare compound object after a relative clause's verb ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A child who is treated in hospital for an asthma attack needs hospital care again.",
        "A patient who is admitted for a stroke needs hospital care again.",
        "A child who gets a cold often needs home care for a few days.",
        "A woman who has a hip replacement needs physio care at home.",
    ],
)
def test_a_compound_object_is_not_the_relative_clause_end(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("A patient who takes insulin need a blood test.", "need"),
        ("A child who has asthma need an inhaler.", "need"),
        ("Patients who has diabetes need a foot check.", "has"),
    ],
)
def test_the_verb_after_a_relative_clause_is_still_read(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# --- noun-number: a pronoun after a quantity is never counted -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Most people see an educator twice, and the majority of them find these visits useful.",
        "A lot of us have a cough in winter.",
        "Lots of those who were asked want a second visit.",
        "A number of you asked about the new clinic.",
    ],
)
def test_a_pronoun_after_a_quantity_takes_no_plural(text):
    assert _excerpts(NOUN_NUMBER, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The majority of patient find the visits useful.", "patient"),
        ("A lot of woman notice a change within a week.", "woman"),
        ("Many patient notice an improvement.", "patient"),
    ],
)
def test_a_singular_noun_after_a_quantity_is_still_found(text, excerpt):
    assert excerpt in _excerpts(NOUN_NUMBER, text)


# --- verb-agreement: a modal that is also a noun ends a gerund's object ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Knowing this can help you decide when to seek advice.",
        "Doing that will make the dressing last longer.",
        "Taking this can cause stomach upset in some people.",
    ],
)
def test_a_modal_after_a_gerund_object_is_the_clauses_modal(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Using a spacer make it easier to breathe in the medicine.", "make"),
        ("Taking the tablets with food help you avoid nausea.", "help"),
        ("Wiping the comb on a tissue after each stroke make the lice easy to see.", "make"),
    ],
)
def test_a_plural_verb_after_a_gerund_subject_is_still_found(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# --- verb-form: two nouns joined after a preposition are its object ----------------------------------------------

VERB_FORM = "copy.verb-form"


@pytest.mark.parametrize(
    "text",
    [
        "Over the past two years the number of antibiotics we prescribe for coughs and colds has fallen.",
        "A team that cares for children and teenagers has opened in the town.",
        "The advice we give on sprains and strains has changed.",
    ],
)
def test_nouns_joined_after_a_preposition_are_no_subject(text):
    assert _excerpts(VERB_FORM, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The results speaks for themselves.", "speaks"),
        ("Our patients says the clinic is friendly.", "says"),
        ("The nurses runs a clinic every week.", "runs"),
        ("Our pharmacists checks every prescription.", "checks"),
        ("Results last up to 6 months and our clients says they look younger.", "says"),
    ],
)
def test_a_plural_subject_with_an_s_verb_is_still_found(text, excerpt):
    assert excerpt in _excerpts(VERB_FORM, text)
