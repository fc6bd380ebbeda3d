"""Issue 9, marketing recall round 19 (validators/data/claims_functions.yaml `rival_verbs`, classify
`_dismisses_rival`): a rhetorical "why" with a bare verb of choosing or paying a treatment or product, before "when",
is a comparison in sales copy ("Why reach for pills when relief is clipped to your ear?"), whatever the clause after
"when" says. A real question (with an auxiliary), a question about delivery or booking, and the same question on a
page that sells nothing stay questions."""

import pytest
from claim_helpers import claim_findings

SHOP = "<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days.</p>"

DISMISSING = [
    "Why reach for pills when relief is clipped to your ear?",
    "Why pay for physiotherapy when ten minutes a day on the mat does the job?",
    "Why spend a fortune on creams when one serum covers it all?",
    "Why keep buying painkillers when the answer fits in your pocket?",
]

# Questions on the same selling page that do not set a treatment aside, and real questions.
NOT_DISMISSING = [
    "Why pay for delivery when you can collect from the shop?",
    "Why wait for the sale when prices are already low?",
    "Why do pills upset my stomach when I take them before breakfast?",
    "Why book a second fitting when the first one went well?",
]

# The same dismissal on pages that sell nothing (a professional or information page).
PROFESSIONAL = [
    "<h1>Managing low back pain</h1><p>Why reach for strong painkillers when the pain will settle on its own?</p>"
    "<p>Most episodes improve within six weeks.</p><p>Stay active and see your GP if the pain spreads.</p>",
    "<h1>Antibiotics and colds</h1><p>Why take antibiotics when a cold is caused by a virus?</p>"
    "<p>Antibiotics do not work against viruses.</p><p>Rest and fluids help most people recover.</p>",
    "<h1>Physiotherapy referrals</h1><p>Why pay for physio when the NHS service accepts self-referrals?</p>"
    "<p>Fill in the form at reception.</p><p>Waiting times are listed on the board.</p>",
]


def _flagged(html: str, line: str) -> bool:
    return any(line.rstrip("?") in f.sentence for f in claim_findings(html))


@pytest.mark.parametrize("line", DISMISSING)
def test_a_why_that_dismisses_a_treatment_is_a_claim_on_a_page_that_sells(line):
    assert _flagged(f"{SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize("line", NOT_DISMISSING)
def test_a_why_without_a_treatment_or_with_an_auxiliary_is_not(line):
    assert not _flagged(f"{SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize("html", PROFESSIONAL)
def test_the_same_why_on_a_page_that_sells_nothing_is_not(html):
    assert not any("Why" in f.sentence for f in claim_findings(html))
