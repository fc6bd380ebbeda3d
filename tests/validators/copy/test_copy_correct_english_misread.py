"""Correct English that copy.noun-number, copy.verb-agreement and copy.missing-copula misread
(fresh_copy25), each class with >= 3 correct sentences and >= 3 slips of the same shape that are still found."""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"
NOUN_NUMBER = "copy.noun-number"
MISSING_COPULA = "copy.missing-copula"


def _excerpts(rule: str, text: str) -> list[str]:
    return [found for found, _ in flagged(rule, text)]


# 1. An irregular past participle standing for people ("those given", "many shot") is no count noun.
@pytest.mark.parametrize(
    "text",
    [
        "Patients who receive an explanation are as satisfied as those given a prescription.",
        "Many shot in the attack needed surgery.",
        "Those felt to be frail were seen at home.",
        "Those bent on quitting did best.",
    ],
)
def test_an_irregular_participle_after_those_or_many_is_no_count_noun(text):
    assert _excerpts(NOUN_NUMBER, text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Many patient were seen on the day.", "patient"),
        ("Those patient who were seen early did better.", "patient"),
        ("Among those visitor were two children.", "visitor"),
        ("We saw many child in the clinic.", "child"),
    ],
)
def test_a_singular_noun_after_those_or_many_is_still_found(text, excerpt):
    assert _excerpts(NOUN_NUMBER, text) == [excerpt]


# 2. An ordinal before a word that can be a noun is its modifier, not a subject with its verb.
@pytest.mark.parametrize(
    "text",
    [
        "Most are nervous, at least until their second visit.",
        "It was fine until the fourth visit.",
        "Most people relax after the twentieth session.",
        "It all changed at your third check.",
    ],
)
def test_an_ordinal_and_its_noun_are_no_subject_and_verb(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("When the second dose arrive.", "arrive"),
        ("When the cream work.", "work"),
        ("If the doctor agree.", "agree"),
        ("When the nurse arrive.", "arrive"),
    ],
)
def test_a_verb_after_an_ordinal_phrase_or_a_noun_is_still_found(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# 3. A capitalised word inside a sentence opens a name, not a predicate adjective.
@pytest.mark.parametrize(
    "text",
    [
        "The quick Sequential Organ Failure Assessment (qSOFA) score, which combines three signs, is simple.",
        "The free Healthy Start (HS) scheme, which covers milk, is open to you.",
        "The average Healthy Start (HS) payment, which arrives every four weeks, is £4.25.",
    ],
)
def test_a_capitalised_word_after_the_subject_opens_a_name(text):
    assert _excerpts(MISSING_COPULA, text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Most people able to go home the same day.", "able"),
        ("The results available within two days (usually sooner).", "available"),
        ("The new results available within two days.", "available"),
    ],
)
def test_a_lower_case_adjective_without_its_verb_is_still_found(text, excerpt):
    assert _excerpts(MISSING_COPULA, text) == [excerpt]


# 4. "behind", "beneath", "beside", "underneath", "amid" are prepositions: a plural after them is no subject.
@pytest.mark.parametrize(
    "text",
    [
        "In as little as 20 minutes, the pressure behind your eyes begins to ease.",
        "The pain behind your knees usually settles within a week.",
        "The area beside your eyes feels tight.",
        "The skin beneath your nails looks pale when you are anaemic.",
    ],
)
def test_a_plural_after_behind_or_beside_is_no_subject(text):
    assert _excerpts("copy.verb-form", text) == [] and _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("The pressure behind your eyes begin to ease.", "begin"),
        ("The veins behind the knees swells in hot weather.", "swells"),
        ("Your eyes begins to water.", "begins"),
    ],
)
def test_the_verb_of_the_head_before_behind_is_still_judged(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# 5. On an en-GB page an organisation may stand for its people: "The trust have apologised".
def _british(text: str) -> list[str]:
    from validators.config import Config

    return [found for found, _ in flagged(AGREEMENT, text, config=Config(dialect="en-GB"))]


@pytest.mark.parametrize(
    "text",
    [
        "The trust have apologised to the family.",
        "The practice are closed on bank holidays.",
        "The surgery are unable to offer appointments this week.",
        "The charity have raised £2 million for the new ward.",
    ],
)
def test_a_british_organisation_takes_a_plural_verb(text):
    assert _british(text) == []
    assert _excerpts(AGREEMENT, text) != []  # an en-US page keeps the verdict


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Our travel clinic offer vaccines.", "offer"),
        ("Each of our practice nurses are trained to give it.", "are"),
        ("Each practice have their own list.", "have"),
    ],
)
def test_a_lexical_verb_or_a_quantified_organisation_is_still_judged_in_british(text, excerpt):
    assert _british(text) == [excerpt]
