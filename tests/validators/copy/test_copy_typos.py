"""The error model of copy.spelling: which one-edit changes are typical slips."""

import pytest

from validators.copy.typos import doubled_slip, edits1, single_letter_variants, slip, spelling_variant


@pytest.mark.parametrize(
    ("typed", "intended", "kind"),
    [
        ("healht", "health", "transposition"),
        ("Amercia".lower(), "america", "transposition"),
        ("tylenoll", "tylenol", "doubling"),
        ("staphylococus", "staphylococcus", "doubling"),
        ("medcation", "medication", "omission"),
        ("helath", "health", "transposition"),
        ("recwive", "receive", "neighbouring key"),
        ("definately", "definitely", "vowel"),
        ("arguement", "argument", "vowel"),
        ("ozempik", "ozempic", "same sound"),
    ],
)
def test_typical_slips(typed, intended, kind):
    assert slip(typed, intended) == kind


@pytest.mark.parametrize(
    ("typed", "intended"),
    [
        ("glowy", "glory"),  # w and r are not neighbours on a keyboard
        ("mediva", "media"),  # an extra v next to i and a is no slip
        ("brain", "drain"),  # b and d are far apart
        ("health", "wealth"),  # h and w are far apart
    ],
)
def test_other_one_edit_changes_are_not_slips(typed, intended):
    assert slip(typed, intended) is None


def test_near_miss_generation():
    assert {"the", "ten", "tech"} <= edits1("teh") and "teh" not in edits1("teh")
    assert single_letter_variants("tommorow") == {"tomorow"} and single_letter_variants("health") == set()


@pytest.mark.parametrize(
    ("word", "candidate"),
    [("dimeticone", "dimethicone"), ("cefalexin", "cephalexin"), ("ciclosporin", "cyclosporin"), ("sulphur", "sulfur")],
)
def test_spelling_conventions_of_drug_names_are_variants(word, candidate):
    assert spelling_variant(word, candidate)


@pytest.mark.parametrize(
    ("word", "candidate"), [("amoxicilin", "amoxicillin"), ("tylenoll", "tylenol"), ("teh", "the")]
)
def test_typos_are_not_variants(word, candidate):
    assert not spelling_variant(word, candidate)


def test_a_doubled_letter_and_one_more_slip():
    assert doubled_slip("tommorow", "tomorrow") == "doubling"
    assert doubled_slip("tommorow", "tomahawk") is None
