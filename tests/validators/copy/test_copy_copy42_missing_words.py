"""copy42: dropped words found by statistics over real English. copy.bare-count-noun (a singular count noun that
real English almost always determines, bare in an object or complement slot), copy.missing-relative-be ("who" +
an adjective and no verb) and the wider openers of copy.missing-existential-be. Each class has >= 3 slips and
>= 3 correct twins (my own sentences)."""

import pytest
from copy_helpers import flagged

from validators.config import Config
from validators.copy.bare_count_noun import determined_nouns

BARE = "copy.bare-count-noun"
RELATIVE = "copy.missing-relative-be"
EXISTENTIAL = "copy.missing-existential-be"
# copy.bare-count-noun is off by default (its held-out false alarms); these tests switch it on
BARE_ON = Config(rule_options={BARE: {"enabled": True}})


def test_bare_count_noun_is_off_by_default():
    assert flagged(BARE, "You should keep diary of your headaches.") == []


def test_the_noun_list_holds_count_nouns_and_leaves_out_nouns_english_uses_bare():
    nouns = determined_nouns()
    for noun in ("diary", "idea", "lump", "bedroom", "problem"):
        assert noun in nouns
    for noun in ("water", "care", "treatment", "illness", "advice", "time"):
        assert noun not in nouns


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("You should keep diary of your headaches for a month.", "keep diary"),
        ("If you find lump in your breast, see your GP.", "find lump"),
        ("Our physio will write plan for you after the first session.", "write plan"),
        ("Store bottle in the fridge after opening.", "Store bottle"),
        ("Choose shoe with a wide toe box.", "Choose shoe"),
        ("Migraine is common problem in young women.", "is common problem"),
        ("It is good idea to rest for a day after the injection.", "is good idea"),
        ("We will send you reminder the day before your appointment.", "you reminder"),
        ("Apply the cream after every wash, and keep tube by the sink.", "keep tube"),
    ],
)
def test_a_bare_count_noun_is_found(text, excerpt):
    assert [found for found, _ in flagged(BARE, text, config=BARE_ON)] == [excerpt]


def test_the_article_is_suggested_by_sound():
    assert flagged(BARE, "It is good idea to rest.", config=BARE_ON) == [("is good idea", ["is a good idea"])]


@pytest.mark.parametrize(
    "text",
    [
        "You should keep track of your headaches for a month.",
        "If you find a lump in your breast, see your GP.",
        "Our physio will plan your exercises with you.",
        "Store the bottle in the fridge after opening.",
        "Migraine is a common problem in young women.",
        "We will send you a reminder the day before your appointment.",
        "Take part in the study if you can.",
        "Change position every two hours.",
        "Seek shade between 11am and 3pm.",
        "Side effects may include headache and nausea.",
        "Symptoms vary from person to person.",
        "Dry eye is common in older adults.",
        "Speak to your GP or practice nurse.",
        "Use one fingertip unit for each hand.",
        "We will watch you walk on the treadmill.",
        "Our waiting room is ideal for children.",
        "Garden suite",
        "We are the most trusted back pain clinic in the county.",
        "Melatonin can help shift the body clock.",
        "Ear wax is a common and easily treated cause of hearing loss.",
        "It is a rarely needed test in children.",
    ],
)
def test_a_determined_or_uncounted_noun_is_left_alone(text):
    assert flagged(BARE, text, config=BARE_ON) == []


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("It is not suitable for anyone who pregnant.", "who is pregnant"),
        ("Adults who unable to swallow tablets can ask for a liquid.", "who are unable"),
        ("Staff who unwell should stay at home.", "who are unwell"),
        ("Ask whether your child who allergic to nuts can join.", "who is allergic"),
    ],
)
def test_who_before_an_adjective_has_lost_its_verb(text, suggestion):
    assert [suggestions for _, suggestions in flagged(RELATIVE, text)] == [[suggestion]]


@pytest.mark.parametrize(
    "text",
    [
        "It is not suitable for anyone who is pregnant.",
        "Ask us who else can help you.",
        "Anyone who feels unwell should stay at home.",
        "Find out who new patients should call.",
        "Who eligible patients should call is listed below.",
        "Not sure which one is right for you?",
    ],
)
def test_who_with_its_verb_is_left_alone(text):
    assert flagged(RELATIVE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Ginger is popular, although there little evidence that it works.", "there little"),
        ("If there any swelling, call the clinic.", "there any"),
        ("Call us, because there enough time to change the date.", "there enough"),
    ],
)
def test_there_before_a_quantity_has_lost_its_verb(text, excerpt):
    assert [found for found, _ in flagged(EXISTENTIAL, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Although there is little evidence that it works, ginger is popular.",
        "If there are any side effects, call the clinic.",
        "Get there any time after nine.",
        "Is there any reason to wait?",
    ],
)
def test_there_with_its_verb_is_left_alone(text):
    assert flagged(EXISTENTIAL, text) == []


SUPERLATIVE = "copy.superlative-article"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Apply the gel to driest area of skin first.", "to driest"),
        ("Anaemia is one of most common causes of fatigue.", "of most"),
        ("Smoking is one of biggest causes of gum disease.", "of biggest"),
        ("Keep the tablets in darkest corner of the cupboard.", "in darkest"),
    ],
)
def test_a_superlative_without_the_is_found(text, excerpt):
    assert [found for found, _ in flagged(SUPERLATIVE, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Apply the gel to the driest area of skin first.",
        "In most cases the rash clears within a week.",
        "People at highest risk are offered the vaccine first.",
        "For fastest relief, take it with water.",
        "At best, the cream eases the itch.",
        "The rash is at its worst in the morning.",
        "She answered in earnest.",
        "This is of greatest concern in older adults.",
        "Follow best practice when you store vaccines.",
    ],
)
def test_a_superlative_with_its_article_or_in_a_set_phrase_is_left_alone(text):
    assert flagged(SUPERLATIVE, text) == []
