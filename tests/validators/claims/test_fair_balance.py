"""claim.fair-balance: a prescription drug's serious risks must be stated about the drug (same
sentence, paragraph, list or section, or a warning section of its page), where the page presents it."""

import pytest
from claim_helpers import by_rule, claim_findings

from validators.config import Config

PROMOTIONAL = Config(disabled=frozenset({"copy", "link"}), claim_profile="promotional")
EDITORIAL = Config(disabled=frozenset({"copy", "link"}), claim_profile="editorial")


def missing(html, config=PROMOTIONAL):
    """(drug, topic) of every fair-balance finding, sorted."""
    findings = by_rule(claim_findings(html, config), "claim.fair-balance")
    return sorted((f.details["drug"], topic) for f in findings for topic in f.details["topics"])


ISOTRETINOIN_BOTH = [("isotretinoin", "mental_health"), ("isotretinoin", "pregnancy")]


# -- the risk has to be stated about the drug, not just appear on the page ----------------------------

def test_risk_words_elsewhere_on_the_page_do_not_count():
    html = ("<h1>Acne treatments</h1>"
            "<h2>Living with acne</h2><p>Acne can affect your mental health and confidence.</p>"
            "<h2>Hormonal treatments</h2><p>Some women find the contraceptive pill helps their skin.</p>"
            "<h2>Isotretinoin</h2><p>Isotretinoin clears even severe acne for most people.</p>")
    assert missing(html) == ISOTRETINOIN_BOTH
    assert missing(html, EDITORIAL) == ISOTRETINOIN_BOTH


@pytest.mark.parametrize(("scope", "html"), [
    ("same sentence",
     "<p>Acne can affect your mood.</p><p>Isotretinoin clears severe acne, but it can cause birth defects, "
     "so it must never be taken in pregnancy, and it can bring on depression.</p>"),
    ("same paragraph",
     "<p>Isotretinoin clears severe acne. Taken in pregnancy, it causes birth defects. Watch for low mood and "
     "depression.</p><p>Diet does not cause acne.</p>"),
    ("next paragraph, still about the drug",
     "<p>Isotretinoin clears severe acne.</p><p>It causes birth defects, so it must not be taken in pregnancy. "
     "It has been linked with depression.</p>"),
    ("same list",
     "<p>Isotretinoin clears severe acne, but has serious side effects:</p>"
     "<ul><li>birth defects if taken during pregnancy</li><li>depression and suicidal thoughts</li></ul>"),
    ("same section",
     "<h2>Isotretinoin</h2><p>Isotretinoin clears severe acne.</p>"
     "<h3>Before you start</h3><p>You will need a pregnancy test every month.</p>"
     "<p>Tell your doctor at once about any change in mood.</p>"
     "<h2>Other treatments</h2><p>Creams help mild acne.</p>"),
    ("warning section of the page about the drug",
     "<h1>Isotretinoin for severe acne</h1><h2>How it works</h2><p>Isotretinoin clears severe acne.</p>"
     "<h2>Side effects</h2><p>It causes serious birth defects: never take it while pregnant.</p>"
     "<p>Some people become depressed.</p>"),
    ("warning section under the drug's own section",
     "<h1>Acne</h1><h2>Isotretinoin</h2><p>Isotretinoin clears severe acne.</p>"
     "<h3>Who should not take it</h3><p>Anyone who is pregnant.</p><p>Anyone with a history of depression.</p>"
     "<h2>Benzoyl peroxide</h2><p>A gel for mild acne.</p>"),
])
def test_a_risk_stated_in_the_drugs_scope_counts(scope, html):
    assert missing(html) == [], scope


@pytest.mark.parametrize(("scope", "html"), [
    ("another paragraph, about something else",
     "<p>Isotretinoin clears severe acne.</p><p>Acne can cause depression. Hormonal acne may flare in "
     "pregnancy.</p>"),
    ("another list",
     "<p>Isotretinoin clears severe acne.</p><p>Acne is linked with:</p>"
     "<ul><li>depression</li><li>flares in pregnancy</li></ul>"),
    ("another section",
     "<h2>Isotretinoin</h2><p>Isotretinoin clears severe acne.</p>"
     "<h2>Acne and wellbeing</h2><p>Acne can lead to depression.</p><p>It often flares in pregnancy.</p>"),
    ("a warning section about another drug",
     "<h1>Acne medicines</h1><h2>Isotretinoin</h2><p>Isotretinoin clears severe acne.</p>"
     "<h2>Sertraline</h2><p>Sertraline is sometimes used when acne causes low mood.</p>"
     "<h3>Side effects</h3><p>Tell your doctor about pregnancy and any suicidal thoughts or depression.</p>"),
])
def test_a_risk_stated_outside_the_drugs_scope_does_not_count(scope, html):
    assert ("isotretinoin", "pregnancy") in missing(html), scope
    assert ("isotretinoin", "mental_health") in missing(html), scope


@pytest.mark.parametrize(("scope", "html"), [
    ("same sentence",
     "<p>Since starting isotretinoin I feel better about my mental health, and we plan a pregnancy next year.</p>"),
    ("same list",
     "<p>Isotretinoin may suit you if:</p><ul><li>the contraceptive pill did not clear your skin</li>"
     "<li>acne is wearing down your mental health</li></ul>"),
    ("same section",
     "<h2>Isotretinoin at our clinic</h2><p>Isotretinoin clears stubborn acne.</p>"
     "<p>Many clients say clear skin lifted their mood more than anything.</p>"
     "<p>Our nurses have looked after clients through pregnancy and beyond.</p>"),
])
def test_risk_words_in_the_drugs_scope_that_state_no_risk_do_not_count(scope, html):
    assert missing(html) == ISOTRETINOIN_BOTH, scope


# -- drugs of different classes ----------------------------------------------------------------------

DRUGS = [
    # (benefit statement, its warning, the missing topics without it)
    ("<p>Sertraline lifts low mood within weeks for many adults.</p>",
     "<p>It can increase suicidal thoughts at first in people under 25.</p>",
     [("ssri_snri_antidepressant", "suicidal_thoughts")]),
    ("<p>Ozempic helps people with type 2 diabetes lose weight.</p>",
     "<h2>Warnings</h2><p>Do not use it if you or your family have had medullary thyroid cancer. "
     "Stomach pain that will not go away can be pancreatitis.</p>",
     [("glp1_agonist", "pancreatitis"), ("glp1_agonist", "thyroid_tumours")]),
    ("<p>Oxycodone relieves severe pain after surgery.</p>",
     "<p>Its risks:</p><ul><li>It can be addictive, even at the prescribed dose.</li>"
     "<li>Too much can slow your breathing: keep naloxone at home.</li></ul>",
     [("opioid_painkiller", "addiction"), ("opioid_painkiller", "breathing_overdose")]),
    ("<p>Sodium valproate stops seizures in most people with epilepsy.</p>",
     "<p>It can seriously harm an unborn baby, and it can damage the liver.</p>",
     [("sodium_valproate", "liver"), ("sodium_valproate", "pregnancy")]),
    ("<p>The combined pill can make periods lighter and ease painful periods.</p>",
     "<p>It slightly raises the risk of blood clots, and it is not for smokers over 35.</p>",
     [("combined_hormonal_contraceptive", "blood_clots"), ("combined_hormonal_contraceptive", "smoking")]),
    ("<p>Propecia stops hair loss in most men.</p>",
     "<h2>Side effects</h2><p>Some men have erection problems or lose interest in sex drive; tell your doctor "
     "about any low mood or depression.</p>",
     [("finasteride", "mood"), ("finasteride", "sexual_effects")]),
    ("<p>Warfarin prevents strokes in people with atrial fibrillation.</p>",
     "<p>The drug can cause serious bleeding, so you will have regular INR tests.</p>",
     [("warfarin", "bleeding")]),
    ("<p>Lorazepam calms a panic attack within minutes.</p>",
     "<p>It can be habit-forming and cause withdrawal if stopped suddenly, and with opioids or alcohol it can "
     "slow your breathing.</p>",
     [("benzodiazepine", "dependence"), ("benzodiazepine", "sedation_breathing")]),
    ("<p>Zopiclone helps you fall asleep faster and sleep longer.</p>",
     "<p>It can cause sleep-walking and sleep-driving while not fully awake; stop it if that happens.</p>",
     [("z_drug_sleeping_pill", "complex_sleep_behaviours")]),
    ("<p>Weekly testosterone enanthate injections restore energy and sex drive in men with low levels.</p>",
     "<p>They can raise your red blood cell count and blood pressure, so you will have regular blood "
     "tests, and it lowers sperm production.</p>",
     [("testosterone_replacement", "blood_and_heart"), ("testosterone_replacement", "fertility")]),
    ("<p>Dexamethasone eye drops settle inflammation after cataract surgery.</p>",
     "<p>They can raise the pressure inside the eye, so your eye pressure is checked at every visit.</p>",
     [("corticosteroid_eye_drops", "eye_pressure_infection")]),
    ("<p>Bimatoprost lowers the pressure in the eye in open-angle glaucoma.</p>",
     "<p>It can cause a permanent change in eye colour, turning the iris browner.</p>",
     [("prostaglandin_eye_drops", "iris_colour")]),
]


@pytest.mark.parametrize(("claim", "warning", "topics"), DRUGS, ids=[t[0][0] for _, _, t in DRUGS])
def test_each_class_of_drug_needs_its_own_warnings(claim, warning, topics):
    assert missing(claim) == topics
    assert missing(claim, EDITORIAL) == topics
    assert missing(claim + warning) == []


def test_brand_names_and_both_spellings_are_the_drug():
    assert missing("<p>Wegovy helps adults with obesity lose weight.</p>")[0][0] == "glp1_agonist"
    assert missing("<p>Epilim stops seizures.</p>")[0][0] == "sodium_valproate"
    assert missing("<p>Ethinyloestradiol pills make periods regular.</p>")[0][0] == "combined_hormonal_contraceptive"
    assert missing("<p>Ethinyl estradiol pills make periods regular.</p>")[0][0] == "combined_hormonal_contraceptive"


# -- where the page presents the drug ----------------------------------------------------------------

OPTIONS = ("<h1>Severe acne</h1><p>A dermatologist can talk you through the options.</p>"
           "<p>Treatments for severe acne include:</p>"
           "<ul><li>antibiotic tablets</li><li>hormonal treatments</li><li>isotretinoin</li></ul>")


def test_a_passing_mention_in_a_list_of_options_is_not_promotion_on_an_editorial_page():
    assert missing(OPTIONS, EDITORIAL) == []
    assert missing("<p>If other treatments fail, a specialist may suggest isotretinoin.</p>", EDITORIAL) == []
    assert missing("<p>Some people take sertraline or another antidepressant.</p>", EDITORIAL) == []


def test_on_a_promotional_page_naming_the_drug_is_promotion():
    assert missing(OPTIONS, PROMOTIONAL) == ISOTRETINOIN_BOTH
    assert missing("<p>Order Accutane from our online clinic today.</p>", PROMOTIONAL) == ISOTRETINOIN_BOTH


def test_an_editorial_page_presents_a_drug_named_in_a_benefit_claim_the_title_or_a_heading():
    assert missing("<p>Isotretinoin clears severe acne for most people.</p>", EDITORIAL) == ISOTRETINOIN_BOTH
    assert missing("<h1>Accutane: what to expect</h1><p>Ask your dermatologist.</p>", EDITORIAL) == \
        ISOTRETINOIN_BOTH
    assert missing("<h2>Isotretinoin</h2><p>A tablet taken for four to six months.</p>", EDITORIAL) == \
        ISOTRETINOIN_BOTH


def test_the_finding_sits_on_the_mention_that_presents_the_drug():
    html = ("<h1>Acne</h1><p>Isotretinoin is one of several options.</p>"
            "<p>Our isotretinoin programme clears acne in 20 weeks.</p>")
    findings = by_rule(claim_findings(html, EDITORIAL), "claim.fair-balance")
    assert {f.sentence for f in findings} <= {"Our isotretinoin programme clears acne in 20 weeks.",
                                              "Isotretinoin is one of several options."}
    assert findings[0].sentence == "Our isotretinoin programme clears acne in 20 weeks."
    assert findings[0].details["presented_in"] == "benefit claim"


# -- a drug named as the yardstick for another product ----------------------------------------------

@pytest.mark.parametrize(("yardstick", "presented"), [
    ("<p>Slimdrops are nature's Ozempic: you will feel full sooner.</p>",
     "<p>Ozempic makes you feel full sooner.</p>"),
    ("<p>Our clear-skin tea works just like isotretinoin on stubborn spots.</p>",
     "<p>Isotretinoin works on stubborn spots.</p>"),
    ("<p>Try our herbal alternative to sertraline for calmer days.</p>",
     "<p>Try sertraline for calmer days.</p>"),
    ("<p>This patch eases back pain better than oxycodone.</p>",
     "<p>Oxycodone eases back pain.</p>"),
])
def test_a_drug_named_as_a_yardstick_is_not_presented(yardstick, presented):
    assert missing(yardstick) == [] and missing(yardstick, EDITORIAL) == []
    assert missing(presented) != []


def test_a_comparator_earlier_in_the_sentence_does_not_make_a_yardstick():
    html = "<p>Like all strong medicines, isotretinoin clears severe acne but needs care.</p>"
    assert missing(html) == ISOTRETINOIN_BOTH


# -- an offer to sell or supply presents the drug --------------------------------------------------

@pytest.mark.parametrize(("offer", "refusal"), [
    ("<p>Order isotretinoin online and start this week.</p>",
     "<p>Never order isotretinoin online from a site that skips the consultation.</p>"),
    ("<p>We prescribe Ozempic after a short video call.</p>",
     "<p>Counterfeit Ozempic bought from websites has put people in hospital.</p>"),
    ("<p>Buy tramadol with free next-day delivery.</p>",
     "<p>Do not buy tramadol from social media sellers.</p>"),
])
def test_an_offer_to_sell_presents_the_drug_on_an_editorial_page_too(offer, refusal):
    assert missing(offer, EDITORIAL) != []
    assert missing(refusal, EDITORIAL) == []


def test_in_order_to_is_no_offer():
    assert missing("<p>In order to stay well, some people keep taking sertraline for a while.</p>", EDITORIAL) == []


# -- directions for a prescribed drug do not present it ----------------------------------------------

@pytest.mark.parametrize("html", [
    "<p>If your GP prescribes sertraline, you will usually start on 50 mg a day, taken in the morning.</p>",
    "<p>Do not stop taking fluoxetine suddenly, as this can cause withdrawal symptoms.</p>",
    "<p>Methotrexate is taken once a week, on the same day each week.</p>",
    "<p>Keep warfarin tablets in their original box, away from children.</p>",
])
def test_a_sentence_that_only_doses_instructs_or_warns_does_not_present_the_drug(html):
    for config in (PROMOTIONAL, EDITORIAL):
        assert missing(html, config) == []


@pytest.mark.parametrize("html", [
    "<p>Sertraline lifts low mood within a few weeks.</p>",
    "<p>Try fluoxetine for calmer days.</p>",
    "<p>Order methotrexate online today for only £19.99 a month. Methotrexate is taken once a week.</p>",
])
def test_a_benefit_or_a_sales_page_twin_still_presents_the_drug(html):
    assert missing(html, PROMOTIONAL) != []


@pytest.mark.parametrize("html", [
    "<p>If you take warfarin, you will need a blood test in the week before your operation.</p>",
    "<p>When your child is on methotrexate, the school nurse should know before any vaccines are given.</p>",
    "<p>If you are taking sertraline, tell the dentist before you have a local anaesthetic.</p>",
])
def test_the_readers_own_medicine_named_as_a_condition_does_not_present_the_drug(html):
    """Class: a reader who already takes the drug is told what to do, with no benefit stated: directions."""
    for config in (PROMOTIONAL, EDITORIAL):
        assert missing(html, config) == []


@pytest.mark.parametrize("html", [
    "<p>If you take warfarin, it keeps your blood from clotting and protects you from a stroke.</p>",
    "<p>When your child is on methotrexate, it helps calm the swelling in their joints.</p>",
    "<p>If you are taking sertraline, refill it from our online pharmacy for only £5 a month.</p>",
])
def test_a_benefit_or_an_offer_after_the_readers_medicine_still_presents_the_drug(html):
    assert missing(html, PROMOTIONAL) != []
