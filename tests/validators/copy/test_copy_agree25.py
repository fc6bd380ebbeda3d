"""copyagree25 (issue 10): an -s noun before a finite verb read as the head, and other subject readings (its gerund
subject cases live in test_copy_gerund_subject.py)."""

import pytest
from copy_helpers import flagged

RULE = "copy.verb-agreement"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Ankle braces is sold in three sizes.", "is", "are"),
        ("Nasal sprays isn't the right choice for a blocked ear.", "isn't", "aren't"),
        ("Knee supports has a strap that goes around the calf.", "has", "have"),
        ("Ear plugs was handed out at the concert.", "was", "were"),
    ],
)
def test_an_s_noun_before_a_finite_verb_is_the_head(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ankle braces are sold in three sizes.",
        "Nasal sprays aren't the right choice for a blocked ear.",
        "Knee supports have a strap that goes around the calf.",
        "The cream treats cuts and grazes.",
        "Our nurse checks are free.",
    ],
)
def test_plural_compounds_with_agreeing_verbs_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Rashes that spreads across the chest need a doctor.", "spreads", "spread"),
        ("Lumps that grows over a few weeks need checking.", "grows", "grow"),
        ("Cuts that bleeds for longer than ten minutes need pressure.", "bleeds", "bleed"),
    ],
)
def test_an_s_verb_before_a_preposition_in_a_relative_clause_is_flagged(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rashes that spread across the chest need a doctor.",
        "Lumps that grow over a few weeks need checking.",
        "Patients that nurses of the ward know well are called first.",
        "Symptoms that forms of the virus cause vary.",
    ],
)
def test_relative_clauses_that_agree_or_have_their_own_subject_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The choice between them depend on your health.", "depend", "depends"),
        ("The difference between them are small.", "are", "is"),
        ("A letter from us explain the next steps.", "explain", "explains"),
    ],
)
def test_an_object_pronoun_ends_the_prepositional_phrase(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "The choice between them depends on your health.",
        "The difference between them is small.",
        "A letter from us explains the next steps.",
        "Tell the nurse before it is given.",
    ],
)
def test_prepositional_phrases_ending_in_a_pronoun_with_agreeing_verbs_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Does the tablets cause drowsiness?", "Does", "Do"),
        ("Does your children snore loudly?", "Does", "Do"),
        ("Does the drops sting?", "Does", "Do"),
    ],
)
def test_does_before_a_plural_head_and_its_base_verb_is_flagged(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Do the tablets cause drowsiness?",
        "Does the clinic offer home visits?",
        "Did the tablets help?",
        "Does your child snore loudly?",
    ],
)
def test_questions_whose_auxiliary_agrees_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Your child's temperature rise quickly in the evening.", "rise", "rises"),
        ("The nurse's notes explains the plan.", "explains", "explain"),
        ("Your doctor's letter explain the next steps.", "explain", "explains"),
    ],
)
def test_a_possessive_noun_stands_where_a_determiner_does(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Your child's temperature rises quickly in the evening.",
        "The nurse's notes explain the plan.",
        "It's the tablets that cause it.",
        "Everyone's welcome at the clinic.",
        "Your baby's first teeth usually appear at six months.",
    ],
)
def test_possessives_and_contractions_with_agreeing_verbs_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Some people notices a metallic taste.", "notices", "notice"),
        ("Many patients reports a dry mouth at first.", "reports", "report"),
        ("Most women feels better within a week.", "feels", "feel"),
    ],
)
def test_an_s_word_right_after_a_plural_for_people_is_the_verb(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Some people notice a metallic taste.",
        "Many patients report a dry mouth at first.",
        "Patient records are kept safe.",
        "Most women feel better within a week.",
    ],
)
def test_plurals_for_people_with_agreeing_verbs_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Swimming and cycling puts less strain on the knees.", "puts", "put"),
        ("Smoking and drinking raises the risk of mouth cancer.", "raises", "raise"),
        ("Gentle stretching and walking eases the stiffness.", "eases", "ease"),
    ],
)
def test_two_gerunds_joined_by_and_are_a_plural_subject(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Swimming and cycling put less strain on the knees.",
        "Eating and drinking is not allowed before the test.",
        "Planning and cooking meals takes time.",
        "Bleeding and bruising are common after the injection.",
    ],
)
def test_gerund_pairs_that_agree_or_may_be_one_activity_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Tea, coffee and cola within half an hour of bedtime keeps you awake.", "keeps", "keep"),
        ("Readings taken within half an hour of waking is less reliable.", "is", "are"),
        ("Drinks with caffeine within half an hour of bedtime keeps you awake.", "keeps", "keep"),
    ],
)
def test_a_predeterminer_inside_the_subject_is_read_past(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tea, coffee and cola within half an hour of bedtime keep you awake.",
        "Readings taken within half an hour of waking are less reliable.",
        "A walk of half an hour helps most people sleep.",
    ],
)
def test_subjects_with_a_predeterminer_and_agreeing_verbs_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "If the wound weeps, stop and call the clinic.",
        "When the rash spreads, rest and keep the skin cool.",
        "If your chest feels tight, sit down and use your reliever inhaler.",
        "Once the swelling goes down, do the exercises and walk a little further each day.",
    ],
)
def test_an_imperative_after_an_opening_subordinate_clause_shares_no_subject(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("If you smoke, the habit narrows your arteries and raise your blood pressure.", "raise", "raises"),
        ("If you take it daily, it lowers cholesterol and protect the heart.", "protect", "protects"),
        ("If your child has a fever, paracetamol lowers the temperature and ease the aches.", "ease", "eases"),
    ],
)
def test_coordinated_verbs_after_a_subordinate_clause_are_still_judged(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Brushing your teeth and cleaning between them once a day make the biggest difference.",
        "Rinsing the eye and changing the lenses once a week keep infections away.",
        "Stretching in the morning and walking once a day keep the joints supple.",
    ],
)
def test_once_a_day_opens_no_clause(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Taking one tablet once a day help most people.", "help", "helps"),
        ("Once the swelling goes down, the exercises helps you move.", "helps", "help"),
        ("Once the rash fades, the creams is no longer needed.", "is", "are"),
    ],
)
def test_agreement_around_once_is_still_judged(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "The number of people who develop a foot ulcer each year is small.",
        "The share of children who catch a cold every winter is high.",
        "The group of patients who need a new inhaler each month is growing.",
    ],
)
def test_each_year_after_a_noun_is_no_object(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The number of patients who need a check each year are rising.", "are", "is"),
        ("The nurse who check your feet each year is trained.", "check", "checks"),
        ("The share of children who catch a cold every winter are high.", "are", "is"),
    ],
)
def test_agreement_around_each_year_is_still_judged(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Our incident log recorded 14 evacuations last season.",
        "Our visitor log showed 300 visits in March.",
        "The clinic rota listed two nurses on Sunday.",
    ],
)
def test_a_past_form_after_a_noun_is_the_verb_and_the_noun_no_verb(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The nurse have finished the course.", "have", "has"),
        ("The app record the sounds of your sleep.", "record", "records"),
        ("The clinic log every call we receive.", "log", "logs"),
    ],
)
def test_a_base_verb_after_a_singular_noun_is_still_judged(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Our travel clinic offer vaccines to all travellers.", "offer", "offers"),
        ("The clinic provide dressings for home use.", "provide", "provides"),
        ("The cream soothe blisters.", "soothe", "soothes"),
    ],
)
def test_a_base_verb_before_a_bare_plural_object_is_the_verb(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Our travel clinic offers vaccines to all travellers.",
        "The blood test results are ready.",
        "Our summer offer ends soon.",
        "The dental practice stocks toothbrushes, floss and mouthwash.",
    ],
)
def test_compounds_and_agreeing_verbs_before_a_plural_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "People skills matter in a clinic.",
        "People skills are taught on the course.",
        "Children services are run by the council.",
    ],
)
def test_a_plural_for_people_before_a_noun_hardly_used_as_a_verb_passes(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("A rash, a fever or stiff joints needs a blood test.", "needs", "need"),
        ("Tea, coffee or fizzy drinks keeps you awake at night.", "keeps", "keep"),
        ("A cough, a cold or sore eyes is common in spring.", "is", "are"),
    ],
)
def test_a_list_ending_in_or_and_a_plural_agrees_with_the_plural(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "A rash, a fever or stiff joints need a blood test.",
        "Tea, coffee or cola keeps you awake at night.",
        "Redness, heat or swelling around the wound is a sign of infection.",
    ],
)
def test_lists_ending_in_or_that_agree_or_end_singular_pass(text):
    assert flagged(RULE, text) == []
