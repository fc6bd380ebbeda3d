"""copyprec28 (issue 10): correct professional English the copy rules misread (fresh_prof6 and probe sentences in
its style), each class with correct twins and the slips of the same shape the rule still finds."""

import pytest
from copy_helpers import flagged

from validators.sentences import split_sentences

AGREEMENT = "copy.verb-agreement"
VERB_FORM = "copy.verb-form"
QUESTION_ORDER = "copy.question-order"
MISSING_WORD = "copy.missing-function-word"


@pytest.mark.parametrize(
    "text",
    [
        "The home therapies team trains you at the unit and then visits you at home.",
        "The outpatients service runs a clinic every week and also visits the wards.",
        "The admissions team checks your forms and then sends them to the ward.",
    ],
)
def test_a_base_noun_before_an_s_verb_heads_a_compound_after_a_plural_modifier(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The nurses visit you at home and checks your feet.", "checks"),
        ("The pharmacists check your prescription and calls your GP.", "calls"),
        ("Our physiotherapists assess you and writes a plan.", "writes"),
    ],
)
def test_a_plural_subject_with_its_base_verb_still_judges_the_second_verb(text, excerpt):
    assert excerpt in [found for found, _ in flagged(AGREEMENT, text)]


@pytest.mark.parametrize(
    "text",
    [
        "A spare cupboard for supplies and a socket near the machine are usually enough.",
        "A list of your medicines and a letter from your GP are needed.",
        "The risk of infection and the pain after surgery are both low.",
        "Your record of symptoms and your diary are useful.",
    ],
)
def test_an_item_opening_like_the_subject_may_join_it_rather_than_the_prepositional_object(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The cost of the scan and the tests are covered.",
        "The risk of infection and bleeding are low.",
        "A course of tablets and injections are needed.",
        "A bottle of pills and creams are on the shelf.",
    ],
)
def test_an_item_opening_like_the_prepositional_object_is_still_judged(text):
    assert ("are", ["is"]) in flagged(AGREEMENT, text)


@pytest.mark.parametrize(
    "text",
    [
        "Every increase of a few decibels shortens the safe time considerably.",
        "Each rise of a few degrees raises the risk.",
        "The cost of a great many tests adds up.",
    ],
)
def test_a_plural_after_a_few_inside_an_of_phrase_is_no_subject(text):
    assert flagged(VERB_FORM, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("A few patients notices a rash.", "notices"),
        ("A great many people finds the wait hard.", "finds"),
        ("Quite a few patients finds it helpful.", "finds"),
    ],
)
def test_a_few_opening_the_subject_is_still_plural(text, excerpt):
    assert excerpt in [found for found, _ in flagged(VERB_FORM, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Only if you develop symptoms, or if your role involves procedures that are prone to exposure, do we ask "
        "you to discuss your duties with us.",
        "Only after the scan has been reviewed, can we say whether surgery is needed.",
        "Not until the swelling goes down, will we know how large the cyst is.",
        "Rarely, if ever, do we need to stop treatment.",
    ],
)
def test_a_restrictive_opener_inverts_the_main_clause(text):
    assert flagged(QUESTION_ORDER, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "For most people, is it important to stay active.",
        "When the rash spreads, does it need a cream.",
        "Only a few people notice it, and do they need treatment.",
    ],
)
def test_question_order_after_an_ordinary_opener_is_still_found(text):
    assert len(flagged(QUESTION_ORDER, text)) == 1


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("In almost every case the answer is no. Only if you do, we ask.", 2),
        ("Just say no. Then walk away.", 2),
        ("See room no. 5 for details. Then go.", 2),
        ("The answer is no. 5 people said yes.", 1),
        ("Ref No. A1234 is due. Then go.", 2),
    ],
)
def test_the_word_no_ends_a_sentence_but_no_before_a_number_does_not(text, sentences):
    assert len(split_sentences(text, 0, len(text))) == sentences


@pytest.mark.parametrize(
    "text",
    [
        "Changes to the way work is scheduled help.",
        "It depends on the way work is organised.",
        "Small changes to the way work can be planned help.",
    ],
)
def test_a_noun_before_is_or_a_modal_is_the_subject_of_a_contact_clause(text):
    assert flagged(MISSING_WORD, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("If you want use the app, register first.", "want use"),
        ("You need take the tablets with food.", "need take"),
        ("It important that you rest.", "It important"),
    ],
)
def test_a_missing_to_or_is_is_still_found(text, excerpt):
    assert excerpt in [found for found, _ in flagged(MISSING_WORD, text)]
