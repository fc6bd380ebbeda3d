"""Correct English that copy.missing-copula and copy.verb-agreement misread: a notice fragment ("Lunchtime
appointments available."), an -ing clause after a plural of people whose -ing word is also a noun ("Patients
reporting chest pain need"), and two coordinated determined noun phrases whose first is a plural ("when the eyes
and the inner ear send"). Each class with >= 3 correct sentences and >= 3 slips of the same shape still found."""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"
MISSING_COPULA = "copy.missing-copula"


def _excerpts(rule: str, text: str) -> list[str]:
    return [found for found, _ in flagged(rule, text)]


# 1. A sentence that is only a bare noun phrase and its adjective is a notice, not a clause that lost "are".
@pytest.mark.parametrize(
    "text",
    [
        "Lunchtime appointments available.",
        "Same-day results available.",
        "Weekend appointments available.",
        "Evening and weekend clinics available.",
    ],
)
def test_a_bare_noun_phrase_and_its_adjective_is_a_notice(text):
    assert _excerpts(MISSING_COPULA, text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("The side effects mild.", "mild"),
        ("The side effects mild and short-lived.", "mild"),
        ("Most people able to go home the same day.", "able"),
        ("Most people able.", "able"),
        ("The results available within two days, so call us then.", "available"),
    ],
)
def test_a_determined_subject_or_a_clause_going_on_still_lost_its_copula(text, excerpt):
    assert excerpt in _excerpts(MISSING_COPULA, text)


# 2. After a plural of people, an -ing word that is also a noun opens a reduced relative clause.
@pytest.mark.parametrize(
    "text",
    [
        "Patients reporting chest pain need an ECG within ten minutes.",
        "Patients attending clinic today need to bring their letter.",
        "Women reporting heavy bleeding need a blood test.",
        "Parents reporting fever in a young baby need same-day advice.",
    ],
)
def test_an_ing_clause_after_a_plural_of_people_leaves_the_plural_head(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Patients reporting chest pain needs an ECG.", "needs"),
        ("Parents attending clinic needs to bring a letter.", "needs"),
        ("The patient reporting chest pain need an ECG.", "need"),
        ("Patients reports pain.", "reports"),
    ],
)
def test_a_verb_disagreeing_with_the_people_or_the_person_is_still_found(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# 3. An -s word right after a determiner, before "and" and a second noun phrase, is a plural noun.
@pytest.mark.parametrize(
    "text",
    [
        "Travel sickness happens when the eyes and the inner ear send the brain different messages.",
        "If the eyes and the skin look yellow, see a doctor.",
        "When the ears and the nose feel blocked, try steam.",
    ],
)
def test_a_determined_plural_and_a_second_noun_phrase_are_one_subject(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("You rest and the cream help the skin.", "help"),
        ("When the eye and the inner ear sends mixed messages, you feel sick.", "sends"),
        ("If the cough and the fever gets worse, call us.", "gets"),
        ("When the baby and the mother is well, you can go home.", "is"),
    ],
)
def test_a_verb_after_a_clause_or_a_coordinated_subject_is_still_found(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)
