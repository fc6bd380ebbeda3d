"""Copy false alarms on correct, professionally edited health pages (precprof43: the prof43 set of leaflets, discharge
advice, screening letters, research news, fact sheets, pharmacist Q&A and explainers), each class with correct
sentences that must be left alone and slips of the same shape that must still be found:

- copy.verb-agreement: a determiner of an uncounted amount over two nouns joined by "and" ("Some pain and bruising
  ... is normal");
- copy.missing-function-word: a relative clause that ends on an adjective, then the main verb ("those that are
  resistant survive");
- copy.word-in-context: a possessive opening a subject whose head takes an of-phrase before its own verb ("even if
  their signs of illness seem");
- copy.verb-form: a free relative clause "what" + an -s verb as the subject ("what helps depends on");
- copy.verb-agreement: two bare -ing verbs sharing one object ("Booking and cancelling appointments is") and set
  pairs of nouns (copy_grammar.yaml `binomial_nouns`: "The wear and tear of daily life takes");
- copy.verb-agreement: an indefinite pronoun as the second item of a subject ("Adults over 65 and anyone with a
  long-term condition are offered")."""

import pytest
from copy_helpers import flagged


def _excerpts(rule: str, text: str) -> list[str]:
    return [excerpt for excerpt, _ in flagged(rule, text)]


AGREEMENT = "copy.verb-agreement"
MISSING = "copy.missing-function-word"
IN_CONTEXT = "copy.word-in-context"
VERB_FORM = "copy.verb-form"


@pytest.mark.parametrize(
    "text",
    [
        "Some pain and bruising in the groin is normal for the first few days.",
        "Some pain and swelling around the wound is normal for a few days.",
        "A little stiffness and soreness is expected after the injection.",
        "Some redness and itching at the injection site is common.",
        "Some bleeding and spotting in the first few months is normal.",
    ],
)
def test_an_uncounted_amount_of_two_nouns_takes_either_number(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Some tablets and cream is kept in the fridge.",
        "Some pain and the bruising is normal.",
        "The pain and the bruising is normal.",
        "Your pain and bruising in the groin is normal.",
    ],
)
def test_a_plural_or_determined_item_still_makes_the_subject_plural(text):
    assert _excerpts(AGREEMENT, text) == ["is"]


@pytest.mark.parametrize(
    "text",
    [
        "When an antibiotic is used, those that are resistant survive and multiply.",
        "Bacteria which are resistant survive longer on dry surfaces.",
        "People who are eligible receive a letter from their practice.",
        "Children who are eligible get the vaccine free of charge.",
    ],
)
def test_a_relative_clause_ending_on_an_adjective_then_the_main_verb(text):
    assert _excerpts(MISSING, text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("People who are unable attend the clinic by taxi.", "unable attend"),
        ("It important that you rest after the operation.", "It important"),
        ("If you want use the app, ask the pharmacist.", "want use"),
    ],
)
def test_an_adjective_that_needs_its_infinitive_is_still_read(text, excerpt):
    assert excerpt in _excerpts(MISSING, text)


@pytest.mark.parametrize(
    "text",
    [
        "Do not pass it on to others, even if their signs of illness seem to be the same as yours.",
        "Your risk of infection is low after the first week.",
        "In winter their levels of vitamin D fall.",
        "Ask whether their rates of infection have changed.",
    ],
)
def test_a_possessive_subject_with_an_of_phrase_and_its_own_verb(text):
    assert _excerpts(IN_CONTEXT, text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("I think their going to the clinic today.", "their"),
        ("Check that your ready before you start.", "your"),
        ("Their are three types of diabetes.", "Their"),
    ],
)
def test_a_possessive_with_no_subject_after_it_is_still_judged(text, excerpt):
    assert _excerpts(IN_CONTEXT, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "There isn't one answer, because what helps depends on which symptoms bother you.",
        "What works for one person varies from person to person.",
        "Remember that what matters happens slowly.",
    ],
)
def test_a_what_clause_is_the_subject_of_the_next_verb(text):
    assert _excerpts(VERB_FORM, text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("The tests shows the problem.", "shows"),
        ("These results shows a clear trend.", "shows"),
        ("Most patients finds the leaflet useful.", "finds"),
    ],
)
def test_a_plural_subject_and_an_s_verb_are_still_found(text, excerpt):
    found = _excerpts(VERB_FORM, text) + _excerpts(AGREEMENT, text)
    assert excerpt in found


@pytest.mark.parametrize(
    "text",
    [
        "Booking and cancelling appointments is easy online.",
        "Cleaning and dressing wounds takes practice.",
        "Measuring and recording doses is part of the job.",
        "The wear and tear of daily life takes its toll on joints.",
        "Research and development takes place in our laboratory in Leeds.",
        "Health and safety is everyone's job.",
    ],
)
def test_gerunds_sharing_an_object_and_set_pairs_name_one_thing(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Booking and the appointments is easy.",
        "Appointments and bookings is easy online.",
        "The bookings and cancellations is handled by reception.",
        "The wear and the damage is worse.",
    ],
)
def test_two_nouns_that_are_no_set_pair_are_still_plural(text):
    assert _excerpts(AGREEMENT, text) == ["is"]


@pytest.mark.parametrize(
    "text",
    [
        "Adults over 65 and anyone with a long-term condition are offered the jab.",
        "Pregnant women and anyone who has had a reaction need to speak to the nurse.",
        "Children under 5 or anyone with a weak immune system are at higher risk.",
    ],
)
def test_an_indefinite_pronoun_as_the_second_item_of_a_subject(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Everyone in the house need to wash their hands.", "need"),
        ("The clinic is open and anyone with symptoms are welcome.", "are"),
        ("If you call and anyone in the team are free, they will answer.", "are"),
        ("We called and anyone in the office were happy to help.", "were"),
    ],
)
def test_an_indefinite_pronoun_opening_its_own_clause_is_still_singular(text, excerpt):
    assert _excerpts(AGREEMENT, text) == [excerpt]
