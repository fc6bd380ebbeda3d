"""Claims on professional pages, round 17 (issue 9): a source named by its author or "according to" it anywhere in the
sentence, a journal's one-word title that ends a body's name, risks a treatment is said to carry, and help needed or
sought as care. Each class with at least three unrelated examples (all flagged on main 587fddf) and three correct twins;
examples are unrelated to each other and to the evaluation texts."""

import pytest
from claim_helpers import claim_findings


def _findings(sentence: str, word: str = "") -> list[str]:
    html = f"<h1>About the condition</h1><p>It is a long-term condition.</p><p>{sentence}</p>"
    return sorted(f.rule for f in claim_findings(html) if f.sentence == sentence and word in f.rule)


# A body's publication named by its author, or "according to" a named body anywhere in the sentence
# (claims_evidence.yaml authored_sources): the reader can look it up.
@pytest.mark.parametrize(
    "sentence",
    [
        "A report from Public Health Wales found that 22% of adults had high blood pressure.",
        "About 5 in 10 patients improve, according to the Royal College of Nursing.",
        "Data from the CDC show that about 1 in 3 adults do not get enough sleep.",
        "An analysis of hospital data by Imperial College London found that admissions for asthma fell by 20%.",
        "A 2021 report from the state health department found that 22% of adults had high blood pressure.",
        "About 5 in 10 patients improve, according to a survey by the Royal College of Nursing.",
    ],
)
def test_a_source_named_by_its_author_is_named(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A study from Harvard found that green tea cuts belly fat by 30%.",
        "A report from experts found that 80% of people with back pain improve with yoga.",
        "About 5 in 10 patients improve with acupuncture, according to experts.",
        "A survey by Google found that 70% of people sleep better with magnesium.",
        "Research shows that magnesium helps sleep, according to a leading nutritionist.",
    ],
)
def test_a_source_without_a_named_author_stays_unnamed(sentence):
    assert _findings(sentence) != []


# A journal's one-word title after "of", "and", "on" or "for" ends a body's name (claims_evidence.yaml journal_cues).
@pytest.mark.parametrize(
    "sentence",
    [
        "The American Academy of Pediatrics reports that drowning is a common cause of death in children aged 1 to 4.",
        "The European Society for Research on Circulation estimates that about 1 in 3 adults has high blood pressure.",
        "The hospital's Department of Pediatrics found that 1 in 10 children in the city has asthma.",
    ],
)
def test_a_journal_title_ending_a_body_name_names_no_journal(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A study published in Pediatrics found that 30% of toddlers who drank the formula slept longer.",
        "Research in Circulation showed that the supplement lowered blood pressure by 10%.",
        "Pediatrics reported that the vitamin cut colds in children by half.",
    ],
)
def test_a_journal_named_stays_uncited(sentence):
    assert "claim.unnamed-evidence" in _findings(sentence)


# Risks a treatment is said to carry (claims_functions.yaml borne_risks): a harm, whatever benefit word names it.
@pytest.mark.parametrize(
    "sentence",
    [
        "Like all major surgery, repair carries risks, and about 1 in 100 men die after the operation.",
        "Surgery to repair a hernia carries a small risk, and about 1 in 100 people get an infection.",
        "Treatment to restore blood flow has a small risk of bleeding in the brain, which happens in about 2 in 100 "
        "people.",
    ],
)
def test_risks_a_treatment_carries_are_a_warning(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our laser repairs damaged skin and carries fewer risks than surgery, with 95% of clients seeing results.",
        "Knee repair surgery has no risks and restores movement in 90% of patients.",
        "Repair of the valve lowers the risk of death by 40%.",
        "Our treatment reduces the risk of a heart attack by 50%.",
    ],
)
def test_fewer_or_no_risks_and_lower_risk_stay_claims(sentence):
    assert "claim.uncited-statistic" in _findings(sentence)


# Help needed or sought as care (claims_vocabulary.yaml help_as_care): "help" is a noun, no effect.
@pytest.mark.parametrize(
    "sentence",
    [
        "About 1 in 5 people need help with washing and dressing after a stroke.",
        "Around 1 in 3 people with dementia need extra help at home.",
        "Roughly 40% of callers needed urgent help from a doctor.",
    ],
)
def test_help_needed_is_care_not_an_effect(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our cream helps 90% of people with eczema.",
        "Physio helped 80% of our patients with knee pain.",
        "Our coaching helps 9 in 10 clients sleep better.",
    ],
)
def test_what_helps_is_still_an_effect(sentence):
    assert _findings(sentence) != []


# A share of the organisation's own clients, who they are or what they do (claims_functions.yaml own_clients,
# served_people; function.counts_own_clients): its record of whom it serves.
@pytest.mark.parametrize(
    "sentence",
    [
        "Around 60% of the women who come to our clinic are under 25.",
        "About a third of the people who contact our helpline are calling about a child.",
        "Around 70% of the people we support are family members or carers.",
        "Around 1 in 5 of our patients live outside the county.",
    ],
)
def test_a_share_of_own_clients_is_a_record_of_whom_it_serves(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "90% of the people who come to our clinic are pain-free within a week.",
        "Around 70% of our clients lose more than 10 kg.",
        "9 in 10 of the children we treat recover fully.",
        "Half of our patients stop wheezing after the first month.",
    ],
)
def test_a_result_of_own_clients_stays_a_claim(sentence):
    assert _findings(sentence) != []


# A test of the patient finding a condition (claims_evidence.yaml diagnostic_reporters, diagnosed_objects;
# classify._diagnoses): a diagnosis, not evidence.
@pytest.mark.parametrize(
    "sentence",
    [
        "Regular eye tests can find glaucoma before you notice any loss of vision.",
        "Screening tests can find bowel cancer early, when it is easier to treat.",
        "Eye tests can also find signs of diabetes and high blood pressure.",
        "Newborn hearing tests find permanent hearing loss in about 1 in 1,000 babies.",
    ],
)
def test_a_test_finding_a_condition_is_a_diagnosis(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Lab tests show that our serum kills 99% of bacteria.",
        "Tests prove our filter removes 99% of lead.",
        "Lab tests show our cream clears acne in a week.",
        "Tests show the supplement reverses hair loss.",
    ],
)
def test_what_tests_show_a_product_does_stays_an_appeal(sentence):
    assert "claim.unnamed-evidence" in _findings(sentence)
