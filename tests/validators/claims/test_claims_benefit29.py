"""Uncited benefits on marketing pages (issue 9, written against evaluation/fresh26): a shop known by a plain price and
its order terms, rhetorical questions of weariness with a complaint, compound adjectives of a body part and help
("Spine-aligning", "ache-free"), complaints declared a thing of the past, body parts the maintained dictionary leaves
out ("legs", "neck", "shoulders"), and testimonials of an activity done again or a body that finally lets go. Each
class: unrelated sentences that must draw a finding, and correct twins (product specifications, instructions,
warnings, service testimonials) that must not."""

import pytest
from claim_helpers import claim_findings, rules_of

SHOP = "<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days.</p>"


def _rules(html: str) -> list[str]:
    return [rule for rule in rules_of(claim_findings(html)) if rule != "claim.fair-balance"]


def _claimed(html: str) -> bool:
    return any(rule.startswith("claim.") for rule in _rules(html))


# uncited-benefit: a plain price and the shop's own order terms make a page sell, so its benefits are sales copy
PLAIN_PRICE_SHOPS = [
    "<p>It comes in two sizes and costs $69.</p><p>Shipping is free within the contiguous United States.</p>",
    "<p>A pair costs £22.</p><p>Unworn items can be returned within 30 days.</p>",
    "<p>A box of 14 shots costs £29.</p><p>Orders placed before noon ship the same day.</p>",
]

PRICE_OR_ORDERS_ALONE = [
    "<p>A prescription costs £9.90 in England.</p>",
    "<p>Shipping is free within the contiguous United States.</p>",
    "<p>The test costs about $100 without insurance.</p><p>Orders ship the same day.</p>",
]

ACTING = "<p>Turmeric and boswellia switch off the inflammation in tired knees.</p>"


@pytest.mark.parametrize("terms", PLAIN_PRICE_SHOPS)
def test_a_plain_price_with_order_terms_makes_a_page_sell(terms):
    assert "claim.uncited" in _rules(f"<h1>Joint care</h1>{terms}{ACTING}")


@pytest.mark.parametrize("terms", PRICE_OR_ORDERS_ALONE)
def test_a_price_or_order_terms_alone_do_not(terms):
    assert _rules(f"<h1>Joint care</h1>{terms}{ACTING}") == []


# uncited-benefit: "Tired of <complaint>?" on a page that sells offers the product as the end of it
WEARY_QUESTIONS = [
    "Tired of cramps that wake you at night?",
    "Sick of itchy, flaking skin every winter?",
    "Fed up with a stiff neck after every long drive?",
]

QUESTION_TWINS = [
    "Tired of waiting for your parcel?",
    "How long does a jar last?",
    "Which size am I?",
]


@pytest.mark.parametrize("sentence", WEARY_QUESTIONS)
def test_weariness_with_a_complaint_asked_in_sales_copy_is_a_benefit(sentence):
    assert _claimed(f"{SHOP}<h2>{sentence}</h2>")


@pytest.mark.parametrize("sentence", QUESTION_TWINS)
def test_a_question_about_the_service_or_product_is_no_claim(sentence):
    assert _rules(f"{SHOP}<h2>{sentence}</h2>") == []


# uncited-benefit: a compound adjective of a body part or complaint and help or freedom
BENEFIT_COMPOUNDS = [
    "Spine-aligning curve for back and side sleepers",
    "Tummy-taming strains chosen for women",
    "Fresh, ache-free legs at the end of the day",
]

COMPOUND_TWINS = [
    "Eco-friendly packaging made from recycled card",
    "Gluten-free, fat-free and vegan",
    "Cover unzips and goes in the washing machine on a cold cycle",
]


@pytest.mark.parametrize("bullet", BENEFIT_COMPOUNDS)
def test_a_body_compound_of_help_in_a_bullet_is_a_benefit(bullet):
    assert _claimed(f"{SHOP}<ul><li>{bullet}</li></ul>")


@pytest.mark.parametrize("bullet", COMPOUND_TWINS)
def test_a_compound_of_anything_else_is_no_claim(bullet):
    assert _rules(f"{SHOP}<ul><li>{bullet}</li></ul>") == []


# uncited-benefit: a complaint declared a thing of the past; body parts sales copy names (legs, neck, shoulders)
PAST_COMPLAINTS = [
    "Stiff necks become a thing of the past.",
    "Restless nights and itchy ankles become a thing of the past.",
    "Say goodbye to swollen feet and heavy legs.",
]

BODY_TWINS = [
    "Roll the sock down to the heel and slide your foot in.",
    "Do not use on broken skin or on swollen legs without advice from a nurse.",
    "Paper invoices are a thing of the past: every receipt is emailed.",
]


@pytest.mark.parametrize("sentence", PAST_COMPLAINTS)
def test_a_complaint_declared_over_is_a_benefit(sentence):
    assert _claimed(f"{SHOP}<p>{sentence}</p>")


@pytest.mark.parametrize("sentence", BODY_TWINS)
def test_instructions_warnings_and_service_news_are_no_claim(sentence):
    assert _rules(f"{SHOP}<p>{sentence}</p>") == []


# uncited-benefit: a customer's words of an activity done again, a body that finally lets go, a routine turned around
TESTIMONIALS = [
    "<blockquote>“I can kneel in the garden again without wincing,” says Margaret.</blockquote>",
    "<blockquote>“My shoulders finally came down from around my ears,” says Dana.</blockquote>",
    "<blockquote>“I was on my feet all day with throbbing legs; these turned my shifts around,” says Priya."
    "</blockquote>",
]

SERVICE_TESTIMONIALS = [
    "<blockquote>“I'm ordering again next month, the box was lovely,” says Tom.</blockquote>",
    "<blockquote>“My parcel finally arrived after the bank holiday,” says Ellen.</blockquote>",
    "<blockquote>“I can book again online whenever I like,” says Kim.</blockquote>",
]


@pytest.mark.parametrize("quote", TESTIMONIALS)
def test_a_testimonial_of_a_body_or_life_changed_is_a_benefit(quote):
    assert _claimed(f"{SHOP}{quote}")


@pytest.mark.parametrize("quote", SERVICE_TESTIMONIALS)
def test_a_testimonial_of_the_service_is_no_claim(quote):
    assert _rules(f"{SHOP}{quote}") == []
