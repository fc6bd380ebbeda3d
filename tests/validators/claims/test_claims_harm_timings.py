"""The timing of a side effect, a reaction or a symptom (issue 9, function.times_a_reaction): on a page that is no
information page (a clinic's or a pharmacy's page, a short draft) a reaction or symptom that appears, lasts or, for a
particular reaction, settles within a time is a warning or the course, never a timeline of effect whose advice is to
soften it. A benefit arriving within a time stays a timeline of effect, as do side effects in general said to go
away (a safety reassurance) and a reaction said to go away with the seller's own product. Examples unrelated to each
other and to the evaluation texts."""

import pytest
from claim_helpers import claim_findings
from test_claims_page_genre import EDITORIAL, PROMOTIONAL

# A clinic's page: its own doctors, an invitation to book, a price.
CLINIC_PAGE = (
    "<h1>Treatments at Elmfield Skin and Vein Clinic</h1>"
    "<p>At Elmfield Skin and Vein Clinic our doctors treat thread veins, acne scars and sun damage. Book a"
    " consultation with one of our doctors today.</p>"
    "<h2>What to expect</h2><p>{sentence}</p>"
    "<p>Treatments start from £120. Call us on 0100 000 000 to book.</p>"
)
# A pharmacy's page: its own service and a price.
PHARMACY_PAGE = (
    "<h1>Travel vaccines at Northgate Pharmacy</h1>"
    "<p>Our pharmacists give travel vaccines in store. Book your appointment online today for £35.</p>"
    "<p>{sentence}</p>"
)
PAGES = [CLINIC_PAGE, PHARMACY_PAGE, "<h1>Note</h1><p>Keep the area clean. {sentence}</p>"]

REACTION_TIMINGS = [
    "Swelling and bruising are common for three to five days after the procedure.",
    "Headaches can happen in the first few days after the injection.",
    "Soreness at the injection site usually settles within 2 days.",
    "Peeling may take up to 10 days to settle after a chemical peel.",
    "Side effects such as tiredness often last a day or two after the vaccine.",
    "Bruising usually fades within a fortnight of the filler treatment.",
]
BENEFIT_TIMINGS = [
    "Acne starts to clear within 4 weeks of starting the tablets.",
    "Pain eases within 30 minutes of the injection.",
    "Headaches go away within an hour of taking the tablets.",
    "Side effects disappear in days with our formula.",
    "Side effects usually wear off within a few weeks of starting treatment.",
]


def _rules(sentence: str, html: str, config=PROMOTIONAL) -> list[str]:
    return [f.rule for f in claim_findings(html.format(sentence=sentence), config) if f.sentence == sentence]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("sentence", REACTION_TIMINGS)
def test_the_timing_of_a_reaction_is_no_timeline_of_effect(sentence, page):
    assert "claim.uncited-timeline" not in _rules(sentence, page)
    assert "claim.uncited-timeline" not in _rules(sentence, page, EDITORIAL)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("sentence", BENEFIT_TIMINGS + [
    "Most patients are pain-free within 3 days of the injection.",
    "Our laser clears thread veins in 6 weeks.",
])
def test_a_benefit_arriving_within_a_time_is_still_a_timeline_of_effect(sentence, page):
    assert _rules(sentence, page) == ["claim.uncited-timeline"]


@pytest.mark.parametrize("page", PAGES)
def test_a_denied_side_effect_does_not_hide_the_results_promised_after_it(page):
    sentence = "None — and you'll see results within a week."
    assert _rules(sentence, page.replace("{sentence}", "Side effects? {sentence}")) != []
