"""What a sentence does decides whether it is a claim (issue 9): each pattern in both directions,
a sentence that is a claim and its twin that is not, checked through the engine as the CLI runs it."""

import pytest
from claim_helpers import by_rule, claim_findings, rules_of

from validators.claims.classify import Classifier
from validators.claims.lexicon import lexicon_for
from validators.config import Config
from validators.findings import Severity

PROMOTIONAL = Config(disabled=frozenset({"copy", "link"}))
EDITORIAL = Config(disabled=frozenset({"copy", "link"}), claim_profile="editorial")


@pytest.fixture(scope="module")
def classifier():
    return Classifier(lexicon_for())


def _p(*sentences: str) -> str:
    return "".join(f"<p>{s}</p>" for s in sentences)


# -- warnings ------------------------------------------------------------------------------

WARNINGS = [
    "This medicine can seriously harm an unborn baby.",
    "Steroid creams can thin the skin if they are used for a long time.",
    "Long-term reflux can damage the lining of the food pipe.",
    "Some people feel low or anxious while taking this tablet.",
]
BENEFIT_TWINS = [
    "Our balm repairs the skin barrier overnight and calms every flare.",
    "ClearDerm gel heals cracked skin and soothes itching.",
    "This herbal tonic strengthens the stomach lining.",
]


@pytest.mark.parametrize("sentence", WARNINGS)
def test_a_warning_is_not_a_claim(classifier, sentence):
    result = classifier.classify(sentence)
    assert (result.is_claim, result.function) == (False, "warning")
    assert claim_findings(_p(sentence)) == []


@pytest.mark.parametrize("sentence", BENEFIT_TWINS)
def test_a_benefit_claim_twin_is_flagged(sentence):
    assert claim_findings(_p(sentence)) != []


# A verb of relief before a harm word makes the sentence a benefit: "lifts low mood" works
# against the low mood; the same harm word as the subject's state or effect is a warning.
RELIEF_CLAIMS = [
    "Sertraline lifts low mood within weeks.",
    "This spray alleviates joint pain in minutes.",
    "Our night cream combats stubborn acne scars.",
]
HARM_TWINS = [
    "Low mood can follow a bad flu.",
    "Joint pain can be a side effect of this medicine.",
    "Acne scars can be permanent.",
]


@pytest.mark.parametrize("sentence", RELIEF_CLAIMS)
def test_a_verb_of_relief_before_a_harm_word_makes_a_benefit_claim(classifier, sentence):
    result = classifier.classify(sentence)
    assert (result.is_claim, result.function) == (True, "benefit")


@pytest.mark.parametrize("sentence", HARM_TWINS)
def test_a_harm_word_without_a_verb_of_relief_is_no_benefit_claim(classifier, sentence):
    assert not classifier.classify(sentence).is_claim


@pytest.mark.parametrize("sentence", [*WARNINGS, "Antibiotic resistance causes 35,000 deaths a year.",
                                      "Vaping doubles the risk of gum disease."])
def test_no_finding_ever_asks_to_soften_a_warning(sentence):
    for config in (PROMOTIONAL, EDITORIAL):
        for finding in claim_findings(_p(sentence) + "<p>Buy now: free delivery.</p>", config):
            assert "soften" not in finding.message.lower() and "may help" not in finding.message


def test_denying_a_treatments_harm_is_a_safety_claim(classifier):
    assert classifier.classify("Stimulant medicines never lead to addiction.").absolute
    assert classifier.classify("Our drops never cause side effects.").absolute
    assert not classifier.classify("Head lice do not cause any health problems.").reportable


# -- instructions, dosing, advice ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Take one tablet twice a day with food.",
    "A typical dose is 400 mg, followed by 200 mg every 8 hours.",
    "Using a moisturiser every day will help keep your skin soft.",
    "Losing weight if you are overweight may ease the pain in your knees.",
])
def test_instructions_dosing_and_advice_are_not_claims(sentence):
    assert claim_findings(_p(sentence)) == []


@pytest.mark.parametrize("sentence", [
    "Our capsules melt away joint pain.",
    "Drinking lemon water dissolves kidney stones.",
    "This detox tea flushes toxins from the liver.",
])
def test_a_claim_about_a_remedy_or_product_is_flagged(sentence):
    assert rules_of(claim_findings(_p(sentence))) == ["claim.uncited"]


# -- a disease's course and timelines of effect -------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The fever usually lasts 2 to 4 days.",
    "Most cold sores heal on their own within 10 days.",
    "The rash appears 2 to 4 days after the first symptoms.",
    "Most children feel better within a week.",
    "If your result is unclear you may be asked to repeat the test after about 3 months.",
])
def test_disease_course_and_instruction_timing_are_not_timelines_of_effect(sentence):
    assert claim_findings(_p(sentence)) == []


@pytest.mark.parametrize(("sentence", "excerpt"), [
    ("Our cream clears acne in 2 weeks.", "in 2 weeks"),
    ("ClearNose spray starts working within 15 minutes.", "within 15 minutes"),
    ("Our members feel better within a few days.", "within a few days"),
])
def test_a_promoted_timeline_of_effect_blocks_in_promotional_and_needs_a_reviewer_in_editorial(sentence, excerpt):
    for config, severity in ((PROMOTIONAL, Severity.ERROR), (EDITORIAL, Severity.WARNING)):
        [finding] = by_rule(claim_findings(_p(sentence), config), "claim.uncited-timeline")
        assert (finding.excerpt, finding.severity) == (excerpt, severity)


@pytest.mark.parametrize(("sentence", "excerpt"), [
    ("The nasal spray starts working within 15 minutes.", "within 15 minutes"),
    ("Reliever inhalers quickly relieve wheezing. You should feel better within a few minutes.",
     "within a few minutes"),
    ("Antidepressants usually take 2 to 4 weeks to start working.", "take 2 to 4 weeks to start"),
])
def test_a_consensus_timeline_on_an_information_page_blocks_only_in_promotional(sentence, excerpt):
    for config, severity in ((PROMOTIONAL, Severity.ERROR), (EDITORIAL, Severity.WARNING)):
        [finding] = by_rule(claim_findings(_p(sentence), config), "claim.uncited-timeline")
        assert (finding.excerpt, finding.severity) == (excerpt, severity)


# -- background facts, definitions, questions, lead-ins -----------------------------------

@pytest.mark.parametrize("sentence", [
    "Measles is common in children who have not been vaccinated.",
    "Heartburn is a burning feeling in the chest caused by stomach acid.",
    "Why do I need a preventer inhaler?",
    "See a GP if:",
    "Brands include Clenil, Qvar and Flixotide.",
])
def test_background_definitions_questions_and_lead_ins_are_not_claims(sentence):
    assert claim_findings(_p(sentence)) == []


# -- an organisation's own statements -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Society recommends that adults with a 10% risk of a heart attack are offered a statin.",
    "Last year the programme sent out 4 million test kits and 68% of people returned them.",
    "Last year our free screening events examined more than 6,500 people.",
    "Dermatologists recommend that everyone uses a broad-spectrum sunscreen.",
])
def test_own_statements_and_professional_advice_are_not_claims(sentence):
    assert claim_findings(_p(sentence)) == []


@pytest.mark.parametrize("sentence", [
    "Doctors recommend it for the whole family.",
    "Experts agree that our serum reverses sun damage.",
    "Scientists at a leading university have confirmed that the method works.",
])
def test_an_appeal_to_unnamed_authority_is_flagged(sentence):
    assert "claim.unnamed-evidence" in rules_of(claim_findings(_p(sentence)))


# -- product strengths and statistics -----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Mild steroid creams such as hydrocortisone 1% can be bought from a pharmacy.",
    "Lotions containing permethrin 1% are sold in pharmacies.",
    "Each capsule contains 1000 mg of vitamin C.",
])
def test_a_product_strength_is_not_a_statistic(sentence):
    assert by_rule(claim_findings(_p(sentence)), "claim.uncited-statistic") == []


@pytest.mark.parametrize("sentence", [
    "Customers report 50% fewer sick days.",
    "Patients on our programme lose up to 15% of their body weight.",
    "Our members sleep 2 hours longer on average.",
])
def test_an_efficacy_number_blocks_in_promotional_and_needs_a_reviewer_in_editorial(sentence):
    for config, severity in ((PROMOTIONAL, Severity.ERROR), (EDITORIAL, Severity.WARNING)):
        [finding] = by_rule(claim_findings(_p(sentence), config), "claim.uncited-statistic")
        assert finding.severity == severity


POPULATION = ["That is 1 in every 10 adults living with diabetes.", "Around 1 in 3 adults has high blood pressure.",
              "About 9 million adults have gout."]


@pytest.mark.parametrize("sentence", POPULATION)
def test_a_population_figure_is_a_selling_point_on_a_page_that_sells(sentence):
    page = _p(sentence, "Order now: free delivery on every box of GlucoFix.")
    [finding] = by_rule(claim_findings(page), "claim.uncited-statistic")
    assert finding.severity == Severity.WARNING
    assert by_rule(claim_findings(page, EDITORIAL), "claim.uncited-statistic") == []


@pytest.mark.parametrize("sentence", POPULATION)
def test_a_population_figure_on_an_information_page_is_not_a_claim(sentence):
    assert claim_findings(_p(sentence, "Talk to your GP about your risk.")) == []


# -- superlatives ------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "excerpt"), [
    ("Sildenafil is the most powerful ED treatment available.", "most powerful ED treatment available"),
    ("Nothing else works as well on deep scars.", "Nothing else works"),
    ("It is the best immune supplement on the market.", "best immune supplement on the market"),
    ("Our kit is the only hair loss treatment that attacks DHT.", "the only hair loss treatment that attacks"),
    ("This is the best cream for eczema.", "best cream"),
])
def test_superlatives_are_errors_in_both_profiles(sentence, excerpt):
    for config in (PROMOTIONAL, EDITORIAL):
        [finding] = by_rule(claim_findings(_p(sentence), config), "claim.superlative")
        assert (finding.excerpt, finding.severity) == (excerpt, Severity.ERROR)


@pytest.mark.parametrize("sentence", [
    "The MMR vaccine is the best way to protect your child.",
    "Head lice are most common in children aged 4 to 11.",
    "The best treatment for you depends on how severe your acne is.",
    "A pharmacist can suggest the best treatments for hay fever.",
    "Steroid sprays work best if you start them before the pollen season.",
    "Statins are the most effective medicines for lowering cholesterol.",
    "Isotretinoin is the most effective treatment available for severe nodular acne.",
    "Your GP may refer you to a dermatologist for the best treatment.",
])
def test_not_superlative_claims(sentence):
    assert by_rule(claim_findings(_p(sentence)), "claim.superlative") == []


# -- unlawful supply ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Order sildenafil online today, no prescription needed.",
    "Get semaglutide without a prescription and start losing weight this week.",
    "Buy isotretinoin online with no prescription required.",
])
def test_a_prescription_only_medicine_offered_without_a_prescription(sentence):
    for config in (PROMOTIONAL, EDITORIAL):
        [finding] = by_rule(claim_findings(_p(sentence), config), "claim.unlawful-supply")
        assert finding.severity == Severity.ERROR
        assert "prescription" in finding.excerpt.lower()


@pytest.mark.parametrize("sentence", [
    "You can buy 1% hydrocortisone cream without a prescription.",
    "Isotretinoin is only available on prescription.",
    "Never buy semaglutide online without a prescription: fake pens are common.",
    "It is illegal to sell antibiotics without a prescription.",
])
def test_lawful_supply_and_warnings_are_not_offers(sentence):
    assert by_rule(claim_findings(_p(sentence)), "claim.unlawful-supply") == []


# -- cures promised as how-to -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Learn how to reverse arthritis naturally.",
    "Discover how to cure eczema in a week.",
    "Here is how to get rid of psoriasis for good.",
])
def test_a_cure_promised_as_how_to_is_an_absolute_promise(sentence):
    assert "claim.absolute-promise" in rules_of(claim_findings(_p(sentence), EDITORIAL))


@pytest.mark.parametrize("sentence", [
    "Learn how to treat eczema in children.",
    "Here is how to get rid of head lice with wet combing.",
    "Find out how to manage arthritis pain at work.",
])
def test_how_to_without_a_cure_promise(sentence):
    assert claim_findings(_p(sentence), EDITORIAL) == []


# -- profiles ----------------------------------------------------------------------------------

CONSENSUS = [
    "This medicine is a very effective treatment for severe eczema.",
    "Topical corticosteroids reduce redness and swelling during a flare-up.",
    "Antacids neutralise stomach acid and give quick relief.",
]


@pytest.mark.parametrize("sentence", CONSENSUS)
def test_a_consensus_statement_on_an_information_page_is_not_flagged(sentence):
    for config in (PROMOTIONAL, EDITORIAL):
        assert claim_findings(_p(sentence), config) == []


@pytest.mark.parametrize("sentence", CONSENSUS)
def test_the_same_statement_in_sales_copy_needs_a_source_in_the_promotional_profile(sentence):
    page = _p(sentence, "Add to basket: £12.99.")
    [finding] = claim_findings(page)
    assert (finding.rule, finding.severity) == ("claim.uncited", Severity.WARNING)
    assert claim_findings(page, EDITORIAL) == []


def test_shop_phrases_quoted_on_a_scam_warning_page_do_not_make_it_sales_copy():
    html = _p("Scam sites push you with lines such as “Order now!” and “Free shipping today only”.",
              "Some diet pills have contained sibutramine, a drug that was taken off the market.")
    assert claim_findings(html) == []


def test_quoted_scam_slogans_in_a_warning_are_not_claims():
    html = _p("Be wary of products that claim to “cure diabetes in 30 days”.",
              "“Lose 30 pounds in 30 days without diet or exercise” – quick fixes for weight loss do not exist.",
              "Watch for phrases like “miracle cure” or “100% natural and safe”.")
    assert claim_findings(html, EDITORIAL) == []
    assert claim_findings(html) == []


@pytest.mark.parametrize("sentence", [
    "“My knee pain was gone in a month.” – Martin, 58",
    "“My frown lines have completely disappeared.” – Rachel",
    "“My bloating had gone after day 3.” – Sam",
])
def test_an_attributed_testimonial_is_a_claim_on_a_page_that_sells(sentence):
    page = _p(sentence, "Order now: free delivery.")
    assert claim_findings(page) != []


@pytest.mark.parametrize("sentence", [
    "“Cures diabetes in 30 days” – no product can do this.",
    "“Melts fat while you sleep” – a slogan regulators have fined sellers for.",
    "“Detox your liver overnight” – your liver does not need a detox.",
])
def test_a_slogan_held_up_and_denied_is_not_a_claim(sentence):
    assert claim_findings(_p(sentence, "Order now: free delivery.")) == []


@pytest.mark.parametrize("page", [
    _p("Take the antibiotics as prescribed.", "Most people start to feel better within 48 hours."),
    _p("Use the nasal spray twice a day.", "Most people notice easier breathing within 3 days."),
    _p("Our acne tablets unblock pores.", "Most customers see clearer skin within 2 weeks."),
])
def test_people_getting_better_after_a_treatment_is_a_timeline_of_effect(page):
    # the seller's own "unblock pores" is a benefit claim of its own; the timeline is the second sentence's
    timelines = by_rule(claim_findings(page), "claim.uncited-timeline")
    assert len(timelines) == 1 and "“within " in timelines[0].message


@pytest.mark.parametrize("page", [
    _p("Antibiotics will not help a cold.", "Most people recover within a week."),
    _p("Chickenpox spreads easily.", "Most children feel better within a week."),
    _p("The spots crust over.", "Most people feel better within 10 days."),
])
def test_people_getting_better_with_no_treatment_is_the_course_of_a_disease(page):
    assert claim_findings(page) == []


@pytest.mark.parametrize("sentence", [
    "Head lice do not cause any health problems.",
    "The flu vaccine cannot give you flu.",
    "Antibiotics do not work against viruses such as colds.",
    "There is no cure for eczema, but treatment can control the symptoms.",
])
def test_a_negative_or_qualifying_statement_is_not_a_claim(sentence):
    assert claim_findings(_p(sentence)) == []


@pytest.mark.parametrize("sentence", [
    "Our drops never cause side effects.",
    "This balm will never let your eczema come back.",
    "Our patches are not habit forming and never lead to addiction.",
])
def test_a_denial_that_promises_safety_or_a_cure_is_flagged(sentence):
    assert "claim.absolute-promise" in rules_of(claim_findings(_p(sentence)))


@pytest.mark.parametrize("sentence", [
    "This page was last reviewed on 3 March 2025.",
    "Permethrin cream is licensed in the UK for treating scabies.",
    "Brands of paracetamol include Panadol and Calpol.",
])
def test_boilerplate_regulatory_facts_and_brand_lists_are_not_claims(sentence):
    assert claim_findings(_p(sentence)) == []


@pytest.mark.parametrize("sentence", [
    "Treatment usually gets rid of the infection completely.",
    "Most people have no side effects from the vaccine.",
    "Most people who have had chickenpox will never get it again.",
])
def test_a_hedged_or_natural_outcome_is_not_an_absolute_promise(sentence):
    assert by_rule(claim_findings(_p(sentence)), "claim.absolute-promise") == []


@pytest.mark.parametrize("sentence", [
    "Our cream gets rid of eczema completely.",
    "This serum has no side effects.",
    "Many of our clients never get a headache again.",
])
def test_an_unhedged_promise_twin_is_flagged(sentence):
    assert by_rule(claim_findings(_p(sentence)), "claim.absolute-promise") != []


@pytest.mark.parametrize("prices", [
    "Prescriptions cost £9.90 per item. A 12-month prepayment certificate costs £114.50.",
    "A private eye test costs about £25, and glasses from £30 upwards are common.",
    "In 2023 the programme cost $2 million and screened 40,000 people.",
])
def test_prices_in_information_do_not_make_a_page_sales_copy(prices):
    assert claim_findings(_p(prices, "Antacids neutralise stomach acid and give quick relief.")) == []


@pytest.mark.parametrize("prices", [
    "Only £29.99 for a one-month supply.",
    "Plans from £149 a month, cancel any time.",
    "Now just $39 - order today.",
])
def test_sales_prices_make_a_page_sales_copy(prices):
    assert rules_of(claim_findings(_p(prices, "Antacids neutralise stomach acid and give quick relief."))) \
        == ["claim.uncited"]


@pytest.mark.parametrize("sentence", [
    "Most ear infections clear up within 3 to 5 days and do not need treatment.",
    "Antibiotics may be prescribed if the infection does not start to get better after 3 days.",
    "In many children eczema clears up completely by their teenage years.",
    "Antiviral creams can speed up healing if used as soon as you notice symptoms.",
])
def test_natural_recovery_conditions_and_conjunctions_are_not_flagged(sentence):
    assert claim_findings(_p(sentence)) == []


@pytest.mark.parametrize("sentence", [
    "Our ear drops clear the infection within 3 days.",
    "This cream clears eczema completely.",
    "Our antiviral gel heals cold sores twice as fast as other creams.",
])
def test_their_promoted_twins_are_flagged(sentence):
    assert claim_findings(_p(sentence)) != []
