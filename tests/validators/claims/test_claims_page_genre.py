"""The page's genre (issue 9): on an information page (it sells nothing, mostly warns, instructs, doses and tells a
disease's course, and appeals to unnamed evidence or promises at most twice) a plain statement of when a medicine or
behaviour acts is what its publisher states without inline citations; in a short draft, on a page full of "research
shows" or on a page that sells, it is a timeline of effect that needs a source. Examples unrelated to each other and
to the evaluation texts."""

import pytest
from claim_helpers import claim_findings

from validators.config import Config

PROMOTIONAL = Config(disabled=frozenset({"copy", "link"}))
EDITORIAL = Config(disabled=frozenset({"copy", "link"}), claim_profile="editorial")

# An information page: 14 sentences that instruct, dose, warn, deny, tell the course or speak for the organisation.
INFORMATION_PAGE = (
    "<h1>Otitis externa</h1>"
    "<p>Do not put cotton buds or fingers in the ear. Keep the ear dry while it heals. Wear a swimming cap or ear plugs"
    " when you swim. Adults can take 400 mg of ibuprofen up to 3 times a day with food. Children under 12 can take"
    " paracetamol at the dose printed on the packet. Do not use ear drops if you think your eardrum has burst.</p>"
    "{timing}"
    "<h2>Warnings</h2>"
    "<p>Some ear drops can cause stinging or itching. Steroid drops can thin the skin of the ear canal if they are used"
    " for too long. Ear candles can burn the face and ear. Swimming in dirty water makes the infection more likely.</p>"
    "<h2>How long it lasts</h2>"
    "<p>The pain often gets worse before it gets better. The ear may feel blocked for a few days. Hearing does not"
    " usually change for good. Ear infections are not passed from person to person.</p>"
    "{slips}"
    "<h2>Our service</h2>"
    "<p>Our ear care nurses ran 5,200 appointments in 2025. We recommend that people with diabetes see a GP on the"
    " first day of ear pain.</p>"
)
RESEARCH = ("<p>Research shows that ear wax protects the ear. Studies show that swimmers get more ear infections."
            " Experts agree that ear plugs help.</p>")
TIMINGS = [
    "Antibiotic ear drops start to work within 2 days.",
    "Physiotherapy eases shoulder stiffness within 6 weeks.",
    "Nicotine patches begin to ease cravings within a few hours.",
]


def _timing_findings(sentence: str, html: str, config: Config = PROMOTIONAL) -> list[tuple[str, str]]:
    return [(f.rule, f.severity.value) for f in claim_findings(html, config) if f.sentence == sentence]


@pytest.mark.parametrize("sentence", TIMINGS)
def test_a_consensus_timing_on_an_information_page_is_not_a_claim(sentence):
    """Class information-timeline: off in both profiles."""
    page = INFORMATION_PAGE.format(timing=f"<p>{sentence}</p>", slips="")
    assert _timing_findings(sentence, page) == []
    assert _timing_findings(sentence, page, EDITORIAL) == []


@pytest.mark.parametrize("sentence", TIMINGS)
def test_the_same_timing_in_a_short_draft_needs_a_source(sentence):
    """A short draft cannot show an information page's voice: its timing is a consensus-timeline."""
    draft = f"<h1>Note</h1><p>Keep the area clean. {sentence}</p>"
    assert _timing_findings(sentence, draft) == [("claim.uncited-timeline", "error")]
    assert _timing_findings(sentence, draft, EDITORIAL) == [("claim.uncited-timeline", "warning")]


@pytest.mark.parametrize("sentence", TIMINGS)
def test_the_same_timing_on_a_page_that_appeals_to_unnamed_evidence_needs_a_source(sentence):
    """Three appeals to unnamed evidence are more than an information page's slips."""
    page = INFORMATION_PAGE.format(timing=f"<p>{sentence}</p>", slips=RESEARCH)
    assert _timing_findings(sentence, page) == [("claim.uncited-timeline", "error")]


@pytest.mark.parametrize("sentence", TIMINGS)
def test_the_same_timing_on_a_page_that_sells_needs_a_source(sentence):
    page = INFORMATION_PAGE.format(timing=f"<p>{sentence}</p>", slips="<p>Buy now for only £19.99.</p>")
    assert _timing_findings(sentence, page) != []


@pytest.mark.parametrize("sentence", [
    "A single injection clears 90% of infections within a week.",
    "Acupuncture cuts back pain by half within a month.",
    "The new drops heal 8 out of 10 perforated eardrums in 3 weeks.",
])
def test_an_efficacy_figure_with_its_timing_on_an_information_page_still_needs_a_source(sentence):
    """The information page relaxes the timing, not an uncited efficacy number (class uncited-statistic)."""
    page = INFORMATION_PAGE.format(timing=f"<p>{sentence}</p>", slips="")
    assert ("claim.uncited-statistic", "error") in _timing_findings(sentence, page)


PLAIN_STATEMENTS = [
    "Honey can help soothe a cough in children over 1 year old.",
    "Nicotine patches are as effective as gum for most people.",
    "Our physiotherapists will help you get moving again after surgery.",
]


@pytest.mark.parametrize("sentence", PLAIN_STATEMENTS)
def test_a_remedy_a_comparison_or_a_service_on_an_information_page_is_a_plain_statement(sentence):
    """Class consensus-benefit: on an information page a remedy, a comparison of treatments or the organisation's
    own service stated plainly is what a health service says without a citation (off in both profiles)."""
    page = INFORMATION_PAGE.format(timing=f"<p>{sentence}</p>", slips="")
    assert _timing_findings(sentence, page) == []


@pytest.mark.parametrize("sentence", PLAIN_STATEMENTS)
def test_the_same_statement_in_a_short_draft_is_a_benefit_claim(sentence):
    draft = f"<h1>Note</h1><p>Keep the area clean. {sentence}</p>"
    assert _timing_findings(sentence, draft) == [("claim.uncited", "warning")]


@pytest.mark.parametrize("sentence", [
    "Our honey lozenges soothe a sore throat.",
    "My cough settled after two spoonfuls of honey.",
    "Our ear drops ease swimmer's ear better than olive oil.",
])
def test_a_sellers_product_or_a_customer_on_an_information_page_is_still_a_benefit_claim(sentence):
    """The speaker's own product, medicine or remedy, or a customer speaking: class uncited-benefit."""
    page = INFORMATION_PAGE.format(timing=f"<p>{sentence}</p>", slips="")
    assert _timing_findings(sentence, page) == [("claim.uncited", "warning")]
