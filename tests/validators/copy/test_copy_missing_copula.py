"""copy.missing-copula (validators/copy/missing_copula.py)."""

import pytest
from copy_helpers import flagged

RULE = "copy.missing-copula"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Most people able to return to work within a week.", "able", "are able"),
        ("The results not available until next week.", "not", "are not"),
        ("Many women unaware of the link between alcohol and breast cancer.", "unaware", "are unaware"),
        ("The wound not likely to scar if you keep it clean.", "not", "is not"),
    ],
)
def test_flags_a_subject_and_adjective_without_a_verb(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Most people are able to return to work within a week.",
        "The results are not available until next week.",
        "Patients unable to swallow tablets can ask for a liquid.",
        "People allergic to penicillin should tell the pharmacist.",
        "Given reasonable care, the wound heals in a week.",
        "Antibiotics such as amoxicillin treat bacterial infections.",
    ],
)
def test_leaves_sentences_with_a_verb_alone(text):
    assert flagged(RULE, text) == []


def test_leaves_list_items_and_headings_alone():
    html = "<h2>Children unable to swallow tablets</h2><ul><li>Patients unable to walk far</li></ul>"
    assert flagged(RULE, html, html=True) == []
