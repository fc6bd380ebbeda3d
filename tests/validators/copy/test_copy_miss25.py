"""Missing words, verb forms and extra words of issue 10 (branch miss25, fresh_copy20's classes).
Each widened behaviour: unrelated examples and correct twins."""

import pytest
from copy_helpers import flagged

MISSING = "copy.missing-function-word"


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        ("If you want change your appointment, call the desk.", "want change"),
        ("We want help you find meals you enjoy.", "want help"),
        ("Our nurses are able help with most minor injuries.", "able help"),
    ],
)
def test_a_verb_missing_its_to_before_an_object_is_flagged(text, gap):
    assert [excerpt for excerpt, _ in flagged(MISSING, text)] == [gap]


@pytest.mark.parametrize(
    "text",
    [
        "Most people want help with the cost.",
        "If you want to change your appointment, call the desk.",
        "Children need these foods to grow.",
        "Many runners only need three or four sessions.",
    ],
)
def test_a_noun_object_after_the_verb_passes(text):
    assert flagged(MISSING, text) == []


SUBJECT = "copy.missing-subject"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("If the side effects bother you, is best to speak to your GP.", "is"),
        ("When a bruise appears, usually fades within a few days.", "usually fades"),
        ("Although the test is quick, can feel uncomfortable.", "can"),
        ("Because the vaccine is new, has only a small evidence base.", "has"),
    ],
)
def test_a_main_clause_after_an_opening_clause_without_a_subject_is_flagged(text, excerpt):
    assert [found for found, _ in flagged(SUBJECT, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "If the side effects bother you, it is best to speak to your GP.",
        "If so, is it safe to drive?",
        "When you arrive, is there anyone with you?",
        "If the child is not breathing, is having a seizure or cannot be woken, call 999.",
        "Before you travel, check your cover.",
        "If you cough, symptoms usually fade within a week.",
    ],
)
def test_a_subject_a_question_a_shared_predicate_or_an_imperative_passes(text):
    assert flagged(SUBJECT, text) == []


BARE_TO = "copy.bare-infinitive-to"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("If your son is tired, let him to rest on the couch.", "to"),
        ("This cream makes you to feel warm.", "to"),
        ("We let them to choose their own time.", "to"),
        ("It is best for to apply it at night.", "for"),
    ],
)
def test_to_before_the_bare_infinitive_of_let_and_make_or_for_to_is_flagged(text, excerpt):
    assert [found for found, _ in flagged(BARE_TO, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Let him rest on the couch.",
        "She made it to work on time.",
        "They made it to the final.",
        "Help him to rest on the couch.",
        "He was made to wait.",
        "Do not leave the water standing for to long.",
    ],
)
def test_a_bare_infinitive_an_arrival_a_passive_or_help_passes(text):
    assert flagged(BARE_TO, text) == []


PREPOSITION = "copy.extra-preposition"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("You can discuss about your plan with your GP.", "about"),
        ("The leaflet describes about the side effects.", "about"),
        ("We emphasise on safety at every visit.", "on"),
        ("Please mention about any allergies when you book.", "about"),
        ("The kit comprises of three parts.", "of"),
    ],
)
def test_a_preposition_before_the_direct_object_of_discuss_and_its_kind_is_flagged(text, excerpt):
    assert [found for found, _ in flagged(PREPOSITION, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "You can discuss your plan with your GP.",
        "There was no mention about the cost.",
        "We discussed about 20 cases last year.",
        "The kit is comprised of three parts.",
        "Talk to us about your plan.",
    ],
)
def test_the_object_a_noun_roughly_or_a_passive_passes(text):
    assert flagged(PREPOSITION, text) == []


QUANTIFIER = "copy.quantifier-of-missing"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Most our meals can be frozen for up to a month.", "Most our"),
        ("Many the patients we see are over 70.", "Many the"),
        ("Several your medicines may interact.", "Several your"),
        ("Each our clinics has a nurse.", "Each our"),
    ],
)
def test_a_quantifier_before_a_definite_determiner_without_of_is_flagged(text, excerpt):
    assert [found for found, _ in flagged(QUANTIFIER, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Most of our meals can be frozen.",
        "At most the first dose may sting.",
        "They are each the same size.",
        "She was none the worse for it.",
        "Some that work well are listed below.",
        "All our meals are fresh.",
        "For the most part the pain settles.",
    ],
)
def test_of_present_all_or_another_construction_passes(text):
    assert flagged(QUANTIFIER, text) == []


VERB_FORM = "copy.verb-form"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Our app can help you to planning your week.", "planning"),
        ("The brace allows you to walking further.", "walking"),
        ("We will ask you to bringing your letter.", "bringing"),
    ],
)
def test_an_ing_form_after_a_verb_its_object_and_to_is_flagged(text, excerpt):
    assert [found for found, _ in flagged(VERB_FORM, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Our app can help you to plan your week.",
        "We look forward to welcoming you.",
        "She introduced us to running.",
        "The nurse will help you to a chair.",
    ],
)
def test_the_base_form_or_to_as_a_preposition_passes(text):
    assert flagged(VERB_FORM, text) == []


MISSING_BE = "copy.missing-auxiliary"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The seat height can adjusted with one lever.", "can adjusted"),
        ("Your dose may increased after a week.", "may increased"),
        ("You will tired for a day or two.", "will tired"),
        ("The clinic will closed on Monday.", "will closed"),
    ],
)
def test_a_modal_before_a_participle_with_no_object_is_flagged(text, excerpt):
    assert [found for found, _ in flagged(MISSING_BE, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "The seat height can be adjusted with one lever.",
        "The clinic will close on Monday.",
        "You may feel tired.",
        "Our team will called you after the test.",
        "Ice can reduced swelling.",
        "She signed a living will witnessed by two friends.",
    ],
)
def test_be_present_a_base_verb_an_object_or_a_noun_modal_passes(text):
    assert flagged(MISSING_BE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("We proud that most of our patients stay with us.", "We proud"),
        ("And they proud of it.", "they proud"),
        ("If you proud of your progress, tell us.", "you proud"),
    ],
)
def test_a_subject_pronoun_before_an_adjective_that_may_be_an_adverb_is_flagged(text, excerpt):
    assert [found for found, _ in flagged(MISSING_BE, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "We are proud that most of our patients stay with us.",
        "He alone can sign the form.",
        "They still need a referral.",
        "You did us proud.",
    ],
)
def test_the_verb_present_or_an_adverb_before_the_verb_passes(text):
    assert flagged(MISSING_BE, text) == []


EXISTENTIAL = "copy.missing-existential-be"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("There no need to book a check.", "There no"),
        ("There many ways to help.", "There many"),
        ("If there a problem, call us.", "there a"),
        ("Stay warm, and there a good chance it clears.", "there a"),
    ],
)
def test_an_existential_there_without_is_or_are_is_flagged(text, excerpt):
    assert [found for found, _ in flagged(EXISTENTIAL, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "There is no need to book a check.",
        "Is there a charge?",
        "Over there no one will mind.",
        "Get there a few minutes early.",
        "When you get there a nurse will meet you.",
    ],
)
def test_there_with_its_verb_a_question_or_a_place_passes(text):
    assert flagged(EXISTENTIAL, text) == []


MISSING_TO = "copy.missing-to"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Try not scratch the skin around it.", "Try not scratch"),
        ("Please remember not leave bags in the corridor.", "remember not leave"),
        ("We decided not use the old machine.", "decided not use"),
    ],
)
def test_a_verb_that_takes_to_then_not_and_a_bare_verb_is_flagged(text, excerpt):
    assert [found for found, _ in flagged(MISSING_TO, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Try not to scratch the skin.",
        "You need not worry about the cost.",
        "Do not scratch the skin.",
        "They chose not to wait.",
    ],
)
def test_not_to_a_bare_verb_after_need_or_do_passes(text):
    assert flagged(MISSING_TO, text) == []
