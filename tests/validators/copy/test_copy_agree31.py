"""agree31 (issue 10): correct professional English that copy.verb-agreement, copy.noun-number and copy.verb-form
misread (fresh_prof9 and the tuned sets), each class with >= 3 correct sentences and >= 3 slips of the same shape
that are still found."""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"
NOUN_NUMBER = "copy.noun-number"
VERB_FORM = "copy.verb-form"


def _grammar(text: str) -> list:
    return [found for rule in (AGREEMENT, NOUN_NUMBER, VERB_FORM) for found in flagged(rule, text)]


def _excerpts(rule: str, text: str) -> list[str]:
    return [found for found, _ in flagged(rule, text)]


# 1. A word right after an article or a possessive inside a plural head's of-phrase is a noun, not the verb.
@pytest.mark.parametrize(
    "text",
    [
        "The results of the tests that were done in March show no change.",
        "The side effects of your tablets that most people notice are mild.",
        "The names of the drugs that interact with warfarin are listed below.",
        "The causes of the rashes that children get are usually viral.",
    ],
)
def test_a_determined_word_in_an_of_phrase_is_no_verb(text):
    assert _grammar(text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The symptoms of scabies includes itching at night.", "includes"),
        ("The results of the trial shows a clear benefit.", "shows"),
        ("Complications of the surgery includes infection and bleeding.", "includes"),
    ],
)
def test_a_verb_after_a_plural_heads_of_phrase_is_still_found(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# 2. "a"/"every" before a number belongs to the number of a proportion ("one in a thousand people has").
@pytest.mark.parametrize(
    "text",
    [
        "Fewer than one in a thousand people has a serious allergic reaction.",
        "One in every five adults has high blood pressure.",
        "About one in a hundred people develops the condition.",
    ],
)
def test_a_proportion_with_a_or_every_before_its_number_takes_a_singular_verb(text):
    assert _grammar(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A hundred people has signed the letter.",
        "These adults has a check every year.",
        "Most adults has a blood test.",
    ],
)
def test_a_plural_subject_with_a_singular_verb_is_still_found(text):
    assert "has" in _excerpts(VERB_FORM, text)


# 3. "a few" standing alone is a pronoun subject: a base verb and its object after it.
@pytest.mark.parametrize(
    "text",
    [
        "Half of our patients need a small adjustment, and a few need a second visit.",
        "Most settle quickly, but a few find it hard.",
        "A few want their own copy of the plan.",
    ],
)
def test_a_few_as_a_pronoun_before_its_verb(text):
    assert flagged(NOUN_NUMBER, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("We waited for a few day before calling.", "day"),
        ("It takes a few week to work.", "week"),
        ("Many patient notice an improvement.", "patient"),
    ],
)
def test_a_singular_after_a_few_or_many_is_still_found(text, excerpt):
    assert excerpt in _excerpts(NOUN_NUMBER, text)


# 4. A past participle standing for the people it describes takes no plural -s ("those affected").
@pytest.mark.parametrize(
    "text",
    [
        "Among those affected were three children.",
        "Many injured in the crash were children.",
        "Those concerned about the results can call the helpline.",
        "Those treated in the trial reported fewer symptoms.",
    ],
)
def test_a_participle_after_those_or_many_is_no_count_noun(text):
    assert flagged(NOUN_NUMBER, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("These medicine can cause drowsiness.", "medicine"),
        ("This tablets should be taken with food.", "tablets"),
        ("Several woman need to be seen again.", "woman"),
    ],
)
def test_a_noun_against_its_determiner_is_still_found(text, excerpt):
    assert excerpt in _excerpts(NOUN_NUMBER, text)


# 5. An adverbial of time ("this winter", "each year") between the subject and its verb.
@pytest.mark.parametrize(
    "text",
    [
        "Residents in care homes this winter are offered a booster.",
        "A number of outbreaks in care homes each winter are traced to staff.",
        "Visits to care homes last year rose by a third.",
        "Staff in nursing homes next month are due a booster.",
        "A blood test every three months checks the kidneys.",
        "A review every six months keeps the dose right.",
        "The nurse every two weeks checks the wound.",
    ],
)
def test_a_time_phrase_after_the_subject_is_no_object(text):
    assert _grammar(text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The price depend this year on the size.", "depend"),
        ("The cream help this week with the itching.", "help"),
        ("People who snore this often needs a sleep study.", "needs"),
        ("A blood test every three months check the kidneys.", "check"),
        ("The patients every few weeks needs a review.", "needs"),
        ("Tests every six months shows the trend.", "shows"),
        ("The nurse visit this week.", "visit"),
    ],
)
def test_a_verb_near_a_time_phrase_is_still_found(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# 6. A noun after a possessive and an abbreviation before "to" ("your GP practice to catch up").
@pytest.mark.parametrize(
    "text",
    [
        "If you or your child has missed a dose, contact your GP practice to catch up.",
        "Ask our NHS practice to send the letter.",
        "Please tell your dental practice to expect you.",
    ],
)
def test_a_possessed_noun_before_to_takes_no_gerund(text):
    assert flagged(VERB_FORM, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Avoid to drive after the dose.", "to drive"),
        ("You should consider to take the tablets with food.", "to take"),
        ("We recommend to use the spray twice a day.", "to use"),
    ],
)
def test_an_infinitive_after_a_gerund_verb_is_still_found(text, excerpt):
    assert excerpt in _excerpts(VERB_FORM, text)


# 7. The particle of a participle inside a relative clause ("who have taken up the offer").
@pytest.mark.parametrize(
    "text",
    [
        "The number of people who have taken up the offer has risen every year.",
        "Patients who have signed up for the study receive a diary.",
        "Children who have given up sugary drinks have fewer fillings.",
    ],
)
def test_a_particle_after_a_participle_in_a_relative_clause_is_no_verb(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Patients who have signed up for the study receives a diary.", "receives"),
        ("The number of people who have taken up the offer have risen.", "have"),
        ("Parents who have picked up the forms needs to return them.", "needs"),
    ],
)
def test_the_main_verb_after_such_a_clause_is_still_found(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# 8. A number ending the phrase after "anyone"/"everyone" + preposition, before a modal ("Anyone under 25 can").
@pytest.mark.parametrize(
    "text",
    [
        "Anyone under 25 can order a free postal kit.",
        "Anyone over 65 can book a flu jab.",
        "Everyone over 50 should have a test.",
        "Anyone aged 16 or over can refer themselves.",
    ],
)
def test_a_modal_after_a_number_is_no_noun_of_the_phrase(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Anyone under 25 have a right to a free kit.", "have"),
        ("Everyone over 65 are offered the vaccine.", "are"),
        ("Anyone with symptoms need a test.", "need"),
    ],
)
def test_a_plural_verb_after_anyone_and_a_phrase_is_still_found(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# 10. A quantity noun after "a"/"an" counting a number of things ("an average of 20 patients"): either number.
@pytest.mark.parametrize(
    "text",
    [
        "An average of 20 patients are seen each day.",
        "A maximum of two visitors are allowed at each bed.",
        "A maximum of two visitors is allowed at each bed.",
        "A total of 40 practices take part.",
    ],
)
def test_a_counted_quantity_takes_either_number(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The average of the readings are used.", "are"),
        ("An average of the three readings are used.", "are"),
        ("A number of patients has asked.", "has"),
    ],
)
def test_a_quantity_without_a_counted_number_is_still_judged(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# 11. "there are/were" before a list whose first item is singular ("There were a nurse and two doctors").
@pytest.mark.parametrize(
    "text",
    [
        "There are a cough, a fever and a rash in most cases.",
        "There were a nurse and two doctors on the ward.",
        "There are a leaflet, a diary and a spacer in the pack.",
    ],
)
def test_there_are_before_a_list_is_plural(text):
    assert flagged(NOUN_NUMBER, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "There are a small risk of bleeding.",
        "There were a long wait at the clinic.",
        "There are a risk, and it is small.",
    ],
)
def test_there_are_before_one_singular_is_still_found(text):
    assert _excerpts(NOUN_NUMBER, text) != []


# 12. A ratio "one in four" before a singular noun ("a one in four chance").
@pytest.mark.parametrize(
    "text",
    [
        "There is a one in four chance of passing on the gene.",
        "There is a one in ten risk of a side effect.",
        "Each child has a one in two chance of inheriting it.",
    ],
)
def test_a_ratio_before_a_singular_noun_counts_nothing(text):
    assert flagged(NOUN_NUMBER, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("You will need three injection.", "injection"),
        ("Two dose are needed.", "dose"),
        ("The course lasts four week in total.", "week"),
    ],
)
def test_a_count_before_a_singular_noun_is_still_found(text, excerpt):
    assert excerpt in _excerpts(NOUN_NUMBER, text)


# 13. A base verb joined to an -s verb that follows a plural noun: the -s verb is the suspect, not the base verb.
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("If it is not brushed away, the bacteria in plaque irritates the gums and make them swollen.", "make"),
        ("The creams soothes the skin and reduce the itching.", "reduce"),
        ("Children with eczema scratches at night and wake up tired.", "wake"),
    ],
)
def test_a_base_verb_joined_to_a_doubtful_s_verb_is_not_judged_by_it(text, kept):
    assert kept not in _excerpts(AGREEMENT, text)


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Eating more fibre lowers cholesterol and protect the heart.", "protect"),
        ("The cream soothes the skin and reduce the itching.", "reduce"),
        ("Our gel cools the skin and ease the pain.", "ease"),
    ],
)
def test_a_base_verb_joined_to_a_singular_subjects_verb_is_still_found(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)
