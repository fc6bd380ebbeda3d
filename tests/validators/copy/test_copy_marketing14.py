"""Marketing copy (issue 10, RESULTS_copy_mkt14.md): web and app nouns the lexicon lacked, and "you" for
"your" before a body part or possession after a preposition of place or a verb that takes a thing."""

import pytest
from copy_helpers import flagged

from validators.copy import lexicon as lx

CONFUSED = "copy.confused-words"
AGREEMENT = "copy.verb-agreement"


@pytest.mark.parametrize(("word", "plural"), [("app", "apps"), ("website", "websites"), ("podcast", "podcasts"),
                                              ("smoothie", "smoothies"), ("inbox", "inboxes")])
def test_web_and_marketing_nouns_are_count_nouns(word, plural):
    assert lx.classes(word) == {"NOUN"}
    assert lx.singular_count_noun(word) == plural
    assert lx.is_plural_noun(plural)


def test_extra_nouns_never_override_a_known_word():
    assert "ADJ" in lx.classes("gummy")  # known to lemminflect: kept; only its plural is added
    assert lx.is_plural_noun("gummies")


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The app stores your history, flags high readings and make it easy to share them.", "make"),
        ("The app records your sleep, tracks your steps and send a summary to your phone.", "send"),
        ("Our website list every price before you pay.", "list"),
        ("The app are free to download.", "are"),
    ],
)
def test_a_subject_headed_by_a_web_noun_is_judged(text, excerpt):
    assert excerpt in [e for e, _ in flagged(AGREEMENT, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The app stores your history, flags high readings and makes it easy to share them.",
        "The app helps you sleep and wake up refreshed.",
        "The app lets you log meals and track your steps.",
        "Our smartphone app reminds you to take your tablets.",
        "Apps and websites can help you keep track.",
    ],
)
def test_web_noun_subjects_that_agree_pass(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Do not spray it on broken skin or near you eyes.",
        "Massage it in between you toes.",
        "Keep it away from you eyes and mouth.",
        "Do not rub you eye, even if it itches.",
        "Always rinse you mouth after using the inhaler.",
        "Gently brush you teeth for two minutes.",
    ],
)
def test_you_before_a_thing_after_a_place_preposition_or_thing_verb_wants_your(text):
    assert [s for _, s in flagged(CONFUSED, text)] == [["your"]]


@pytest.mark.parametrize(
    "text",
    [
        "These tips are for you smokers who want to quit.",
        "We will put you in touch with a nurse.",
        "Pop in and we will look after you.",
        "We will be in touch with you soon.",
        "What matters to you costs the same.",
        "We come to you weekends and evenings.",
        "A message from you patients helped us improve.",
        "It depends on you.",
    ],
)
def test_you_as_an_object_or_before_people_passes(text):
    assert flagged(CONFUSED, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Keep antihistamines in your bag so you don't loose a day to symptoms.",
        "You won't loose your place in the queue.",
        "Don't loose your receipt.",
        "Most people can loose up to 5% of their weight.",
    ],
)
def test_loose_after_a_modal_or_dont_before_an_object_wants_lose(text):
    assert [s for _, s in flagged(CONFUSED, text)] == [["lose"]]


@pytest.mark.parametrize(
    "text",
    [
        "The filling may come loose.",
        "A crown can feel loose at first.",
        "The cap is not loose.",
        "Do not wear loose jewellery.",
        "Teeth can become loose.",
        "It may loose stools for a day.",
    ],
)
def test_loose_as_an_adjective_passes(text):
    assert flagged(CONFUSED, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Supports your joints and protect cartilage.", "protect"),
        ("Boosts energy and support your immune system.", "support"),
        ("Tracks your steps and count your calories.", "count"),
        ("Cleans teeth and freshen breath.", "freshen"),
    ],
)
def test_a_benefit_bullet_opening_with_an_s_verb_shares_it_with_the_next_verb(text, excerpt):
    assert [e for e, _ in flagged(AGREEMENT, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Helps you relax and fall asleep faster.",
        "Supports and cushions the arch.",
        "Results vary and depend on your skin type.",
        "Protects skin and helps it heal.",
        "Supports healthy joints and mobility.",
        "Boosts energy and focus.",
        "Reduces redness and swelling.",
        "Records show the clinic and help desk were busy.",
    ],
)
def test_benefit_bullets_that_agree_or_open_with_a_subject_pass(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "You can book you first session online.",
        "Bring this card to you second appointment.",
        "We will text before you next delivery arrives, so keep you next parcel slip.",
    ],
)
def test_you_before_an_ordinal_and_a_bare_count_noun_wants_your(text):
    assert ["your"] in [s for e, s in flagged(CONFUSED, text) if e.lower() == "you"]


@pytest.mark.parametrize(
    "text",
    [
        "We will call you first thing.",
        "The nurse will give you first aid.",
        "We will see you first, then your child.",
        "Thank you first of all.",
        "We will send you first class post.",
    ],
)
def test_you_before_an_ordinal_time_or_set_phrase_passes(text):
    assert flagged(CONFUSED, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Most members want to loose between 10 and 20 pounds.",
        "How to loose belly fat.",
        "Many people are trying to loose a few pounds before summer.",
    ],
)
def test_loose_after_the_to_of_an_infinitive_verb_wants_lose(text):
    assert [s for _, s in flagged(CONFUSED, text)] == [["lose"]]


@pytest.mark.parametrize(
    "text",
    ["Stools changed from firm to loose.", "Stools may change to loose stools.", "Try to keep loose clothing on."],
)
def test_to_loose_as_an_adjective_passes(text):
    assert flagged(CONFUSED, text) == []


WORD_IN_CONTEXT = "copy.word-in-context"


@pytest.mark.parametrize(
    "text",
    ["See you next week!", "We can't wait to see you next time.", "Meet you next Tuesday.",
     "We will call you first thing tomorrow."],
)
def test_you_before_an_ordinal_and_a_time_is_an_object(text):
    assert flagged(WORD_IN_CONTEXT, text) == []
    assert flagged(CONFUSED, text) == []


@pytest.mark.parametrize(
    "text",
    ["Collect you next box from the pharmacy.", "Bring you next prescription with you.",
     "Book you first session today."],
)
def test_you_before_an_ordinal_and_a_thing_is_still_flagged(text):
    assert flagged(WORD_IN_CONTEXT, text) + flagged(CONFUSED, text)


@pytest.mark.parametrize(
    "text",
    ["Your welcome pack arrives in 2 days.", "Your welcome email has a discount code.",
     "Tell us about your allergic reaction.", "Support for your pregnant partner."],
)
def test_your_before_an_adjective_that_modifies_a_noun_is_possessive(text):
    assert flagged(CONFUSED, text) == []


@pytest.mark.parametrize(
    "text",
    ["Your welcome to bring a friend.", "Your welcome!", "Your not alone.", "Your pregnant and need advice.",
     "Your unable to attend? Call us."],
)
def test_your_before_a_predicate_still_wants_youre(text):
    assert [s for _, s in flagged(CONFUSED, text)][:1] == [["You're"]]


ARTICLE = "copy.missing-article"


@pytest.mark.parametrize(
    "text",
    ["Ask doctor before you start.", "Call nurse if the wound bleeds.", "See doctor if it lasts more than a week.",
     "If you take insulin, tell dietitian at your first call."],
)
def test_an_instruction_sending_the_reader_to_a_bare_role_of_care(text):
    assert len(flagged(ARTICLE, text)) == 1


@pytest.mark.parametrize(
    "text",
    ["Ask question at the desk.", "Call reception on 0117 000 0000.", "Visit website for details.",
     "Ask your dietitian.", "Tell the dietitian.", "Ask Dr Patel.", "Ask pharmacists for advice."],
)
def test_an_instruction_with_a_determined_role_or_another_noun_passes(text):
    assert flagged(ARTICLE, text) == []


@pytest.mark.parametrize(
    "text",
    ["Take each tablet with glass of water.", "Serve it with slice of lemon.", "Take the powder with cup of water."],
)
def test_a_bare_measure_before_of_needs_its_article_even_where_the_material_goes_bare(text):
    assert len(flagged(ARTICLE, text)) == 1


@pytest.mark.parametrize(
    "text",
    ["Windows made with glass of the highest grade.", "Made of glass.", "Take it with a glass of water.",
     "Take with plenty of water.", "Take with food."],
)
def test_a_material_or_a_determined_measure_passes(text):
    assert flagged(ARTICLE, text) == []
