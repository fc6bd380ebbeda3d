"""Page genre (issue 9): a long page that sells nothing, carries no slip at all (no unnamed evidence, promise,
superlative or unlawful offer) and speaks as a publisher informs also through its background facts (what a disease
is, how common it is, what a test involves), so it is an information page: a plain timing of effect there is its
publisher's consensus. One slip, a clinic's or seller's voice (its own patients, its own name as the place, an
invitation to book or buy) or a short draft, and the background no longer counts. Whatever the genre, a cure, a
guarantee or a benefit to everyone is never plain information. Examples unrelated to each other and to the evaluation
texts."""

import pytest
from claim_helpers import claim_findings
from test_claims_page_genre import EDITORIAL, PROMOTIONAL

# Five informing sentences (instructions, a warning) and fourteen background facts, no slip.
DESCRIBING_PAGE = (
    "<h1>Gallstones</h1>"
    "{voice}"
    "<p>Gallstones are small stones that form in the gallbladder. The gallbladder is a small organ under the liver."
    " It stores bile, a fluid that helps digest fat. Most gallstones are made of cholesterol. About 1 in 10 adults in"
    " the country have gallstones. Many people with gallstones never know they have them. Gallstones are more common"
    " in women and in people over 40. An ultrasound scan is the usual test for gallstones. The scan takes about"
    " 15 minutes. Some stones are as small as a grain of sand. Others are as large as a golf ball. The liver makes"
    " bile all the time. Bile flows into the gut through a narrow tube called the bile duct. Pain from gallstones is"
    " often felt under the ribs on the right.</p>"
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
# A clinic's or seller's voice: its own patients, its name as the place, an invitation to book or buy.
PRACTICE_VOICES = [
    "<p>At Riverside Family Practice, our patients with tummy pain are seen the same week.</p>",
    "<p>Book a consultation with one of the surgeons today.</p>",
    "<p>Ready to get rid of the pain? Call us on 0100 000 000.</p>",
]
# A publisher speaking about the service it describes: no invitation of its own.
PUBLISHER_VOICES = [
    "<p>The surgical team at the hospital does about 400 operations a year.</p>",
    "<p>There is no need to book an appointment for the scan.</p>",
    "<p>Our information team reviewed this page in March.</p>",
    "<p>Scans are done at our imaging clinic on weekdays.</p>",
]
# A cure, a guarantee or a benefit to everyone: never plain information, whatever the page.
PROMISES = [
    "Milk thistle supplements cure gallstones in most people.",
    "Probiotic drinks prevent gallstone pain in everyone.",
    "A herbal tea flushes out gallstones for good.",
]
# Their plain twins on the same page: consensus benefits, the publisher's to state.
PLAIN_BENEFITS = [
    "Milk thistle supplements ease gallstone pain in some people.",
    "Probiotic drinks can help with bloating after meals.",
    "A herbal tea may settle the stomach after a fatty meal.",
]


def _findings(sentence: str, html: str, config=PROMOTIONAL) -> list[str]:
    return [f.rule for f in claim_findings(html, config) if f.sentence == sentence]


@pytest.mark.parametrize("sentence", TIMINGS)
def test_a_timing_on_a_plain_describing_page_is_information(sentence):
    page = DESCRIBING_PAGE.format(voice="", timing=f"<p>{sentence}</p>", slips="")
    assert _findings(sentence, page) == []
    assert _findings(sentence, page, EDITORIAL) == []


@pytest.mark.parametrize("sentence", TIMINGS)
def test_with_one_slip_the_background_no_longer_makes_an_information_page(sentence):
    page = DESCRIBING_PAGE.format(voice="", timing=f"<p>{sentence}</p>", slips=SLIPS)
    assert _findings(sentence, page) == ["claim.uncited-timeline"]


@pytest.mark.parametrize("voice", PRACTICE_VOICES)
@pytest.mark.parametrize("sentence", TIMINGS)
def test_in_a_clinic_or_seller_voice_the_background_no_longer_counts(sentence, voice):
    page = DESCRIBING_PAGE.format(voice=voice, timing=f"<p>{sentence}</p>", slips="")
    assert _findings(sentence, page) == ["claim.uncited-timeline"]


@pytest.mark.parametrize("voice", PUBLISHER_VOICES)
def test_a_publisher_describing_its_service_keeps_the_background(voice):
    sentence = TIMINGS[0]
    page = DESCRIBING_PAGE.format(voice=voice, timing=f"<p>{sentence}</p>", slips="")
    assert _findings(sentence, page) == []


@pytest.mark.parametrize("sentence", TIMINGS)
def test_a_short_draft_of_background_is_no_information_page(sentence):
    draft = DESCRIBING_PAGE.format(voice="", timing=f"<p>{sentence}</p>", slips="").split("<h2>")[0]
    assert _findings(sentence, draft) == ["claim.uncited-timeline"]


@pytest.mark.parametrize("sentence", PROMISES)
def test_a_cure_or_a_benefit_to_everyone_is_flagged_on_an_information_page(sentence):
    page = DESCRIBING_PAGE.format(voice="", timing=f"<p>{sentence}</p>", slips="")
    assert _findings(sentence, page) != []


@pytest.mark.parametrize("sentence", PLAIN_BENEFITS)
def test_a_plain_benefit_on_an_information_page_is_consensus(sentence):
    page = DESCRIBING_PAGE.format(voice="", timing=f"<p>{sentence}</p>", slips="")
    assert _findings(sentence, page) == []
    assert _findings(sentence, page, EDITORIAL) == []
