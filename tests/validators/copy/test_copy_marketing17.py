"""Marketing typography (issue 10, RESULTS_copy_mkt17.md): misspelt words in Title Case and in lines set in
capitals, "its" before a predicate past adverbs and in Title Case, a missing space after a figure's full stop."""

import pytest
from copy_helpers import flagged

SPELLING = "copy.spelling"
CONFUSED = "copy.confused-words"
SPACE = "copy.missing-space"


@pytest.mark.parametrize(
    ("text", "excerpt", "fix"),
    [
        ("<ul><li>5 Year Guarentee on parts and labour</li></ul>", "Guarentee", "Guarantee"),
        ("<ul><li>Two Seperate Treatment Rooms</li></ul>", "Seperate", "Separate"),
        ("<ul><li>Water Resistence Rating: IPX7</li></ul>", "Resistence", "Resistance"),
        ("<p>Fully Relevent Advice From Our Team</p>", "Relevent", "Relevant"),
    ],
)
def test_a_misspelt_word_in_title_case_is_judged_as_a_word(text, excerpt, fix):
    found = dict(flagged(SPELLING, text, html=True))
    assert excerpt in found and found[excerpt][0] == fix


@pytest.mark.parametrize(
    ("text", "excerpt", "fix"),
    [
        ("<h1>FREE SHIPPNG ON ALL ORDERS</h1>", "SHIPPNG", "SHIPPING"),
        ("<p>CALL OUR FRIENDLY TEAM TODAY FOR A FREE CONSULTATON!</p>", "CONSULTATON", "CONSULTATION"),
        ("<p>LIMITED STOCK – ORDER YOUR STARTER KIT TOMMOROW</p>", "TOMMOROW", "TOMORROW"),
        ("<p>SHOP OUR BESTSELLING VITAMNS AND MINERALS</p>", "VITAMNS", "VITAMINS"),
    ],
)
def test_a_misspelt_word_in_a_line_set_in_capitals_is_judged(text, excerpt, fix):
    found = dict(flagged(SPELLING, text, html=True))
    assert excerpt in found and found[excerpt][0] == fix


@pytest.mark.parametrize(
    "text",
    [
        "<h1>NEW FROM ZENVIA: SLEEP GUMMIES WITH MELATONIN</h1>",
        "<p>FREE UK DELIVERY | HSA/FSA ELIGIBLE | CPAP SUPPLIES | SCOBY INCLUDED</p>",
        "<p>OUR PHYSIOS TREAT SPORTS INJURIES AT KINETIQ CLINIC</p>",
        "<p>FEEL THE GLOW WITH COLLAGENX SHOTS</p>",
        "<p>Grep CC and CFLAGS from the GMP Makefile if possible.</p>",
        "<h2>Why Choose Nurturly Baby Formula</h2>",
        "<h2>Fresh Breath With Mintix Strips</h2>",
        "<p>Visit Our Studio In Wymondham Or Norwich</p>",
        "<h2>Stronger Hair With Kerabond Serum</h2>",
        "<h2>Meet Dr Anjali Mehra, Lead Dermatologist At Skinfolk Clinic</h2>",
        "<p>Rated Excellent On Trustpilot By Lena, Priya And Siobhan</p>",
    ],
)
def test_brands_names_and_acronyms_in_styled_capitals_pass(text):
    assert flagged(SPELLING, text, html=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "Its never too late to start.",
        "Its completely normal to feel tired after the first session.",
        "Its really simple.",
        "<h2>Its Smooth, Not Chalky</h2>",
        "<h2>Its Easy And Quick</h2>",
    ],
)
def test_its_before_a_predicate_is_its_contraction(text):
    assert [e.lower() for e, _ in flagged(CONFUSED, text, html=text.startswith("<"))] == ["its"]


@pytest.mark.parametrize(
    "text",
    [
        "We are proud of the clinic and its friendly, caring staff.",
        "The serum owes its completely new formula to two years of testing.",
        "Every jar has its very own seal.",
        "The company did its best.",
        "Its handy size fits in any bag.",
        "The clinic moved, but its friendly team stayed.",
        "It loses its fizz if left open.",
        "Its potential to cause harm is low.",
    ],
)
def test_possessive_its_before_a_noun_passes(text):
    assert flagged(CONFUSED, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Three pairs cost £49.99, so you save £7.Gift wrapping is free.", "7.Gift"),
        ("We opened in 2019.Our team has grown since.", "2019.Our"),
        ("Save up to 50%.Order before Friday.", "50%.Order"),
    ],
)
def test_a_full_stop_after_a_figure_needs_its_space(text, excerpt):
    assert [e for e, _ in flagged(SPACE, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "One scoop gives 2.5 g of protein.",
        "It costs £2.50 a day.",
        "See section 4.2 of the leaflet.",
        "Call 0800 123 4567. Lines are open now.",
        "Download version 3.1 today.",
        "Create the client with httplib2.Http and a cache folder.",
        "Ask systemd1.Manager for the state.",
    ],
)
def test_figures_with_a_point_pass(text):
    assert flagged(SPACE, text) == []


AGREEMENT = "copy.verb-agreement"


@pytest.mark.parametrize(
    "text",
    [
        "You results arrive in three weeks.",
        "They kids adore the taste.",
        "You orders arrive within two days.",
        "You parcels usually come in plain packaging.",
    ],
)
def test_a_pronoun_slipped_for_its_possessive_is_not_an_agreement_error(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("They needs help with the forms.", "needs"),
        ("You looks great after one session.", "looks"),
        ("We wants to help.", "wants"),
        ("They says it works.", "says"),
    ],
)
def test_a_pronoun_with_a_verb_in_s_is_still_flagged(text, excerpt):
    assert [e for e, _ in flagged(AGREEMENT, text)] == [excerpt]


REPEATED = "copy.repeated-word"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("<p>Free Delivery On On All Orders</p>", "On"),
        ("<p>SAVE 20% WHEN YOU SIGN UP TO TO OUR NEWSLETTER</p>", "TO"),
        ("<h2>Book Your Your First Visit Today</h2>", "Your"),
        ("<p>THE THE BEST PRICE IN TOWN</p>", "THE"),
    ],
)
def test_a_doubled_function_word_in_capitals_is_flagged(text, excerpt):
    assert [e.strip() for e, _ in flagged(REPEATED, text, html=True)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "<p>Our clinic is a short drive from Walla Walla.</p>",
        "<p>Try our grilled Mahi Mahi with lime.</p>",
        "<p>Fly to Bora Bora for our wellness retreat.</p>",
        "<p>Had had a long week? Book a massage.</p>",
    ],
)
def test_doubled_names_in_capitals_pass(text):
    assert flagged(REPEATED, text, html=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "Smooth, even, confident skin is closer than you think.",
        "Results come sooner than you expect.",
        "It costs less than you pay now.",
        "Our plans are simpler than you imagine.",
    ],
)
def test_you_opening_a_clause_after_than_passes(text):
    assert flagged(CONFUSED, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("It is cheaper than you prescription.", "you"),
        ("Our prices are lower than you pharmacy.", "you"),
        ("The test is faster than you appointment.", "you"),
    ],
)
def test_you_before_a_plain_noun_after_than_is_still_flagged(text, excerpt):
    assert [e for e, _ in flagged(CONFUSED, text)] == [excerpt]
