"""Round 31 (RESULTS_claims_mclaim31.md): advice to act is no benefit the statistical signal promotes."""

import pytest
from claim_helpers import claim_findings

SHOP = "<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days.</p>"

ADVICE = [
    "Physiotherapists recommend staying active after a back injury.",
    "Pharmacists urge checking the label before giving any medicine to a child.",
    "Sleep experts recommend that adults keep the same bedtime every night.",
    "Our midwives recommend it to every new mum.",
    "Our pharmacists recommend them to customers with dry eyes.",
]

ENDORSEMENTS = [
    "Dermatologists recommend it.",
    "Recommended by physiotherapists across the UK.",
    "Trusted by dentists nationwide.",
]


@pytest.mark.parametrize("sentence", ADVICE)
def test_advice_to_act_on_a_page_that_sells_is_no_promoted_benefit(sentence):
    assert "claim.uncited" not in [f.rule for f in claim_findings(f"{SHOP}<p>{sentence}</p>")], sentence


@pytest.mark.parametrize("sentence", ENDORSEMENTS)
def test_the_sold_thing_endorsed_is_still_an_appeal_to_evidence(sentence):
    assert "claim.unnamed-evidence" in [f.rule for f in claim_findings(f"{SHOP}<p>{sentence}</p>")], sentence
