"""Missing words and your/you're of issue 10 (branch copymiss20, fresh_copy15's classes): "been" after a
clause-opening subject pronoun has lost its "have"/"has". Unrelated examples and correct twins."""

import pytest
from copy_helpers import flagged

AUX = "copy.missing-auxiliary"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Carry on taking them unless you been told otherwise.", "you been", "you have been"),
        ("If you been living with eczema for years, we can help.", "you been", "you have been"),
        ("We been running this clinic since 1998.", "We been", "We have been"),
        ("When it been more than a week since the fall, call us.", "it been", "it has been"),
        ("Tell us if they been in contact with measles.", "they been", "they have been"),
    ],
)
def test_been_without_have_after_a_clause_opening_pronoun_is_flagged(text, excerpt, suggestion):
    assert flagged(AUX, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Have you been vaccinated against flu this year?",  # a question: the auxiliary comes first
        "How long have you been taking the tablets?",
        "If you have been told to stop a medicine, bring it with you.",
        "Unless you've been told otherwise, keep taking them.",
        "Thank you, it has been a pleasure.",
        "Where have they been all week?",
    ],
)
def test_been_after_have_or_in_a_question_passes(text):
    assert flagged(AUX, text) == []


SLOT = "copy.possessive-slot"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("You're GP will contact you if anything needs doing.", "You're", "Your"),
        ("If you're BMI is over 30, ask about our programme.", "you're", "your"),
        ("Once it's MRI report has arrived, the consultant calls you.", "it's", "its"),
        ("They're GP practice has moved to the High Street.", "They're", "Their"),
    ],
)
def test_contraction_before_an_acronym_with_its_own_verb_is_flagged(text, excerpt, suggestion):
    assert flagged(SLOT, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "If you're NHS registered, you can book online.",
        "You're UK based, so delivery is free.",
        "If you're GP registered we will call you.",
        "There GP practices are busy, so book early.",  # "there" may open its own clause
        "Your GP will contact you if anything needs doing.",
    ],
)
def test_contraction_before_an_acronym_without_a_verb_passes(text):
    assert flagged(SLOT, text) == []


ARTICLE = "copy.missing-article"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("You should ask pharmacist or your GP for a review.", "ask pharmacist", "ask a pharmacist"),
        ("If it stings, ask nurse or the doctor on duty.", "ask nurse", "ask a nurse"),
        ("We will need prescription and a letter from your GP.", "need prescription", "need a prescription"),
    ],
)
def test_bare_noun_coordinated_with_a_determined_noun_is_flagged(text, excerpt, suggestion):
    assert flagged(ARTICLE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "This is common in people with kidney or heart failure.",  # a modifier shared by both nouns
        "You will need transport or a friend to drive you home.",
        "It may need surgery or a cast.",
        "Ask a pharmacist or your GP for a review.",
    ],
)
def test_shared_modifier_or_mass_noun_before_a_conjunction_passes(text):
    assert flagged(ARTICLE, text) == []


TO = "copy.missing-to"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Try keep the area clean with a warm salt-water rinse.", "Try keep", "Try to keep"),
        ("You might want keep a diary of your symptoms.", "want keep", "want to keep"),
        ("Please try take it with food.", "try take", "try to take"),
    ],
)
def test_verbal_noun_after_a_verb_that_takes_to_is_flagged(text, excerpt, suggestion):
    assert flagged(TO, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "We want help you find meals you enjoy.",  # "want help" is real English (and left to the bigram rule)
        "You need rest and plenty of fluids.",
        "Try yoga or swimming.",
        "If you need help, call us.",
        "Prepare meals the night before.",
        "Try to keep the area clean.",
    ],
)
def test_noun_object_or_to_already_there_passes(text):
    assert flagged(TO, text) == []


CONTEXT = "copy.word-in-context"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("So nobody will know your wearing them.", "your", "you're"),
        ("If your taking it with food, the stomach upset usually settles.", "your", "you're"),
        ("Ask the carers whether their giving him the drops at night.", "their", "they're"),
    ],
)
def test_possessive_before_a_verb_with_its_object_pronoun_is_flagged(text, excerpt, suggestion):
    assert flagged(CONTEXT, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your sharing it with us.",  # a gerund after a preposition
        "Check your booking it is confirmed.",  # "it" opens the next clause
        "Your training helps them stay fit.",
        "If you're wearing them at night, take them off in the morning.",
        "Keep your dressing dry until we see you.",
    ],
)
def test_gerund_noun_or_contraction_already_there_passes(text):
    assert flagged(CONTEXT, text) == []


COPULA = "copy.missing-copula"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("These rare but need checking the same day.", "These rare", "These are rare"),
        ("This important to remember before you travel.", "This important", "This is important"),
        ("These unsuitable for children under 12.", "These unsuitable", "These are unsuitable"),
    ],
)
def test_demonstrative_then_adjective_without_a_verb_is_flagged(text, excerpt, suggestion):
    assert flagged(COPULA, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "These rare cases need checking the same day.",  # a determiner before its noun
        "This simple test takes a minute.",
        "These are rare but need checking.",
        "Those unable to attend should call the clinic.",  # a verb later in the clause
        "This normal after surgery.",  # "normal" is a noun too: left alone
    ],
)
def test_demonstrative_as_determiner_or_with_a_verb_passes(text):
    assert flagged(COPULA, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Varenicline: start 1 week before your quit date with 0.5 mg once a day.",  # "you quit date": a bare count noun
        "Bring your test kit back within a week.",
        "Check your plan date on the letter.",
        "Tell your care coordinator if anything changes.",
    ],
)
def test_possessive_before_a_compound_whose_second_noun_may_be_a_verb_passes(text):
    assert flagged(CONTEXT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Check you blood pressure every morning.", "you", "your"),
        ("Thank your for choosing our pharmacy.", "your", "you"),
        ("Ask you doctor before you start.", "you", "your"),
    ],
)
def test_you_your_slips_beside_a_noun_are_still_flagged(text, excerpt, suggestion):
    assert flagged(CONTEXT, text) == [(excerpt, [suggestion])]
