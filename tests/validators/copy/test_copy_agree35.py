"""agree35 (issue 10): agreement and verb-form shapes an independent writer's drafts (lead25, lead26) showed the
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
