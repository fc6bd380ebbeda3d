"""Whole classes rather than sentences (issue 9): headings and titles, unlawful supply in any wording,
superlatives by morphology, and an organisation's own records, prevalence figures and disease durations on
professional pages. Each class: unrelated examples that must draw the finding and correct twins that must not."""

import pytest
from claim_helpers import by_rule, claim_findings, rules_of

SHOP = "<p>Only £29.99 – add to basket.</p>"

# -- headings: a promise, a superlative or an unlawful offer in a heading is on the page like any sentence ---------

@pytest.mark.parametrize(("html", "rule"), [
    ("<h2>How to Cure Eczema Naturally in a Week</h2>", "claim.absolute-promise"),
    ("<h1>Permethrin cures scabies in 100% of patients within 3 days</h1><p>Apply it to dry skin.</p>",
     "claim.absolute-promise"),
    ("<h2>Accutane cures acne</h2>", "claim.absolute-promise"),
    ("<h2>Britain's Strongest Hay Fever Tablets</h2>", "claim.superlative"),
    ("<h2>Sildenafil Online – No Prescription Needed</h2>", "claim.unlawful-supply"),
    ("<h2>Stop Hair Loss Permanently</h2>", "claim.absolute-promise"),
])
def test_a_promise_in_a_heading_is_flagged(html, rule):
    assert rule in rules_of(claim_findings(html))


@pytest.mark.parametrize("html", [
    "<h2>Treating an attack</h2><p>Take a triptan as soon as the headache starts.</p>",
    "<h2>How long chickenpox lasts</h2>",
    "<h2>Myth: garlic cures colds</h2>",
    "<h2>Preventing sunburn</h2>",
    "<h2>Things you can do to ease the itch</h2>",
    "<h2>The best treatment for eczema</h2>",
])
def test_a_section_heading_on_a_professional_page_is_no_claim(html):
    assert claim_findings(html) == []


def test_a_timed_result_in_a_heading_counts_on_a_page_that_sells_only():
    assert claim_findings("<h2>Drop a Dress Size in 14 Days With Our Shake</h2>" + SHOP)
    assert claim_findings("<h2>Recovery in the first 14 days</h2><p>Rest and drink fluids.</p>") == []


# -- unlawful supply: a prescriber removed x a prescription-only medicine x an offer, in any wording ---------------

@pytest.mark.parametrize("html", [
    "<p>Tadalafil tablets in stock.</p><p>We never ask for a prescription.</p>",
    "<p>Semaglutide pens from £99.</p><p>No GP, no forms, no video call.</p>",
    "<p>Finasteride 1 mg.</p><p>We post your tablets prescription-free.</p>",
    "<p>Mounjaro pens.</p><p>Skip the doctor's appointment and start today.</p>",
    "<p>Modafinil shipped worldwide with no doctor visit and no medical history forms.</p>",
    "<p>Our pharmacy sends out tramadol without needing a prescription from you.</p>",
    "<p>Isotretinoin capsules available here.</p><p>Forget the dermatologist waiting list.</p>",
    "<p>Doxycycline for chest infections.</p><p>We never ask for a urine test or a swab.</p>",
])
def test_a_prescription_only_medicine_offered_without_a_prescriber(html):
    assert len(by_rule(claim_findings(html), "claim.unlawful-supply")) == 1


@pytest.mark.parametrize("html", [
    "<p>Antibiotics are not always needed.</p>"
    "<p>Hydrocortisone cream can be bought from a pharmacy without a prescription.</p>",
    "<p>Finasteride tablets.</p><p>We cannot supply finasteride without a valid prescription.</p>",
    "<p>Semaglutide is a prescription-only medicine.</p><p>You do not need an appointment for a flu jab.</p>",
    "<p>Sildenafil needs a prescription.</p><p>Our prescribers review every consultation before anything is sent.</p>",
    "<p>Doxycycline is an antibiotic.</p><p>Never buy antibiotics online without a prescription.</p>",
    "<p>Doxycycline is an antibiotic.</p>"
    "<p>You can get emergency contraception from a pharmacy without seeing a doctor.</p>",
    "<p>Sertraline is an antidepressant.</p><p>Ask a pharmacist if you need a specialist appointment.</p>",
    "<p>Metformin is a prescription medicine.</p><p>There is no blood test for shingles.</p>",
    "<p>Pharmacists can now supply nitrofurantoin for uncomplicated cystitis without a GP appointment, after a "
    "consultation.</p>",
])
def test_lawful_supply_and_warnings_are_no_unlawful_offer(html):
    assert by_rule(claim_findings(html), "claim.unlawful-supply") == []


# -- superlatives by morphology and exclusive comparisons in any form ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Our purest fish oil is the one you can buy with confidence.",
    "The gentlest eczema balm on the market.",
    "Tadalafil is the longest-lasting ED pill you can buy.",
    "The strongest remedy I've ever tried for my knee pain.",
    "There's simply no gentler or more effective sleep aid anywhere.",
    "Our balm soothes eczema better than any other cream.",
    "We are the only clinic in the capital that treats acne scars with this laser.",
    "Our joint capsules are Scotland's most soothing formula.",
    "Our collagen powder is the most complete beauty supplement in Europe.",
    "Our CBD oil is unmatched for anxiety relief.",
])
def test_superlatives_and_exclusive_comparisons(sentence):
    assert "claim.superlative" in rules_of(claim_findings(f"<p>{sentence}</p>"))


@pytest.mark.parametrize("sentence", [
    "The highest dose is 40 mg a day.",
    "Older adults are more likely than any other group to need hospital care.",
    "There is no longer any need to avoid dairy.",
    "Start with the lowest dose that controls your symptoms.",
    "Flu is most dangerous for babies and older people.",
    "Use the smallest amount of cream that covers the rash.",
    "Most need a second dose after a month.",
    "The evidence for this treatment remains limited.",
])
def test_rankings_in_clinical_text_are_no_superlative_claims(sentence):
    assert by_rule(claim_findings(f"<p>{sentence}</p>"), "claim.superlative") == []


# -- an organisation's own records, prevalence and how long a disease lasts -----------------------------------------

@pytest.mark.parametrize("html", [
    "<p>In our 2025 audit, 78% of eligible patients were prescribed a statin before discharge.</p>",
    "<p>Our surveillance data show that 1,203 residents were admitted to hospital with flu.</p>",
    "<p>Our society's headache registry now includes 14,200 patients.</p>",
    "<p>Psoriasis affects more than 7.5 million people in the United States.</p>",
    "<p>Some people have aches that last more than 6 months after treatment.</p>",
    "<p>The itch can carry on for 2 to 4 weeks after the cream has killed the mites.</p>",
    "<p>In 2025 our urgent care centres treated 18,400 patients with urine infections.</p>",
    "<p>Around 150 million people worldwide develop a urine infection each year.</p>",
    "<p>In our clinics, 4 in 5 patients had an asthma review in the past year.</p>",
    "<p>Across our hospitals, 62% of patients were seen within 4 hours.</p>",
])
def test_own_records_prevalence_and_durations_are_no_claims(html):
    assert claim_findings(html) == []


@pytest.mark.parametrize("html", [
    SHOP + "<p>In our clinical survey, 92% of users saw clearer skin.</p>",
    "<p>Our customers lose an average of 19% of their body weight.</p>",
    "<p>Over 10,000 of our customers develop clearer skin within a month.</p>",
    "<p>Botox injections work well, and the effects last for around 12 weeks.</p>",
    SHOP + "<p>Results from our serum last up to 6 months.</p>",
    SHOP + "<p>In our clinic, 9 in 10 patients see clearer skin after 3 sessions.</p>",
])
def test_a_seller_figure_or_an_effect_duration_stays_a_claim(html):
    assert claim_findings(html)


# -- a seller's guarantee is a promise even where the sentence reads like a disease's course ----------------------

@pytest.mark.parametrize("html", [
    "<ul><li>Hangover Rescue - gets you back on your feet in an hour, guaranteed</li></ul>",
    "<p>Your cold sore heals in two days, guaranteed.</p>",
    "<p>Migraines fade within the hour or your money back.</p>",
])
def test_a_guaranteed_result_is_an_absolute_promise(html):
    assert "claim.absolute-promise" in rules_of(claim_findings(html))


@pytest.mark.parametrize("html", [
    "<p>The rash usually fades within a week.</p>",
    "<p>Delivery is guaranteed within two days.</p>",
    "<p>A cold sore usually heals in 7 to 10 days without treatment.</p>",
])
def test_a_disease_course_without_a_guarantee_is_no_promise(html):
    assert by_rule(claim_findings(html), "claim.absolute-promise") == []


# -- keeping a condition away is an effect ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Our elderberry gummies keep colds away all winter.",
    "This herbal tea keeps cravings at bay.",
    "The SleepWell spray keeps night-time waking away.",
])
def test_keeping_a_condition_away_is_a_claim(sentence):
    assert claim_findings(f"<p>{sentence}</p>")


@pytest.mark.parametrize("sentence", [
    "Keep your child away from nursery until the spots crust over.",
    "Keep medicines away from children.",
    "Keep the cream away from your eyes.",
])
def test_keeping_things_away_as_advice_is_no_claim(sentence):
    assert claim_findings(f"<p>{sentence}</p>") == []


# -- certainty of working, in any tense and wording ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Tadalafil is a strong ED pill and it works every single time.",
    "Our balm delivers without fail on the worst eczema.",
    "This spray worked each and every time for my hay fever.",
])
def test_working_every_time_is_an_absolute_promise(sentence):
    assert "claim.absolute-promise" in rules_of(claim_findings(f"<p>{sentence}</p>"))


@pytest.mark.parametrize("sentence", [
    "Use a condom every time you have sex; it helps prevent infections.",
    "The vaccine does not work every time, so keep washing your hands.",
    "Wash your hands every time you touch the rash.",
])
def test_every_time_in_advice_or_a_denial_is_no_promise(sentence):
    assert by_rule(claim_findings(f"<p>{sentence}</p>"), "claim.absolute-promise") == []


# -- an imperative that sells the seller's own product for a health outcome -----------------------------------------

@pytest.mark.parametrize("sentence", [
    "Use our arnica gel to ease bruises and swelling.",
    "Give our elderberry gummies to your kids to fight off winter colds.",
    "Try our sea moss capsules to boost your immunity.",
])
def test_an_imperative_selling_our_product_for_a_health_outcome_is_a_claim(sentence):
    assert claim_findings(f"<p>{sentence}</p>")


@pytest.mark.parametrize("sentence", [
    "Apply our cream to the rash twice a day.",
    "Use our symptom checker if you have a rash.",
    "Call our helpline to help you stop smoking.",
    "Bring your tablets to our clinic if your asthma gets worse.",
])
def test_an_instruction_naming_our_service_or_product_stays_an_instruction(sentence):
    assert claim_findings(f"<p>{sentence}</p>") == []


# -- "no other X" has, contains, uses, combines: an exclusive claim ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "No other joint supplement contains our patented blend of turmeric and boswellia.",
    "No other clinic in Leeds uses this laser.",
    "No other hay fever spray combines these three plant extracts.",
])
def test_no_other_product_has_it_is_exclusive(sentence):
    assert "claim.superlative" in rules_of(claim_findings(f"<p>{sentence}</p>"))


@pytest.mark.parametrize("sentence", [
    "No other treatment is usually needed.",
    "No other symptoms are common.",
    "Most people need no other treatment.",
])
def test_no_other_in_clinical_text_is_not_exclusive(sentence):
    assert by_rule(claim_findings(f"<p>{sentence}</p>"), "claim.superlative") == []


# -- giving up a habit for good is a behaviour changed, not a disease cured ------------------------------------------

@pytest.mark.parametrize("html", [
    "<h2>How to stop smoking for good</h2><p>Ask your GP about support to quit.</p>",
    "<p>Many people stop drinking completely after a health scare.</p>",
    "<p>Find out how to beat the habit for good with free local support.</p>",
])
def test_quitting_a_habit_for_good_is_no_absolute_promise(html):
    assert by_rule(claim_findings(html), "claim.absolute-promise") == []


@pytest.mark.parametrize("html", [
    "<p>Our spray stops snoring permanently.</p>",
    "<p>This cream clears eczema for good.</p>",
    "<h2>How to stop eczema flare-ups for good</h2>",
])
def test_ending_a_condition_for_good_is_an_absolute_promise(html):
    assert "claim.absolute-promise" in rules_of(claim_findings(html))
