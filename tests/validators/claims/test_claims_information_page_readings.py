"""Claims on professional information pages. Three classes, each with its twins:

- the consensus of a named medical field ("Cardiologists agree that ...") on an information page is the field's
  consensus its publisher states, not an appeal to unnamed evidence (claims_evidence.yaml specialty_consensus,
  function.states_specialty_consensus, applied by analysis.analyse_document once the page's genre is known); twins:
  the same sentence on a page that sells, an unnamed source ("Experts agree", "Doctors agree", bare "Specialists
  agree"), a field that finds or proves (research), the organisation's own staff, a field said to back a cure;
- a survey's answers ("One in three said they had stopped ...") on a page that sells nothing are its reported
  findings, not an uncited efficacy statistic (claims_functions.yaml own_records); twins: the page that sells, a
  share told as a result;
- the window for starting a treatment ("if you take them within 48 hours of the first symptoms") is a schedule, not a
  timeline of effect (claims_statistics.yaml schedule_objects); twins: the treatment timed to its effect.

Examples are unrelated to the evaluation texts."""

import pytest
from claim_helpers import GOUT_SHOP_PAGE, INFO, claim_findings

# A long information page in a health service's voice (warnings, instructions, doses, course), one paragraph `{}`
# for the sentence under test.
ASTHMA_PAGE = (
    "<h1>Asthma in adults</h1>"
    "<p>Asthma is a common lung condition that causes breathlessness, wheezing and a tight chest. "
    "Symptoms often get worse at night or after exercise. "
    "Take your preventer inhaler every day, even when you feel well. "
    "Rinse your mouth with water after using a steroid inhaler. "
    "Carry your reliever inhaler with you at all times. "
    "Do not smoke, and avoid smoky places. "
    "Some painkillers, such as ibuprofen, can make asthma worse in a few people. "
    "A cold or flu can trigger an asthma attack. "
    "Check your inhaler technique with a nurse once a year. "
    "Ask your pharmacist if you are not sure how to use your inhaler. "
    "Keep a written asthma action plan at home. "
    "Asthma is not caused by a lack of fitness. "
    "Have a flu vaccine every autumn. "
    "Tell your doctor if you use your reliever more than three times a week.</p>"
    "<p>{}</p>"
    "<p>Call 999 if your reliever inhaler does not help and you are too breathless to speak.</p>"
)

_FIELD_CONSENSUS = [
    "Cardiologists agree that statins lower the risk of a second heart attack.",
    "Gastroenterologists agree that a low-FODMAP diet eases bloating in irritable bowel syndrome.",
    "Infectious disease specialists agree that the vaccine protects older adults against serious illness.",
    "Most paediatricians advise that babies sleep on their backs to lower the risk of cot death.",
    "Orthopaedic surgeons agree that physiotherapy speeds recovery after a knee replacement.",
]


def _rules(page: str, sentence: str) -> list[str]:
    return sorted(f.rule for f in claim_findings(page.format(sentence)) if f.sentence == sentence)


@pytest.mark.parametrize("sentence", _FIELD_CONSENSUS)
def test_a_named_fields_consensus_on_an_information_page_is_no_unnamed_evidence(sentence):
    assert "claim.unnamed-evidence" not in _rules(ASTHMA_PAGE, sentence)


@pytest.mark.parametrize("sentence", _FIELD_CONSENSUS)
def test_the_same_consensus_on_a_page_that_sells_stays_a_claim(sentence):
    assert _rules(GOUT_SHOP_PAGE, sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Experts agree that regular exercise improves breathing in people with asthma.",
        "Doctors agree that a daily spoonful of honey stops asthma attacks.",
        "Specialists agree that the new inhaler reduces flare-ups.",
        "Pulmonologists have found that salt caves clear the airways.",
        "Our respiratory physiologists recommend our breathing course to every patient.",
        "Allergists agree that the nasal spray cures hay fever.",
    ],
)
def test_an_unnamed_source_research_own_staff_or_a_promise_stays_flagged_on_an_information_page(sentence):
    assert _rules(ASTHMA_PAGE, sentence) != []


# A survey's answers reported on an information page (claims_functions.yaml own_records, function.is_own_record): a
# share of the people asked who said or reported something, in the past tense.
_SURVEY_ANSWERS = [
    "One in three said they had stopped taking their statin within a year.",
    "One in five said they had stopped their blood pressure tablets because of dizziness.",
    "Carers in rural areas were twice as likely to report stopping a medicine because the pharmacy was too far away.",
]


@pytest.mark.parametrize("sentence", _SURVEY_ANSWERS)
def test_a_surveys_answers_on_an_information_page_are_no_uncited_statistic(sentence):
    assert _rules(ASTHMA_PAGE, sentence) == []


@pytest.mark.parametrize("sentence", _SURVEY_ANSWERS)
def test_the_same_answers_on_a_page_that_sells_stay_a_statistic(sentence):
    assert "claim.uncited-statistic" in _rules(GOUT_SHOP_PAGE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine in ten people who use the cream are free of eczema within a week.",
        "Our inhaler cuts asthma attacks by 60% in a month.",
        "One in three people who take the new tablet stop having attacks altogether.",
    ],
)
def test_a_share_told_as_a_result_not_an_answer_stays_a_statistic_on_an_information_page(sentence):
    assert "claim.uncited-statistic" in _rules(ASTHMA_PAGE, sentence)


# The window for starting or taking a treatment (claims_statistics.yaml schedule_objects, classify._timelines): a
# schedule word and its pronoun object right before the duration.
_START_WINDOWS = [
    "Flu antivirals shorten the illness if you take them within 48 hours of the first symptoms.",
    "The morning-after pill is more effective the sooner you take it, and you should take it within 72 hours of sex.",
    "Steroid tablets ease the pain of Bell's palsy best if you start them within 72 hours of the weakness appearing.",
]


def _on_short_page(sentence: str) -> list[str]:
    return _rules(INFO + "<p>{}</p>", sentence)


@pytest.mark.parametrize("sentence", _START_WINDOWS)
def test_the_window_for_starting_a_treatment_is_no_timeline_of_effect(sentence):
    assert "claim.uncited-timeline" not in _on_short_page(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Flu antivirals shorten the illness within 48 hours.",
        "The antiviral cream heals cold sores within 3 days.",
        "Steroid tablets ease the pain of Bell's palsy within 72 hours.",
    ],
)
def test_a_treatment_timed_to_its_effect_stays_a_timeline(sentence):
    assert "claim.uncited-timeline" in _on_short_page(sentence)
