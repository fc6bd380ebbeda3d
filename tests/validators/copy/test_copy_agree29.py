"""agree29 (issue 10): general readings of copy.verb-agreement added in round 29."""

import pytest
from copy_helpers import flagged

RULE = "copy.verb-agreement"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("There is several ways to ease a blocked nose.", "is", "are"),
        ("In our clinic there was two cases of measles last spring.", "was", "were"),
        ("There's many reasons to book a review.", "There's", "There are"),
        ("There has been several outbreaks of norovirus this winter.", "has", "have"),
        ("If there is also side effects, stop the tablets.", "is", "are"),
        ("There is no tablets that cure tinnitus.", "is", "are"),
        ("There are a small charge for a repeat visit.", "are", "is"),
        ("There were a long queue at the flu clinic.", "were", "was"),
    ],
)
def test_existential_there_agrees_with_the_noun_phrase_after_the_verb(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "There are several ways to ease a blocked nose.",
        "There is a rash and swollen glands.",  # the nearest item
        "There is pain, swelling and redness around the joint.",
        "There are a number of ways to lower your risk.",
        "There are a range of treatments, a lot of leaflets and a couple of apps.",
        "There is ten minutes between the two doses.",  # one amount
        "There were an estimated 5,000 cases last year.",
        "There are one or two things to check first.",
        "There is lots of evidence for exercise.",
        "There is a small risk of side effects.",
        "There are a blood test and a scan to book.",
        "Go over there and sit down while the nurse checks your forms.",
        "There is no evidence that results vary by brand.",
        "There is a few things to know.",  # "a few": left alone
    ],
)
def test_existential_there_with_an_agreeing_or_undecided_phrase_passes(text):
    assert [f for f in flagged(RULE, text) if f[0].lower() in ("is", "are", "was", "were", "has", "there's")] == []
