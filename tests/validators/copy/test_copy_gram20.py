"""Agreement and verb-form slips of issue 10 (branch copygram20): a negated singular form after a plural pronoun
("they doesn't"), "you" opening a second clause ("or you has had"), a pronoun after "then" ("then it need"), "have" +
a base form before its object ("have finish a course"), a progressive without its -ing before an object ("is cause
the problem"), and a past form after the "to" of an infinitive ("helps to avoided"). Unrelated examples and correct
twins. (An -ing subject with "don't" is tested in test_copy_gerund_subject.py.)"""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"
VERB_FORM = "copy.verb-form"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Lice cannot fly, and they doesn't live on pets.", "doesn't", "don't"),
        ("On Sundays we isn't open before ten.", "isn't", "aren't"),
        ("If you hasn't had the vaccine, book it now.", "hasn't", "haven't"),
        ("If your ear hurts or you has had ear surgery, see your GP.", "has", "have"),
        ("It builds up, and then it need to be removed.", "need", "needs"),
    ],
)
def test_agreement_slips_are_flagged(text, excerpt, suggestion):
    assert flagged(AGREEMENT, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Lice cannot fly, and they don't live on pets.",
        "I wasn't sure, so I asked the nurse.",
        "What happens to you depends on the results.",
        "Stretch first, then it feels easier.",
        "Pour the water and then let it cool.",
        "Rashes don't always itch.",
    ],
)
def test_agreeing_twins_pass(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("If you have finish a course of chemotherapy, tell us.", "finish", "finished"),
        ("Your therapist will ask what activity is cause the problem.", "cause", "causing"),
        ("This month we are offer a free blood pressure check.", "offer", "offering"),
        ("Raising the leg helps to avoided more swelling.", "avoided", "avoid"),
        ("The adviser will help you to chose the right one.", "chose", "choose"),
        ("Start to moved the ankle gently after a few days.", "moved", "move"),
    ],
)
def test_verb_form_slips_are_flagged(text, excerpt, suggestion):
    assert flagged(VERB_FORM, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "If you have finished a course of chemotherapy, tell us.",
        "Most people have lunch a bit later on the day of the test.",
        "We have access to the records of every visit.",
        "All you need to do is take the tablets with food.",
        "What we do is check your readings twice.",
        "The aim is control of the pain.",
        "This is due to reduced blood flow.",
        "Access to trained staff matters.",
        "These can help reduce swelling.",
        "We look forward to seeing you.",
    ],
)
def test_verb_form_twins_pass(text):
    assert flagged(VERB_FORM, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Last year our clinics was able to treat most patients in one visit.", "was", "were"),
        ("Every winter, the practice run a flu clinic on Saturdays.", "run", "runs"),
        ("This week the nurses is on a training course.", "is", "are"),
        ("Redness around the injection site usually go within three days.", "go", "goes"),
        ("Treatment for the condition usually last a week.", "last", "lasts"),
        ("The rash on the arms often fade in a week.", "fade", "fades"),
        ("The price you pay depend on your plan.", "depend", "depends"),
        ("The dose you take depend on your weight.", "depend", "depends"),
        ("Creams that contains steroids should be used sparingly.", "contains", "contain"),
        ("Patients who runs or walk daily sleep better.", "runs", "run"),
        ("The procedure take about 20 minutes.", "take", "takes"),
    ],
)
def test_subject_head_slips_are_flagged(text, excerpt, suggestion):
    assert flagged(AGREEMENT, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Last year our clinics were able to treat most patients in one visit.",
        "Each year the team sees more patients.",
        "People in the area usually go to the walk-in centre.",
        "Children in the class often catch it.",
        "The price you pay depends on your plan.",
        "The tablets you take depend on your age.",
        "Spots that change in size need a closer look.",
        "Cuts and grazes that bleed or weep need a dressing.",
        "If lice are spreading, check every week until the letters stop.",
        "Waiting times fell from an average of 95 minutes to 40 minutes after March.",
        "Nicotine patch: one patch a day, starting with 21 mg.",
        "It takes about 20 minutes.",
    ],
)
def test_subject_head_twins_pass(text):
    assert flagged(AGREEMENT, text) == []
