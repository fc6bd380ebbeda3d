"""Grammar slips of issue 10 (branch copygram11): each class with unrelated examples and correct twins."""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("A patient who brush twice a day keeps most plaque away.", "brush", "brushes"),
        ("A child who cough at night may have asthma.", "cough", "coughs"),
        ("Anyone who smoke should ask about our stop-smoking service.", "smoke", "smokes"),
        ("Someone who snore loudly may have sleep apnoea.", "snore", "snores"),
        ("Everyone who travel abroad needs insurance.", "travel", "travels"),
    ],
)
def test_a_base_verb_that_is_also_a_noun_right_after_a_singular_who_is_flagged(text, excerpt, suggestion):
    assert flagged(AGREEMENT, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "A patient who brushes twice a day keeps most plaque away.",
        "A child who coughs at night may have asthma.",
        "Anyone who smokes should ask about our stop-smoking service.",
        "The nurse who you saw last week will call.",  # a pronoun after "who": its own subject
        "Patients every year who travel abroad need insurance.",  # "year who": no person before "who"
        "The pharmacist, who visits care homes, will call.",
    ],
)
def test_singular_verbs_after_who_and_nouns_after_which_pass(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("He have a rash on his arm.", "have", "has"),
        ("She have two children under five.", "have", "has"),
        ("It have a bitter taste, so take it with juice.", "have", "has"),
        ("If he have any questions, call the surgery.", "have", "has"),
    ],
)
def test_have_with_an_object_after_he_she_it_is_flagged(text, excerpt, suggestion):
    assert flagged(AGREEMENT, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Does he have a rash?",  # a question: "have" after "does"
        "What does she have to bring?",
        "Should she have a reaction, call 999.",
        "Your partner and she have the same blood group.",  # a coordinated subject
        "They have a rash.",
        "He has a rash on his arm.",
    ],
)
def test_have_in_questions_after_plural_or_coordinated_subjects_passes(text):
    assert flagged(AGREEMENT, text) == []


PROPORTION = "copy.proportion-of"


@pytest.mark.parametrize(
    "text",
    [
        "About 1 in 2 of adults over 30 have some gum disease.",
        "One in ten of children will catch it before school age.",
        "3 out of 10 of smokers try to quit every year.",
        "Roughly 1 in 20 of pregnancies are affected.",
    ],
)
def test_of_between_a_proportion_and_a_bare_noun_is_flagged(text):
    assert flagged(PROPORTION, text) == [(" of", [""])]


@pytest.mark.parametrize(
    "text",
    [
        "About 1 in 5 of the adults we saw had it.",
        "One in three of our patients comes back within a year.",
        "1 in 4 of them had side effects.",
        "1 in 5 adults has high blood pressure.",
        "Take 2 in the morning of each day.",
        "3 out of 10 of those who tried it stopped.",
    ],
)
def test_proportions_before_a_determiner_or_without_of_pass(text):
    assert flagged(PROPORTION, text) == []


MISSING_FOR = "copy.missing-for"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("It is important you to ask us about side effects.", "important you to", "important for you to"),
        ("It was difficult him to walk after the operation.", "difficult him to", "difficult for him to"),
        ("It can be hard them to swallow large tablets.", "hard them to", "hard for them to"),
        ("It's very important you to rest.", "important you to", "important for you to"),
    ],
)
def test_an_adjective_with_an_object_pronoun_and_to_needs_for(text, excerpt, suggestion):
    assert flagged(MISSING_FOR, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "It is important for you to rest.",
        "It is important you know the signs.",  # a clause after the adjective, no "to"
        "It is up to you to decide.",
        "It was kind of you to write.",
        "We made it easy for them to book.",
        "The leaflet is helping you to plan.",  # a verb, not an adjective
    ],
)
def test_adjectives_with_for_or_a_clause_pass(text):
    assert flagged(MISSING_FOR, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Eating more fiber lowers cholesterol and protect the heart.", "protect", "protects"),
        ("Vitamin D strengthens bones and support the immune system.", "support", "supports"),
        ("The cream soothes the skin and reduce the redness.", "reduce", "reduces"),
        ("Regular walking improves your mood and lower your blood pressure.", "lower", "lowers"),
    ],
)
def test_a_base_verb_joined_to_a_verb_in_s_shares_its_singular_subject(text, excerpt, suggestion):
    assert flagged(AGREEMENT, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Eating more fiber lowers cholesterol and protects the heart.",
        "The nurse explains how to clean the wound and change the dressing.",  # the infinitive continues
        "It helps to ease pain and reduce the swelling.",
        "The app lets you log meals and share your diary.",  # an object and a bare verb
        "Physio strengthens the muscles, and patients regain their movement.",  # a new clause
        "The test measures sugar and fat in the blood.",  # two nouns
        "If you are a carer, moving patients puts extra strain on your back.",  # an -ing clause is the subject
        "When you start, lifting weights helps your bones.",
        "See our vaccine schedule or shingles details.",  # a noun before a noun, not a verb
        "Keeping the same wake time every day also helps.",  # a noun, then how often
    ],
)
def test_infinitives_gerund_subjects_and_noun_modifiers_pass(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The gel stay on the skin for hours.", "stay", "stays"),
        ("Each session take about an hour.", "take", "takes"),
        ("This medicine work at night.", "work", "works"),
        ("If the pain get worse at night, call us.", "get", "gets"),
        ("Our clinic offer vaccines for most countries.", "offer", "offers"),
    ],
)
def test_a_base_verb_that_is_the_only_verb_after_a_singular_subject_is_flagged(text, excerpt, suggestion):
    assert flagged(AGREEMENT, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "The treatment plan for six weeks is ready.",  # a compound noun, then the verb
        "The nurse set a date for your review.",  # a past form spelt like the base
        "The blood test result.",  # a compound noun goes on
        "The appointment letter in your post.",  # "letter" is rarely a verb
        "The hospital car parks.",  # an -s word that may be a verb
        "The clinic run two clinics on Fridays.",  # a past form spelt like the base
        "SPF measures how well a product protects against UVB rays, the main cause of sunburn.",  # an apposition
        "Our best-selling kit: antibiotics, capsules and a test strip.",  # the last item of a list
    ],
)
def test_compound_nouns_past_forms_appositions_and_list_items_pass(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Dry, itchy and flaky patches is common in winter.", "is", "are"),
        ("Large, painful blisters needs a doctor.", "needs", "need"),
        ("Heart, lung and kidney problems is common in older adults.", "is", "are"),
    ],
)
def test_a_plural_head_after_coordinated_adjectives_takes_a_plural_verb(text, excerpt, suggestion):
    assert flagged(AGREEMENT, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Dry, itchy and flaky patches are common in winter.",
        "Patients, carers and parents are welcome.",
        "Wash with warm, soapy water and dry skin gets better.",  # a new clause after "and"
        "Fresh, frozen or tinned vegetables all count.",
    ],
)
def test_coordinated_adjectives_with_a_plural_verb_or_a_new_clause_pass(text):
    assert flagged(AGREEMENT, text) == []


VERB_FORM = "copy.verb-form"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("You should avoid to drive for a day.", "to drive", "driving"),
        ("We recommend to take it with food.", "to take", "taking"),
        ("Consider to switch to a spacer.", "to switch", "switching"),
        ("We suggest to book early in winter.", "to book", "booking"),
    ],
)
def test_to_and_a_base_verb_after_a_verb_taking_an_ing_form_is_flagged(text, excerpt, suggestion):
    assert flagged(VERB_FORM, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Avoid driving for a day.",
        "I would recommend to anyone.",  # "to" + a pronoun
        "Keep to the path.",
        "I recommend to friends and family.",  # "to" + a plural noun
        "The risk to develop it is low.",  # the noun "risk"
        "She stopped to rest.",  # "stop" takes either form
        "Aspirin alone is not recommended to prevent stroke.",  # a passive
    ],
)
def test_ing_forms_nouns_after_to_and_verbs_taking_either_pass(text):
    assert flagged(VERB_FORM, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Rest for two days, then slowly increases your activity.", "increases", "increase"),
        ("Take the first dose, then waits an hour.", "waits", "wait"),
        ("The symptoms usually starts within a week.", "starts", "start"),
        ("Our patients often travels abroad.", "travels", "travel"),
    ],
)
def test_a_second_instruction_after_then_and_an_s_verb_after_an_adverb_are_read(text, excerpt, suggestion):
    assert flagged(AGREEMENT, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Rest for two days, then slowly increase your activity.",
        "Wash your hands, then the nurse checks the site.",  # a new clause with its subject
        "Place your phone there and the app records your sleep, then shows a chart.",  # after a new clause
        "The symptoms usually start within a week.",
        "Sports drinks often contain sugar.",
    ],
)
def test_then_clauses_with_a_subject_and_plural_verbs_after_adverbs_pass(text):
    assert flagged(AGREEMENT, text) == []


MISSING_TO = "copy.missing-to"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("If you want lose weight, eat less.", "want lose", "want to lose"),
        ("Try eat more slowly.", "Try eat", "Try to eat"),
        ("You may need bring your card.", "need bring", "need to bring"),
        ("She tried explain the risks.", "tried explain", "tried to explain"),
    ],
)
def test_a_verb_taking_to_before_a_bare_base_verb_is_flagged(text, excerpt, suggestion):
    assert flagged(MISSING_TO, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Help your child brush their teeth.",  # "help" takes a bare verb
        "You need rest.",  # a noun after the verb
        "Your plan include three visits.",  # "plan" as a noun after a possessive
        "I want you to rest.",
        "You need not worry.",
        "Remember names of your medicines.",
        "The vaccines you need depend on where you are going.",  # a relative clause ends before the verb
        "Treatment plans include exercise and diet.",  # a plural noun and its verb
        "Your child's needs vary with age.",
    ],
)
def test_verbs_with_to_nouns_or_bare_infinitive_verbs_pass(text):
    assert flagged(MISSING_TO, text) == []


QUESTION_ORDER = "copy.question-order"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Ask your pharmacist if is it safe.", "is it", "it is"),
        ("We don't know yet how long will it take.", "will it", "it will"),
        ("Find out where can you park.", "can you", "you can"),
        ("Check whether do you need a visa.", "do you", "you do"),
    ],
)
def test_question_order_inside_an_embedded_question_is_flagged(text, excerpt, suggestion):
    assert flagged(QUESTION_ORDER, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Ask us if it is safe.",
        "Why is it important to rest?",
        "Why is it important to rest.",  # a question word opening the sentence: a question, not embedded
        "That is how it is.",
        "Call us if you can.",
    ],
)
def test_embedded_questions_in_statement_order_and_direct_questions_pass(text):
    assert flagged(QUESTION_ORDER, text) == []


DOUBLE_COMPARATIVE = "copy.double-comparative"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Smoking makes it more worse.", "more worse", "worse"),
        ("It is more easier to use a spacer.", "more easier", "easier"),
        ("This is the most best option for children.", "most best", "best"),
        ("This is the most highest rate in Europe.", "most highest", "highest"),
    ],
)
def test_a_comparison_marked_twice_is_flagged(text, excerpt, suggestion):
    assert flagged(DOUBLE_COMPARATIVE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "More older adults are affected each year.",  # "more" counts "older adults"
        "This is the most honest answer.",  # "honest" is no superlative
        "It is more than enough.",
        "Many more younger people smoke.",
        "The highest dose is 4 g.",
    ],
)
def test_single_comparisons_and_more_before_a_noun_pass(text):
    assert flagged(DOUBLE_COMPARATIVE, text) == []


EXTRA_BE = "copy.extra-be"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("It is depends on your age.", "is depends", "depends"),
        ("The price is includes delivery.", "is includes", "includes"),
        ("This is contains no sugar.", "is contains", "contains"),
    ],
)
def test_is_before_a_verb_in_s_is_flagged(text, excerpt, suggestion):
    assert flagged(EXTRA_BE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "What the dose is depends on your weight.",  # a clause ending in "is" is the subject
        "Whether it is works for you depends on many things.",
        "It is needs-based.",
        "The answer is yes.",
    ],
)
def test_clauses_ending_in_is_and_other_complements_pass(text):
    assert flagged(EXTRA_BE, text) == []


RESUMPTIVE = "copy.resumptive-pronoun"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The doctor he will call you.", " he"),
        ("This cream it works fast.", " it"),
        ("Our nurses they can help you.", " they"),
        ("The pharmacist she explained the dose.", " she"),
    ],
)
def test_a_subject_named_twice_is_flagged(text, excerpt):
    assert flagged(RESUMPTIVE, text) == [(excerpt, [""])]


@pytest.mark.parametrize(
    "text",
    [
        "The tube it comes in is recyclable.",  # a relative clause, then the verb
        "This is why it matters.",
        "That way it stays fresh.",  # an adverbial noun phrase
        "The first time it happens, call us.",
        "This means it is safe.",
        "That helps it heal.",
        "The word it is often vague in leaflets.",  # a pronoun mentioned, not used
    ],
)
def test_relative_clauses_adverbials_and_verbs_after_this_pass(text):
    assert flagged(RESUMPTIVE, text) == []
