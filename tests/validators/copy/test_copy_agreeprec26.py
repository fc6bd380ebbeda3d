"""copyagreeprec26 (issue 10): a quantifier's noun inside a relative clause, an object relative clause ending at its
verb, and the last item of a list read as a subject of its own."""

import pytest
from copy_helpers import flagged

RULE = "copy.verb-agreement"


@pytest.mark.parametrize(
    "text",
    [
        "The bacteria that cause most outbreaks multiply quickly between 40°F and 140°F.",
        "The nurses who make several visits a day keep a log.",
        "Doctors who see many cases each year know the signs.",
    ],
)
def test_a_noun_after_a_quantifier_in_a_relative_clause_is_no_verb(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The germs that cause most outbreaks multiplies quickly.", "multiplies", "multiply"),
        ("Doctors who see many cases each year knows the signs.", "knows", "know"),
        ("Volunteers who lead most walks each week wears a bright vest.", "wears", "wear"),
    ],
)
def test_the_main_verb_after_such_a_relative_clause_is_still_judged(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "The information that people give helps investigators find outbreaks.",
        "The advice that parents get helps children sleep better.",
        "The money that donors give funds scientists studying dementia.",
    ],
)
def test_an_object_relative_clause_ends_at_its_verb(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The grants that families receive helps carers cope with stress.", "helps", "help"),
        ("The leaflets that patients read helps nurses answer questions.", "helps", "help"),
        ("The grants that donors give funds scientists studying dementia.", "funds", "fund"),
    ],
)
def test_a_plural_head_before_an_object_relative_clause_takes_a_plural_verb(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thawing food on the counter is not safe either; the refrigerator, cold water and the microwave are the "
        "safe options.",
        "Rinsing is not enough; the kettle, tap water and the sink are all sources of germs.",
        "Sleep matters; the mattress, room temperature and the pillow are worth checking.",
    ],
)
def test_the_last_item_of_a_listed_subject_is_no_subject_of_its_own(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Rinsing is not enough; the kettle, tap water and the sink is all sources of germs.", "is", "are"),
        ("Sleep matters; the mattress, room temperature and the pillow is worth checking.", "is", "are"),
        ("Hand washing matters; the soap, the towel and the basin needs checking daily.", "needs", "need"),
    ],
)
def test_a_listed_subject_still_takes_a_plural_verb(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "The guidance that doctors follow helps patients avoid delays.",
        "The advice that nurses give helps patients recover.",
        "The cream that nurses use works within a day.",
        "The app that tracks sleep helps you rest.",
    ],
)
def test_a_plural_that_could_be_a_verb_is_the_relative_clauses_subject(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The rules that doctors follow helps patients avoid delays.", "helps", "help"),
        ("The creams that nurses use works within a day.", "works", "work"),
        ("The forms that doctors sign goes to the hospital.", "goes", "go"),
    ],
)
def test_the_main_verb_after_that_relative_clause_agrees_with_the_head(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


MISSING_AUXILIARY = "copy.missing-auxiliary"


@pytest.mark.parametrize(
    "text",
    [
        "Adults aged 35 should be tested, and so should younger adults who are overweight.",
        "Can older children take ibuprofen?",
        "Babies can get it, and so can older children.",
        "Can painful joints be a sign of gout?",
    ],
)
def test_an_adjective_of_the_subject_after_an_inverted_modal_lacks_no_be(text):
    assert flagged(MISSING_AUXILIARY, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The wound can painful for days.", "can painful"),
        ("It can painful for a day, and so can older scars.", "can painful"),
        ("You will tired after the dose, and so will older patients.", "will tired"),
    ],
)
def test_a_modal_before_its_adjective_still_lacks_be(text, excerpt):
    assert excerpt in [found[0] for found in flagged(MISSING_AUXILIARY, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The data suggest that the risk is low.",
        "Our data suggest a small benefit in older adults.",
        "The media describe the outbreak as severe.",
    ],
)
def test_a_latin_plural_of_either_number_takes_a_plural_verb(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The evidence suggest that the risk is low.", "suggest", "suggests"),
        ("The survey suggest that the risk is low.", "suggest", "suggests"),
        ("The information suggest that the risk is low.", "suggest", "suggests"),
    ],
)
def test_a_singular_noun_still_takes_an_s_verb(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)
