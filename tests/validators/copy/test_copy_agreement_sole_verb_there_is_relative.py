"""Agreement and verb-form shapes an independent writer's drafts (lead25, lead26) showed the
checker missing, each class with >= 3 unrelated slips and >= 3 correct twins."""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"
NOUN_NUMBER = "copy.noun-number"
VERB_FORM = "copy.verb-form"


def _excerpts(rule: str, text: str) -> list[str]:
    return [found for found, _ in flagged(rule, text)]


def _grammar(text: str) -> list:
    return [found for rule in (AGREEMENT, NOUN_NUMBER, VERB_FORM) for found in flagged(rule, text)]


# 1. "there is" before a counted or "no"/"any" plural whose head has modifiers before it.
@pytest.mark.parametrize(
    "text",
    [
        "There is several other conditions that can look like a sprain.",
        "There is usually no warning signs before the first attack.",
        "There was two blood tests done on Monday.",
        "There is any serious side effects, so call us.",
        "There was no bleeding gums after the cleaning.",
    ],
)
def test_there_is_before_a_modified_plural_is_found(text):
    assert "is" in _excerpts(NOUN_NUMBER, text) or "was" in _excerpts(NOUN_NUMBER, text)


@pytest.mark.parametrize(
    "text",
    [
        "There is no warning sign before it starts.",
        "There is no evidence children who take it are harmed.",
        "There is no doubt patients benefit.",
        "There was no reason patients needed to wait.",
        "There are several other conditions that look similar.",
        "There is no safe level of drinking.",
    ],
)
def test_there_is_before_a_singular_or_a_clause_is_left_alone(text):
    assert _grammar(text) == []


# 2. The only verb a full sentence has, a plural form after a singular subject (sole_verb.py).
@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Each appointment come with a written summary.", "come"),
        ("The itch from insect bites often last a few days.", "last"),
        ("Each of the new inhalers need a spacer.", "need"),
        ("The swelling around the joint usually settle within a week.", "settle"),
        ("A single course of tablets normally clear the infection.", "clear"),
        ("Each of our nurses have a set of keys.", "have"),
        ("Each dose last twelve hours.", "last"),
        ("Each of these exercises take ten minutes.", "take"),
    ],
)
def test_the_only_verb_in_a_plural_form_after_a_singular_subject_is_found(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


@pytest.mark.parametrize(
    "text",
    [
        "Each morning take one tablet with water.",
        "The cream you apply at night works best.",
        "A course of antibiotics usually lasts a week.",
        "The last dose should be taken before bed.",
        "Our face wash range suits sensitive skin.",
        "A study in 2019 found no link.",
        "The nurse saw you on Monday.",
        "The test results come back within a week.",
        "A blood test every three months checks your kidneys.",
        "The side effects usually wear off.",
        "This kind of headache tends to come back.",
        "The gains are small.",
        "The data they record give a fuller picture.",
        "The most common reasons given were cost and time.",
        "A survey of 2,000 customers found that most were happy.",
        "The protection from a daily statin builds up slowly.",
        "Our members now run 46 clinics.",
    ],
)
def test_a_clause_with_another_verb_or_a_plural_inside_its_subject_is_left_alone(text):
    assert _excerpts(AGREEMENT, text) == []


# 3. A base verb coordinated with an -s word that is a noun and a verb, before its object (verb_verdicts.py).
@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Holding in stool stretches the bowel and weaken the signal.", "weaken"),
        ("The pharmacist keeps your records and send them to your GP.", "send"),
        ("Honey coats the throat and ease the cough.", "ease"),
    ],
)
def test_a_base_verb_joined_to_an_s_verb_before_its_object_is_found(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


@pytest.mark.parametrize(
    "text",
    [
        "In most cases the rash fades and leaves no mark.",
        "Our nurse visits the ward and checks the charts.",
        "The dry skin patches the doctor saw and treated have gone.",
        "Vitamin D keeps your bones strong and helps your muscles work.",
    ],
)
def test_a_plural_or_an_agreeing_second_verb_is_left_alone(text):
    assert _excerpts(AGREEMENT, text) == []


# 4. An -s word right after "who" with no verb of its own after it is the relative clause's verb (relative.py).
@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("It is common in people who uses vibrating tools.", "uses"),
        ("It affects children who takes steroids.", "takes"),
        ("It suits people who walks to work.", "walks"),
    ],
)
def test_an_s_verb_after_who_and_a_plural_is_found(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


@pytest.mark.parametrize(
    "text",
    [
        "We thank the doctors who nurses trust most.",
        "Those are the patients who nurses visited.",
        "It suits people who walk to work.",
        "It helps a patient who uses a wheelchair.",
    ],
)
def test_an_object_relative_or_an_agreeing_verb_after_who_is_left_alone(text):
    assert _excerpts(AGREEMENT, text) == []
