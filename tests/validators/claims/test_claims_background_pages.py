"""Page genre (issue 9): a page that sells nothing and carries no slip at all (no unnamed evidence, promise,
superlative or unlawful offer) informs also through its background facts (what a disease is, how common it is, what a
test involves), so a long plain page that mostly describes a disease is an information page: a plain timing of
effect there is its publisher's consensus. One slip and the background no longer counts: the same page with "studies
show" is no information page, and neither is a short draft. Examples unrelated to each other and to the evaluation
texts."""

import pytest
from claim_helpers import claim_findings
from test_claims_page_genre import EDITORIAL, PROMOTIONAL

# Five informing sentences (instructions, a warning, a course) and nine background facts, no slip.
DESCRIBING_PAGE = (
    "<h1>Gallstones</h1>"
    "<p>Gallstones are small stones that form in the gallbladder. The gallbladder is a small organ under the liver."
    " It stores bile, a fluid that helps digest fat. Most gallstones are made of cholesterol. About 1 in 10 adults in"
    " the country have gallstones. Many people with gallstones never know they have them. Gallstones are more common"
    " in women and in people over 40. An ultrasound scan is the usual test for gallstones. The scan takes about"
    " 15 minutes.</p>"
    "{timing}"
    "<h2>What to do</h2>"
    "<p>See a GP if you have pain in your upper tummy that lasts more than a few hours. Call 999 if your skin or the"
    " whites of your eyes turn yellow. Do not eat a large fatty meal before the scan. Bring a list of your medicines"
    " to the appointment. A blocked bile duct can cause a serious infection.</p>"
    "{slips}"
)
SLIPS = "<p>Studies show that gallstones run in families.</p>"
TIMINGS = [
    "Painkillers start to ease the pain within 30 minutes.",
    "Keyhole surgery takes the pain away within a day.",
    "Anti-sickness tablets begin to settle the stomach within an hour.",
]


def _timing(sentence: str, html: str, config=PROMOTIONAL) -> list[str]:
    return [f.rule for f in claim_findings(html, config) if f.sentence == sentence]


@pytest.mark.parametrize("sentence", TIMINGS)
def test_a_timing_on_a_plain_describing_page_is_information(sentence):
    page = DESCRIBING_PAGE.format(timing=f"<p>{sentence}</p>", slips="")
    assert _timing(sentence, page) == []
    assert _timing(sentence, page, EDITORIAL) == []


@pytest.mark.parametrize("sentence", TIMINGS)
def test_with_one_slip_the_background_no_longer_makes_an_information_page(sentence):
    page = DESCRIBING_PAGE.format(timing=f"<p>{sentence}</p>", slips=SLIPS)
    assert _timing(sentence, page) == ["claim.uncited-timeline"]


@pytest.mark.parametrize("sentence", TIMINGS)
def test_a_short_draft_of_background_is_no_information_page(sentence):
    draft = f"<h1>Gallstones</h1><p>Gallstones are small stones that form in the gallbladder. {sentence}</p>"
    assert _timing(sentence, draft) == ["claim.uncited-timeline"]
