"""agree29 (issue 10): general readings of copy.verb-agreement added in round 29."""

import pytest
from copy_helpers import flagged

RULE = "copy.verb-agreement"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("There is several ways to ease a blocked nose.", "is", "are"),
        ("In our clinic there was two cases of measles last spring.", "was", "were"),
        ("There's many reasons to book a review.", "There's", "There are"),
        ("There has been several outbreaks of norovirus this winter.", "has", "have"),
        ("If there is also side effects, stop the tablets.", "is", "are"),
        ("There is no tablets that cure tinnitus.", "is", "are"),
        ("There are a small charge for a repeat visit.", "are", "is"),
        ("There were a long queue at the flu clinic.", "were", "was"),
    ],
)
def test_existential_there_agrees_with_the_noun_phrase_after_the_verb(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "There are several ways to ease a blocked nose.",
        "There is a rash and swollen glands.",  # the nearest item
        "There is pain, swelling and redness around the joint.",
        "There are a number of ways to lower your risk.",
        "There are a range of treatments, a lot of leaflets and a couple of apps.",
        "There is ten minutes between the two doses.",  # one amount
        "There were an estimated 5,000 cases last year.",
        "There are one or two things to check first.",
        "There is lots of evidence for exercise.",
        "There is a small risk of side effects.",
        "There are a blood test and a scan to book.",
        "Go over there and sit down while the nurse checks your forms.",
        "There is no evidence that results vary by brand.",
        "There is a few things to know.",  # "a few": left alone
        "There is both a walk-in clinic and a phone line.",
        "The nurses there are a friendly bunch.",
    ],
)
def test_existential_there_with_an_agreeing_or_undecided_phrase_passes(text):
    assert [f for f in flagged(RULE, text) if f[0].lower() in ("is", "are", "was", "were", "has", "there's")] == []


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
