"""copyrec43: verb forms after a modal and after a preposition, lists of subjects joined by "and", a relative "that"
after the plural complement of "are", and a "to" dropped after an auxiliary's verb; each class with >= 3 slips and
>= 3 correct twins."""

import pytest
from copy_helpers import flagged

VERB_FORM = "copy.verb-form"
AGREEMENT = "copy.verb-agreement"
MISSING = "copy.missing-function-word"
AUXILIARY = "copy.missing-auxiliary"


def _excerpts(rule: str, text: str) -> list[str]:
    return [found for found, _ in flagged(rule, text)]


# 1. After a modal (and its adverbs), any inflection of a verb other than the base form.
@pytest.mark.parametrize(
    "text, excerpt, base",
    [
        ("Some painkillers can also irritating the lining of the stomach.", "irritating", "irritate"),
        ("Late meals and bright screens can all disrupted your sleep.", "disrupted", "disrupt"),
        ("If the cramp is so bad that you cannot sat down, call us.", "sat", "sit"),
        ("Strong coffee may aggravated the reflux.", "aggravated", "aggravate"),
    ],
)
def test_a_verb_form_after_a_modal_is_found(text, excerpt, base):
    [(found, suggestions)] = flagged(VERB_FORM, text)
    assert (found, suggestions[0]) == (excerpt, base)


@pytest.mark.parametrize(
    "text",
    [
        "Some painkillers can also irritate the lining of the stomach.",
        "Late meals and bright screens can all disrupt your sleep.",
        "If the cramp is so bad that you cannot sit down, call us.",
        "How can smoking harm an unborn baby?",
        "Eat as much as you can given the nausea.",
        "Nor can scratching help the rash heal.",
    ],
)
def test_the_base_form_a_question_or_a_participle_preposition_after_a_modal_is_left_alone(text):
    assert _excerpts(VERB_FORM, text) == []


# 2. A bare verb after a preposition, before its object.
@pytest.mark.parametrize(
    "text, excerpt, gerund",
    [
        ("Wash your hands before eat a meal.", "eat", "eating"),
        ("Never change the dose without ask your pharmacist.", "ask", "asking"),
        ("Thank you for choose our clinic.", "choose", "choosing"),
        ("Pat the blisters dry instead of rub them.", "rub", "rubbing"),
    ],
)
def test_a_bare_verb_after_a_preposition_is_found(text, excerpt, gerund):
    assert flagged(VERB_FORM, text) == [(excerpt, [gerund])]


@pytest.mark.parametrize(
    "text",
    [
        "Wash your hands before eating a meal.",
        "Carry glucose tablets in case your sugar drops.",
        "Over time the pain usually eases.",
        "Drink plenty of water the day before.",
        "Ask for help the same day.",
    ],
)
def test_a_gerund_or_a_noun_that_is_also_a_verb_after_a_preposition_is_left_alone(text):
    assert _excerpts(VERB_FORM, text) == []


# 3. A list of subjects joined by "and" that opens the sentence, then an -s verb.
@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Salt, alcohol and too little exercise all plays a part.", "plays"),
        ("Stress, poor sleep and alcohol makes it worse.", "makes"),
        ("Heat, rest and gentle stretching helps to ease the pain.", "helps"),
        ("Being overweight, smoking and stress makes it more likely.", "makes"),
        ("Caffeine, alcohol and using screens late in the evening also makes sleep harder.", "makes"),
    ],
)
def test_an_s_verb_after_a_list_of_subjects_is_found(text, excerpt):
    assert _excerpts(AGREEMENT, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Salt, alcohol and too little exercise all play a part.",
        "Each patient and carer receives a leaflet.",
        "Rest or ice helps.",
        "Our zinc and vitamin C formula contains no sugar.",
        "Our team of nurses and pharmacists runs a clinic every Tuesday.",
        "Keeping blood glucose, blood pressure and cholesterol in range helps protect the nerves.",
        "Taking the tablets with food and starting on a low dose reduces these effects.",
        "The Food and Drug Administration requires a warning on the label.",
        "Kidney problems and some water tablets make it harder to clear uric acid.",
        "Cases rise and fall in cycles every few years.",
    ],
)
def test_a_plural_verb_or_one_noun_phrase_with_and_is_left_alone(text):
    assert _excerpts(AGREEMENT, text) == []


# 4. A relative "that" after the plural complement of "are" stands for that complement.
@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Emollients are moisturisers that keeps the skin soft.", "keeps"),
        ("Warts are growths that spreads easily.", "spreads"),
        ("Statins are medicines that lowers cholesterol.", "lowers"),
    ],
)
def test_an_s_verb_after_that_and_a_plural_complement_is_found(text, excerpt):
    assert _excerpts(AGREEMENT, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Emollients are moisturisers that keep the skin soft.",
        "Warts are small growths that spread easily.",
        "These are signs that the infection spreads.",
        "Statins are a group of medicines that lowers cholesterol.",
    ],
)
def test_a_plural_verb_or_a_singular_complement_before_that_is_left_alone(text):
    assert _excerpts(AGREEMENT, text) == []


# 5. A "to" dropped after the verb of an auxiliary ("may need be").
@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Larger stones may need be broken up with shock waves.", "need be"),
        ("You will need bring a list of your medicines.", "need bring"),
        ("People who rarely go out may need take a supplement in winter.", "need take"),
    ],
)
def test_a_to_dropped_after_an_auxiliarys_verb_is_found(text, excerpt):
    assert _excerpts(MISSING, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Larger stones may need to be broken up with shock waves.",
        "You will need to bring a list of your medicines.",
        "You may need rest for a few days.",
        "It can help reduce the swelling.",
    ],
)
def test_the_infinitive_or_a_noun_object_after_an_auxiliarys_verb_is_left_alone(text):
    assert _excerpts(MISSING, text) == []


# 6. A singular subject and a base verb proved by its particle, or after "so that".
@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("It happens when the acid come back up.", "come"),
        ("If the rash go away, stop the cream.", "go"),
        ("Drink enough water so that your urine stay pale.", "stay"),
    ],
)
def test_a_base_verb_after_a_singular_subject_in_a_clause_is_found(text, excerpt):
    assert _excerpts(AGREEMENT, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "It happens when the acid comes back up.",
        "If the rash goes away, stop the cream.",
        "Drink enough water so that your urine stays pale.",
        "When the children come back, they rest.",
    ],
)
def test_an_agreeing_verb_in_the_clause_is_left_alone(text):
    assert _excerpts(AGREEMENT, text) == []


# 7. A passive of reporting that lost its "been" ("has shown to").
@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Regular walking has shown to lower blood pressure.", "has shown"),
        ("Cutting down on salt and losing weight have all shown to help.", "all shown"),
        ("Zinc lozenges have not found to shorten a cold.", "not found"),
    ],
)
def test_a_reporting_passive_without_been_is_found(text, excerpt):
    assert _excerpts(AUXILIARY, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Regular walking has been shown to lower blood pressure.",
        "Studies have shown that walking lowers blood pressure.",
        "Statins have proven to be safe for most people.",
        "Our nurses have found to their surprise that it works.",
    ],
)
def test_a_passive_with_been_or_an_active_reporting_verb_is_left_alone(text):
    assert _excerpts(AUXILIARY, text) == []


# 8. "a lot" + a noun that is nothing else: "of" was dropped.
@pytest.mark.parametrize(
    "text",
    [
        "Drinking a lot alcohol can make it worse.",
        "A lot people get this in winter.",
        "Shakes like these hold a lot protein.",
    ],
)
def test_a_noun_after_a_lot_is_found(text):
    assert _excerpts("copy.missing-word", text) == ["lot"]


@pytest.mark.parametrize(
    "text",
    [
        "Walking a lot helps.",
        "It is a lot better now.",
        "It takes a lot more time than you think.",
        "Drinking a lot of alcohol can make it worse.",
    ],
)
def test_a_verb_an_adjective_or_of_after_a_lot_is_left_alone(text):
    assert _excerpts("copy.missing-word", text) == []


# 9. The name of a condition opening the sentence is its singular subject, never an imperative.
@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Psoriasis affect about 2 in 100 people.", "affect"),
        ("Osteoporosis usually cause no symptoms.", "cause"),
        ("Tonsillitis make it painful to swallow.", "make"),
    ],
)
def test_a_base_verb_after_a_condition_name_is_found(text, excerpt):
    assert _excerpts(AGREEMENT, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Psoriasis affects about 2 in 100 people.",
        "Arthritis care is changing.",
        "Use the cream twice a day.",
        "Osteoporosis screening helps find thin bones early.",
    ],
)
def test_an_agreeing_verb_a_compound_or_an_imperative_is_left_alone(text):
    assert _excerpts(AGREEMENT, text) == []


# 10. After a plural pronoun and a modal, a verb in -s joined to the modal's verb.
@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("We will check your feet and gives advice.", "gives"),
        ("They may ask about your diet and takes a blood sample.", "takes"),
        ("You should rest the joint and keeps it raised.", "keeps"),
    ],
)
def test_an_s_verb_joined_to_a_modals_verb_after_a_plural_pronoun_is_found(text, excerpt):
    assert _excerpts(AGREEMENT, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "We will check your feet and give advice.",
        "They may ask about your diet and take a blood sample.",
        "It can reduce swelling and eases pain.",
        "They can help, and it works for most people.",
    ],
)
def test_base_verbs_joined_to_a_modals_verb_or_a_singular_pronoun_are_left_alone(text):
    assert _excerpts(AGREEMENT, text) == []


# 11. "rather that" for "rather than".
@pytest.mark.parametrize(
    "text",
    [
        "Smooth the cream on rather that rubbing it in.",
        "Walk to the shops rather that drive.",
        "Choose water rather that fizzy drinks.",
    ],
)
def test_rather_that_is_found(text):
    assert flagged("copy.confused-words", text) == [("that", ["than"])]


@pytest.mark.parametrize(
    "text",
    [
        "I would rather that you rang first.",
        "We'd much rather that you called.",
        "The gene, or rather that part of it, matters most.",
        "Choose water rather than fizzy drinks.",
    ],
)
def test_a_wish_a_correction_or_rather_than_is_left_alone(text):
    assert _excerpts("copy.confused-words", text) == []


# 12. After a negated "do", any verb form but the base.
@pytest.mark.parametrize(
    "text, excerpt, base",
    [
        ("Do not rubbed the eye.", "rubbed", "rub"),
        ("Late caffeine doesn't disrupted everyone's sleep.", "disrupted", "disrupt"),
        ("The cream does not irritated the skin.", "irritated", "irritate"),
    ],
)
def test_a_verb_form_after_a_negated_do_is_found(text, excerpt, base):
    assert flagged(VERB_FORM, text) == [(excerpt, [base])]


@pytest.mark.parametrize(
    "text",
    [
        "Do not rub the eye.",
        "They did not do well at first.",
        "Most people do not need treatment.",
        "We do not charge for this.",
    ],
)
def test_the_base_form_after_a_negated_do_is_left_alone(text):
    assert _excerpts(VERB_FORM, text) == []


# 13. A negated gerund opening the sentence is one action, so singular.
@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Not drinking enough water are the most common reason stones form.", "are"),
        ("Not taking the tablets every day are why they stop working.", "are"),
        ("Not wearing sunscreen have caused many of these burns.", "have"),
    ],
)
def test_a_plural_verb_after_a_negated_gerund_is_found(text, excerpt):
    assert _excerpts(AGREEMENT, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Not drinking enough water is the most common reason stones form.",
        "Not all patients need treatment.",
        "Not everyone needs a scan.",
    ],
)
def test_a_singular_verb_after_a_negated_gerund_or_not_all_is_left_alone(text):
    assert _excerpts(AGREEMENT, text) == []


# 14. "its worth" before an -ing verb is "it's worth".
@pytest.mark.parametrize(
    "text",
    [
        "It can take weeks, so its worth keeping a record.",
        "If you smoke, its worth stopping before surgery.",
        "Its worth asking your pharmacist first.",
    ],
)
def test_its_worth_before_an_ing_verb_is_found(text):
    assert _excerpts("copy.confused-words", text) in (["its"], ["Its"])


@pytest.mark.parametrize(
    "text",
    [
        "Its worth is hard to judge.",
        "The drug proved its worth in trials.",
        "It's worth asking your pharmacist first.",
    ],
)
def test_a_possessive_its_worth_or_its_worth_is_left_alone(text):
    assert _excerpts("copy.confused-words", text) == []
