"""copy.missing-article for count nouns too rare for the bigram-derived list (branch miss29, issue 10).
Unrelated examples and correct twins."""

import pytest
from copy_helpers import flagged

RULE = "copy.missing-article"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("You may need brace for a week after the sprain.", "need brace"),
        ("If the artery is narrow, you will need stent.", "need stent"),
        ("Your dentist can place implant once the gum heals.", "place implant"),
        ("If you are dietitian, you can join the network.", "are dietitian"),
        ("After the fall she will need crutch for a month.", "need crutch"),
        ("So add squeeze of lemon to the salad.", "add squeeze"),
    ],
)
def test_a_rare_count_noun_without_its_article_is_flagged(text, excerpt):
    assert [found for found, _ in flagged(RULE, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "You may need a brace for a week after the sprain.",
        "Wet the hair, add conditioner, and comb it through.",
        "If the artery is narrow, you will need a stent.",
        "Your dentist can place an implant once the gum heals.",
        "You will need physiotherapy for a few weeks.",
        "You will need insulin every day.",
        "You may need chemotherapy after surgery.",
        "We may need consent from a parent.",
        "So add a squeeze of lemon to the salad.",
    ],
)
def test_an_article_or_a_mass_noun_passes(text):
    assert flagged(RULE, text) == []
