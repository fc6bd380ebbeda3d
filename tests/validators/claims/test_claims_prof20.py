"""Claims on professional pages, round 20 (issue 9): a review, analysis, titled trial or professional body named in
prose is a source, not unnamed evidence; a harm promised never to happen keeps its absolute promise; a lost appetite
is a harm; a unit's exponent is no citation marker. Each class with at least three unrelated examples and three
correct twins; examples are unrelated to the evaluation texts."""

import pytest
from claim_helpers import claim_findings


def _info_findings(sentence: str) -> list[str]:
    html = (
        f"<h1>About the condition</h1><p>It is a long-term condition that affects the joints.</p><p>{sentence}</p>"
        "<p>Ask your doctor if you have questions.</p>"
    )
    return sorted(f.rule for f in claim_findings(html) if f.sentence == sentence)


# A review or analysis by a named group, a Cochrane review, a trial named by its title, a named professional body
# speaking (claims_evidence.yaml authored_sources): the reader can look the source up.
@pytest.mark.parametrize(
    "sentence",
    [
        "A Cochrane review found that people who used nicotine patches were 50% more likely to stop smoking.",
        "An analysis by the Early Breast Cancer Trialists' Collaborative Group found that tamoxifen lowered "
        "the risk of recurrence by a third.",
        "A review by the Agency for Healthcare Research and Quality found that acupuncture eased knee pain in some "
        "adults.",
        "A large trial called SPRINT found that a lower blood pressure target reduced heart attacks by 25%.",
        "A safety study known as PRECISION found no more heart attacks with celecoxib than with naproxen.",
        "The Royal College of Physicians says that e-cigarettes are far less harmful than smoking.",
        "The American Academy of Dermatology recommends sunscreen with SPF 30 or higher for everyone over 6 months.",
    ],
)
def test_a_source_named_in_prose_is_no_unnamed_evidence(sentence):
    findings = _info_findings(sentence)
    assert "claim.unnamed-evidence" not in findings
    assert "claim.uncited-statistic" not in findings


@pytest.mark.parametrize(
    "sentence",
    [
        "A recent review found that people who used nicotine patches were 50% more likely to stop smoking.",
        "An analysis by researchers found that tamoxifen lowered the risk of recurrence by a third.",
        "A large trial found that a lower blood pressure target reduced heart attacks by 25%.",
        "Physicians say that e-cigarettes are far less harmful than smoking.",
        "A study called for more research, but doctors agree the cream clears eczema.",
    ],
)
def test_an_unnamed_source_stays_unnamed_evidence(sentence):
    assert "claim.unnamed-evidence" in _info_findings(sentence)


# A harm promised never to happen (claims_functions.yaml harm_ruled_out, function.ruled_out) and the promises of
# survival, of a permanent result with a treatment named first, and of no harm to the people a service treats
# (claims_absolute.yaml): an absolute promise on a page that informs.
@pytest.mark.parametrize(
    "sentence",
    [
        "Having the hearing screen guarantees that your baby will never develop a serious speech problem.",
        "Taking the tablets every morning means you will survive a stroke.",
        "With a home blood pressure monitor, you will never have a stroke again.",
        "Children vaccinated at our clinics never develop whooping cough.",
        "Our patients never get complications after knee surgery.",
    ],
)
def test_a_promise_on_an_information_page_is_flagged(sentence):
    assert "claim.absolute-promise" in _info_findings(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The hearing screen can miss some babies who later develop a serious speech problem.",
        "Most people who have a stroke survive it, but many need months of rehabilitation.",
        "After chickenpox, you will never get it again in most cases.",
        "Untreated, the infection can cause serious damage to the kidneys.",
        "Never take two doses at once, because it can cause serious harm.",
    ],
)
def test_a_stated_harm_or_a_disease_course_is_no_promise(sentence):
    assert "claim.absolute-promise" not in _info_findings(sentence)


# An appetite lost after a treatment is a harm and a reaction (claims_functions.yaml harm, treatment_reactions): its
# rate is fair balance, not an efficacy figure.
@pytest.mark.parametrize(
    "sentence",
    [
        "Roughly 1 in 8 patients lose their appetite after each dose.",
        "About 1 in 10 people feel sick or lose their appetite on the day after their injection.",
        "Around 1 in 6 children lose their appetite for a few days after the vaccine.",
    ],
)
def test_a_lost_appetite_is_a_reaction_not_a_result(sentence):
    assert _info_findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our shakes curb your appetite in 9 in 10 users.",
        "9 in 10 patients feel better after the first infusion.",
        "Our tablets ease back pain in 8 in 10 adults.",
    ],
)
def test_a_result_stays_a_statistic(sentence):
    assert "claim.uncited-statistic" in _info_findings(sentence)


# The exponent of a unit of length is no superscript citation marker (citations._UNICODE_SUPERSCRIPT).
@pytest.mark.parametrize(
    "sentence",
    [
        "Do not start the tablets if your eGFR is below 45 mL/min/1.73 m².",
        "The dose is 100 mg per m² of body surface area.",
        "Each dressing covers about 25 cm² of skin.",
    ],
)
def test_a_units_exponent_is_no_citation(sentence):
    assert "claim.dangling-citation" not in _info_findings(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The tablets lower blood pressure in most adults².",
        "Up to half of adults have the condition³.",
        "The cream is widely used for eczema¹.",
    ],
)
def test_a_superscript_after_a_word_is_still_a_marker(sentence):
    assert "claim.dangling-citation" in _info_findings(sentence)


# A long page that informs (function.LONG_PAGE_DESCRIBING describing sentences or more) stays an information page,
# and does not turn into sales copy, when one or two promises slip in, even in the publisher's own voice: its timed
# instructions and plain statements stay what they are, and the promise is flagged by its own rule.
_LONG_PAGE = (
    "<h1>Gout: information for patients</h1>"
    "<p>Gout is a type of arthritis caused by crystals of uric acid in a joint. It often affects the big toe. "
    "It is more common in men than in women. It is linked to kidney disease and high blood pressure. "
    "Attacks often start at night. The joint becomes hot, red and swollen. An attack usually lasts 5 to 7 days. "
    "Some people have only one attack in their life. Others have attacks every few months.</p>"
    "<p>Rest the joint and keep it cool. Do not put weight on it while it is painful. Take your tablets with food. "
    "Do not take aspirin for gout pain. Drink plenty of water. Avoid beer and spirits during an attack. "
    "Tell your doctor about any other medicines you take. Colchicine can cause diarrhoea. "
    "Stop colchicine and call us if you have diarrhoea. Ibuprofen is not suitable for people with stomach ulcers. "
    "Allopurinol is taken once a day. The usual starting dose is 100 mg a day. "
    "Your dose is raised every few weeks. You will have a blood test every 4 weeks until your level is stable. "
    "Allopurinol can cause a rash. Stop taking it and call us if you get a rash. "
    "Do not stop allopurinol during an attack. Uric acid crystals form when levels stay high. "
    "Gout is not caused by eating too much fruit. Being overweight makes attacks more likely. "
    "Some water tablets raise uric acid levels. Gout can run in families. "
    "Crystals can also form lumps under the skin, called tophi.</p>"
    "<p>{promise}</p><p>{timed}</p>"
)


@pytest.mark.parametrize(
    "promise",
    [
        "With our care, you will never have another gout attack again.",
        "Patients treated at our clinic never develop tophi.",
    ],
)
def test_a_long_page_with_one_promise_still_informs(promise):
    timed = "If your blood test is high, a nurse will call you within a few days."
    findings = claim_findings(_LONG_PAGE.format(promise=promise, timed=timed))
    assert [f.rule for f in findings if f.sentence == promise] == ["claim.absolute-promise"]
    assert [f.rule for f in findings if f.sentence == timed] == []
