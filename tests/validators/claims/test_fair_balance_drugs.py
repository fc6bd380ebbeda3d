"""claim.fair-balance over the drugs added to claims_fair_balance.yaml for issue 9 (HRT, SGLT2 inhibitors, ADHD
stimulants, ketamine, JAK inhibitors, erection medicines, phentermine, blood thinners, oral minoxidil, the
contraceptive injection, lamotrigine, topiramate...): a selling page that names the drug without its label's serious
risk is flagged; its twin that states the risk about the drug (same sentence, list, section or warning heading)
passes, and so does a professional page that states it. Examples in our own words, unrelated to the evaluation texts."""

import pytest
from claim_helpers import by_rule, claim_findings

from validators.config import Config

PROMOTIONAL = Config(disabled=frozenset({"copy", "link"}), claim_profile="promotional")
EDITORIAL = Config(disabled=frozenset({"copy", "link"}), claim_profile="editorial")


def missing(html, config=PROMOTIONAL):
    """(drug, topic) of every fair-balance finding, sorted."""
    findings = by_rule(claim_findings(html, config), "claim.fair-balance")
    return sorted((f.details["drug"], topic) for f in findings for topic in f.details["topics"])


# (selling page without the risk, the risk stated about the drug, the missing topics without it)
SELLING = [
    (
        "<h1>Menopause clinic</h1><p>Order Oestrogel and Utrogestan online: HRT that ends hot flushes and night "
        "sweats.</p>",
        "<p>HRT slightly raises the risk of breast cancer, and HRT tablets raise the risk of blood clots and "
        "stroke.</p>",
        [("hrt_oestrogen", "blood_clots_stroke"), ("hrt_oestrogen", "breast_cancer")],
    ),
    (
        "<h1>Diabetes care</h1><p>Jardiance lowers blood sugar and protects your heart. We deliver it monthly.</p>",
        "<h2>Important safety information</h2><p>Rarely it causes ketoacidosis even when sugar levels are normal.</p>",
        [("sglt2_inhibitor", "ketoacidosis")],
    ),
    (
        "<h1>Adult ADHD clinic</h1><p>Elvanse sharpens your focus all day. Start treatment with us this week.</p>",
        "<p>Elvanse is a controlled drug: it can be misused and lead to addiction.</p>",
        [("adhd_stimulant", "abuse")],
    ),
    (
        "<h1>Ketamine therapy</h1><p>Spravato lifts treatment-resistant depression within days.</p>",
        "<p>Spravato can cause sedation and dissociation, so we watch you for two hours after each dose. It can be "
        "misused, so it is only given at the clinic.</p>",
        [("ketamine", "dissociation_sedation"), ("ketamine", "misuse")],
    ),
    (
        "<h1>Hair clinic</h1><p>Our doctors prescribe oral minoxidil for thicker hair in three months.</p>",
        "<p>Oral minoxidil has side effects to know about:</p><ul><li>a fast heartbeat or palpitations</li>"
        "<li>swollen ankles</li></ul>",
        [("oral_minoxidil", "heart")],
    ),
    (
        "<h1>Men's health</h1><p>Buy sildenafil and tadalafil for firmer, longer-lasting erections.</p>",
        "<p>Never take sildenafil or tadalafil with nitrates such as GTN spray, or with poppers.</p>",
        [("pde5_inhibitor", "nitrates_heart")],
    ),
    (
        "<h1>Weight-loss clinic</h1><p>Duromine curbs your appetite from the first day.</p>",
        "<h2>Who should not take it</h2><p>Anyone with heart disease or high blood pressure.</p>"
        "<p>Anyone who has misused drugs or alcohol: it can cause dependence.</p>",
        [("phentermine", "heart_lungs"), ("phentermine", "misuse")],
    ),
    (
        "<h1>Eczema clinic</h1><p>Rinvoq clears stubborn eczema in weeks.</p>",
        "<p>Rinvoq can cause serious infections such as shingles, and raises the risk of heart attack, blood "
        "clots and some cancers.</p>",
        [("jak_inhibitor", "heart_clots_cancer"), ("jak_inhibitor", "serious_infections")],
    ),
    (
        "<h1>Heart rhythm</h1><p>Switch to Eliquis: no more weekly blood tests, and strong protection from stroke.</p>",
        "<p>Like all blood thinners, Eliquis can cause serious bleeding.</p>",
        [("anticoagulant_doac", "bleeding")],
    ),
    (
        "<h1>Contraception</h1><p>Sayana Press protects you for 13 weeks from one jab at home.</p>",
        "<p>It can cause thinning of the bones if used for a long time.</p>",
        [("contraceptive_injection", "bone_density")],
    ),
    (
        "<h1>Travel clinic</h1><p>Lariam keeps malaria away with one tablet a week.</p>",
        "<h2>Side effects</h2><p>Some people have anxiety, nightmares or dizziness.</p>",
        [("mefloquine", "neuropsychiatric")],
    ),
    (
        "<h1>Skin clinic</h1><p>Book Azzalure or Bocouture today for smoother frown lines in two weeks.</p>",
        "<p>Rarely the toxin in Azzalure and Bocouture can spread beyond the injection site and cause trouble "
        "swallowing or breathing.</p>",
        [("botulinum_toxin_injection", "spread_of_toxin")],
    ),
    (
        "<h1>Sleep and mood</h1><p>Order quetiapine online: calmer nights and steadier moods.</p>",
        "<h2>Warnings</h2><ul><li>Older people with dementia who take it are more likely to die.</li>"
        "<li>It can raise suicidal thoughts in young people.</li><li>It can cause weight gain and diabetes.</li></ul>",
        [("antipsychotic_also_for_depression", "dementia_mortality"),
         ("antipsychotic_also_for_depression", "metabolic"),
         ("antipsychotic_also_for_depression", "suicidal_thoughts")],
    ),
    (
        "<h1>Psychiatry online</h1><p>Our prescribers start olanzapine the same day to quieten the voices.</p>",
        "<p>Olanzapine raises the risk of death in elderly people with dementia, and often causes weight gain and "
        "high blood sugar.</p>",
        [("antipsychotic_other", "dementia_mortality"), ("antipsychotic_other", "metabolic")],
    ),
    (
        "<h1>Schizophrenia care</h1><p>Clozaril works where other medicines have failed. Start with us.</p>",
        "<p>Clozaril can cause a dangerous drop in white blood cells, so you need regular blood tests. It can "
        "also cause myocarditis, so report chest pain at once.</p>",
        [("clozapine", "myocarditis"), ("clozapine", "neutropenia")],
    ),
    (
        "<h1>Bipolar clinic</h1><p>Priadel keeps your moods level for years. We deliver it to your door.</p>",
        "<p>Priadel can become toxic, so you must have regular blood tests of your lithium level.</p>",
        [("lithium_mood_stabiliser", "toxicity_monitoring")],
    ),
    (
        "<h1>Nerve pain clinic</h1><p>Buy pregabalin online for fast relief from burning nerve pain.</p>",
        "<h2>Side effects</h2><p>It can be misused and cause dependence. Taken with opioids it can slow your "
        "breathing dangerously.</p>",
        [("gabapentinoid", "breathing"), ("gabapentinoid", "misuse_dependence")],
    ),
    (
        "<h1>Breast cancer prevention</h1><p>Nolvadex cuts the chance of the cancer coming back. Order it here.</p>",
        "<p>Nolvadex raises the risk of blood clots and stroke, and of cancer of the womb.</p>",
        [("tamoxifen", "blood_clots_stroke"), ("tamoxifen", "womb_cancer")],
    ),
    (
        "<h1>Bone health shop</h1><p>Evista strengthens your bones after the menopause.</p>",
        "<p>Evista can cause blood clots and raises the risk of dying from a stroke.</p>",
        [("raloxifene", "blood_clots_stroke")],
    ),
]


@pytest.mark.parametrize(("page", "warning", "topics"), SELLING, ids=[t[0][0] for _, _, t in SELLING])
def test_a_selling_page_needs_the_drugs_risks(page, warning, topics):
    assert missing(page) == topics
    assert missing(page + warning) == []


def test_risk_words_about_something_else_do_not_count():
    html = (
        "<h1>Menopause clinic</h1><p>Order Evorel patches online for fewer hot flushes.</p>"
        "<h2>Your health after 50</h2><p>Breast cancer screening is offered every three years.</p>"
        "<p>Walking lowers the risk of stroke.</p>"
    )
    assert missing(html) == [("hrt_oestrogen", "blood_clots_stroke"), ("hrt_oestrogen", "breast_cancer")]


# the new drugs' risk words out of context: about another subject, or in a sentence that states no risk
OUT_OF_CONTEXT = [
    (
        "<h1>Skin clinic</h1><p>Order Dysport for softer crow's feet.</p><p>Our team speaks five languages and "
        "breathing exercises are offered in the waiting room.</p>",
        [("botulinum_toxin_injection", "spread_of_toxin")],
    ),
    (
        "<h1>Mood clinic</h1><p>Abilify steadies your mood within weeks. Order it online.</p>"
        "<h2>About dementia</h2><p>Dementia affects one in fourteen people over 65.</p>"
        "<p>Our dietitian helps you with weight gain, diabetes and cholesterol. Suicide prevention week is in "
        "September.</p>",
        [("antipsychotic_also_for_depression", "dementia_mortality"),
         ("antipsychotic_also_for_depression", "metabolic"),
         ("antipsychotic_also_for_depression", "suicidal_thoughts")],
    ),
    (
        "<h1>Psychiatry online</h1><p>Risperdal calms agitation in days. We ship it free.</p>"
        "<p>Walking lowers the risk of stroke and diabetes in older people.</p>",
        [("antipsychotic_other", "dementia_mortality"), ("antipsychotic_other", "metabolic")],
    ),
    (
        "<h1>Schizophrenia care</h1><p>Buy Zaponex for clearer thinking.</p><h2>Our heart clinic</h2>"
        "<p>Heart checks and blood tests for infection are free for all members.</p>",
        [("clozapine", "myocarditis"), ("clozapine", "neutropenia")],
    ),
    (
        "<h1>Bipolar clinic</h1><p>Lithium carbonate brings steady moods. Order a month's supply.</p>"
        "<h2>Healthy living</h2><p>Your annual blood test checks your cholesterol level.</p>",
        [("lithium_mood_stabiliser", "toxicity_monitoring")],
    ),
    (
        "<h1>Pain shop</h1><p>Lyrica eases fibromyalgia pain. Add to basket.</p><h2>Opioid addiction</h2>"
        "<p>Addiction to opioids can slow breathing, and our support line helps with withdrawal.</p>",
        [("gabapentinoid", "breathing"), ("gabapentinoid", "misuse_dependence")],
    ),
    (
        "<h1>Women's health</h1><p>Soltamox keeps breast cancer away. Delivery in 48 hours.</p><h2>Flights</h2>"
        "<p>Long flights raise the risk of blood clots; womb and cervical screening are free at our clinic.</p>",
        [("tamoxifen", "blood_clots_stroke"), ("tamoxifen", "womb_cancer")],
    ),
]


@pytest.mark.parametrize(("html", "topics"), OUT_OF_CONTEXT, ids=[t[0][0] for _, t in OUT_OF_CONTEXT])
def test_the_new_drugs_risk_words_out_of_context_do_not_count(html, topics):
    assert missing(html) == topics


def test_a_name_shared_with_something_else_is_not_the_drug():
    # the toxin on a botulism page, lithium in a battery, lithium orotate (a supplement)
    assert missing("<p>Buy our home canning kit: it kills the bacteria that make botulinum toxin.</p>") == []
    assert missing("<p>Order lithium batteries and lithium orotate capsules online.</p>") == []
    assert missing("<p>Order lithium tablets online for steady moods.</p>") == [
        ("lithium_mood_stabiliser", "toxicity_monitoring")]


# professional pages that state the risk about the drug pass in both profiles
PROFESSIONAL = [
    "<h1>Lamotrigine</h1><p>Lamotrigine is used to control seizures and to prevent low mood in bipolar "
    "disorder.</p><h2>Serious side effects</h2><p>Call a doctor straight away if you get a skin rash, "
    "especially in the first 8 weeks.</p>",
    "<h1>Topiramate and pregnancy</h1><p>Topamax prevents migraines and seizures for many people.</p>"
    "<p>It can harm an unborn baby, so you need reliable contraception while taking it.</p>",
    "<h1>Medicines for ADHD</h1><p>Methylphenidate helps many children concentrate at school.</p>"
    "<p>It is a controlled drug because it can be misused, so keep it locked away.</p>",
    "<h1>HRT: benefits and risks</h1><p>HRT relieves hot flushes and night sweats for most women.</p>"
    "<h2>Risks of HRT</h2><p>Combined HRT is linked to a small rise in the risk of breast cancer.</p>"
    "<p>HRT tablets raise the risk of blood clots; patches and gels do not.</p>",
    "<h1>Blood thinners</h1><p>Rivaroxaban lowers the risk of a stroke in atrial fibrillation. "
    "The main side effect is bleeding, so tell your dentist you take it.</p>",
    "<h1>Dapagliflozin</h1><p>Dapagliflozin helps control blood sugar in type 2 diabetes.</p>"
    "<p>It can rarely cause diabetic ketoacidosis; get help at once if you feel sick or breathe fast.</p>",
    "<h1>Pregabalin</h1><p>Pregabalin can ease nerve pain and anxiety.</p><h2>Risks</h2><p>It is a controlled "
    "drug because it can be misused, and with opioids it can slow your breathing.</p>",
    "<h1>Clozapine</h1><p>Clozapine helps many people whose schizophrenia has not responded to other medicines. "
    "It can lower your white blood cells, so you will have regular blood tests, and rarely it inflames the heart "
    "muscle (myocarditis).</p>",
    "<h1>Tamoxifen after breast cancer</h1><p>Nolvadex lowers the chance of the cancer returning.</p>"
    "<h2>Side effects</h2><p>A small rise in the risk of blood clots and stroke, and of cancer of the womb.</p>",
]


@pytest.mark.parametrize("html", PROFESSIONAL)
def test_a_professional_page_that_states_the_risk_passes(html):
    assert missing(html, EDITORIAL) == []
    assert missing(html, PROMOTIONAL) == []


def test_a_drug_named_as_a_yardstick_by_a_herbal_product_is_not_presented():
    assert missing("<p>Our herbal Viagra works in 20 minutes.</p>") == []
    assert missing("<p>Viagra works in 20 minutes.</p>") == [("pde5_inhibitor", "nitrates_heart")]


def test_a_name_sold_over_the_counter_is_not_the_prescription_form():
    assert missing("<p>Buy minoxidil foam for thicker hair.</p>") == []
    assert missing("<p>Buy minoxidil tablets for thicker hair.</p>") == [("oral_minoxidil", "heart")]


@pytest.mark.parametrize("html", [
    "<p>Our collagen drink works so well my friends kept asking if I'd had Botox.</p>",
    "<p>After a month of this serum people thought I\u2019d had Botox.</p>",
    "<p>My sister wanted to know whether I've had Dysport: it was just our night cream.</p>",
])
def test_a_result_taken_for_the_drugs_is_a_yardstick(html):
    assert missing(html) == []


def test_a_customer_who_had_the_drug_presents_it():
    assert missing("<p>I had Botox at your clinic and my frown lines vanished.</p>") == [
        ("botulinum_toxin_injection", "spread_of_toxin")]
