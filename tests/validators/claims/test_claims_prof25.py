"""Claims on professional pages, round 25 (issue 9): the publisher's own audit telling of care given without a check,
a reference list that ends with its list, a report the reader makes, and two absolute promises an information page
still makes (a result promised to whoever keeps to a treatment, a guarantee of an outcome with no health word). Each
class with at least three unrelated examples and three correct twins; examples are unrelated to the evaluation
texts."""

import pytest
from claim_helpers import INFO_PAGE, reference_entry_findings, sentence_rules

# 1. The publisher's own survey or audit telling of care given without a check (classify: no supply cue when
# function.is_own_record): its record of practice, not an offer, on a page that does not sell. The page names a
# prescription-only medicine elsewhere, which is what let "without blood tests" read as an offer.
_DRUG_PAGE = (
    "<h1>Erectile dysfunction: information for men</h1>"
    "<p>Erectile dysfunction is when you cannot get or keep an erection. It becomes more common with age. "
    "See your GP if it keeps happening. Your GP will check your blood pressure and may arrange a blood test. "
    "Sildenafil is taken about an hour before sex. Do not take sildenafil if you use nitrate medicines for chest "
    "pain. Sildenafil can cause headaches and flushing. Call 999 if you have chest pain during sex. "
    "Stopping smoking and drinking less alcohol can help.</p><p>{}</p><p>Talk to your GP if you are worried.</p>"
)
_DRUG_SHOP_PAGE = (
    "<h1>FirmUp sildenafil tablets</h1><p>Order today for only £24.99 with free delivery.</p><p>{}</p>"
    "<p>Add to basket.</p>"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "In our 2024 audit, 1 in 8 men were first treated for erectile dysfunction without blood tests.",
        "In our 2024 survey of 500 member GPs, 40% said they see men who were first treated for erectile "
        "dysfunction without a consultation.",
        "Our annual report found that some men were treated for erectile dysfunction without a heart check.",
    ],
)
def test_the_publishers_record_of_care_without_a_check_is_no_offer(sentence):
    assert "claim.unlawful-supply" not in sentence_rules(_DRUG_PAGE, sentence)


@pytest.mark.parametrize(
    "page, sentence",
    [
        (_DRUG_PAGE, "Men can be treated for erectile dysfunction without a consultation, order today."),
        (_DRUG_PAGE, "We treat erectile dysfunction without a consultation or any tests."),
        (
            _DRUG_SHOP_PAGE,
            "In our 2024 audit, 1 in 8 men were first treated for erectile dysfunction without blood tests.",
        ),
    ],
)
def test_an_offer_or_a_sellers_record_without_a_prescriber_stays_unlawful_supply(page, sentence):
    assert "claim.unlawful-supply" in sentence_rules(page, sentence)


# 2. A reference section made of a list ends with its list (citations.ReferenceList): a paragraph after it ("Page last
# reviewed ...") is no reference entry.
_REFERENCES = (
    "<h1>Gout</h1><p>Colchicine lowers the number of flares in the first months of allopurinol [1].</p>"
    "<h2>References</h2>{}"
)


def _reference_findings(html: str) -> list[str]:
    return reference_entry_findings(_REFERENCES.format(html))


@pytest.mark.parametrize(
    "after",
    [
        "<p>Page last reviewed: 2 May 2025.</p>",
        "<p>Next review due: June 2027.</p>",
        "<p>This leaflet was written by the rheumatology nurses.</p>",
    ],
)
def test_a_paragraph_after_a_reference_list_is_no_entry(after):
    entries = "<ol><li>Smith A and others. Colchicine before allopurinol. doi:10.1000/xyz123</li></ol>"
    assert _reference_findings(entries + after) == []


@pytest.mark.parametrize(
    "entries",
    [
        "<ol><li>Smith A and others. Colchicine before allopurinol. Rheumatology, 2021.</li></ol>",
        "<p>1. Smith A and others. Colchicine before allopurinol. Rheumatology, 2021.</p>",
        "<p>Smith A and others (2021). Colchicine before allopurinol.</p><p>Jones B (2019). Gout in women.</p>",
    ],
)
def test_an_entry_without_a_source_is_still_reported(entries):
    assert _reference_findings(entries) != []


# 3. A report the reader makes or sends (claims_evidence.yaml care_requests): an act of reporting, no finding.
@pytest.mark.parametrize(
    "sentence",
    [
        "You can make a report online if you think a medicine caused a side effect.",
        "Nurses should submit a report to the regulator when a patient has a serious reaction.",
        "If a tablet looks different from usual, file a report with the pharmacy that supplied it.",
    ],
)
def test_a_report_the_reader_makes_is_no_unnamed_evidence(sentence):
    assert "claim.unnamed-evidence" not in sentence_rules(INFO_PAGE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A report found that cherry juice prevents gout attacks.",
        "A recent report shows that cherry extract stops gout in most people.",
        "A 2019 report found that cherry juice prevents gout attacks.",
    ],
)
def test_a_report_that_finds_stays_unnamed_evidence(sentence):
    assert "claim.unnamed-evidence" in sentence_rules(INFO_PAGE, sentence)


# 4. A result promised to whoever keeps to a treatment, put as the reader's condition (claims_absolute.yaml
# treatment_completed): the treatment's promise, not a disease's course.
@pytest.mark.parametrize(
    "sentence",
    [
        "If you follow the diet plan exactly, your gout will never come back.",
        "As long as you keep taking allopurinol, your gout will never come back.",
        "Once you finish the course of colchicine, the pain will never come back.",
    ],
)
def test_a_result_promised_to_whoever_keeps_to_treatment_is_absolute(sentence):
    assert "claim.absolute-promise" in sentence_rules(INFO_PAGE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If you keep to a healthy weight, gout is less likely to come back.",
        "If you follow this advice, your symptoms should improve within a few days.",
        "If you take allopurinol every day, attacks usually become less frequent over a year.",
    ],
)
def test_a_hedged_result_of_keeping_to_treatment_is_no_promise(sentence):
    assert "claim.absolute-promise" not in sentence_rules(INFO_PAGE, sentence)
