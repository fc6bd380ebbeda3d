"""agree29 (issue 10): general readings of copy.verb-agreement added in round 29."""

import pytest
from copy_helpers import flagged

RULE = "copy.verb-agreement"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("A child who coughs and wheezes at night need a review.", "need", "needs"),
        ("Children who cough and wheeze at night needs a review.", "needs", "need"),
        ("People who smoke and drink heavily has a higher risk of mouth cancer.", "has", "have"),
        ("A driver who snores and feels sleepy at the wheel need to see a doctor.", "need", "needs"),
    ],
)
def test_a_relative_clause_with_two_joined_verbs_ends_before_the_main_verb(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "A child who coughs and wheezes at night needs a review.",
        "Patients who take aspirin and warfarin need a blood test.",
        "People who eat meat and fish get enough iron.",
        "A patient who smokes and drinks coffee is at higher risk.",
        "The nurse who sees you and your partner will explain the results.",
        "Adults who walk and cycle to work are fitter.",
    ],
)
def test_a_relative_clause_with_two_joined_verbs_and_an_agreeing_main_verb_passes(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The tablets that the nurse gave me works well.", "works", "work"),
        ("The exercises that the physio showed us helps most people.", "helps", "help"),
        ("The leaflets that the pharmacist sent them explains the dose.", "explains", "explain"),
    ],
)
def test_an_object_relative_clause_ends_after_its_verbs_second_object(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "The tablets that the nurse gave me work well.",
        "The exercise that the physio showed us helps most people.",
        "The leaflet that the pharmacist sent them explains the dose.",
        "The app that we showed them tracks sleep.",
    ],
)
def test_an_object_relative_clause_with_an_agreeing_main_verb_passes(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The cause of the rash is not know.", "know", "known"),
        ("The risk to unborn babies is not fully understand, so avoid it in pregnancy.", "understand", "understood"),
        ("Coeliac disease is usually diagnose.", "diagnose", "diagnosed"),
        ("The late fee is waive.", "waive", "waived"),
    ],
)
def test_a_base_form_ending_a_passive_clause_takes_the_participle(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged("copy.verb-form", text)


@pytest.mark.parametrize(
    "text",
    [
        "The cause of the rash is not known.",
        "The results are complete.",
        "Your data is secure.",
        "What we do is listen.",
        "All you need to do is ask.",
        "The clinic is close.",
        "The course is complete, so you can stop.",
    ],
)
def test_an_adjective_or_a_pseudo_cleft_after_be_passes(text):
    assert flagged("copy.verb-form", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("There is also side effects to consider.", "is", "are"),
        ("There has been several outbreaks of norovirus this winter.", "has", "have"),
        ("There have been a long delay at the lab.", "have", "has"),
        ("There are also a small charge for a repeat visit.", "are", "is"),
        ("There was still long queues at the flu clinic.", "was", "were"),
    ],
)
def test_existential_there_with_an_adverb_or_a_perfect_agrees_with_its_noun_phrase(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged("copy.noun-number", text)


@pytest.mark.parametrize(
    "text",
    [
        "There are also side effects to consider.",
        "There have been several outbreaks of norovirus this winter.",
        "There has been a long delay at the lab.",
        "There are also a number of options.",
        "There is also a leaflet in the box.",
        "There has been a rise in cases.",
    ],
)
def test_existential_there_with_an_adverb_or_a_perfect_and_an_agreeing_phrase_passes(text):
    assert flagged("copy.noun-number", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("It is hard work, but doing these exercises twice a day make a real difference.", "make", "makes"),
        ("The tablets are safe, and taking them with food stop the nausea.", "stop", "stops"),
        ("Rest the knee; keeping the leg raised reduce the swelling.", "reduce", "reduces"),
    ],
)
def test_a_gerund_subject_of_a_joined_main_clause_is_singular(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "It is hard work, but doing these exercises twice a day makes a real difference.",
        "Wash your hands, and using a tissue, cover your mouth.",
        "It is fine, but running shoes wear out.",
        "The clinic is busy, and waiting times are long.",
        "It hurts, but bleeding gums need a check.",
        "Stop the tablets, and using a spacer, breathe in slowly.",
    ],
)
def test_a_joined_clause_with_an_agreeing_verb_or_no_gerund_subject_passes(text):
    assert flagged(RULE, text) == []
