"""copy.word-in-context (issue 10, conf31): slot readings and one-way confusion sets, each with three or more
unrelated examples and correct twins:
- a word that is only a singular noun right after a modal verb (or a modal and a mid-sentence adverb) stands in
  the verb's slot: its look-alike that is a verb's base form ("can advice which" -> "advise");
- a look-alike of a degree word between "be" or a linking verb and an adjective that ends its phrase
  ("is quiet gentle and" -> "quite"), and an adjective graded by "enough" after it left alone ("are quiet
  enough to");
- one-way sets (`one_way_sets` of copy_confusion_sets.yaml): a rare word written for a frequent look-alike is
  judged against it, the frequent word never against the rare one ("a night splint, witch keeps" -> "which",
  "I have tired everything" -> "tried"), and sets of two rare look-alikes ("a viscous cycle" -> "vicious")."""

import pytest
from copy_helpers import flagged

from validators.copy.context_words import bigram_counts
from validators.vocabulary import load_vocabulary

RULE = "copy.word-in-context"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # A singular noun in a modal verb's slot.
        ("A pharmacist can advice which one is suitable.", "advice", "advise"),
        ("Your GP may advice a blood test.", "advice", "advise"),
        ("Our nurses can also advice on travel.", "advice", "advise"),
        ("You should breath slowly through your nose.", "breath", "breathe"),
        # A degree word's look-alike between "be" or a linking verb and an adjective ending its phrase.
        ("The plan is quiet gentle and builds up slowly.", "quiet", "quite"),
        ("Our formulas are quiet short: most have few ingredients.", "quiet", "quite"),
        ("The effect was quiet strong, so we lowered the dose.", "quiet", "quite"),
        ("The straps feel quiet tight.", "quiet", "quite"),
        # One-way sets: the rare word judged against its frequent look-alike.
        ("A podiatrist may suggest a night splint, witch keeps the foot flexed.", "witch", "which"),
        ("Evening slots are open on Saturdays, witch makes it easy to visit.", "witch", "which"),
        ("If you have lost your record, we can trace it threw your GP.", "threw", "through"),
        ("Walk thorough the park to the clinic.", "thorough", "through"),
        ("Ask your doctor wether or not to stop.", "wether", "whether"),
        ("We will defiantly call you back within a day.", "defiantly", "definitely"),
        ("The cream is vary gentle on skin.", "vary", "very"),
        ("We are hopping to open a second clinic soon.", "hopping", "hoping"),
        ("I have tired everything for my back pain.", "tired", "tried"),
        ("In edition to the scan, you get a written report.", "edition", "addition"),
        ("Know what to except at your first visit.", "except", "expect"),
        # Sets of two rare look-alikes.
        ("It becomes a viscous cycle of pain and poor sleep.", "viscous", "vicious"),
    ],
)
def test_slot_readings_and_one_way_sets_find_the_slip(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        # The noun where a noun belongs: after a verb or an adjective, not a modal.
        "You can get advice from a pharmacist.",
        "We can offer advice on sleep.",
        "Slow breath work can help.",
        "Take a deep breath and hold it.",
        # The adjective itself: before "enough", a conjunction, a comma or a noun.
        "The workouts are quiet enough to do while the baby naps.",
        "The ward is quiet and calm at night.",
        "Keep the room quiet, dark and cool.",
        "It was quiet last week.",
        # The rare word where it is meant.
        "Witch hazel soothes the skin after shaving.",
        "Our toner blends witch hazel, aloe and rose water.",
        "The cream, which contains witch hazel, is gentle.",
        "I threw away the old packaging.",
        "She threw herself into training.",
        "We threw a party for our patients.",
        "Thorough, friendly care from our nurses.",
        "Our hygienists are thorough and gentle.",
        "A thorough assessment takes an hour.",
        "Which cream is best for you?",
        "Symptoms vary from person to person.",
        "I feel tired all the time.",
        "A limited edition box of six.",
        "Every day except Sunday.",
        "Mucus becomes thick and viscous.",
        "We extend our opening hours in winter.",
        "Our average wait from referral to scan was 11 days.",
    ],
)
def test_correct_twins_pass(text):
    assert flagged(RULE, text) == []


def test_every_one_way_set_word_is_in_the_table():
    counts = bigram_counts()
    words = {word for group in load_vocabulary("copy_confusion_sets")["one_way_sets"] for word in group}
    assert sorted(word for word in words if word not in counts.unigrams) == []
