"""copy.verb-agreement, a gerund phrase opening the sentence as a singular subject (gerund_subject.py): every case of
the two readers merged in round 27 (the walk of copyagree25, the object reading and "don't" of copygram20 and earlier
rounds), one message wording, examples and correct twins."""

import pytest
from copy_helpers import findings, flagged

RULE = "copy.verb-agreement"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # the verb after a short object and one prepositional phrase
        ("Using a spacer make it easier to get the medicine into your lungs.", "make", "makes"),
        ("Taking the tablets with food help you avoid nausea.", "help", "helps"),
        ("Using a spacer make it easier.", "make", "makes"),
        ("Washing your hands remove most germs.", "remove", "removes"),
        ("Bringing the form help the nurse.", "help", "helps"),
        # the first verb met in a walk over a longer phrase
        ("Rinsing the mouth with salt water after each meal keep the socket clean.", "keep", "keeps"),
        ("Stretching the calf muscles before a run protect the tendon from strain.", "protect", "protects"),
        ("Avoiding caffeine after lunch are an easy first step.", "are", "is"),
        ("Learning to pace yourself through the day leave more energy for the evening.", "leave", "leaves"),
        ("Cleaning the spacer under warm water once a week stop the valve sticking.", "stop", "stops"),
        # "do"/"don't" after a lone gerund
        ("Teething don't cause a high temperature.", "don't", "doesn't"),
        ("Scratching don't help the rash.", "don't", "doesn't"),
        ("Sneezing don't spread the virus as far as coughing.", "don't", "doesn't"),
    ],
)
def test_a_plural_verb_after_a_gerund_subject_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Teething don't cause a fever.", "The subject 'Teething' is one action, so singular: use 'doesn't'."),
        ("Using a spacer make it easier.", "The subject 'Using a spacer' is one action, so singular: use 'makes'."),
        (
            "Avoiding caffeine after lunch are an easy first step.",
            "The subject 'Avoiding caffeine after lunch' is one action, so singular: use 'is'.",
        ),
    ],
)
def test_every_reading_names_the_gerund_phrase_in_one_wording(text, message):
    assert [finding.message for finding in findings(RULE, text)] == [message]


@pytest.mark.parametrize(
    "text",
    [
        # the verb agrees
        "Rinsing the mouth with salt water after each meal keeps the socket clean.",
        "Avoiding caffeine helps many people sleep.",
        "Starting the cream a week before you travel gives it time to work.",
        "Taking high doses of vitamin D supplements permanently cures nothing.",
        "Treating infections helps recovery.",
        "Treating infections was hard.",
        "Swimming doesn't hurt your knees.",
        "Smoking does cause cancer.",
        # two gerunds, an adjective or a noun before a noun, a clause or a frequency phrase first
        "Stretching and strengthening the calf muscles protect the tendon from strain.",
        "Using condoms and dental dams reduces the risk of infections.",
        "Running shoes are best replaced every 500 miles.",
        "Nursing staff are on the ward around the clock.",
        "Using a spacer children get more of the medicine into their lungs.",
        "Taking the tablets when you have a cold is fine.",
        "Keeping the same bedtime every day, even at weekends, can help.",
        # a gerund whose object may be followed by a bare verb
        "Helping a patient make a decision takes time.",
        "Letting the skin breathe helps it heal.",
        "Making your child eat vegetables takes patience.",
        "Seeing the nurse explain the steps helps.",
        # an -ing word before a plural noun: an adjective or a compound's first word
        "Sleeping tablets make you drowsy.",
        "Walking boots support the ankle.",
        "Hiking poles take the strain off your knees.",
    ],
)
def test_gerund_subjects_that_agree_and_other_ing_openings_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bring the request form your doctor gave you.",
        "Bring the repeat slip your pharmacist printed.",
        "Sling the arm your physiotherapist strapped.",
    ],
)
def test_a_base_verb_ending_in_ing_is_an_imperative_not_a_gerund(text):
    assert flagged(RULE, text) == []
