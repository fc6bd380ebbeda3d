"""Fragment-heavy marketing copy (issue 10, RESULTS_copy_mkt24.md): a content word opening a fragment, a
plural subject and its verb before an object, and a look-alike inside a product name are not read as
confusions; the same words where the look-alike is meant are still flagged."""

import pytest
from copy_helpers import flagged

from validators.config import Config

CONTEXT = "copy.word-in-context"
CONFUSED = "copy.confused-words"


@pytest.mark.parametrize(
    "text",
    [
        "Quiet enough for the nursery. Strong enough for the living room.",
        "Quiet nights for the whole family, from the first week.",
        "Loose fit, soft seams, no itchy labels.",
    ],
)
def test_a_content_word_opening_a_fragment_is_not_judged_on_frequency_alone(text):
    assert flagged(CONTEXT, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Most customers buy five to seven pairs for a full cycle.",
        "Our gummies quiet a busy mind so your child can settle.",
        "Members buy two boxes and get the third free.",
    ],
)
def test_a_plural_subject_and_its_verb_before_an_object_pass(text):
    assert flagged(CONTEXT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Their is always a vegetarian choice at lunch.", "Their"),
        ("Your welcome to bring a friend to the class.", "Your"),
        ("Send the kit back buy post in the prepaid envelope.", "buy"),
        ("Many patients loose their appetite after surgery.", "loose"),
    ],
)
def test_look_alikes_are_still_flagged_beside_those_shapes(text, excerpt):
    assert excerpt in dict(flagged(CONTEXT, text)) or excerpt in dict(flagged(CONFUSED, text))


@pytest.mark.parametrize(
    "text",
    [
        "<table><tr><td>LOOP Everyday</td><td>$28</td></tr></table>",
        "<p>Try the new Glow Everyday serum from our spring range.</p>",
        "<p>Book a table at the Then And Now Café after your appointment.</p>",
    ],
)
def test_a_look_alike_inside_a_capitalised_name_passes(text):
    assert flagged(CONFUSED, text, html=True) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("<p>Stretch everyday for ten minutes.</p>", "everyday"),
        ("<p>It costs more then a coffee a week.</p>", "then"),
        ("<h2>Its Never Too Late To Start</h2>", "Its"),
    ],
)
def test_look_alikes_outside_names_are_still_flagged(text, excerpt):
    assert excerpt in dict(flagged(CONFUSED, text, html=True))


SPELLING = "copy.spelling"


@pytest.mark.parametrize(
    "text",
    [
        '<p>"The capsules are large but easy to swallow." – Mei, Oregon</p>',
        "<p>“Lovely staff and no waiting.” – Siobhan, Galway</p>",
        '<p>"Great fit from day one." — Oisin K., Cardiff</p>',
        '<p>"Five stars from me." – Ngozi</p>',
    ],
)
def test_the_speaker_after_a_quotation_and_a_dash_is_judged_as_a_name(text):
    assert flagged(SPELLING, text, html=True) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ('<p>"I can\'t beleive the difference." – Mei, Oregon</p>', "beleive"),
        ("<p>Order today – Recieve your kit tomorrow.</p>", "Recieve"),
        ("<p>Free delivery – Garanteed by Friday.</p>", "Garanteed"),
    ],
)
def test_misspellings_in_the_quotation_or_after_a_plain_dash_are_still_flagged(text, excerpt):
    assert excerpt in dict(flagged(SPELLING, text, html=True))


ORDER = "copy.question-order"


@pytest.mark.parametrize(
    "text",
    [
        "Pick up in store or have it delivered to your door.",
        "Choose a colour and have it engraved for free.",
        "Bring your old frames, or have it fitted at home by our team.",
        "Buy the kit online, or have it posted to a friend.",
    ],
)
def test_an_imperative_have_before_its_object_is_no_inversion(text):
    assert flagged(ORDER, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("For most people, is it important to stay active.", "is it"),
        ("The skin cracks, and can it bleed if scratched.", "can it"),
        ("Ask your pharmacist if is it safe.", "is it"),
    ],
)
def test_a_real_inversion_in_a_statement_is_still_flagged(text, excerpt):
    assert excerpt in dict(flagged(ORDER, text))


BRAND = "copy.house-style.brand-generic"
BRAND_ON = Config(rule_options={BRAND: {"enabled": True}})  # off by default


@pytest.mark.parametrize(
    "text",
    [
        '<p>"I switched from Advil and never looked back." – Jo, Leeds</p>',
        "<blockquote>My GP put me on Lipitor years ago and I feel fine.</blockquote>",
        "<p>“Zyrtec never worked for me, but this spray did.” – Sam, Ohio</p>",
    ],
)
def test_a_brand_in_quoted_speech_passes(text):
    assert flagged(BRAND, text, html=True, config=BRAND_ON) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("<p>Ask your pharmacist whether Advil suits you.</p>", "Advil"),
        ('<p>She said "take it with food" and then gave me Prozac.</p>', "Prozac"),
        ("<p>Try Claritin for hay fever this spring.</p>", "Claritin"),
    ],
)
def test_a_brand_outside_quotation_marks_is_still_flagged(text, excerpt):
    assert excerpt in dict(flagged(BRAND, text, html=True, config=BRAND_ON))


@pytest.mark.parametrize(
    "text",
    [
        "If your sleep bruxism wakes you, try a night guard.",
        "When your sleep apnoea makes you tired, book a test.",
        "If your sleep myoclonus wakes your partner, ask us.",
    ],
)
def test_a_possessive_before_a_phrase_ending_on_an_unlisted_term_and_its_verb_passes(text):
    assert flagged(CONTEXT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("If your sleep well tonight, thank the new pillow.", "your"),
        ("Once your tired, rest for an hour.", "your"),
        ("Protect you skin from the midday sun.", "you"),
    ],
)
def test_possessive_slips_without_such_a_phrase_are_still_flagged(text, excerpt):
    assert excerpt in dict(flagged(CONTEXT, text))


@pytest.mark.parametrize(
    "text",
    [
        '<p>Our semaglutide plans start at £99.</p><p>"Down 20 pounds on the sema kit." – Jake, Phoenix</p>',
        '<p>Tirzepatide is a weekly injection.</p><p>"The tirz pen was easy to use." – Ana</p>',
        "<p>Metformin and semaglutide, side by side.</p><p>I take metf twice a day with meals.</p>",
    ],
)
def test_a_clipping_of_a_word_the_page_spells_out_passes(text):
    assert flagged(SPELLING, text, html=True) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("<p>Ask about your medication.</p><p>Take your medicaton with food.</p>", "medicaton"),
        ("<p>Our semaglutide plans start at £99.</p><p>The semaglutid dose rises each month.</p>", "semaglutid"),
        ("<p>We stock metformin.</p><p>Take the metformn with your evening meal.</p>", "metformn"),
    ],
)
def test_a_slip_that_leaves_most_of_the_word_is_still_flagged(text, excerpt):
    assert excerpt in dict(flagged(SPELLING, text, html=True))
