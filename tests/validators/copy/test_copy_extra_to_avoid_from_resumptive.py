"""Extra words of independent writing: "to" after a negated modal, "from" after "avoid", a subject opened by a
quantifier and named again as "they"."""

import pytest
from copy_helpers import flagged


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("You should not to put thick creams on the rash.", "to"),
        ("Children must never to share an inhaler.", "to"),
        ("We will always to call you back within a day.", "to"),
        ("You can also to book online.", "to"),
    ],
)
def test_to_after_a_modal_and_not_or_a_mid_adverb_is_flagged(text, excerpt):
    assert flagged("copy.extra-to", text) == [(excerpt, [""])]


@pytest.mark.parametrize(
    "text",
    [
        "You should not put thick creams on the rash.",  # the fixed sentence
        "Children must never share an inhaler.",
        "It will not to any great extent change the dose.",  # "to" opens a phrase, no verb follows
        "You may not want to drive.",  # "to" belongs to "want"
        "The will not to give up helps recovery.",  # "will" is a noun after "the"
        "Should not to be used in children.",  # "be" is left to the other readings
    ],
)
def test_modal_and_not_without_a_stray_to_pass(text):
    assert flagged("copy.extra-to", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It is best to avoid from looking straight up for a day.",
        "Avoid from using hot water on sore skin.",
        "Patients should avoid from alcohol while taking metronidazole.",
        "She avoided from eating late at night.",
    ],
)
def test_avoid_from_before_an_object_is_flagged(text):
    assert flagged("copy.extra-preposition", text) == [("from", [""])]


@pytest.mark.parametrize(
    "text",
    [
        "It is best to avoid looking straight up for a day.",
        "Avoid using hot water on sore skin.",
        "Keep away from alcohol while taking metronidazole.",
        "Sunscreen helps you avoid burning, from the first day of the holiday.",  # a comma between
        "The avoid from list is printed on the back.",  # a noun after a determiner
    ],
)
def test_avoid_with_its_direct_object_passes(text):
    assert flagged("copy.extra-preposition", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Most episodes of hives they clear up within a day or two, and many never come back.",
        "Many patients they improve within a week.",
        "Some people they never notice any symptoms.",
        "Several kinds of rash they fade within hours.",
        "Our nurses they always reply within an hour.",
    ],
)
def test_a_quantified_or_plural_subject_named_again_as_they_is_flagged(text):
    assert [excerpt.strip() for excerpt, _ in flagged("copy.resumptive-pronoun", text)] == ["they"]


@pytest.mark.parametrize(
    "text",
    [
        "Most episodes of hives clear up within a day or two, and many never come back.",
        "Many patients improve within a week.",
        "Most people they see recover quickly.",  # a relative clause without its pronoun, then the verb
        "Some of the tablets they sell are fake.",
        "All the products they make use natural oils.",  # the verb "use" after the relative clause
        "Most of the time they feel fine.",  # a noun of time: an adverbial
        "Many children they treat, they also follow up.",  # a comma closes the fronted phrase
        "Most nights they wake up once or twice.",  # a quantified noun of time: an adverbial
        "Many of the drugs they have tried.",  # after a quantifier, a perfect closes a relative clause
        "Most of the patients they saw.",  # and so does a past form
        "All the people they live with.",  # a stranded preposition ends a relative clause
    ],
)
def test_relative_clauses_and_adverbials_pass(text):
    assert flagged("copy.resumptive-pronoun", text) == []


def test_a_list_item_of_a_noun_and_its_relative_clause_passes():
    html = "<ul><li>All the foods they eat</li><li>Our nurses they can help</li></ul>"
    assert [excerpt.strip() for excerpt, _ in flagged("copy.resumptive-pronoun", html, html=True)] == ["they"]
