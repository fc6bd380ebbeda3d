import pytest
from copy_helpers import flagged

RULE = "copy.apposition-number"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Patients had more HSV-1 infections, commonly known as cold sore, during treatment.", "sore", "sores"),
        ("Painful mouth ulcers, also called canker sore, heal in a week.", "sore", "sores"),
        ("Raised itchy welts, known as hive.", "hive", "hives"),
        ("Small fluid-filled sacs, often referred to as blister, may form.", "blister", "blisters"),
        ("HSV-1 infections (commonly known as cold sore) are common.", "sore", "sores"),
        ("Urinary tract infections, often called a UTI, are common.", "a UTI", "UTIs"),
        ("Painful mouth ulcers, also called a canker sore, heal in a week.", "a canker sore", "sores"),
    ],
)
def test_flags_singular_name_for_plural_noun(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "HSV-1 infections, commonly known as cold sores, are common.",
        "An HSV-1 infection, commonly known as a cold sore, is common.",
        "Fungal infections of the skin, commonly known as ringworm, spread easily.",
        "Fungal infections of the feet, known as athlete's foot, are common.",
        "Red eyes, commonly known as pink eye, are contagious.",
        "Itchy patches, often called eczema, need moisturizer.",
        "Small mites, known as Sarcoptes scabiei, cause scabies.",
        "HSV-1 infections (commonly known as cold sores) are common.",
        "Urinary tract infections, often called UTIs, are common.",
        "A urinary tract infection, often called a UTI, is common.",
        "Several symptoms, often called a syndrome, appear together.",
        "Sexually transmitted infections, also known as an STD or STI, are preventable.",
    ],
)
def test_leaves_matching_or_uncountable_names_alone(text):
    assert flagged(RULE, text) == []
