"""Issue 9, marketing recall round 17 (validators/claims/statistical.py): what the statistical signal may read on a
page that sells.

1. The seller's own sentence needs no word of our health vocabularies (`_readable`): results there are idioms of
   ordinary life ("Wake up ready to own your day"). A quotation still does: customers praise the service in the same
   words ("“The front desk remembered my name.”"). Logistics never.
2. A customer's denial in a first-person testimonial is a result (`_testimonial`): "“My kids haven't had a single
   cold since we started.”". A denial in the seller's voice stays out of the signal."""

import pytest
from claim_helpers import claim_findings

from validators.claims import statistical
from validators.claims.lexicon import lexicon_for
from validators.claims.matching import Probe

SHOP = "<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days.</p>"

# The seller's own sentences with no health word of our vocabularies.
SELLER_IDIOMS = [
    "Wake up ready to own your day.",
    "No glue, no slipping, no embarrassment.",
    "Show off your feet again.",
    "Helps you fall asleep faster and wake up refreshed.",
]

# Quoted customers praising the service, and logistics: never read without a health word.
NOT_READABLE = [
    "“The front desk remembered my name on my second visit.” – Marcus T.",
    "“Support answered my billing question within an hour.” – Luis, Austin",
    "“I loved the packaging and the little thank-you card.” – Amy",
    "My favourite colour is the blue case.",
    "95% of our patients rate our service as excellent.",
    "No GP letter, no worries.",
    "Free delivery on every order over £30.",
    "Your order ships the same day.",
]


@pytest.mark.parametrize("text", SELLER_IDIOMS)
def test_the_sellers_own_sentence_is_readable_without_a_health_word(text):
    probe = Probe(text)
    assert not statistical._health(probe, lexicon_for())
    assert statistical._readable(probe, lexicon_for())


@pytest.mark.parametrize("text", NOT_READABLE)
def test_a_quotation_without_a_health_word_or_logistics_is_not_readable(text):
    assert not statistical._readable(Probe(text), lexicon_for())


def test_a_quotation_with_a_health_word_stays_readable():
    assert statistical._readable(Probe("“My back pain is gone.” – Hannah, Leeds"), lexicon_for())


@pytest.mark.parametrize("line", ["Wake up ready to own your day.", "No glue, no slipping, no embarrassment."])
def test_a_high_scoring_seller_idiom_is_promoted_on_a_page_that_sells(line):
    assert statistical.sentence_score(Probe(line), lexicon_for()) >= statistical.model()["threshold"]
    assert any(
        f.rule == "claim.uncited" and line.rstrip(".") in f.sentence for f in claim_findings(f"{SHOP}<p>{line}</p>")
    )


@pytest.mark.parametrize("line", ["Wake up ready to own your day.", "No glue, no slipping, no embarrassment."])
def test_the_same_idiom_on_a_page_that_sells_nothing_is_not(line):
    html = (
        f"<h1>Living with dentures</h1><p>{line}</p><p>See your dentist if your gums are sore.</p>"
        "<p>Clean your dentures every day.</p>"
    )
    assert not any(line.rstrip(".") in f.sentence for f in claim_findings(html))


TESTIMONIALS = [
    "“My kids haven't had a single cold since we started.” – Jenna, Idaho",
    "“I'm down 61 pounds and my knees don't ache anymore.” – Tasha, Ohio",
    "“My teeth haven't looked this good since college.” – Dana, Columbus",
    "“I haven't had a migraine since March.” – Jo, Leeds",
]

NOT_TESTIMONIALS = [
    "Our gummies do not contain gelatin.",
    "This serum does not cure acne.",
    "The device does not replace your inhaler.",
    "“The vaccine does not cause autism,” the leaflet says.",
]


@pytest.mark.parametrize("text", TESTIMONIALS)
def test_a_first_person_quotation_is_a_testimonial(text):
    assert statistical._testimonial(text)


@pytest.mark.parametrize("text", NOT_TESTIMONIALS)
def test_a_denial_in_the_sellers_or_a_publishers_voice_is_not(text):
    assert not statistical._testimonial(text)


def _eligible_texts(html: str) -> list[str]:
    from validators.claims import analysis
    from validators.sources import from_html

    document = from_html(html)
    result = analysis.analyse_document(document, lexicon_for())
    return [claim.text for claim, _ in statistical._eligible(document, result.sentences)]


@pytest.mark.parametrize("text", TESTIMONIALS[:3])
def test_a_testimonials_denial_reaches_the_signal(text):
    html = f"{SHOP}<blockquote>{text}</blockquote>"
    assert any(text[:20] in t for t in _eligible_texts(html)) or any(
        text[1:20] in f.sentence for f in claim_findings(html)
    )


@pytest.mark.parametrize("text", NOT_TESTIMONIALS[:3])
def test_a_sellers_denial_does_not(text):
    assert not any(text[:20] in t for t in _eligible_texts(f"{SHOP}<p>{text}</p>"))


# 3. absolute-promise: the product offered as the last of its kind the reader will need (claims_absolute.yaml
# product_phrases), on a page that sells.
LAST_EVER = [
    "Meet the last acne cream you'll ever need.",
    "KetoReset 28: The Last Diet You Will Ever Need",
    "This is the last pillow you will ever buy.",
]

NOT_LAST_EVER = [
    "The last dose you take should be at least four hours before bed.",
    "It is the last time you'll ever need to queue at a pharmacy.",
    "The last thing you need is another bill.",
]


def _absolute(html: str, text: str) -> bool:
    return any(f.rule == "claim.absolute-promise" and text[:15] in f.sentence for f in claim_findings(html))


@pytest.mark.parametrize("text", LAST_EVER)
def test_the_last_product_you_will_ever_need_is_an_absolute_promise(text):
    assert _absolute(f"{SHOP}<p>{text}</p>", text)


@pytest.mark.parametrize("text", NOT_LAST_EVER)
def test_a_last_dose_time_or_thing_is_not(text):
    assert not _absolute(f"{SHOP}<p>{text}</p>", text)


@pytest.mark.parametrize("text", LAST_EVER[:2])
def test_the_last_product_phrase_on_an_information_page_is_not_read_as_a_promise(text):
    html = (
        f"<h1>Acne</h1><p>Adverts often say: {text}</p><p>See a GP if your acne leaves scars.</p>"
        "<p>Wash your face twice a day.</p>"
    )
    assert not _absolute(html, text)


# 4. comparison: a rival's practice matched ("does what an hour of meditation does"; claims_functions.yaml
# rival_measures), on a page that sells.
RIVAL_PRACTICE = [
    "Ten minutes with CalmWave does what an hour of meditation does.",
    "One session does what a month of yoga does for your back.",
    "Our mat does what a week of physio does.",
]

NOT_RIVAL_PRACTICE = [
    "One unit equals 8 grams of alcohol.",
    "The class does what it says on the tin.",
    "That is equal to two weeks of running costs.",
]


def _flagged(html: str, text: str) -> bool:
    return any(text[:15] in f.sentence for f in claim_findings(html))


@pytest.mark.parametrize("text", RIVAL_PRACTICE)
def test_a_rival_practice_matched_is_a_comparison(text):
    assert _flagged(f"{SHOP}<p>{text}</p>", text)


@pytest.mark.parametrize("text", NOT_RIVAL_PRACTICE)
def test_a_measure_or_an_idiom_is_not(text):
    assert not _flagged(f"{SHOP}<p>{text}</p>", text)
