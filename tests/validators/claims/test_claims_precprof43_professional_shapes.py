"""Classes of claim finding that blocked correct professional pages (issue 9, precprof43: pharmacist Q&A pages and
leaflet probes). claim.unlawful-supply:

- a legal status explained: the sentence says which products need a prescription and which do not ("Some of these
  sprays can be bought without a prescription by adults aged 18 and over, while others are prescription-only");
- the pharmacy counter as the lawful channel: a pharmacy medicine "kept behind the counter" is supplied by the
  pharmacy staff, however the sentence words it.

A seller that offers a prescription-only medicine with the prescriber removed is still found, also when a status is
denied ("no longer prescription-only") and when a seller on a page that sells names its own counter.

claim.superlative: who to turn to for advice ("Our nurses are the best people to ask about your vaccinations") is a
referral, not a ranking of quality; "the best nurses in the country" and "the best place to get your vaccine" still
rank.

claim.unnamed-evidence: a study's design described ("Because the study was observational, it cannot rule out ...";
claims_evidence.yaml study_limits) reports no finding; a finding reported after it is still an appeal.

claim.absolute-promise: a material a procedure leaves in the body that goes away by itself ("The stitches dissolve
completely within three weeks"; claims_absolute.yaml dissolving_materials) is described, not promised; a complaint
that goes away completely ("Warts disappear completely") is still a promise."""

import pytest

from tests.validators.claims.claim_helpers import claim_findings

_INFO = (
    "<h1>{title}</h1>"
    "<p>Check the leaflet that comes with your medicine. Tell the pharmacist about any other medicines you take. "
    "Side effects can include headache, nausea and tiredness. Keep all medicines out of the reach of children.</p>"
    "<p>{sentence}</p>"
    "<p>Store it below 25C. Do not take more than the dose on the label.</p>"
)
_SHOP = "<p>Order today for next-day delivery. Add to basket now, only £19.99.</p>"

STATUS_EXPLAINED = [
    ("Steroid nasal sprays: fluticasone and beclometasone",
     "Some of these sprays can be bought without a prescription by adults aged 18 and over, while others are "
     "prescription-only."),
    ("Sildenafil for erectile dysfunction",
     "Sildenafil 50 mg can be bought from pharmacies without a prescription, but the 100 mg tablets are still "
     "prescription-only."),
    ("Naproxen for period pain",
     "Low-strength naproxen for period pain can be bought without a prescription; other strengths remain "
     "prescription-only."),
]
COUNTER_SUPPLY = [
    ("Cold and flu medicines, and when antibiotics help",
     "Pseudoephedrine is kept behind the counter, and you will be asked to show a photo ID, though no prescription "
     "is needed."),
    ("Codeine linctus and antibiotics",
     "Codeine linctus is sold only from behind the pharmacy counter, with no prescription needed for a small bottle."),
    ("Antibiotic eye drops",
     "Chloramphenicol eye drops are kept behind the pharmacist's counter and can be supplied without a "
     "prescription for adults."),
]
OFFERS = [
    ("Sildenafil tablets",
     "Order sildenafil today without a prescription, although it is no longer prescription-only."),
    ("Finasteride tablets", "We supply finasteride without a prescription."),
    ("Antibiotics online", "Order antibiotics online, no prescription needed."),
]


def _rule_fired(rule: str, html: str) -> list[str]:
    """The ids of `rule`'s findings on the page."""
    return [f.rule for f in claim_findings(html) if f.rule == rule]


def _supply(html: str, sentence: str) -> list[str]:
    return [f.rule for f in claim_findings(html) if f.rule == "claim.unlawful-supply" and sentence in f.sentence]


@pytest.mark.parametrize(("title", "sentence"), STATUS_EXPLAINED, ids=["sprays", "sildenafil", "naproxen"])
def test_a_legal_status_explained_is_no_offer(title, sentence):
    assert _supply(_INFO.format(title=title, sentence=sentence), sentence) == []


@pytest.mark.parametrize(("title", "sentence"), COUNTER_SUPPLY, ids=["pseudoephedrine", "codeine", "chloramphenicol"])
def test_the_pharmacy_counter_is_a_lawful_channel(title, sentence):
    assert _supply(_INFO.format(title=title, sentence=sentence), sentence) == []


@pytest.mark.parametrize(("title", "sentence"), OFFERS, ids=["status-denied", "we-supply", "order"])
def test_an_offer_with_the_prescriber_removed_is_still_found(title, sentence):
    assert _supply(_INFO.format(title=title, sentence=sentence), sentence) == ["claim.unlawful-supply"]


SELLER_AT_THE_COUNTER = [
    ("Codeine linctus", "We sell codeine linctus from behind the counter with no prescription needed."),
    ("Sildenafil tablets", "Our pharmacy keeps sildenafil behind the counter and sells it without a prescription."),
    ("Tramadol capsules", "We post tramadol from behind our counter, no prescription required."),
]


@pytest.mark.parametrize(("title", "sentence"), SELLER_AT_THE_COUNTER, ids=["codeine", "sildenafil", "tramadol"])
def test_the_counter_in_a_sellers_voice_on_a_page_that_sells_stays_an_offer(title, sentence):
    html = _INFO.format(title=title, sentence=sentence).replace("<p>Store it", _SHOP + "<p>Store it")
    assert _supply(html, sentence) == ["claim.unlawful-supply"]  # a seller's "we"/"our" outweighs the channel


_LEAFLET = (
    "<h1>Shingles vaccine: information for patients</h1><p>This leaflet explains the shingles vaccine. Ask your GP or "
    "practice nurse if you have questions. Side effects can include a sore arm, headache and tiredness.</p>"
    "<p>{sentence}</p>"
)


def _superlative(sentence: str) -> list[str]:
    return _rule_fired("claim.superlative", _LEAFLET.format(sentence=sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Our nurses are the best people to ask about your vaccinations.",
        "Our pharmacists are the best people to talk to about side effects.",
        "The ward is the best place to call if the wound bleeds.",
        "Your own GP practice is the best contact to ask about a missed dose.",
    ],
)
def test_who_to_turn_to_for_advice_is_no_ranking(sentence):
    assert _superlative(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our nurses are the best in the country.",
        "We are the best people for your vaccinations in London.",
        "Our clinic is the best place to get your shingles vaccine.",
    ],
)
def test_a_ranking_of_quality_is_still_a_superlative(sentence):
    assert _superlative(sentence) == ["claim.superlative"]


_RESEARCH_NEWS = (
    "<h1>Study links irregular sleep to blood pressure in teenagers</h1><p>Teenagers wore wrist monitors for a week. "
    "Their blood pressure was measured three times by a school nurse.</p><p>{sentence}</p>"
)


def _unnamed(sentence: str) -> list[str]:
    return _rule_fired("claim.unnamed-evidence", _RESEARCH_NEWS.format(sentence=sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Because the study was observational, it cannot rule out that stress drives both sleep and blood pressure.",
        "The trials were open-label, so participants knew which treatment they received.",
        "The survey was cross-sectional, and sleep was measured only once.",
    ],
)
def test_a_study_design_described_reports_no_finding(sentence):
    assert _unnamed(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The study was observational but showed that irregular sleep raises blood pressure.",
        "A recent study proves that teenagers who sleep irregularly have higher blood pressure.",
        "Research shows that a regular bedtime lowers blood pressure in teenagers.",
    ],
)
def test_a_finding_reported_by_unnamed_research_is_still_found(sentence):
    assert _unnamed(sentence) == ["claim.unnamed-evidence"]


_WOUND_LEAFLET = (
    "<h1>Caring for your wound: information for patients</h1><p>This leaflet explains how to care for your wound. Ask "
    "the practice nurse if you have questions. Side effects are rare.</p><p>{sentence}</p>"
)


def _absolute(sentence: str) -> list[str]:
    return _rule_fired("claim.absolute-promise", _WOUND_LEAFLET.format(sentence=sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The stitches dissolve completely within three weeks.",
        "The dye disappears completely from your body within a day.",
        "The numbing gel dissolves entirely within an hour.",
    ],
)
def test_a_material_that_goes_away_by_itself_is_no_promise(sentence):
    assert _absolute(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our tea dissolves kidney stones completely.",
        "Kidney stones dissolve completely with this treatment.",
        "Warts disappear completely after one treatment.",
        "The scar vanishes completely with this gel.",
    ],
)
def test_a_complaint_that_goes_away_is_still_a_promise(sentence):
    assert _absolute(sentence) == ["claim.absolute-promise"]
