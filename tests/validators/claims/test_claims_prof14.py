"""Claims on professional pages, round 14 (issue 9): a share of a dose changed, contacts an organisation's own line took
over a period, a further dose or visit timed, a consensus on what should be done, a named body giving the consensus
later in the sentence, and a statistic whose source is named in prose. Each class with at least three unrelated
examples and three correct twins; examples are unrelated to each other and to the evaluation texts."""

import pytest
from claim_helpers import claim_findings


def _findings(sentence: str, word: str = "") -> list[str]:
    html = f"<h1>About the condition</h1><p>It is a long-term condition.</p><p>{sentence}</p>"
    return sorted(f.rule for f in claim_findings(html) if f.sentence == sentence and word in f.rule)


# A percentage right after a dose changed (claims_statistics.yaml dose_change_leaders): a tapering or dosing step.
@pytest.mark.parametrize(
    "sentence",
    [
        "Most tapering plans lower the dose by about 10% a month, and some people need to go more slowly.",
        "Reduce the dosage by 25% every 2 weeks until you stop.",
        "In kidney disease the dose is usually cut by 50%.",
    ],
)
def test_a_share_of_a_dose_changed_is_no_statistic(sentence):
    assert _findings(sentence, "statistic") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The higher dose cut pain by 50% in most patients.",
        "A higher dose lowered blood pressure by 10% within a week.",
        "Our new dose reduces flare-ups by 40%.",
    ],
)
def test_a_result_of_a_dose_is_still_a_statistic(sentence):
    assert _findings(sentence, "statistic") == ["claim.uncited-statistic"]


# Contacts the organisation's own line or team took over a period (claims_functions.yaml own_records): its work
# counted, not a time of effect.
@pytest.mark.parametrize(
    "sentence",
    [
        "When the vaccine ran short, our helpline took 2,400 calls in 3 days.",
        "After the drug recall, our nurse line received more than 500 calls about the tablets in 48 hours.",
        "During the insulin shortage our help line took 900 calls in 2 weeks.",
    ],
)
def test_contacts_an_own_line_took_over_a_period_are_its_record(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our programme helped 2,300 smokers quit in 4 weeks.",
        "Our clinic cleared 500 cases of acne in 4 weeks.",
        "Our team cured 800 patients of back pain in 2 weeks.",
    ],
)
def test_results_an_organisation_counts_over_a_period_stay_claims(sentence):
    assert _findings(sentence) != []


# A further dose or visit named right before a duration (claims_statistics.yaml schedule_words): when it is given.
@pytest.mark.parametrize(
    "sentence",
    [
        "UK experts advise a booster after 10 years for some people, such as those vaccinated during pregnancy.",
        "You will be offered a second jab after 8 weeks.",
        "You will need a second injection after 4 weeks to complete the course.",
    ],
)
def test_a_further_dose_timed_is_a_schedule(sentence):
    assert _findings(sentence, "timeline") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The vaccine protects you after 10 days.",
        "The injection relieves pain after 2 days.",
        "Our booster clears the infection after 3 days.",
    ],
)
def test_an_effect_timed_after_a_dose_is_still_a_timeline(sentence):
    assert _findings(sentence, "timeline") == ["claim.uncited-timeline"]


# Experts agreeing that something should be done (claims_evidence.yaml recommendation_modals): a practice recommended.
@pytest.mark.parametrize(
    "sentence",
    [
        "Experts agree that hydroxychloroquine should usually be continued during pregnancy, because stopping it can "
        "cause a flare.",
        "Specialists agree that lithium should normally be stopped slowly over a month.",
        "Doctors agree that antibiotics for acne should generally be stopped after 3 months.",
    ],
)
def test_a_consensus_on_what_should_be_done_is_no_appeal_to_evidence(sentence):
    assert _findings(sentence, "evidence") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Experts agree that the cream should clear acne within a week.",
        "Doctors say that this supplement should help you sleep.",
        "Experts agree that turmeric reduces joint pain.",
    ],
)
def test_experts_saying_a_treatment_works_stay_an_appeal(sentence):
    assert _findings(sentence, "evidence") == ["claim.unnamed-evidence"]


# A named body later in the same sentence gives the consensus (claims_evidence.yaml named_bodies_reporting).
@pytest.mark.parametrize(
    "sentence",
    [
        "Research shows that statins lower the risk of a second stroke, and NICE recommends them for most people who "
        "have had one.",
        "Studies show that inhaled steroids reduce asthma attacks in children, and the British Thoracic Society "
        "advises starting them early.",
        "Research shows that these medicines can modestly improve memory for some people, and the FDA has approved "
        "them.",
    ],
)
def test_a_named_body_giving_the_consensus_names_the_source(sentence):
    assert _findings(sentence, "evidence") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Research shows that our drops restore hearing, and customers agree.",
        "Studies show that this diet reverses diabetes, and doctors are amazed.",
        "Research shows that magnesium cures migraines in a week.",
    ],
)
def test_an_appeal_with_no_body_named_stays_unnamed(sentence):
    assert _findings(sentence, "evidence") == ["claim.unnamed-evidence"]


# A statistic whose source is named in prose (classify._source_named_in_prose).
@pytest.mark.parametrize(
    "sentence",
    [
        "In the SPRINT trial, lowering systolic pressure below 120 cut deaths from heart disease by 25%.",
        "The Scottish Health Survey found that 2 in 3 adults who took part in weekly exercise classes cut their blood "
        "pressure by 10%.",
        "The CDC reports that the flu vaccine reduces the risk of going to hospital with flu by about 40% in adults.",
    ],
)
def test_a_statistic_with_its_source_named_in_prose_is_not_uncited(sentence):
    assert _findings(sentence, "statistic") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our tea cuts cravings by 40%, and the Tea Association agrees.",
        "Regular walking lowers the risk of heart disease by 30%.",
        "The new tablet cuts the risk of a second stroke by 40%.",
    ],
)
def test_a_statistic_with_no_source_named_stays_uncited(sentence):
    assert _findings(sentence, "statistic") == ["claim.uncited-statistic"]
