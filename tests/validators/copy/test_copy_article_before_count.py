"""copy.article-before-count: "a"/"an" left before a number of two or more and its plural."""

import pytest
from copy_helpers import flagged

RULE = "copy.article-before-count"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("You may be offered a two booster doses on the same day.", "a two", "two"),
        ("Take a 3 tablets with water in the morning.", "a 3", "3"),
        ("The course lasts an eight weeks in total.", "an eight", "eight"),
        ("We run a four small group sessions each month.", "a four", "four"),
    ],
)
def test_an_article_before_a_counted_plural_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "You may be offered two booster doses on the same day.",
        "It is a two-week course of tablets.",  # a hyphenated compound modifier
        "Expect a two hour wait at busy times.",  # a singular after the number
        "A hundred patients took part.",  # "a hundred"
        "Take a 1 mg tablet at night.",
        "Allow a three or four day break between doses.",
        "Keep the dressing on a 5² cm patch of skin.",  # a superscript is no count (and no crash)
    ],
)
def test_articles_before_compounds_and_large_numbers_pass(text):
    assert flagged(RULE, text) == []
