"""Issue 9, marketing precision round 16: a figure of the seller's SERVICE is no health statistic.

On a page that sells, a share, count or rating of orders delivered, calls answered, prescriptions dispensed or of the
delivery and customer service ("90% of customers had their order within two days", "Thousands of customers rated us
4.8 out of 5 for delivery") measures how the shop runs; it was flagged as an uncited statistic
(claims_statistics.yaml service_measures, classify._service_measure). Twins: a health result in the same shape, or in
the same sentence, stays a claim ("90% of customers slept better", "... and their back pain eased")."""

import pytest
from claim_helpers import claim_findings

SHOP = ("<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days. "
        "The kit costs £89 and comes with a travel case.</p>")


def _on_shop(sentence: str) -> bool:
    findings = claim_findings(f"{SHOP}<p>{sentence}</p>")
    return any(f.sentence.strip().startswith(sentence.rstrip(".")[:25]) for f in findings)


# each flagged as claim.uncited-statistic (or timeline) before this round
SERVICE_FIGURES = [
    "90% of customers had their order within two days.",
    "95% of our patients rate our service as excellent.",
    "98% of calls to our pharmacists answered within a minute.",
    "Over 20,000 patients have had their prescriptions dispensed by our pharmacy.",
    "Thousands of customers rated us 4.8 out of 5 for delivery.",
    "97% of patients received their tablets the next day.",
]
HEALTH_FIGURES = [
    "90% of customers slept better.",
    "82% of wearers had fewer leaks.",
    "Nine in ten users were smoke-free after a month.",
    "Over 20,000 patients treated and 90% pain-free.",
    "95% of customers had their order within two days and their back pain eased.",
    "Nine in ten patients rated our cream 5 stars for clearing their eczema.",
]


@pytest.mark.parametrize("sentence", SERVICE_FIGURES)
def test_a_figure_of_the_sellers_service_is_no_claim(sentence):
    assert not _on_shop(sentence), sentence


@pytest.mark.parametrize("sentence", HEALTH_FIGURES)
def test_a_figure_of_a_health_result_stays_a_claim(sentence):
    assert _on_shop(sentence), sentence
