"""copy.verb-agreement false alarms on professional health pages (agree42), each class with correct sentences that
must be left alone and slips of the same shape that must still be found."""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"


def _excerpts(text: str) -> list[str]:
    return [excerpt for excerpt, _ in flagged(AGREEMENT, text)]


# --- a clause preposition after a length of time is a preposition: "and" may open a new clause ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Get a booster if it has been 5 years since your last dose and the wound is deep.",
        "It has been two weeks since the operation and the swelling is worse.",
        "It is a few days after the procedure and the dressing is still dry.",
        "Phone the ward 10 days before the appointment and the nurse is able to check your results.",
        "We are three months after the move and the new clinic is busy.",
    ],
)
def test_a_preposition_after_a_length_of_time_opens_no_compound_subject(text):
    assert _excerpts(text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("It is three days after the scan and the results has not arrived.", "has"),
        ("Call us if the rash and the swelling is worse.", "is"),
        ("Wait until the rash and the swelling has gone.", "has"),
        ("Once the cough and the fever has gone, you can return to work.", "has"),
    ],
)
def test_a_compound_subject_of_a_clause_still_agrees(text, excerpt):
    assert excerpt in _excerpts(text)


# --- a hyphenated compound before a noun modifies it: the prepositional phrase stays visible ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "People with a high-risk wound who have not had a booster should see a doctor.",
        "Patients on a low-dose regimen who miss a dose should call the pharmacy.",
        "Children with an over-the-counter cream who use it daily need a review.",
        "Adults in a two-week trial who take the tablets report less pain.",
        "Carers of someone with a long-term illness who feel low can ask for support.",
    ],
)
def test_a_hyphenated_modifier_keeps_the_relative_on_the_earlier_plural(text):
    assert _excerpts(text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("A long-term smoker who have stopped still needs a scan.", "have"),
        ("A high-risk patient who need a booster should call.", "need"),
        ("An over-the-counter remedy that contain codeine needs care.", "contain"),
        ("A low-dose tablet that work slowly is safer.", "work"),
    ],
)
def test_a_relative_on_a_singular_head_after_a_hyphenated_modifier_still_agrees(text, excerpt):
    assert excerpt in _excerpts(text)


# --- after "anyone"/"everyone" and a preposition, a hyphenated compound before a noun is a modifier ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Anyone with a full-thickness burn who develops a fever needs to be seen within a day.",
        "Everyone on a low-salt diet should check food labels.",
        "Someone with a first-degree relative who has the condition may be offered a test.",
    ],
)
def test_a_hyphenated_compound_after_an_indefinite_pronoun_is_no_head(text):
    assert _excerpts(text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Anyone with a full-thickness burn need to be seen today.", "need"),
        ("Everyone on a low-salt diet need to check labels.", "need"),
        ("Someone with a long-term illness feel tired often.", "feel"),
    ],
)
def test_an_indefinite_pronoun_still_takes_a_singular_verb_after_the_compound(text, excerpt):
    assert excerpt in _excerpts(text)
