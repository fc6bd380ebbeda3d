"""copy.spelling (issue 10, copyconf37): a derivation that keeps a final y where the dictionary spells it with i
("dizzyness" for "dizziness") is a slip, not a regular derivation; one-syllable stems that keep their y ("shyness",
"dryness") and words the dictionary holds as written stay known."""

import pytest
from copy_helpers import flagged

RULE = "copy.spelling"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Some mild dizzyness can linger for a day.", "dizzyness", "dizziness"),
        ("Most people recover their happyness within weeks.", "happyness", "happiness"),
        ("A feeling of emptyness often follows a loss.", "emptyness", "emptiness"),
        ("Older adults who live alone may feel lonelyness in winter.", "lonelyness", "loneliness"),
    ],
)
def test_a_derivation_keeping_the_y_is_flagged(text, excerpt, suggestion):
    found = dict(flagged(RULE, text))
    assert excerpt in found and found[excerpt][0] == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Shyness is common in young children.",
        "Dryness of the eyes is a side effect.",
        "The fob gives keyless entry to the clinic.",
        "A joyful, playful class for toddlers.",
        "Dizziness and tiredness usually pass.",
        "She answered wryly and slyly.",
    ],
)
def test_known_derivations_stay_known(text):
    assert flagged(RULE, text) == []
