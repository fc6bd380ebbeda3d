"""Fair balance on an information page (issue 9): a publisher that sells nothing and mostly warns, instructs, doses
and tells a disease's course informs about a prescription drug, it does not promote it; a plain statement, a passing
mention or a heading naming the drug there presents nothing, in either profile. An offer to supply the drug or the
seller's own product still presents it, and the same plain statements in a short draft or on a page that sells still
need the drug's risks. Examples unrelated to each other and to the evaluation texts."""

import pytest
from claim_helpers import claim_findings
from test_claims_page_genre import EDITORIAL, INFORMATION_PAGE, PROMOTIONAL


def _fair_balance(html: str, config) -> int:
    return sum(f.rule == "claim.fair-balance" for f in claim_findings(html, config))


PLAIN = [
    "Methotrexate can help control severe psoriasis when creams have not worked.",
    "Some people are offered an antidepressant such as sertraline. Talk to your doctor about side effects first.",
    "Finasteride is a tablet that slows hair loss in men.",
]


@pytest.mark.parametrize("sentence", PLAIN)
@pytest.mark.parametrize("config", [PROMOTIONAL, EDITORIAL])
def test_a_plain_statement_about_a_drug_on_an_information_page_presents_nothing(sentence, config):
    assert _fair_balance(INFORMATION_PAGE.format(timing=f"<h2>Medicines</h2><p>{sentence}</p>", slips=""),
                         config) == 0


@pytest.mark.parametrize("sentence", PLAIN)
def test_the_same_statement_in_a_short_draft_needs_the_risks(sentence):
    assert _fair_balance(f"<h1>Note</h1><p>Keep the area clean. {sentence}</p>", PROMOTIONAL) > 0


@pytest.mark.parametrize("sentence", [
    "Our pharmacy's own finasteride tablets slow hair loss in most men.",
    "You can order methotrexate from our online pharmacy today.",
    "Order sertraline online from us with free next-day delivery.",
])
@pytest.mark.parametrize("config", [PROMOTIONAL, EDITORIAL])
def test_an_offer_or_the_sellers_own_product_on_an_information_page_still_presents_the_drug(sentence, config):
    assert _fair_balance(INFORMATION_PAGE.format(timing=f"<p>{sentence}</p>", slips=""), config) > 0
