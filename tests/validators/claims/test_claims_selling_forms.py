"""Claim classes in the varied forms sales copy gives them (issue 9, marketing recall, round 9): comparisons without
"than" (a rhetorical question dismissing the alternative, "twice the X of"), superlatives without a superlative word
("like nothing else", "second to none", "you won't find anywhere else"), results promised by an imperative's manner
("with total confidence", "pain-free"), a testimonial's own measure of a change, comparative headlines, complaints
declared dealt with, a contrast after a comma, professionals won over, products that last a lifetime; and
definitions of a condition or a sold thing, which are no claims. Each class: unrelated sentences that must draw a
claim finding and correct twins that must draw none."""

import pytest
from claim_helpers import claim_findings, rules_of

SHOP = "<p>Free delivery on every order, and returns within 30 days.</p>"


def _claim_rules(html: str) -> list[str]:
    # fair balance is a page-level check, not the sentence's
    return [rule for rule in rules_of(claim_findings(html)) if rule != "claim.fair-balance"]


def _on_shop_page(sentence: str, tag: str = "p") -> str:
    return f"<h1>Shop</h1>{SHOP}<{tag}>{sentence}</{tag}>"


# comparison: a rhetorical question on a page that sells that dismisses the alternative to what is sold
DISMISSIVE_QUESTIONS = [
    "Why settle for another pair of glasses every two years?",
    "Why put up with dentures that slip and click?",
    "Why keep paying for creams that do nothing?",
    "Tired of sprays that barely touch your congestion?",
]

DISMISSIVE_TWINS = [
    "Why do my knees click when I climb stairs?",
    "Why choose us?",
    "Tired of waiting in a queue?",
    "Can I take it with my thyroid medicine?",
    "Is it as safe as prescription creams?",
]


@pytest.mark.parametrize("sentence", DISMISSIVE_QUESTIONS)
def test_a_question_dismissing_the_alternative_is_a_comparison_claim_on_a_page_that_sells(sentence):
    assert "claim.uncited" in _claim_rules(_on_shop_page(sentence))


@pytest.mark.parametrize("sentence", DISMISSIVE_TWINS)
def test_a_real_question_is_no_claim_on_a_page_that_sells(sentence):
    assert _claim_rules(_on_shop_page(sentence)) == []


@pytest.mark.parametrize("sentence", DISMISSIVE_QUESTIONS[:2])
def test_a_dismissive_question_on_an_information_page_is_no_claim(sentence):
    assert _claim_rules(f"<p>{sentence}</p>") == []


# comparison: how many times what a rival gives, without "than"
RIVAL_MEASURES = [
    "Twice the success rate of high-street dentists.",
    "Our tablet gives you twice the window of Viagra.",
    "Three times the absorption of ordinary fish oil capsules.",
]

RIVAL_MEASURE_TWINS = [
    "Smokers have twice the risk of gum disease.",
    "The family pack holds twice the number of tablets.",
    "Children over 12 take twice the dose of younger children.",
]


@pytest.mark.parametrize("sentence", RIVAL_MEASURES)
def test_twice_what_a_rival_gives_is_a_comparison_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence)) != []


@pytest.mark.parametrize("sentence", RIVAL_MEASURE_TWINS)
def test_a_multiple_of_a_risk_size_or_dose_is_no_comparison(sentence):
    assert _claim_rules(_on_shop_page(sentence)) == []


# superlative: ranked above everything without a superlative word
UNRANKED_SUPERLATIVES = [
    "A result like nothing else in dentistry.",
    "Purity second to none.",
    "Orthopedic-grade stability you won't find anywhere else.",
    "A calming blend like no other.",
]

UNRANKED_TWINS = [
    "A migraine feels like nothing else you have had before.",
    "Second opinions are free for every patient.",
    "Like many clinics, we close on Sundays.",
    "You can find our opening hours below.",
]


@pytest.mark.parametrize("sentence", UNRANKED_SUPERLATIVES)
def test_ranked_above_everything_is_a_superlative(sentence):
    assert "claim.superlative" in _claim_rules(_on_shop_page(sentence))


@pytest.mark.parametrize("sentence", UNRANKED_TWINS)
def test_a_feeling_compared_or_an_ordinal_is_no_superlative(sentence):
    assert "claim.superlative" not in _claim_rules(_on_shop_page(sentence))


# uncited-benefit / absolute-promise: an imperative whose manner is a result ("with total confidence", "pain-free")
RESULT_MANNERS = [
    "Eat steak, apples and corn on the cob with total confidence.",
    "Climb the stairs pain-free.",
    "Throw away your contact lenses for good.",
    "Laugh at every party without embarrassment.",
]

RESULT_MANNER_TWINS = [
    "Take one tablet with water.",
    "Book your scan online today.",
    "Store the patches somewhere cool and dry.",
    "Apply the gel twice a day for two weeks.",
]


@pytest.mark.parametrize("sentence", RESULT_MANNERS)
def test_an_imperative_whose_manner_is_a_result_is_a_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence)) != []


@pytest.mark.parametrize("sentence", RESULT_MANNER_TWINS)
def test_an_instruction_is_no_claim_on_a_page_that_sells(sentence):
    assert _claim_rules(_on_shop_page(sentence)) == []


# uncited-benefit: a testimonial's own measure of a change
TESTIMONIAL_MEASURES = [
    "“I can read the alarm clock from bed for the first time since I was nine.” – Hannah, Newport",
    "“My confidence in the bedroom is through the roof.” – Marcus, Denver",
    "“I walked to the shops for the first time in years.” – Eileen, Derby",
]

TESTIMONIAL_TWINS = [
    "“I ordered for the first time in March and it arrived in two days.” – Lee, Hull",
    "“Prices at my old pharmacy went through the roof, so I switched.” – Dev, Bath",
    "“The staff made me a cup of tea and explained every step.” – Owen, Taunton",
]


@pytest.mark.parametrize("sentence", TESTIMONIAL_MEASURES)
def test_a_testimonials_measure_of_change_is_a_claim(sentence):
    assert "claim.uncited" in _claim_rules(_on_shop_page(sentence, "blockquote"))


@pytest.mark.parametrize("sentence", TESTIMONIAL_TWINS)
def test_a_testimonial_about_the_service_is_no_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence, "blockquote")) == []


# uncited-benefit: a headline or bullet opening with a comparative, and a complaint declared dealt with
COMPARATIVE_HEADLINES = [
    "Cooler nights, calmer days",
    "Sharper sight without the hassle of glasses",
    "Softer, smoother skin",
    "Menopause, handled.",
    "Hay fever, sorted",
]

COMPARATIVE_HEADLINE_TWINS = [
    "Lower prices every week",
    "Faster delivery across the UK",
    "Older adults",
    "Returns, handled.",
    "Delivery, sorted",
]


@pytest.mark.parametrize("sentence", COMPARATIVE_HEADLINES)
def test_a_comparative_or_settled_headline_sells_a_result(sentence):
    assert "claim.uncited" in _claim_rules(_on_shop_page(sentence, "h2"))


@pytest.mark.parametrize("sentence", COMPARATIVE_HEADLINE_TWINS)
def test_a_headline_about_trade_or_age_is_no_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence, "h2")) == []


@pytest.mark.parametrize("sentence", COMPARATIVE_HEADLINES[:3])
def test_a_comparative_heading_on_an_information_page_is_no_claim(sentence):
    assert _claim_rules(f"<h1>Hot flushes</h1><h2>{sentence}</h2><p>Hot flushes are common.</p>") == []


# uncited-benefit / uncited-timeline: a contrast after a comma denies the alternative, not the claim
CONTRASTED_CLAIMS = [
    "Our arnica gel heals bruises in days, not weeks.",
    "Our balm calms eczema flares overnight, not next week.",
    "Our nasal spray clears a blocked nose in minutes, not hours.",
]

CONTRAST_TWINS = [
    "Delivery takes days, not weeks.",
    "Suitable for adults, not for children under 12.",
    "Our gummies contain vitamin D, not melatonin.",
]


@pytest.mark.parametrize("sentence", CONTRASTED_CLAIMS)
def test_a_contrast_after_a_comma_keeps_the_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence)) != []


@pytest.mark.parametrize("sentence", CONTRAST_TWINS)
def test_a_contrast_about_trade_or_use_is_no_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence)) == []


# unnamed-evidence: professionals said to be won over
WON_OVER = [
    "Doctors are switching their patients to Serena.",
    "Dermatologists love our overnight gel.",
    "Physiotherapists swear by the FlexiCore brace.",
]

WON_OVER_TWINS = [
    "Your doctor may switch you to a different medicine.",
    "Switch to our subscription and save 10%.",
    "We love hearing from our customers.",
]


@pytest.mark.parametrize("sentence", WON_OVER)
def test_professionals_won_over_are_unnamed_evidence(sentence):
    assert "claim.unnamed-evidence" in _claim_rules(_on_shop_page(sentence))


@pytest.mark.parametrize("sentence", WON_OVER_TWINS)
def test_a_switch_or_love_without_professionals_is_no_evidence(sentence):
    assert "claim.unnamed-evidence" not in _claim_rules(_on_shop_page(sentence))


# absolute-promise: a product that lasts a lifetime, a complaint declared history
LIFETIME_PROMISES = [
    "They last a lifetime.",
    "Our hearing aids will last a lifetime.",
    "Night sweats? Consider them history.",
]

LIFETIME_TWINS = [
    "The battery lasts a full day.",
    "Each tube lasts about a month.",
    "Consider them before you book.",
]


@pytest.mark.parametrize("sentence", LIFETIME_PROMISES)
def test_a_lifetime_or_history_is_an_absolute_promise(sentence):
    assert "claim.absolute-promise" in _claim_rules(_on_shop_page(sentence))


@pytest.mark.parametrize("sentence", LIFETIME_TWINS)
def test_a_duration_of_use_is_no_promise(sentence):
    assert "claim.absolute-promise" not in _claim_rules(_on_shop_page(sentence))


# not a claim: what a condition or a sold thing is, with no treatment or seller acting in the sentence
DEFINITIONS = [
    "Menopause is the point when periods have stopped for twelve months in a row.",
    "Rabies is a viral infection spread through bites and scratches from infected animals.",
    "Serena Balance is a daily capsule made in Oregon for women in perimenopause.",
    # a bodily state or process defined (round 10)
    "Ketosis is a metabolic state in which the body burns fat for energy.",
    "Thermogenesis is a process in which the body burns calories to make heat.",
    "Satiety is a state in which the body feels full and stops craving food.",
]

DEFINITION_TWINS = [
    "Eczema is a condition our balm soothes overnight.",
    "Thrush is an infection Canestop cream clears in three days.",
    "Calmora is a herbal tea made in Kent to ease anxiety and improve sleep.",
    "Ketosis is a fat-burning state our plan gets you into in 72 hours.",
    "Ketosis is a state in which our shakes melt fat fast.",
    "Deep sleep is a restorative stage our gummies help you reach every night.",
]


@pytest.mark.parametrize("sentence", DEFINITIONS)
def test_a_definition_is_no_claim_on_a_page_that_sells(sentence):
    assert "claim.uncited" not in _claim_rules(_on_shop_page(sentence))


@pytest.mark.parametrize("sentence", DEFINITION_TWINS)
def test_a_definition_with_the_sellers_product_acting_is_a_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence)) != []


# uncited-benefit: a body part said to be grateful, a body measure lost in a testimonial
GRATEFUL_BODIES = [
    "Your knees will thank you on every stair.",
    "Your gut will thank you by the weekend.",
    "My back loves me for it.",
]

GRATEFUL_TWINS = [
    "Thank you for shopping with us.",
    "Your order will arrive within two days.",
    "Your kids will love the strawberry taste.",
]

BODY_MEASURES = [
    "“I've dropped two dress sizes since the spring.” – Kay, Luton",
    "“Lost 12 pounds and my ankles no longer swell.” – Bev, Crewe",
    "“Down a stone by my birthday.” – Mo, Slough",
]

BODY_MEASURE_TWINS = [
    "“I saved ten pounds on my first order.” – Jo, Hove",
    "“My order came down to five pounds with the voucher.” – Ali, Ely",
    "“Lost the delivery note, but support sent another.” – Pat, Rye",
]


@pytest.mark.parametrize("sentence", GRATEFUL_BODIES)
def test_a_grateful_body_part_is_a_promised_result(sentence):
    assert "claim.uncited" in _claim_rules(_on_shop_page(sentence))


@pytest.mark.parametrize("sentence", GRATEFUL_TWINS)
def test_thanks_and_love_about_trade_are_no_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence)) == []


@pytest.mark.parametrize("sentence", BODY_MEASURES)
def test_a_body_measure_lost_in_a_testimonial_is_a_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence, "blockquote")) != []


@pytest.mark.parametrize("sentence", BODY_MEASURE_TWINS)
def test_money_saved_or_a_lost_item_is_no_claim(sentence):
    assert _claim_rules(_on_shop_page(sentence, "blockquote")) == []
