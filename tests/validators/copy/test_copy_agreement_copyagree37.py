"""copyagree37: subjects of a main clause after an opening clause or adverbial, a ", so" clause of result, and two
false-alarm classes found on correct English written for the purpose (data/correct_english/). Each class has >= 3
unrelated slips that must be found and >= 3 correct twins that must be left alone (my own sentences)."""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"


def _excerpts(text: str) -> list[str]:
    return [found for found, _ in flagged(AGREEMENT, text)]


# 1. The main clause's subject after the comma of an opening subordinate clause or adverbial --------------------


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("If you qualify, your injections ships straight to your door.", "ships"),
        ("Once you sign up, your boxes ships within two days.", "ships"),
        ("If you have diabetes, the checks on your feet happens every year.", "happens"),
        ("After a few weeks, the pain in the knee ease off.", "ease"),
        ("For adults over 65, the risk of falls rise every year.", "rise"),
        ("Clearly, the price of each kit reflect its quality.", "reflect"),
        ("For most people at high risk, the benefit of a statin outweigh the small risk.", "outweigh"),
    ],
)
def test_the_main_clause_subject_after_an_opening_clause_or_adverbial_is_read(text, excerpt):
    assert excerpt in _excerpts(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you qualify, your injections ship straight to your door.",
        "Once you sign up, your first box ships within two days.",
        "If you have diabetes, the checks on your feet happen every year.",
        "After a few weeks, the pain in the knee eases off.",
        "Usually, the price of each kit reflects its quality.",
        "For most people at high risk, the benefit of a statin outweighs the small risk.",
        "If needed, the nurse changes the dressing.",
        "Before each dose, the patients check their blood sugar.",
        "In the morning, the children eat breakfast at the club.",
        "If the rash spreads, the cream may sting.",
        "In May, June and July, the pollen count is high.",
    ],
)
def test_agreeing_main_clauses_after_an_opener_are_left_alone(text):
    assert _excerpts(text) == []


# 2. ", so" opens a clause of result even after a verb that takes an object and a bare verb ---------------------


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Our frames are made by hand, so the fit depend on your measurements.", "depend"),
        ("We make each batch fresh, so the taste vary slightly from jar to jar.", "vary"),
        ("Let the gel dry, so the skin absorb it.", "absorb"),
        ("We help you plan ahead, so the move feel less stressful.", "feel"),
    ],
)
def test_a_result_clause_after_comma_so_is_read(text, excerpt):
    assert excerpt in _excerpts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our frames are made by hand, so the fit depends on your measurements.",
        "Let the gel dry, so the skin absorbs it.",
        "We help you and the kids feel at home.",
        "Let your child rest and the fever settle.",
        "Our team will help you, so the whole family feel at home.",
    ],
)
def test_agreeing_result_clauses_and_bare_verbs_after_an_object_are_left_alone(text):
    assert _excerpts(text) == []


# 3. A plural noun/verb word after "of" that a relative clause with a base verb follows is its antecedent --------


@pytest.mark.parametrize(
    "text",
    [
        "Two sessions of exercises that strengthen the muscles are recommended.",
        "The names of supports that protect the knee are on the box.",
        "The prices of plans that include dental care are higher.",
        "A list of drops that ease dry eyes is on the leaflet.",
    ],
)
def test_the_antecedent_of_a_relative_clause_is_no_verb(text):
    assert _excerpts(text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The results of the trials shows that the drug works.", "shows"),
        ("The symptoms of the infection includes a rash.", "includes"),
        ("The benefits of exercises shows that patients improve.", "shows"),
    ],
)
def test_an_s_verb_after_a_plural_of_phrase_is_still_found(text, excerpt):
    assert excerpt in _excerpts(text)


# 4. A second participle of a passive, spelt like a base form ("run", "put", "set") -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Each of the trials was designed and run independently.",
        "The service was founded and run independently by volunteers.",
        "The programme was designed and run jointly by two trusts.",
        "The clinic is owned and run by the trust.",
        "The study was designed and runs independently.",
    ],
)
def test_a_second_participle_of_a_passive_is_left_alone(text):
    assert _excerpts(text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The cream is gentle and protect the skin all day.", "protect"),
        ("The app is free and track your steps automatically.", "track"),
        ("The gel is cooling and soothe the skin quickly.", "soothe"),
        ("Each of the trials were designed and run by nurses.", "were"),
    ],
)
def test_a_second_verb_after_a_be_form_is_still_judged(text, excerpt):
    assert excerpt in _excerpts(text)


# 5. verb-form: an -ing form after the "to" of a verb that takes an infinitive with or without "to" ---------------

VERB_FORM = "copy.verb-form"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("You might find it helps to wearing a forearm strap.", "wearing"),
        ("Start to taking your tablets a week before you travel.", "taking"),
        ("The physio will help to strengthening your knee.", "strengthening"),
        ("Continue to using the cream for a week after the rash clears.", "using"),
        ("Begin to reducing your dose slowly.", "reducing"),
    ],
)
def test_an_ing_form_after_help_to_is_found(text, excerpt):
    assert excerpt in [found for found, _ in flagged(VERB_FORM, text)]


@pytest.mark.parametrize(
    "text",
    [
        "It helps to wear a strap.",
        "This is a help to the family.",
        "We offer help to working parents.",
        "Follow the plan from start to finishing the course.",
        "We are committed to improving the service.",
        "We look forward to seeing you.",
        "Continue using the cream for a week.",
    ],
)
def test_to_before_an_ing_word_that_is_no_infinitive_is_left_alone(text):
    assert flagged(VERB_FORM, text) == []
