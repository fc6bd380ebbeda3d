"""What a reputable information page says without making a claim (issue 9), each class in both
directions: examples unrelated to each other and to the evaluation texts, and twins that stay claims."""

import pytest
from claim_helpers import by_rule, claim_findings, rules_of

from validators.claims.classify import Classifier
from validators.claims.lexicon import lexicon_for
from validators.config import Config

PROMOTIONAL = Config(disabled=frozenset({"copy", "link"}))
EDITORIAL = Config(disabled=frozenset({"copy", "link"}), claim_profile="editorial")


@pytest.fixture(scope="module")
def classifier():
    return Classifier(lexicon_for())


def _p(*sentences: str) -> str:
    return "".join(f"<p>{s}</p>" for s in sentences)


# -- one promise on an information page does not make it sales copy ---------------------------------

CONSENSUS = "Ear drops containing an antibiotic work well for most outer ear infections."


@pytest.mark.parametrize("promise", [
    "A mail-order kit is guaranteed to cure glue ear for good.",
    "This nasal spray cures nosebleeds for good.",
    "Grommets cure glue ear permanently in every child.",
])
def test_one_promise_is_flagged_but_does_not_turn_consensus_statements_into_sales_claims(promise):
    findings = claim_findings(_p(CONSENSUS, promise))
    assert "claim.absolute-promise" in rules_of(findings)
    assert [f for f in findings if f.sentence == CONSENSUS] == []


@pytest.mark.parametrize("promises", [
    ("A mail-order kit is guaranteed to cure glue ear for good.", "It is the strongest ear treatment available."),
    ("This nasal spray cures nosebleeds for good.", "It is the strongest nosebleed treatment available."),
    ("Our new ear wash completely heals swimmer's ear.", "Our drops permanently cure ear infections."),
])
def test_several_promises_make_a_page_sales_copy_and_its_benefit_claims_promoted(promises):
    findings = claim_findings(_p(CONSENSUS, *promises))
    assert [f.rule for f in findings if f.sentence == CONSENSUS] == ["claim.uncited"]


@pytest.mark.parametrize("promise", [
    "Our new ear wash completely heals swimmer's ear.",
    "Garlic oil cures ear infections for good.",
    "EarEase drops are guaranteed to end earache overnight.",
])
def test_one_promise_made_while_selling_makes_the_page_sales_copy(promise):
    findings = claim_findings(_p(CONSENSUS, promise))
    assert [f.rule for f in findings if f.sentence == CONSENSUS] == ["claim.uncited"]


# -- the page's voice: a promoted promise on a page that mostly informs is a slip, not sales copy -------

INFORMING = (
    "Do not use ear drops if your eardrum has burst.",  # warning
    "Use 3 drops in the affected ear twice a day for 7 days.",  # dosing
    "Lie on your side for a minute after putting the drops in.",  # instruction
    "Swimmer's ear does not spread from person to person.",  # denial
    "Keep your ear dry while it heals.",  # instruction
    "Stop using the drops and see a GP if your ear becomes more painful.",  # warning
    "Do not put cotton buds in your ear.",  # warning
    "Ear infections do not usually need antibiotics.",  # denial
    "Take paracetamol at the usual dose for pain.",  # dosing
    "Wear a swimming cap or earplugs until the infection has cleared.",  # instruction
    "Do not use the drops for longer than 2 weeks.",  # warning
    "Dry your ears gently with a towel after a shower.",  # instruction
    "Do not go swimming for 7 to 10 days.",  # instruction
    "See a GP urgently if you have a high temperature.",  # instruction
)


@pytest.mark.parametrize("promise", [
    "Our new ear wash completely heals swimmer's ear.",
    "Garlic oil cures ear infections for good.",
    "EarEase drops are guaranteed to end earache overnight.",
])
def test_one_promise_made_while_selling_on_a_page_that_mostly_informs_is_flagged_alone(promise):
    findings = claim_findings(_p(CONSENSUS, promise, *INFORMING))
    assert [f for f in findings if f.sentence == CONSENSUS] == []
    assert [f for f in findings if f.sentence == promise] != []


@pytest.mark.parametrize("promises", [
    ("Our new ear wash completely heals swimmer's ear.", "Our drops permanently cure ear infections.",
     "It is the strongest ear treatment available."),
    ("Garlic oil cures ear infections for good.", "EarEase drops are guaranteed to end earache overnight.",
     "Nothing works faster than our ear spray."),
    ("Our ear spray is the best earache remedy on the market.", "Our drops permanently cure ear infections.",
     "Garlic oil cures ear infections for good."),
])
def test_selling_sentences_that_rival_the_information_or_a_short_page_make_it_sales_copy(promises):
    findings = claim_findings(_p(CONSENSUS, *promises, *INFORMING[:3]))
    assert [f.rule for f in findings if f.sentence == CONSENSUS] == ["claim.uncited"]


# -- denied or qualified evidence is not an appeal to evidence --------------------------------------

@pytest.mark.parametrize("sentence", [
    "Studies have not found that steam inhalation shortens a chest infection.",
    "Research has never shown that vitamin E oil fades scars.",
    "Tea tree oil and other home remedies have not been shown to clear fungal nail infections.",
    "The evidence that probiotics prevent eczema in babies is mixed and not strong.",
    "The evidence for magnet therapy in arthritis remains unclear.",
])
def test_a_denial_or_qualification_of_evidence_is_not_a_claim(sentence):
    assert claim_findings(_p(sentence)) == []


@pytest.mark.parametrize("sentence", [
    "Studies have shown that steam inhalation shortens a chest infection.",
    "Research proves that vitamin E oil fades scars.",
    "Our collagen gummies have not only smoothed my wrinkles but cured my arthritis.",
])
def test_an_appeal_to_evidence_or_a_not_only_claim_twin_is_flagged(sentence):
    assert claim_findings(_p(sentence)) != []


# -- an organisation's own figures and its clinicians' advice ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "Our fracture clinic sees around 4,000 children with broken wrists each year.",
    "Last year our laboratories tested more than 60,000 stool samples.",
    "In 2025, hospitals reported 1,200 cases of Legionnaires' disease to our agency.",
    "Our analysis of regional dispensing data found that 22% of inhaler prescriptions were for relievers only.",
    "About a quarter of our helpline callers told us they had stopped their medicine without advice.",
    "Our respiratory physicians recommend beclometasone as the first preventer for most children.",
])
def test_an_organisations_own_statistics_and_advice_are_not_claims(sentence):
    for config in (PROMOTIONAL, EDITORIAL):
        assert claim_findings(_p(sentence), config) == []


@pytest.mark.parametrize("sentence", [
    "Emergency departments in the region treated about 4,800 people for dog bites in 2024.",
    "Clinics across the state saw 2,300 children with croup last winter.",
    "In 2025, pharmacies in the county vaccinated more than 41,000 adults against flu.",
    "GP practices referred 9,800 patients with suspected skin cancer to specialists in 2024.",
])
def test_a_services_activity_counted_over_a_past_period_is_a_record_not_an_outcome(sentence):
    for config in (PROMOTIONAL, EDITORIAL):
        assert claim_findings(_p(sentence), config) == []


@pytest.mark.parametrize("sentence", [
    "Our clinic cured 800 patients last year.",
    "The laser treated 4,800 people and cleared their acne in 2024.",
    "Our programme helped 80% of smokers quit in 2024.",
])
def test_results_counted_over_a_period_twin_are_an_uncited_statistic(sentence):
    assert by_rule(claim_findings(_p(sentence)), "claim.uncited-statistic") != []


@pytest.mark.parametrize("sentence", [
    "Seven in ten callers to our helpline in 2025 were women.",
    "Half of the people who used our online checker in 2025 went on to book a GP appointment.",
    "Of the 4,300 people who joined our walking groups last year, 60% were over 65.",
])
def test_a_figure_dated_to_a_past_year_is_the_organisations_record(sentence):
    for config in (PROMOTIONAL, EDITORIAL):
        assert claim_findings(_p(sentence), config) == []


@pytest.mark.parametrize("sentence", [
    "In 2025, 9 in 10 of our patients were pain-free after one session.",
    "In 2025, 95% of our customers said their joints felt better.",
    "In 2025, 87% of our clients rated their results as excellent.",
])
def test_a_dated_result_of_treatment_twin_is_an_uncited_statistic(sentence):
    assert by_rule(claim_findings(_p(sentence)), "claim.uncited-statistic") != []


@pytest.mark.parametrize(("record", "figure"), [
    ("In our vascular clinic, we treated 640 patients with varicose veins in 2025.",
     "Fewer than 5% of patients needed a second procedure within 2 years."),
    ("Our stroke unit admitted 1,150 patients in 2024.",
     "Around 1 in 8 arrived within an hour of their symptoms starting."),
    ("Our helpline answered 9,200 calls last year.", "About 40% of callers were parents of a child under 5."),
])
def test_a_figure_that_goes_on_with_the_organisations_record_is_part_of_it(record, figure):
    findings = claim_findings(_p(record + " " + figure))
    assert [f for f in findings if f.sentence == figure] == []


@pytest.mark.parametrize(("record", "figure"), [
    ("In our 2025 audit, 410 children were seen with asthma.",
     "85% of them recovered fully with our new inhaler plan."),
    ("We are a family-run clinic.", "90% of our patients are cured in one session."),
    ("Our helpline answered 9,200 calls last year.", "Our breathing course relieves asthma in 80% of children."),
])
def test_a_result_of_treatment_after_a_record_twin_is_an_uncited_statistic(record, figure):
    findings = claim_findings(_p(record + " " + figure))
    assert [f.rule for f in findings if f.sentence == figure] == ["claim.uncited-statistic"]


@pytest.mark.parametrize("sentence", [
    "Our hair clinic regrows hair for 9 out of 10 clients within 3 months.",
    "Our gel clears 80% of verrucas in 4 weeks.",
    "Doctors recommend our sleep spray to anyone who lies awake at night.",
])
def test_a_sellers_own_results_twin_is_flagged(sentence):
    assert claim_findings(_p(sentence)) != []


@pytest.mark.parametrize("sentence", [
    "Our guideline recommends that adults with gallstones that cause pain have their gallbladder removed.",
    "Our physiotherapists recommend 2 weeks of rest before returning to running after a calf strain.",
    "Regular walking eases knee pain for most people, and it is the first treatment we recommend.",
    "The society's guidance advises a repeat scan after 12 months for small kidney cysts.",
])
def test_a_professional_bodys_own_guidance_and_its_clinicians_advice_are_not_claims(sentence):
    for config in (PROMOTIONAL, EDITORIAL):
        assert claim_findings(_p(sentence), config) == []


@pytest.mark.parametrize("sentence", [
    "Doctors recommend our knee gel to anyone with arthritis.",
    "Our walking programme eases knee pain for everyone, guaranteed.",
    "Experts recommend these gummies for joint pain.",
])
def test_a_recommendation_of_the_sellers_product_twin_is_flagged(sentence):
    assert claim_findings(_p(sentence)) != []


@pytest.mark.parametrize("sentence", [
    "About 1 in 5 children still have a cough 3 weeks after a cold.",
    "Roughly a third of adults go on to develop shingles at some point.",
    "Around 30% of patients still have some pain a year after the injury.",
])
def test_a_share_of_people_who_have_a_disease_or_symptom_is_a_population_figure(sentence):
    for config in (PROMOTIONAL, EDITORIAL):
        assert claim_findings(_p(sentence), config) == []


@pytest.mark.parametrize("sentence", [
    "9 in 10 people still have clear skin a year after our treatment.",
    "The patch stops the cough in 1 in 5 children within 3 days.",
    "Physiotherapy cures the pain in 30% of patients.",
])
def test_a_share_of_people_helped_by_a_treatment_twin_is_an_efficacy_figure(sentence):
    assert by_rule(claim_findings(_p(sentence)), "claim.uncited-statistic") != []


@pytest.mark.parametrize("sentence", [
    "Coffee has not been shown to cause palpitations in healthy adults.",
    "Low-dose aspirin has not been proven to trigger asthma attacks in most people.",
    "Hair dye has not been linked to a higher risk of bladder cancer.",
])
def test_a_denial_of_evidence_for_a_harm_is_not_a_safety_claim(sentence):
    assert claim_findings(_p(sentence)) == []


@pytest.mark.parametrize("sentence", [
    "Our herbal sleep drops never cause drowsiness the next day.",
    "Our slimming tea is completely safe and has no side effects.",
    "The new vaping device is 100% safe for your lungs.",
])
def test_a_safety_promise_twin_is_flagged(sentence):
    assert claim_findings(_p(sentence)) != []


@pytest.mark.parametrize("sentence", [
    "Benzoyl peroxide gels come in strengths of 2.5% to 10%.",
    "Minoxidil is sold in strengths from 2% to 5% for hair loss.",
    "Chlorhexidine mouthwashes are made in concentrations of 0.12% or 0.2%.",
])
def test_a_range_of_strengths_is_a_product_specification(sentence):
    assert by_rule(claim_findings(_p(sentence)), "claim.uncited-statistic") == []


@pytest.mark.parametrize("sentence", [
    "The gel clears 50% to 70% of spots in a month.",
    "The spray relieves congestion for 40% to 60% of users.",
    "The mouthwash cuts plaque by 30% or more.",
])
def test_a_range_of_outcomes_twin_is_an_uncited_statistic(sentence):
    assert by_rule(claim_findings(_p(sentence)), "claim.uncited-statistic") != []


@pytest.mark.parametrize("sentence", [
    "Our cardiologists will tell you whether it is right for you.",
    "Your pharmacist can explain how to use the inhaler.",
    "A dermatologist will advise you on the right strength of cream.",
])
def test_clinicians_who_will_advise_the_reader_are_no_appeal_to_evidence(sentence):
    assert claim_findings(_p(sentence)) == []


@pytest.mark.parametrize("sentence", [
    "Doctors say this cream clears eczema.",
    "Doctors can confirm that our pills cure arthritis.",
    "Dermatologists confirm that the serum reverses wrinkles.",
])
def test_clinicians_vouching_for_a_product_twin_is_an_appeal_to_evidence(sentence):
    assert by_rule(claim_findings(_p(sentence)), "claim.unnamed-evidence") != []


# -- a disease's usual course while treated ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Symptoms usually start to improve within 2 days of starting antibiotics.",
    "The rash usually fades within a week of starting the cream.",
    "In most cases the cough settles within 3 weeks of starting treatment.",
])
def test_a_hedged_timing_with_the_disease_as_subject_is_its_course(sentence):
    for config in (PROMOTIONAL, EDITORIAL):
        assert by_rule(claim_findings(_p(sentence), config), "claim.uncited-timeline") == []


@pytest.mark.parametrize("sentence", [
    "Antidepressants usually take 2 to 4 weeks to start working.",
    "The cream clears the rash within a week.",
    "Acne usually clears within 2 weeks of using our serum.",
])
def test_a_timing_of_a_treatment_or_a_sellers_product_twin_is_a_timeline_of_effect(sentence):
    assert by_rule(claim_findings(_p(sentence)), "claim.uncited-timeline") != []


@pytest.mark.parametrize("sentence", [
    "With treatment, thrush usually clears up in 7 days.",
    "Most patients leave hospital the day after a hip replacement and walk with a frame within a week.",
    "A day or two later, small blisters may appear on the lips.",
    "After radiotherapy, most people return to work within 4 weeks.",
    "Most sprained ankles heal within 6 weeks.",
])
def test_a_hedged_timing_of_the_usual_course_whatever_its_subject_is_not_a_timeline_of_effect(sentence):
    for config in (PROMOTIONAL, EDITORIAL):
        assert by_rule(claim_findings(_p(sentence), config), "claim.uncited-timeline") == []


@pytest.mark.parametrize("sentence", [
    "Steroid tablets usually start working within 2 days.",  # a hedged onset of action
    "Use the cream twice a day. Most people notice smoother skin within 2 weeks.",  # an improvement after a treatment
    "Our thrush pessary usually gets rid of thrush in 7 days.",  # the seller's product
    "The gel gets rid of cold sores in 3 days.",  # not hedged
    "12 weeks after treatment: improvements usually continue.",  # what the treatment gives, timed
])
def test_a_hedged_onset_a_sellers_timing_or_an_unhedged_one_twin_is_a_timeline_of_effect(sentence):
    assert by_rule(claim_findings(_p(sentence)), "claim.uncited-timeline") != []


@pytest.mark.parametrize("sentence", [
    "Adults can use the inhaler up to 4 times in 24 hours.",
    "You can take a 400mg tablet twice in 24 hours if the pain comes back.",
    "The spray can be used 3 times in one day for hay fever.",
])
def test_a_number_of_doses_in_a_period_is_a_schedule_not_a_timeline(sentence):
    assert by_rule(claim_findings(_p(sentence)), "claim.uncited-timeline") == []


@pytest.mark.parametrize("sentence", [
    "The inhaler opens the airways in 5 minutes.",
    "One tablet relieves a migraine within 2 hours.",
    "The spray eases hay fever symptoms in one day.",
])
def test_a_time_to_effect_twin_of_a_dose_schedule_is_a_timeline(sentence):
    assert by_rule(claim_findings(_p(sentence)), "claim.uncited-timeline") != []


# -- interactions are warnings, passive schedules are dosing ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "Iron and calcium supplements can stop thyroid tablets working properly if taken at the same time.",
    "Some epilepsy medicines may make the contraceptive pill less effective.",
    "Grapefruit juice can keep some blood pressure tablets from working as they should.",
    "Methotrexate is taken once a week, not once a day.",
    "Nitrofurantoin is usually taken twice a day for 5 days with food.",
    "The inhaler is used twice a day, morning and evening.",
])
def test_interactions_and_passive_schedules_are_not_claims(classifier, sentence):
    assert not classifier.classify(sentence).is_claim


@pytest.mark.parametrize("sentence", [
    "Calcium supplements can stop bones thinning as you age.",
    "Our iron tablets make you feel more energetic within days.",
    "Taken twice a day, our capsules clear acne in a month.",
])
def test_a_benefit_twin_is_a_claim(classifier, sentence):
    assert classifier.classify(sentence).is_claim


# -- a third party's promise reported, and absolute "completely" ------------------------------------

@pytest.mark.parametrize("sentence", [
    "One seller says its copper bracelet is guaranteed to end joint pain.",
    "A website we looked at boasts that its tea cures diabetes permanently.",
    "The maker insists its patch melts fat overnight.",
])
def test_another_partys_promise_reported_is_not_the_authors(sentence):
    assert by_rule(claim_findings(_p(sentence)), "claim.absolute-promise") == []


@pytest.mark.parametrize("sentence", [
    "Our copper bracelet is guaranteed to end joint pain.",
    "This supplement completely protects you from colds.",
    "The balm completely heals cold sores.",
])
def test_the_authors_own_promise_twin_is_flagged(sentence):
    assert by_rule(claim_findings(_p(sentence), EDITORIAL), "claim.absolute-promise") != []
