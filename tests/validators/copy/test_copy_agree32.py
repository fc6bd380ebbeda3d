"""agree32 (issue 10): subjects the copy.verb-agreement reader used to miss, each class with >= 3 slips found and
>= 3 correct twins left alone."""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"


def _excerpts(text: str) -> list[str]:
    return [found for found, _ in flagged(AGREEMENT, text)]


# 1. An -ing compound noun opening the sentence ("Teething gels", "Hearing aids") is a plural subject.
@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Hearing aids needs regular cleaning.", "needs"),
        ("Teething gels for babies contains a mild local anaesthetic.", "contains"),
        ("Sleeping tablets makes you drowsy the next day.", "makes"),
        ("Breathing exercises helps many people with asthma.", "helps"),
        ("Waiting times is longer in winter.", "is"),
        ("Whitening strips contains peroxide.", "contains"),
    ],
)
def test_a_singular_verb_after_an_ing_compound_is_found(text, excerpt):
    assert excerpt in _excerpts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hearing aids need regular cleaning.",
        "Teething gels for babies contain a mild local anaesthetic.",
        "Sleeping tablets make you drowsy the next day.",
        "Waiting times are longer in winter.",
        "Hearing voices is a common symptom.",
        "Cooling children with a fan is not advised.",
        "Taking tablets with food helps.",
        "Washing hands often helps.",
        "Eating vegetables every day helps.",
    ],
)
def test_an_ing_compound_or_a_gerund_with_its_object_that_agrees_is_left_alone(text):
    assert _excerpts(text) == []
