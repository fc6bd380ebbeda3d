"""Missing words, verb forms and confusables of issue 10 (branch copymiss23, fresh_copy17's classes).
Each widened behaviour: unrelated examples and correct twins."""

import pytest
from copy_helpers import flagged

ITS = "copy.its-possessive"


@pytest.mark.parametrize(
    "text",
    [
        "The vaccine does not protect against colds, and it's protection fades over the year.",
        "The balm smells of lemon, and it's flavour is mild.",
        "The clinic opened in 1990 and it's reputation has grown ever since.",
    ],
)
def test_its_before_a_noun_that_is_the_subject_of_a_singular_verb_is_flagged(text):
    assert flagged(ITS, text) == [("it's", ["its"])]


@pytest.mark.parametrize(
    "text",
    [
        "It's water that matters most after a run.",
        "It's protection you need, not luck.",
        "It's time the rules changed.",
        "It's fine to take it with food.",
    ],
)
def test_its_as_it_is_before_a_complement_passes(text):
    assert flagged(ITS, text) == []


CONFUSED = "copy.confused-words"


@pytest.mark.parametrize(
    "text",
    [
        "Its quick to book, and we send a reminder the day before.",
        "Its safe for children over two.",
        "Its clear that the dose was too high.",
    ],
)
def test_its_before_an_adjective_real_english_never_puts_after_its_is_flagged(text):
    assert flagged(CONFUSED, text) == [("Its", ["It's"])]


@pytest.mark.parametrize(
    "text",
    [
        "Its potential to cause harm is low.",
        "Its right to refuse treatment is protected.",
        "Its main aim is comfort.",
        "The gel keeps its quick action for a year.",
    ],
)
def test_its_before_a_noun_it_owns_passes(text):
    assert flagged(CONFUSED, text) == []


ARTICLE = "copy.missing-article"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Drift is not medical device and does not diagnose sleep disorders.", "is not medical device"),
        ("It is not problem if you miss one dose.", "is not problem"),
        ("Anna is nurse at the Hill Street clinic.", "is nurse"),
        ("Omar is pharmacist in the town centre.", "is pharmacist"),
        ("She is not doctor, so ask your GP.", "is not doctor"),
        ("You are not burden to your family.", "are not burden"),
    ],
)
def test_bare_count_noun_after_is_not_or_after_a_name_is_flagged(text, excerpt):
    assert [found for found, _ in flagged(ARTICLE, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Drift is not a medical device.",
        "It is not part of the plan.",
        "Exercise is medicine for the mind.",
        "Paracetamol is not suitable for everyone.",
        "She is not a doctor, so ask your GP.",
        "Omar is a pharmacist in the town centre.",
    ],
)
def test_complement_with_article_or_adjective_or_mass_noun_passes(text):
    assert flagged(ARTICLE, text) == []


CAUSATIVE = "copy.causative-verb-form"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Online booking lets you choosing a time that suits you.", "choosing", "choose"),
        ("Please let us knew if you move house.", "knew", "know"),
        ("A warm bath helps you sleeping better.", "sleeping", "sleep"),
        ("Gentle exercise helps blood flow improves after surgery.", "improves", "improve"),
    ],
)
def test_wrong_form_after_let_make_help_and_object_is_flagged(text, excerpt, suggestion):
    assert flagged(CAUSATIVE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Make sure it works before you leave.",
        "We make it known to all our staff.",
        "It can help people living with diabetes.",
        "Let the cream dry before you dress.",
        "This helps keep blood sugar steady.",
    ],
)
def test_base_form_participle_or_reduced_clause_after_causative_passes(text):
    assert flagged(CAUSATIVE, text) == []


VERB_FORM = "copy.verb-form"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Once your dose has been record on your notes, we tell your pharmacy.", "record", "recorded"),
        ("The letter has been direct to your GP.", "direct", "directed"),
        ("Your form has been complete by the nurse.", "complete", "completed"),
    ],
)
def test_adjective_verb_real_english_never_puts_after_been_is_flagged(text, excerpt, suggestion):
    assert flagged(VERB_FORM, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "It has been quiet at the clinic this week.",
        "Results will be clear by Monday.",
        "We have been busy since the new year.",
        "Your baby should not have live vaccines for six months.",
    ],
)
def test_adjective_after_be_or_before_a_noun_passes(text):
    assert flagged(VERB_FORM, text) == []


COPULA = "copy.missing-copula"


@pytest.mark.parametrize(
    "text",
    [
        "Apply the emollient straight away while the skin still damp.",
        "The bruise still red and tender, so rest the leg.",
        "Call us if the eye still red in the morning.",
    ],
)
def test_subject_adverb_and_adjective_without_a_verb_is_flagged(text):
    assert len(flagged(COPULA, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The skin still itches at night.",
        "The cream still works well.",
        "Apply it while the skin is still damp.",
        "The skin still dried out after the bath.",
        "An attack usually last between three and ten days.",  # an agreement slip, not a missing "is"
    ],
)
def test_subject_adverb_and_a_finite_verb_passes(text):
    assert flagged(COPULA, text) == []
