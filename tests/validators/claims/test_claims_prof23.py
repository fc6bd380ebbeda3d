"""Claims on professional pages, round 23 (issue 9): a study named by the journal that published it, the publisher's
own reports, surveys and counts of its work, people described by a relative clause, a named committee or agency
speaking, a repellent's strength; and a relative reduction is an effect size. Each class with at least three
unrelated examples and three correct twins; examples are unrelated to the evaluation texts."""

import pytest
from claim_helpers import GOUT_SHOP_PAGE, INFO_PAGE, sentence_rules


# 1. A study named by the journal that published it, on a page that does not sell (classify._evidence,
# _source_named_in_prose; claims_evidence.yaml journal_cues): the reader can look it up.
@pytest.mark.parametrize(
    "sentence",
    [
        "A trial published in The Lancet found that colchicine lowered the number of flares in the first year.",
        "A review published in the Journal of Rheumatology found that 30% of people with gout have kidney stones.",
        "In a large study published in the New England Journal of Medicine, allopurinol did not raise the risk of "
        "heart problems.",
        "A cohort study of nurses, published in JAMA, found that women who worked night shifts had more gout "
        "attacks.",
    ],
)
def test_a_study_named_by_its_journal_is_no_unnamed_evidence(sentence):
    findings = sentence_rules(INFO_PAGE, sentence)
    assert "claim.unnamed-evidence" not in findings
    assert "claim.uncited-statistic" not in findings


@pytest.mark.parametrize(
    "page, sentence",
    [
        (INFO_PAGE, "A recent trial found that colchicine lowered the number of flares in the first year."),
        (INFO_PAGE, "Studies published in journals show that cherry juice prevents gout attacks."),
        (INFO_PAGE, "Research shows that cherry juice prevents gout attacks."),
        (GOUT_SHOP_PAGE, "A study published in The Lancet found that GoutAway capsules stop gout attacks."),
    ],
)
def test_an_unnamed_study_or_a_sellers_journal_stays_unnamed_evidence(page, sentence):
    assert "claim.unnamed-evidence" in sentence_rules(page, sentence)


# 2. The publisher's own reports, surveys and analyses, and its counts of its own work (claims_functions.yaml
# own_records): its own figures, which the page names as its own, not evidence for a benefit.
@pytest.mark.parametrize(
    "sentence",
    [
        "In our 2024 carers' survey, 41% of carers said they had missed a hospital appointment because of an attack.",
        "In a survey of 1,300 members, 35% said they had their first attack before the age of 40.",
        "This leaflet sets out the main findings of our annual report on joint health.",
        "Our modelling estimates that around 2,400 hospital admissions for gout in the county each year could be "
        "avoided.",
        "We publish independent analysis of local hospital data on arthritis every year.",
        "Last year our laboratories tested joint fluid from 6,200 patients.",
        "Last year our volunteers visited more than 900 older people with arthritis at home.",
        "The number of hospital admissions for gout recorded in our region fell from 410 in 2021 to 350 in 2024.",
    ],
)
def test_the_publishers_own_figures_are_no_claim(sentence):
    assert sentence_rules(INFO_PAGE, sentence) == []


@pytest.mark.parametrize(
    "page, sentence",
    [
        (INFO_PAGE, "A survey found that 80% of people who took cherry extract had fewer gout attacks."),
        (INFO_PAGE, "Studies show that cherry juice prevents gout attacks in most people."),
        (GOUT_SHOP_PAGE, "In our customer survey, 94% said GoutAway capsules stopped their gout attacks."),
    ],
)
def test_an_unnamed_survey_or_a_sellers_survey_stays_a_claim(page, sentence):
    assert sentence_rules(page, sentence) != []


# 3. A relative clause right after a reporter describes the people, it reports nothing (classify._reports).
@pytest.mark.parametrize(
    "sentence",
    [
        "We are a team of 9 nurses who support people with arthritis at home.",
        "The unit employs 6 physiotherapists who advise on exercise after surgery.",
        "Our helpline is answered by pharmacists who check every question with a second colleague.",
    ],
)
def test_people_described_by_a_relative_clause_report_nothing(sentence):
    assert "claim.unnamed-evidence" not in sentence_rules(INFO_PAGE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Doctors who treat gout say that cherry juice prevents attacks.",
        "Doctors say that cherry juice prevents gout attacks.",
        "Experts agree that cherry juice prevents gout attacks.",
    ],
)
def test_a_reporter_with_its_own_verb_stays_unnamed_evidence(sentence):
    assert "claim.unnamed-evidence" in sentence_rules(INFO_PAGE, sentence)


# 4. A committee, commission, panel or agency named by its remit speaking (claims_evidence.yaml authored_sources).
@pytest.mark.parametrize(
    "sentence",
    [
        "The Committee on Toxicity has concluded that about 1 in 5 people who drink heavily develop gout.",
        "The Commission on Human Medicines advises that about 30% of people taking the medicine need a lower dose.",
        "The Agency for Toxic Substances has estimated that 25% of lead exposure in children comes from old paint.",
    ],
)
def test_a_named_committee_or_agency_is_a_source(sentence):
    findings = sentence_rules(INFO_PAGE, sentence)
    assert "claim.unnamed-evidence" not in findings
    assert "claim.uncited-statistic" not in findings


@pytest.mark.parametrize(
    "sentence",
    [
        "Experts on the committee concluded that cherry juice prevents gout attacks.",
        "A panel of experts found that cherry juice prevents gout attacks.",
        "Scientists have concluded that cherry juice prevents gout attacks.",
    ],
)
def test_an_unnamed_committee_or_panel_stays_unnamed_evidence(sentence):
    assert "claim.unnamed-evidence" in sentence_rules(INFO_PAGE, sentence)


# 5. An active ingredient's share in a repellent is its strength (claims_statistics.yaml formulation_nouns).
@pytest.mark.parametrize(
    "sentence",
    [
        "Use an insect repellent with 50% DEET on exposed skin.",
        "Choose a repellent containing 20% picaridin for children over 2 months.",
        "Repellents with 30% lemon eucalyptus oil need to be put on again every few hours.",
    ],
)
def test_a_repellents_strength_is_no_statistic(sentence):
    assert "claim.uncited-statistic" not in sentence_rules(INFO_PAGE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our repellent cuts mosquito bites by 90%.",
        "Using a repellent cuts the risk of malaria by 80%.",
        "A repellent with DEET lowers the risk of malaria by 70%.",
    ],
)
def test_what_a_repellent_achieves_stays_a_statistic(sentence):
    assert "claim.uncited-statistic" in sentence_rules(INFO_PAGE, sentence)


# 6. A relative reduction is an effect size, not a head count (claims_vocabulary.yaml effect_predicates).
@pytest.mark.parametrize(
    "sentence",
    [
        "Men who take the supplement have 50% fewer kidney stones.",
        "Children who use the inhaler have 45% fewer asthma attacks.",
        "Patients on the new diet had 40% fewer hospital admissions.",
    ],
)
def test_a_relative_reduction_is_an_efficacy_statistic(sentence):
    assert "claim.uncited-statistic" in sentence_rules(INFO_PAGE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "About 20% of men over 65 have gout.",
        "Around 1 in 10 people with gout have kidney stones.",
        "About 60% of people have a second attack within a year.",
    ],
)
def test_a_head_count_stays_background(sentence):
    assert "claim.uncited-statistic" not in sentence_rules(INFO_PAGE, sentence)


# 7. A page that leans on unnamed evidence (more than two appeals, promises or rankings) does not cite by naming a
# journal (analysis._leans_on_unnamed_evidence): there the journal sentence is one more appeal of the same kind.
_LEANING_PAGE = (
    "<h1>Why cherry juice is good for gout</h1>"
    "<p>Research has shown that cherry juice lowers uric acid. Studies show that it calms inflamed joints. "
    "Experts agree that cherry juice prevents gout attacks. Research shows that tart cherries work best.</p>"
    "<p>{}</p><p>Drink a glass every morning.</p>"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "For example, a study published in the Journal of Rheumatology found that cherry juice halved flares.",
        "A trial published in The Lancet found that people who drank cherry juice had fewer attacks.",
        "A review published in Arthritis Care and Research found that tart cherries lowered uric acid.",
    ],
)
def test_a_journal_on_a_page_that_leans_on_unnamed_evidence_stays_an_appeal(sentence):
    assert "claim.unnamed-evidence" in sentence_rules(_LEANING_PAGE, sentence)
