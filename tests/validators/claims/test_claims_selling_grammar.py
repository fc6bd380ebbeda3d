"""How sales copy states a benefit without the listed effect words (issue 9, marketing recall): a product acting
on the body with any verb, promises that are absolute only in sales copy, and pages that sell without a shop
phrase or a price. Each class: sentences from unrelated products that must draw a claim finding, and correct
twins (the same grammar on a shop page saying nothing about an effect, or on an information page) that must draw
none."""

import pytest
from claim_helpers import claim_findings, rules_of

SHOP = "<p>Free delivery on every order, and returns within 30 days.</p>"


def _claim_rules(html: str) -> list[str]:
    # fair balance is a page-level check, not the sentence's
    return [rule for rule in rules_of(claim_findings(html)) if rule != "claim.fair-balance"]


def _on_shop_page(sentence: str) -> str:
    return f"<h1>Shop</h1>{SHOP}<p>{sentence}</p>"


# uncited-benefit: a product, ingredient or the seller acting on the body, whatever the verb
ACTS_ON_BODY = [
    "Turmeric and boswellia switch off the inflammation in tired knees.",
    "Each capsule revs up your metabolism before a workout.",
    "Our minoxidil foam wakes up dormant follicles.",
    "Two gummies a day give your immune system what it needs.",
    "The magnesium balm melts away muscle cramps after a run.",
    "Flexi+ oils tired joints from the inside.",
]

ACTS_ON_BODY_TWINS = [
    "SoundPure sells hearing aids online and in 40 partner stores.",
    "Each sachet contains 2 g of electrolytes and no added sugar.",
    "A registered nurse reviews your health history before every drip.",
    "Retinol makes your skin more sensitive to the sun, so wear sunscreen every morning.",
    "Our pharmacists answer questions about your skin by live chat.",
    "Flexi+ ships in recyclable tubs of 60 capsules.",
]


@pytest.mark.parametrize("sentence", ACTS_ON_BODY)
def test_a_product_acting_on_the_body_is_a_claim_on_a_page_that_sells(sentence):
    assert "claim.uncited" in _claim_rules(_on_shop_page(sentence))


@pytest.mark.parametrize("sentence", ACTS_ON_BODY_TWINS)
def test_trade_make_up_and_warnings_are_no_claim_on_a_page_that_sells(sentence):
    assert _claim_rules(_on_shop_page(sentence)) == []


@pytest.mark.parametrize("sentence", ACTS_ON_BODY[:3])
def test_an_unknown_verb_is_no_effect_on_an_information_page(sentence):
    assert "claim.uncited" not in _claim_rules(f"<p>{sentence}</p>")


# absolute-promise: "never ... again" and a state kept "for life" / "for good", promised in sales copy
SELLING_ABSOLUTES = [
    "Never worry about a migraine ruining your weekend again.",
    "You'll never need another steroid cream again.",
    "Stay slim for life once you finish the programme.",
    "Follow the plan and you will be off blood pressure tablets for good.",
    "Throw away your inhalers for good.",
    "Quit painkillers for good with our TENS belt.",
    "Your hair will never fall out again.",
    "Permanent fat removal in one session.",
]

SELLING_ABSOLUTE_TWINS = [
    "Never use the cream on broken or infected skin again.",
    "Never take two doses of the tablets within 4 hours.",
    "Store the pens in the fridge and never freeze them.",
    "Stop smoking for good with our nicotine patches.",
    "Your order details will never be shared again with third parties.",
]

INFORMATION_TWINS = [
    "<p>Once you have had chickenpox, you will never get it again, although the virus can return as shingles.</p>",
    "<p>Most people who stop smoking stay free of cravings for good after a few months.</p>",
    "<p>You'll never need a booster again after the second dose of MMR.</p>",
]


@pytest.mark.parametrize("sentence", SELLING_ABSOLUTES)
def test_a_never_again_or_for_good_promise_is_absolute_in_sales_copy(sentence):
    assert "claim.absolute-promise" in _claim_rules(_on_shop_page(sentence))


@pytest.mark.parametrize("sentence", SELLING_ABSOLUTE_TWINS)
def test_an_instruction_with_never_is_no_promise_in_sales_copy(sentence):
    assert "claim.absolute-promise" not in _claim_rules(_on_shop_page(sentence))


@pytest.mark.parametrize("html", INFORMATION_TWINS)
def test_the_same_words_on_an_information_page_are_no_promise(html):
    assert "claim.absolute-promise" not in _claim_rules(html)


# uncited-benefit, uncited-timeline: a page that sells without a shop phrase or price (an unlawful offer, or the
# seller's own claims twice) is read again as sales copy, where a result promised to the reader is no course
RESULT_ON_UNPRICED_SHOP = [
    "<p>Get Wegovy pens delivered tomorrow with no GP appointment.</p><p>Your cravings will vanish by week two.</p>",
    "<p>Order finasteride today, no prescription needed.</p><p>Your hair grows back thicker within a month.</p>",
    "<p>Our gummies calm anxious minds.</p><p>Our drops help you sleep through the night.</p>"
    "<p>Aching joints loosen up within days.</p>",
]

RESULT_ON_INFORMATION_PAGE = [
    "<p>Chickenpox is common in young children.</p><p>The spots crust over within a week.</p>",
    "<p>Hay fever is an allergy to pollen.</p><p>Symptoms ease when the pollen count falls.</p>",
    "<p>Colds are caused by viruses.</p><p>Most colds clear up within 10 days.</p>",
]


@pytest.mark.parametrize("html", RESULT_ON_UNPRICED_SHOP)
def test_a_promised_result_is_a_claim_on_a_page_shown_to_sell_by_its_sentences(html):
    findings = claim_findings(html)
    last_paragraph = html.rsplit("<p>", 1)[1].removesuffix("</p>")
    assert any(f.sentence == last_paragraph for f in findings)


@pytest.mark.parametrize("html", RESULT_ON_INFORMATION_PAGE)
def test_a_disease_course_on_an_information_page_is_no_claim(html):
    assert _claim_rules(html) == []


# uncited-benefit: a rhetorical "why" with a bare verb asks nothing; the clause after "when" is asserted
RHETORICAL_QUESTIONS = [
    "Why hide behind make-up when one session erases redness and broken veins?",
    "Why suffer with sciatica when our TENS pad blocks the pain in minutes?",
    "Why put up with hay fever when these drops calm itchy eyes all day?",
]

REAL_QUESTIONS = [
    "Why does acne get worse when I am stressed?",
    "Why is my skin dry when I drink plenty of water?",
    "Why wait when you can book your appointment online today?",
]


@pytest.mark.parametrize("sentence", RHETORICAL_QUESTIONS)
def test_a_rhetorical_why_asserts_its_when_clause(sentence):
    assert _claim_rules(_on_shop_page(sentence)) != []


@pytest.mark.parametrize("sentence", REAL_QUESTIONS)
def test_a_real_question_or_a_why_without_a_health_effect_is_no_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence)) == []


# uncited-benefit: results promised without a claim's usual grammar (farewells, bodily-function imperatives with
# "again" or a comparative, restoring imperatives, result adjectives before a health outcome)
PROMISED_RESULTS = [
    "Say goodbye to cravings, bloating and yo-yo dieting.",
    "Wave goodbye to puffy eyes and dark circles.",
    "Feel like yourself again with our iron gummies.",
    "Breathe easier all spring with our saline rinse.",
    "Rebuild worn cartilage and get back on the court.",
    "Stronger nails, thicker hair, fewer breakouts.",
    "Visible results from the very first session.",
]

PROMISED_RESULT_TWINS = [
    "Say hello to our new pharmacist, Amira.",
    "Protect your skin from the sun with a broad-spectrum sunscreen.",
    "Feel for lumps in your breast once a month.",
    "Higher strengths need a prescription.",
    "Larger packs are cheaper per tablet.",
    "Sleep is important, so keep to a regular bedtime.",
]


@pytest.mark.parametrize("sentence", PROMISED_RESULTS)
def test_a_promised_result_is_a_claim_on_a_page_that_sells(sentence):
    # a result counted in sessions ("from the very first session") is the timeline kind of the same claim
    assert {"claim.uncited", "claim.uncited-timeline"} & set(_claim_rules(_on_shop_page(sentence)))


@pytest.mark.parametrize("sentence", PROMISED_RESULT_TWINS)
def test_greetings_advice_and_shop_comparatives_are_no_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence)) == []


@pytest.mark.parametrize("sentence", PROMISED_RESULTS[:4])
def test_a_promised_result_is_not_read_so_on_an_information_page(sentence):
    assert "claim.uncited" not in _claim_rules(f"<p>{sentence}</p>")


# uncited-benefit: a complaint going away in a testimonial or in sales copy is a result, not a harm
RESOLVED_COMPLAINTS = [
    '<blockquote>"My erection problems disappeared after the first order." – Dale</blockquote>',
    '<blockquote>"My itching vanished within a day of using the balm." – Sue</blockquote>',
    '<blockquote>"My back pain just melted away." – Ken</blockquote>',
]

COMPLAINT_TWINS = [
    "<p>The rash usually disappears on its own within a week.</p>",
    "<p>Side effects such as nausea often go away after the first few weeks.</p>",
    "<p>Tell your doctor if the swelling has not gone down after 3 days.</p>",
]


@pytest.mark.parametrize("html", RESOLVED_COMPLAINTS)
def test_a_complaint_gone_in_a_testimonial_is_a_claim(html):
    assert _claim_rules(f"<h1>Shop</h1>{SHOP}{html}") != []


@pytest.mark.parametrize("html", COMPLAINT_TWINS)
def test_a_complaint_going_away_on_an_information_page_is_no_claim(html):
    assert _claim_rules(html) == []


# unnamed-evidence: endorsement and bandwagon appeals vouch for a product with nobody named
ENDORSEMENTS = [
    "Backed by science and trusted by athletes.",
    "Thousands of happy patients can't be wrong.",
    "Dermatologists everywhere are calling it a breakthrough.",
    "Top hair surgeons use our exact formula on their own patients.",
    "Personal trainers swear by our protein shakes.",
]

ENDORSEMENT_TWINS = [
    "The NHS 111 service is used by millions of people every year.",
    "The vaccine is recommended by the World Health Organization for all children.",
    "You can't be wrong to ask your pharmacist for advice.",
]


@pytest.mark.parametrize("sentence", ENDORSEMENTS)
def test_an_endorsement_or_bandwagon_appeal_is_unnamed_evidence(sentence):
    assert "claim.unnamed-evidence" in _claim_rules(_on_shop_page(sentence))


@pytest.mark.parametrize("sentence", ENDORSEMENT_TWINS)
def test_a_named_recommender_or_a_count_of_users_is_no_appeal(sentence):
    assert "claim.unnamed-evidence" not in _claim_rules(f"<p>{sentence}</p>")


# comparison: a product set against a treatment without "than", and a product said to be the only one that works
RIVALS = [
    "GlowBand beats creams and gels because the light reaches deeper.",
    "It is a natural alternative that outperforms probiotics from the chemist.",
    "Our valerian drops are a gentle alternative to sleeping pills.",
]

RIVAL_TWINS = [
    "Walking beats sitting for an afternoon break.",
    "Our pharmacy beats supermarket prices on vitamins.",
    "Ask your pharmacist whether a cheaper alternative to your usual brand is suitable.",
]

ONLY_ONES = [
    "This is the only programme that tackles the root cause of insulin resistance.",
    "FlexiJoint is the only supplement clinically formulated for runners' knees.",
    "Ours is the only formula that feeds hair follicles from within.",
]

ONLY_ONE_TWINS = [
    "Your GP is the only person who can refer you to the clinic.",
    "This is the only clinic in the county that offers weekend appointments.",
    "Vaccination is the only way to prevent measles.",
]


@pytest.mark.parametrize("sentence", RIVALS)
def test_a_product_set_against_a_treatment_is_a_claim_in_sales_copy(sentence):
    assert _claim_rules(_on_shop_page(sentence)) != []


@pytest.mark.parametrize("sentence", RIVAL_TWINS)
def test_beating_a_price_or_asking_about_an_alternative_is_no_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence)) == []


@pytest.mark.parametrize("sentence", ONLY_ONES)
def test_the_only_product_that_works_is_an_exclusive_claim(sentence):
    assert "claim.superlative" in _claim_rules(_on_shop_page(sentence))


@pytest.mark.parametrize("sentence", ONLY_ONE_TWINS)
def test_the_only_person_clinic_or_way_is_no_exclusive_claim(sentence):
    assert "claim.superlative" not in _claim_rules(f"<p>{sentence}</p>")


# superlative: a place named as the market after a ranked product
PLACE_RANKINGS = [
    "The Pico laser is the most advanced pigmentation treatment available in Yorkshire.",
    "We offer the gentlest laser hair removal treatment in Manchester.",
    "Ours is the purest collagen supplement in America.",
]

PLACE_TWINS = [
    "Lung cancer is the most common cause of cancer death in England.",
    "The most effective treatment in adults is usually surgery.",
    "The oldest hospital clinic in Leeds opened in 1767.",
]


@pytest.mark.parametrize("sentence", PLACE_RANKINGS)
def test_a_product_ranked_in_a_named_place_is_a_superlative(sentence):
    assert "claim.superlative" in _claim_rules(_on_shop_page(sentence))


@pytest.mark.parametrize("sentence", PLACE_TWINS)
def test_a_ranking_of_diseases_or_people_in_a_place_is_no_superlative(sentence):
    assert "claim.superlative" not in _claim_rules(f"<p>{sentence}</p>")


# uncited-benefit, uncited-timeline: the seller's customers (or people) doing something without a complaint
WITHOUT_A_COMPLAINT = [
    "Most customers climb stairs without pain within 14 days.",
    "Our clients are walking without a limp by day 3.",
    "Members sleep through the night without heartburn.",
]

WITHOUT_TWINS = [
    "Our capsules can be taken with or without food.",
    "The spray is suitable for people without diabetes.",
    "Customers can return unopened items without a receipt.",
]


@pytest.mark.parametrize("sentence", WITHOUT_A_COMPLAINT)
def test_customers_free_of_a_complaint_is_a_claim_in_sales_copy(sentence):
    assert _claim_rules(_on_shop_page(sentence)) != []


@pytest.mark.parametrize("sentence", WITHOUT_TWINS)
def test_without_food_a_condition_or_a_receipt_is_no_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence)) == []


# superlative: in sales copy any superlative next to a product, said of something or heading the sentence
SOLD_SUPERLATIVES = [
    "The purest, most potent joint formula on sale.",
    "Our IVF success rates are the highest in Austin.",
    "The gentlest cleanser for newborn skin.",
    "Strongest relief for tension headaches.",
]

UNSOLD_SUPERLATIVES = [
    "The best time to take it is in the morning.",
    "The most important thing is to keep the skin clean.",
    "Enjoy our lowest prices on vitamins this month.",
    "Our newest branch opens in June.",
    "Most cold sores heal by themselves within 7 to 10 days.",
    "Take the lowest dose that controls your symptoms.",
    "People over 65 are at the highest risk of complications from flu.",
]


@pytest.mark.parametrize("sentence", SOLD_SUPERLATIVES)
def test_a_superlative_of_what_is_sold_is_a_superlative_claim_in_sales_copy(sentence):
    assert "claim.superlative" in _claim_rules(_on_shop_page(sentence))


@pytest.mark.parametrize("sentence", UNSOLD_SUPERLATIVES)
def test_a_superlative_of_trade_time_or_a_quantifier_is_none(sentence):
    assert "claim.superlative" not in _claim_rules(_on_shop_page(sentence))


@pytest.mark.parametrize("sentence", SOLD_SUPERLATIVES[1:3])
def test_the_same_superlative_on_an_information_page_needs_a_market(sentence):
    assert "claim.superlative" not in _claim_rules(f"<p>{sentence}</p>")


# uncited-benefit: a benefit verb's imperative with a health outcome and no means given promises a result
BENEFIT_IMPERATIVES = [
    "Calm your mind and sleep better every night.",
    "Boost your immunity this winter with our elderberry gummies.",
    "Brighten dull skin and unclog tired pores.",
]

ADVICE_IMPERATIVES = [
    "Lower your blood pressure if you are overweight by losing weight.",
    "Reduce your salt intake to under 6 g a day.",
    "Soothe dry skin with plenty of emollient.",
]


@pytest.mark.parametrize("sentence", BENEFIT_IMPERATIVES)
def test_a_benefit_imperative_without_a_means_is_a_claim_in_sales_copy(sentence):
    assert _claim_rules(_on_shop_page(sentence)) != []


@pytest.mark.parametrize("sentence", ADVICE_IMPERATIVES)
def test_an_imperative_with_a_means_or_no_outcome_is_advice(sentence):
    assert _claim_rules(_on_shop_page(sentence)) == []


# uncited-benefit: a complaint denied since a product was started is a result, though worded as a denial
GONE_SINCE = [
    '<blockquote>"I haven\'t had a migraine since I started taking the drops." – Rosa</blockquote>',
    '<blockquote>"No heartburn for me since we switched to the chewable tablets." – Omar</blockquote>',
    '<blockquote>"My son has not had a single asthma attack since starting the spray." – Jen</blockquote>',
]

NOT_GONE_SINCE = [
    "<p>I haven't had chickenpox since childhood, so I may be immune.</p>",
    "<p>The rash has not spread since yesterday.</p>",
    "<p>There have been no measles cases since 2019 in the county.</p>",
]


@pytest.mark.parametrize("html", GONE_SINCE)
def test_a_complaint_denied_since_starting_a_product_is_a_claim(html):
    assert _claim_rules(f"<h1>Shop</h1>{SHOP}{html}") != []


@pytest.mark.parametrize("html", NOT_GONE_SINCE)
def test_a_denial_since_a_date_is_no_claim(html):
    assert _claim_rules(html) == []


# a title's part after a dash is read as a sentence start: "Anti-wrinkle injections – Look 10 years younger"
TITLE_PARTS = [
    "<h1>Anti-Wrinkle Injections in Leeds – Look 10 Years Younger in Your Lunch Break</h1>",
    "<h1>Iron Gummies: Feel Like Yourself Again</h1>",
    "<h1>Gut Reset Programme – Heal Your Gut in Three Weeks</h1>",
]

TITLE_PART_TWINS = [
    "<h1>Opening hours – Sleep clinic: Monday to Friday</h1>",
    "<h1>Delivery – Look out for our courier</h1>",
    "<h1>Our team: Meet Dr Patel</h1>",
]


@pytest.mark.parametrize("html", TITLE_PARTS)
def test_a_promise_after_a_dash_in_a_title_is_a_claim_on_a_page_that_sells(html):
    assert _claim_rules(html + SHOP) != []


@pytest.mark.parametrize("html", TITLE_PART_TWINS)
def test_a_plain_title_part_is_no_claim(html):
    assert _claim_rules(html + SHOP) == []


# uncited-benefit: a benefit noun said to last or to be fast, similes and feelings promised, "Goodbye <complaint>"
MORE_PROMISES = [
    "Pain relief that lasts all day.",
    "Each drop delivers powerful antioxidant protection.",
    "Sleep like a baby with our magnesium spray.",
    "Wake up feeling refreshed and energised.",
    "Goodbye bloating, hello flat tummy!",
    "Regain your mobility in weeks.",
    "Kiss cold sores goodbye.",
    "Clients leave feeling lighter and more energised.",
    "Nourish your skin from within.",
]

NOT_PROMISES = [
    "Take pain relief such as paracetamol if you need it.",
    "Fast delivery on all orders over £20.",
    "Sleep on your back for two nights after treatment.",
    "Goodbye for now, and thank you for shopping with us.",
    "Customers feel free to call us any time.",
    "Wave your driver goodbye at the door.",
]


@pytest.mark.parametrize("sentence", MORE_PROMISES)
def test_a_lasting_benefit_simile_or_farewell_is_a_claim_in_sales_copy(sentence):
    assert _claim_rules(_on_shop_page(sentence)) != []


@pytest.mark.parametrize("sentence", NOT_PROMISES)
def test_an_instruction_delivery_or_goodbye_is_no_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence)) == []


# unnamed-evidence: an expert's or a clinic's hand claimed for the product
EXPERT_MADE = [
    "Doctor-formulated for sensitive skin.",
    "A dermatologist-tested cream for eczema-prone skin.",
    "Clinically tested to calm redness.",
]

EXPERT_TWINS = [
    "Our doctor reviews every order before it is sent.",
    "Ask a dermatologist if the rash spreads.",
    "The test is done in a clinic by a nurse.",
]


@pytest.mark.parametrize("sentence", EXPERT_MADE)
def test_an_expert_made_product_is_unnamed_evidence(sentence):
    assert "claim.unnamed-evidence" in _claim_rules(_on_shop_page(sentence))


@pytest.mark.parametrize("sentence", EXPERT_TWINS)
def test_an_expert_doing_their_job_is_no_appeal(sentence):
    assert "claim.unnamed-evidence" not in _claim_rules(_on_shop_page(sentence))


# comparison: "unlike X", "where other creams have failed", "as effective as X", "nature's answer to X"
UNLIKE_A_TREATMENT = [
    "Unlike antidepressants, our saffron capsules have no withdrawal.",
    "Works where other creams have failed.",
    "As effective as prescription creams, without the steroids.",
    "Nature's answer to statins.",
]

UNLIKE_TWINS = [
    "Unlike other pharmacies, we deliver on Sundays.",
    "Unlike a cold, flu comes on suddenly.",
    "Our tubs are as large as a family pack.",
]


# comparison: a rival verb ("rivals X", "surpasses X") or a treatment dismissed for the product ("Forget X",
# "Ditch X", "Swap X for")
SET_AGAINST_A_TREATMENT = [
    "FlexiJoint rivals prescription painkillers.",
    "A night serum that surpasses prescription retinoids.",
    "Our herbal blend rivalled antidepressants in a week of calm.",
    "Forget cortisone shots: our capsules do the job naturally.",
    "Ditch the sleeping pills and drift off with our lavender spray.",
    "Swap your antacids for one spoon of our gut tonic.",
]

SET_AGAINST_TWINS = [
    "Don't forget to take your capsules with food.",
    "Never forget your inhaler when you travel.",
    "Ditch the queue: order online and collect in store.",
    "Swap to our subscription and save 10% on every order.",
    "Forget about parking: we deliver to your door.",
    "Our loyalty scheme rivals any high-street chemist.",
    "Our range surpasses 2,000 products.",
    "Next-day delivery that surpasses the big chains.",
]


@pytest.mark.parametrize("sentence", SET_AGAINST_A_TREATMENT)
def test_a_product_set_against_a_treatment_is_a_comparison_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence)) != []


@pytest.mark.parametrize("sentence", SET_AGAINST_TWINS)
def test_a_rival_verb_without_a_treatment_is_no_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence)) == []


@pytest.mark.parametrize("sentence", UNLIKE_A_TREATMENT)
def test_a_product_set_beside_a_treatment_is_a_comparison_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence)) != []


@pytest.mark.parametrize("sentence", UNLIKE_TWINS)
def test_a_comparison_of_shops_or_diseases_is_no_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence)) == []


# unlawful-supply: instant access or a treatment started today, with the prescriber removed
DRUG_PAGE = "<h1>Hair loss treatment</h1><p>We supply finasteride and minoxidil.</p>"
ACCESS_OFFERS = [
    "Instant access to Propecia, no consultation.",
    "Start treatment today with no GP appointment.",
    "Fast access to finasteride without a doctor's visit.",
]

LAWFUL_ACCESS = [
    "Start treatment today after a short online consultation.",
    "Instant access to your order history, no login needed.",
    "Fast access to a prescriber, who decides whether finasteride suits you.",
]


@pytest.mark.parametrize("sentence", ACCESS_OFFERS)
def test_access_with_the_prescriber_removed_is_unlawful_supply(sentence):
    assert "claim.unlawful-supply" in _claim_rules(f"{DRUG_PAGE}<p>{sentence}</p>")


@pytest.mark.parametrize("sentence", LAWFUL_ACCESS)
def test_access_through_a_prescriber_is_no_unlawful_supply(sentence):
    assert "claim.unlawful-supply" not in _claim_rules(f"{DRUG_PAGE}<p>{sentence}</p>")
