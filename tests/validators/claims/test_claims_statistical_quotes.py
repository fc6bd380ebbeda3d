"""The statistical signal does not undo a non-claim the rules recognised first (validators/claims/statistical.py,
`_eligible`): a sales line quoted as an example ("Be wary of any product that promises to: 'Burn belly fat without
dieting'") is the page warning about others' promises, however much it reads like a claim. The same line in the
seller's own voice is still a claim."""

import pytest
from claim_helpers import claim_findings, rules_of

from validators.claims import statistical
from validators.claims.lexicon import lexicon_for
from validators.claims.matching import Probe

SHOP = "<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days.</p>"

# Sales lines the model reads as claims at its threshold.
SALES_LINES = [
    "Burn belly fat without dieting",
    "Wake up with smoother, tighter skin",
    "Sleep deeply every night without pills",
    "Restore your natural energy",
]


def _claim_rules(html: str) -> list[str]:
    return [rule for rule in rules_of(claim_findings(html)) if rule != "claim.fair-balance"]


@pytest.mark.parametrize("line", SALES_LINES)
def test_a_sales_line_quoted_as_an_example_is_not_read_as_a_claim(line):
    assert statistical.sentence_score(Probe(line), lexicon_for(())) >= statistical.model()["threshold"]
    html = f"{SHOP}<p>Be wary of any product that promises to:</p><ul><li>“{line}”</li></ul>"
    assert _claim_rules(html) == []


@pytest.mark.parametrize("line", SALES_LINES)
def test_the_same_line_in_the_sellers_voice_is_a_claim(line):
    assert _claim_rules(f"{SHOP}<p>{line}.</p>") == ["claim.uncited"]
