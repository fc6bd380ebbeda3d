"""Classes of correct marketing copy that a bank of 690 correct sales lines (the `mkt_*` files of
`data/correct_english/` added by mcopyfp41, written before the checker ran) showed flagged, each with >= 3 correct
sentences left alone and >= 3 slips of the same shape still found:

- "we're"/"they're"/"you're" opening a relative clause without "that" before a passive participle ("the questions
  we're asked"), read as "were" (copy.word-in-context), as "your" before a verb (copy.possessive-slot: "the vaccines
  you're given will") and as a verb missing "to" before the main verb (copy.missing-to: "you're offered depend");
- a verb whose past tense is spelt like its base ("put", "set", "let") after a singular noun in a testimonial ("The
  nurse put my son at ease"), read as a present tense missing its -s (copy.verb-agreement);
- a plural noun naming an age range ("Kids ages 3 and up", "Women ages 21–65"), read as a verb in -s
  (copy.verb-agreement);
- a brand range whose products hold different generics by market ("Benadryl Allergy Relief contains acrivastine"),
  read as a brand given without its generic (copy.house-style.brand-generic)."""

import pytest
from copy_helpers import flagged

from validators.config import Config

AGREEMENT = "copy.verb-agreement"
IN_CONTEXT = "copy.word-in-context"
BRAND = "copy.house-style.brand-generic"
BRAND_ON = Config(rule_options={BRAND: {"enabled": True}})  # off by default
POSSESSIVE = "copy.possessive-slot"
MISSING_TO = "copy.missing-to"


@pytest.mark.parametrize(
    "text",
    [
        "These are the questions we're asked most often.",
        "The samples they're sent are tested twice.",
        "Here are the things we're told by patients.",
        "The results you're given will be explained by the nurse.",
    ],
)
def test_a_contraction_opening_a_passive_relative_clause_is_left_alone(text):
    assert flagged(IN_CONTEXT, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The samples we're sent to the lab.",
        "The questions we're asked by the nurse.",
        "Your results we're sent to your GP last week.",
    ],
)
def test_a_contraction_for_were_with_no_other_verb_is_still_found(text):
    assert [excerpt for excerpt, _ in flagged(IN_CONTEXT, text)] == ["we're"]


@pytest.mark.parametrize(
    "text",
    [
        "The vaccines you're given will be recorded in your travel record.",
        "The results they're given are explained by the nurse.",
        "The checks you're offered depend on your age.",
    ],
)
def test_a_passive_relative_clause_is_no_possessive_and_misses_no_to(text):
    assert flagged(POSSESSIVE, text) == [] and flagged(MISSING_TO, text) == []


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (POSSESSIVE, "If you're skin feels tight, use a balm."),
        (POSSESSIVE, "Check they're temperature has dropped."),
        (POSSESSIVE, "Make sure you're dog has had its vaccines."),
        (MISSING_TO, "You're expected arrive early."),
        (MISSING_TO, "They're expected pay the full fee."),
        (MISSING_TO, "Patients are expected arrive early."),
    ],
)
def test_a_contraction_for_a_possessive_or_a_dropped_to_is_still_found(rule, text):
    assert len(flagged(rule, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The nurse put my son at ease straight away.",
        "The doctor set my mind at rest.",
        "The pharmacist let me sit down while I waited.",
        "The clinic cut my waiting time in half.",
    ],
)
def test_a_past_tense_spelt_like_its_base_is_left_alone(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "replacement"),
    [
        ("The nurse take your blood pressure first.", "takes"),
        ("The cream soothe sore skin.", "soothes"),
        ("The study show a clear benefit.", "shows"),
    ],
)
def test_a_base_verb_after_a_singular_noun_is_still_found(text, replacement):
    assert [suggestions for _, suggestions in flagged(AGREEMENT, text)] == [[replacement]]


@pytest.mark.parametrize(
    "text",
    [
        "Kids ages 3 and up can get a flu shot at our pharmacy.",
        "Children ages 6 to 11 need two doses.",
        "Women ages 21–65 should have a Pap test every three years.",
        "Teens ages 12+ can use the app on their own.",
        "Adults ages 50 and over are offered the shingles vaccine.",
    ],
)
def test_a_plural_noun_naming_an_age_range_is_left_alone(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Appointments lasts 10 to 15 minutes.", "lasts"),
        ("Kids loves the strawberry flavour.", "loves"),
        ("Most patients needs 2 to 3 visits.", "needs"),
    ],
)
def test_an_s_verb_after_a_plural_subject_is_still_found(text, excerpt):
    assert [found for found, _ in flagged(AGREEMENT, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Benadryl Allergy Relief contains acrivastine.",
        "Benadryl One a Day tablets contain cetirizine.",
        "Benadryl (diphenhydramine) can make you drowsy.",
    ],
)
def test_a_brand_range_with_any_of_its_generics_is_left_alone(text):
    assert flagged(BRAND, text, config=BRAND_ON) == []


@pytest.mark.parametrize(
    "text",
    [
        "Benadryl is on offer this week.",
        "Ask for Zyrtec at the counter.",
        "Nurofen is on the top shelf.",
    ],
)
def test_a_brand_without_its_generic_is_still_found(text):
    assert len(flagged(BRAND, text, config=BRAND_ON)) == 1
