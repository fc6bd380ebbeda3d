"""Copy false alarms on correct professional text (issue 10, branch copyprec19): an eponym or brand that the
installed medical dictionary writes capitalised ("Reye", "Buerger") is a name of its own, not a slip from a more
common name ("Eye", "Burger"). Unrelated examples that now pass and twins (a lower-case medical entry capitalised
one slip from a place name) that stay flagged."""

import pytest
from copy_helpers import findings

from validators.copy.dictionary import MEDICAL_DICTIONARY

RULE = "copy.spelling"

pytestmark = pytest.mark.skipif(not MEDICAL_DICTIONARY.exists(), reason="needs Debian's hunspell-en-med")


@pytest.mark.parametrize(
    "text",
    [
        "Never give aspirin to a child, because it has been linked to Reye syndrome, a rare illness.",
        "Smokers are most at risk of Buerger disease, which narrows the small arteries of the legs.",
        "Older records may mention a Heaf test, once used to screen for tuberculosis.",
        "Bleeding at the back of the eye in young adults can be a sign of Eales disease.",
    ],
)
def test_capitalised_medical_entry_is_a_name(text):
    assert findings(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("We are licensed in Canda and ship to all states.", "Canda"),
        ("Our sister clinic in Laris opens in June.", "Laris"),
        ("Ticks in the Rocky Mountian states carry the infection.", "Mountian"),
        ("Our pharmacists also travel to Sapin every summer.", "Sapin"),
    ],
)
def test_lower_case_medical_entry_written_as_a_name_still_flagged(text, excerpt):
    assert [f.excerpt for f in findings(RULE, text)] == [excerpt]
