"""copyprec27 (issue 10): hard-but-correct professional and marketing English the copy rules misread (fresh_prof5
and probe sentences in its style), each with correct twins and the slips the rule still finds."""

import pytest
from copy_helpers import flagged

WORD_IN_CONTEXT = "copy.word-in-context"
AGREEMENT = "copy.verb-agreement"
VERB_FORM = "copy.verb-form"
MISSING_ARTICLE = "copy.missing-article"


@pytest.mark.parametrize(
    "text",
    [
        "You will be told your result at the end of the visit.",
        "You will be shown your result on the screen.",
        "You may be given your result on the day.",
    ],
)
def test_a_left_pair_does_not_decide_when_the_look_alike_is_avoided_on_the_right(text):
    assert flagged(WORD_IN_CONTEXT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Share there worries with the nurse.", "there", "their"),
        ("The affects usually last a few hours.", "affects", "effects"),
        ("The same principal governs both tests.", "principal", "principle"),
    ],
)
def test_a_rare_right_word_still_leaves_the_left_pair_to_decide(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(WORD_IN_CONTEXT, text)


@pytest.mark.parametrize(
    "text",
    [
        "Keep a diary of your symptoms and dose so that you can spot a flare early.",
        "Write down your weight and dose every day.",
        "Note their age and dose before the appointment.",
    ],
)
def test_a_noun_joined_to_a_possessive_noun_phrase_is_no_auxiliary(text):
    assert flagged(WORD_IN_CONTEXT, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The cream works and dose not sting.",
        "The spray is quick and dose not sting.",
        "This test is painless and dose not take long.",
    ],
)
def test_dose_for_does_after_a_predicate_is_still_found(text):
    assert ("dose", ["does"]) in flagged(WORD_IN_CONTEXT, text)


@pytest.mark.parametrize(
    "text",
    [
        "Buy two, get one free.",
        "Buy the starter kit today.",
        "Buy the tablets from a pharmacy, not online.",
    ],
)
def test_an_instruction_opening_on_a_verb_is_not_weighed_by_word_frequency(text):
    assert flagged(WORD_IN_CONTEXT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Their are three main types of treatment.", "Their", "There"),
        ("Bare in mind that the clinic closes early.", "Bare", "Bear"),
        ("Advise is free at any pharmacy.", "Advise", "Advice"),
        ("But advise from your GP is best.", "advise", "advice"),
        ("Order buy midnight for next-day delivery.", "buy", "by"),
    ],
)
def test_slips_at_or_near_a_clause_start_are_still_found(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(WORD_IN_CONTEXT, text)


@pytest.mark.parametrize(
    "text",
    [
        "What matters is that the tablets are taken every day.",
        "What counts is how often the symptoms return.",
        "Whatever helps is worth trying.",
        "Whichever plan you choose, you can switch later.",
        "Many people carry these bacteria without harm; what matters is that they are not passed on.",
    ],
)
def test_a_free_relative_clause_is_no_plural_subject(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("What symptoms is common after the operation?", "is", "are"),
        ("What changes is needed?", "is", "are"),
        ("The symptoms that matter most is pain.", "is", "are"),
    ],
)
def test_a_plural_after_what_in_a_question_still_agrees(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(AGREEMENT, text)


@pytest.mark.parametrize(
    "text",
    [
        "Everyone except the youngest children should be vaccinated.",
        "Nobody except the nurse knows the code.",
        "Everything except the dressing stays dry.",
        "Each ward except the intensive care unit has a link nurse.",
    ],
)
def test_except_is_a_preposition(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Everyone except the youngest children need a dose.", "need", "needs"),
        ("Everything except the dressing stay dry.", "stay", "stays"),
        ("Nobody except the nurses know the code.", "know", "knows"),
    ],
)
def test_the_verb_after_an_except_phrase_still_agrees_with_the_head(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(AGREEMENT, text)


@pytest.mark.parametrize(
    "text",
    [
        "Each ward has visiting hours.",
        "The centre has changing rooms and lockers.",
        "The unit has waiting lists of several months.",
        "She has walking aids at home.",
    ],
)
def test_an_ing_modifier_of_a_plural_object_after_has(text):
    assert flagged(VERB_FORM, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("He has visiting the clinic.", "visiting", "visited"),
        ("She has taking the tablets for a week.", "taking", "taken"),
        ("The nurse has checking your blood pressure.", "checking", "checked"),
    ],
)
def test_an_ing_verb_with_its_object_after_has_is_still_found(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(VERB_FORM, text)


@pytest.mark.parametrize(
    "text",
    [
        "We encourage every prenatal practice to use a written risk checklist.",
        "We ask every general practice to use the new form.",
        "The small risk to drive after a dose is explained in the leaflet.",
    ],
)
def test_a_gerund_verb_used_as_a_noun_after_a_determiner_and_adjectives(text):
    assert flagged(VERB_FORM, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("We recommend to use a spacer.", "to use", "using"),
        ("Avoid to drive after the first dose.", "to drive", "driving"),
        ("Please consider to book early.", "to book", "booking"),
    ],
)
def test_an_infinitive_after_a_gerund_verb_is_still_found(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(VERB_FORM, text)


@pytest.mark.parametrize(
    "text",
    [
        "It is worth booking a check.",
        "These symptoms can have other causes, so it is worth booking an appointment.",
        "It is worth asking your pharmacist.",
        "Children who have had chickenpox are more likely to develop invasive infection.",
        "Smokers are more likely to develop heart disease.",
        "Some people develop severe pain after the operation.",
    ],
)
def test_a_predicate_of_worth_and_a_condition_named_uncounted_need_no_article(text):
    assert flagged(MISSING_ARTICLE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("If you are driver, ask the clinic.", "are driver"),
        ("Are you new patient?", "Are you new patient"),
        ("You may need prescription.", "need prescription"),
        ("Is it serious infection?", "Is it serious infection"),
        ("If you have infection in the wound, call us.", "have infection"),
        ("You may get infection if the wound is not kept clean.", "get infection"),
    ],
)
def test_a_bare_count_noun_still_needs_its_article(text, excerpt):
    assert excerpt in [found for found, _ in flagged(MISSING_ARTICLE, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Post the kit back in the freepost envelope.",
        "Inject into the thigh or glute.",
        "Stretch your glutes after each run.",
    ],
)
def test_words_the_dictionaries_lack_are_spelled_right(text):
    assert flagged("copy.spelling", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Post it in the freepots envelope.", "freepots"),
        ("Book early to avoid dissapointment.", "dissapointment"),
        ("We recomend a spacer.", "recomend"),
    ],
)
def test_misspellings_are_still_found(text, excerpt):
    assert excerpt in [found for found, _ in flagged("copy.spelling", text)]


@pytest.mark.parametrize(
    "text",
    [
        "More common are mild reactions such as a rash.",
        "Less common are headaches and dizziness.",
        "Most important is the timing of the dose.",
    ],
)
def test_an_inverted_comparative_predicate_is_no_subject(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("More common side effects is a rash.", "is", "are"),
        ("More people is using the service.", "is", "are"),
        ("Most adults is protected after one dose.", "is", "are"),
    ],
)
def test_a_plural_subject_after_more_or_most_still_agrees(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(AGREEMENT, text)


@pytest.mark.parametrize(
    "text",
    [
        "If the fever and the rash have gone but your child still seems unwell, bring them in.",
        "If the cough and the fever have gone, your child can go back to school.",
        "When pain and swelling have settled, start gentle exercise.",
    ],
)
def test_two_noun_phrases_joined_after_a_subordinator_are_one_plural_subject(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("If the wound is red and the skin have blistered, call us.", "have", "has"),
        ("If the child is drowsy and the rash have spread, call 999.", "have", "has"),
        ("Once the pain eases and the swelling have gone, start to walk.", "have", "has"),
    ],
)
def test_a_clause_after_and_still_agrees_with_its_own_subject(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(AGREEMENT, text)


@pytest.mark.parametrize(
    "text",
    [
        "If your problem is not urgent please call after 11am or use the online form.",
        "If it is not urgent please call later or use the form.",
        "If the pain is mild please rest and take paracetamol.",
    ],
)
def test_please_opens_an_instruction_whose_verbs_share_no_subject(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The app tracks your steps and count your calories.", "count", "counts"),
        ("The cream soothes the skin and protect it.", "protect", "protects"),
        ("The spray cools the skin and ease the itch.", "ease", "eases"),
    ],
)
def test_a_coordinated_verb_still_shares_its_subject(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(AGREEMENT, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dermatologists recommend sunscreen as one part of a wider plan that also includes shade, clothing and a hat.",
        "The kit includes gauze, tape and a pair of scissors.",
        "A healthy routine needs sleep, exercise and a balanced diet.",
    ],
)
def test_the_first_of_a_list_of_bare_nouns_needs_no_article(text):
    assert flagged(MISSING_ARTICLE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("You will need prescription, so call the surgery.", "need prescription"),
        ("If you had reaction, tell the nurse.", "had reaction"),
        ("You can book appointment, so call us.", "book appointment"),
    ],
)
def test_a_bare_count_noun_before_a_comma_clause_still_needs_its_article(text, excerpt):
    assert excerpt in [found for found, _ in flagged(MISSING_ARTICLE, text)]


def test_a_pronoun_and_its_verb_before_and_still_leave_the_next_clause_judged():
    assert ("help", ["helps"]) in flagged(AGREEMENT, "You rest and the cream help the skin heal.")
