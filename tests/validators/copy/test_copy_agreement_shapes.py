"""copy.verb-agreement on shapes of subject and verb that web copy gets wrong (fresh_copy3's classes):
a second verb after "is"/"are" and "but", a verb-only second verb, clause starts after "so"/"and" once
the clause has its verb, "not all", hyphenated modifiers, "everyone who are", "both is", inverted
questions, linking verbs before an adjective, "that" + base verb, and a counted amount."""

import pytest
from copy_helpers import flagged

RULE = "copy.verb-agreement"


def _flags(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


def _passes(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # a second verb after "is"/"are" and "and"/"but"
        ("These symptoms are rare but needs to be checked the same day.", "needs", "need"),
        ("Recordings are stored on your phone and never leaves it.", "leaves", "leave"),
        ("The tablets are small and dissolves them quickly in water.", "dissolves", "dissolve"),
        ("The spray is safe and relieve pain within minutes.", "relieve", "relieves"),
        # a second verb that can only be a verb, without an object opener after it
        ("Sports massage eases tight muscles and improve blood flow.", "improve", "improves"),
        ("The spray clears the nose and improve breathing at night.", "improve", "improves"),
        ("A daily walk strengthens bones and improve balance.", "improve", "improves"),
    ],
)
def test_flags_a_coordinated_verb_after_be_or_a_verb_only_word(text, excerpt, suggestion):
    _flags(text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "These symptoms are rare but need to be checked the same day.",
        "This product is not intended to diagnose, treat, cure or prevent any disease.",
        "The results show how many times your breathing stops or becomes shallow.",
        "The programme helps you to stop smoking and lose weight.",
        "The tablets are sold in pharmacies and supermarkets.",
        "The gel is found in pharmacies and lasts for months.",
        "The app helps you sleep and wake up rested.",
    ],
)
def test_leaves_coordinated_verbs_that_agree_or_continue_another_verb_alone(text):
    _passes(text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # a new subject after "so"/"and" once the clause has its verb
        ("Spit out the excess so the gel coat your teeth.", "coat", "coats"),
        ("Many adults do not eat enough fibre, and the amount in a typical diet have fallen.", "have", "has"),
        ("Take the tablet with water and the coating protect your stomach.", "protect", "protects"),
        # "not all", a hyphenated modifier the lexicon does not know
        ("Not all forms of magnesium is absorbed equally.", "is", "are"),
        ("Non-drowsy antihistamines such as cetirizine is suitable for most adults.", "is", "are"),
        ("Once-daily tablets is easier to remember for most people.", "is", "are"),
        # a base form before a determined object after a singular noun
        ("Place your phone on the table and the cream record the sounds of your sleep.", "record", "records"),
        ("Our clinic offer the vaccines to everyone over 65.", "offer", "offers"),
        ("The nurse check the dressing every morning.", "check", "checks"),
    ],
)
def test_flags_subjects_found_by_the_wider_reader(text, excerpt, suggestion):
    _flags(text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "The knees and the hip are often affected.",
        "Inflammation of the tendon and the bone is painful.",
        "Spit out the excess so the gel coats your teeth.",
        "Not all forms of magnesium are absorbed equally.",
        "Not every patient needs a scan.",
        "The dose the doctor prescribes depends on your weight.",
        "The amount in a typical diet has fallen.",
        "Wash the face and the neck twice a day.",
    ],
)
def test_leaves_the_wider_readers_agreeing_twins_alone(text):
    _passes(text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Everyone who are eligible will receive a letter.", "are", "is"),
        ("Anyone who have had a reaction should tell the nurse.", "have", "has"),
        ("Someone who don't smoke can still get lung disease.", "don't", "doesn't"),
        ("We have clinics in Harlow and Epping, and both is open on Saturdays.", "is", "are"),
        ("Both was trained at the same hospital.", "was", "were"),
        ("The tablets and the syrup work well; both contains paracetamol.", "contains", "contain"),
    ],
)
def test_flags_everyone_who_are_and_both_is(text, excerpt, suggestion):
    _flags(text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "Everyone who is eligible will receive a letter.",
        "People who are eligible will receive a letter.",
        "The gel is both safe and effective.",
        "Both of the clinics are open on Saturdays.",
        "We have two clinics, and both are open on Saturdays.",
        "Both the tablet and the syrup contain paracetamol.",
    ],
)
def test_leaves_everyone_who_is_and_both_are_alone(text):
    _passes(text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Does the app works without internet?", "works", "work"),
        ("Does the cream stings when you apply it?", "stings", "sting"),
        ("Will your doctor checks your blood pressure?", "checks", "check"),
        ("Should you stopped taking it if that happens?", "stopped", "stop"),
        ("Has your gums receded a long way?", "Has", "Have"),
        ("Is your children vaccinated?", "Is", "Are"),
        ("Have the wound become infected?", "Have", "Has"),
    ],
)
def test_flags_an_inverted_question_whose_verb_does_not_fit(text, excerpt, suggestion):
    _flags(text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "Does the app work without internet?",
        "Can the blood tests show an infection?",
        "Have your gums receded a long way?",
        "Has the rash spread to your face?",
        "Have the test done at your GP surgery.",
        "Do your stretches every morning?",
        "Does the team offer home visits?",
        "Are your children vaccinated?",
    ],
)
def test_leaves_agreeing_questions_and_imperatives_alone(text):
    _passes(text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Numbing drops are used, and most patients stays awake throughout.", "stays", "stay"),
        ("After the jab, many children feels sleepy for a day.", "feels", "feel"),
        ("Without treatment, the patches becomes dry and itchy.", "becomes", "become"),
    ],
)
def test_flags_a_plural_subject_before_a_linking_verb_and_adjective(text, excerpt, suggestion):
    _flags(text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "Most patients stay awake throughout.",
        "Hotel stays abroad can be expensive.",
        "Many children feel sleepy for a day.",
        "Six sessions is the most we usually suggest.",
        "Ten minutes is enough for the cream to soak in.",
        "2 tablets is the usual dose.",
    ],
)
def test_leaves_linking_verbs_that_agree_and_counted_amounts_alone(text):
    _passes(text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Your GP may suggest immunotherapy, a treatment that build up tolerance over three years.", "build", "builds"),
        ("We offer a blood test that measure your iron stores.", "measure", "measures"),
        ("We run a new service that remind you to order repeat prescriptions.", "remind", "reminds"),
    ],
)
def test_flags_a_singular_noun_that_takes_a_base_verb(text, excerpt, suggestion):
    _flags(text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "Mild symptoms often get better, especially those that begin in pregnancy.",
        "Conditions such as coeliac disease that stop you absorbing iron need treatment.",
        "There is evidence that exercise helps.",
        "We offer a blood test that measures your iron stores.",
        "One of the drugs that lower blood pressure may cause a cough.",
    ],
)
def test_leaves_that_clauses_on_plural_or_distant_nouns_alone(text):
    _passes(text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Itchy, watering eyes and a blocked nose makes it hard to sleep.", "makes", "make"),
        ("Red, itchy eyes is a common sign of hay fever.", "is", "are"),
        ("Small, painful blisters usually appears on the lip.", "appears", "appear"),
    ],
)
def test_flags_a_subject_whose_adjectives_are_set_off_by_a_comma(text, excerpt, suggestion):
    _flags(text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "Itchy, watering eyes and a blocked nose make it hard to sleep.",
        "Dry, cracked skin is common in winter.",
        "Overall, the results are good.",
        "Sadly, the tablets do not suit everyone.",
    ],
)
def test_leaves_agreeing_comma_adjective_subjects_alone(text):
    _passes(text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # "all of / most of / a number of" + a plural noun phrase is plural
        ("All of our products is vegan.", "is", "are"),
        ("Most of the tablets has a coating.", "has", "have"),
        ("A number of customers has asked about shipping.", "has", "have"),
        ("A lot of patients was waiting.", "was", "were"),
        # a list of noun phrases with commas and a last "and"
        ("Tablets, creams, and sprays is available from the counter.", "is", "are"),
        ("The tablet, the cream and the spray contains paracetamol.", "contains", "contain"),
        ("Calcium, zinc and copper supports your bones.", "supports", "support"),
    ],
)
def test_flags_plural_quantities_and_lists_with_a_singular_verb(text, excerpt, suggestion):
    _flags(text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "All of it is gone.",
        "Most of the water is lost through the skin.",
        "A number of customers have asked about shipping.",
        "Vitamin D, the sunshine vitamin, helps your bones.",
        "Sleep, diet and exercise is the key.",
        "Our founder, a nurse and mother of two, says it works.",
        "Our own-brand wart and verruca gel contains salicylic acid.",
        "Tablets, creams and sprays are available.",
    ],
)
def test_leaves_uncountable_quantities_appositions_and_one_idea_lists_alone(text):
    _passes(text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("It really work for me.", "work", "works"),
        ("She also take a vitamin D supplement.", "take", "takes"),
        ("He don't need a prescription.", "don't", "doesn't"),
        ("It don't sting at all.", "don't", "doesn't"),
        ("Customers who buys two packs get a discount.", "buys", "buy"),
    ],
)
def test_flags_a_pronoun_verb_across_an_adverb_and_a_counted_object(text, excerpt, suggestion):
    _flags(text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "It really works for me.",
        "It doesn't sting at all.",
        "If it then spreads, call us.",
        "Customers who buy two packs get a discount.",
        "They don't need a prescription.",
    ],
)
def test_leaves_agreeing_pronoun_verbs_alone(text):
    _passes(text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Our morning and evening blends contains green tea.", "contains", "contain"),
        ("The day and night creams contains retinol.", "contains", "contain"),
        ("Hand and foot exercises improves your grip after a stroke.", "improves", "improve"),
    ],
)
def test_flags_two_modifiers_of_a_plural_shared_head_with_a_singular_verb(text, excerpt, suggestion):
    _flags(text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "Pain and joint stiffness are common.",
        "Our own-brand wart and verruca gel contains salicylic acid.",
        "If drops and laser treatment do not lower the pressure, surgery may help.",
        "Our morning and evening blends work together.",
    ],
)
def test_leaves_shared_heads_of_either_reading_alone(text):
    _passes(text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("How does the tablets work?", "does", "do"),
        ("Why do the rash itch at night?", "do", "does"),
        ("Where is the nearest clinics?", "is", "are"),
        ("Does the side effects wear off?", "Does", "Do"),
    ],
)
def test_flags_a_question_word_question_whose_auxiliary_does_not_agree(text, excerpt, suggestion):
    _flags(text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "How do the tablets work?",
        "Why does the rash itch at night?",
        "Where are the nearest clinics?",
        "Do the skin care products work?",
        "When does the clinic open?",
        "What is shingles?",
    ],
)
def test_leaves_agreeing_question_word_questions_alone(text):
    _passes(text)


@pytest.mark.parametrize(
    ("html", "excerpt", "suggestion"),
    [
        ("<h2>This cream help your skin heal</h2>", "help", "helps"),
        ("<h2>Why our patients loves us</h2>", "loves", "love"),
        ("<h2>What our customers says</h2>", "says", "say"),
        ('<p>"Our nurse were brilliant from start to finish."</p>', "were", "was"),
    ],
)
def test_flags_sentence_case_headings_and_quoted_testimonials(html, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, html, html=True)


@pytest.mark.parametrize(
    "html",
    [
        "<h2>Why Our Patients Loves Us</h2>",
        "<h2>Results you can trust</h2>",
        "<h2>How common are they?</h2>",
        "<h2>What size are the tablets?</h2>",
        '<p>"Our nurses were brilliant."</p>',
    ],
)
def test_leaves_title_case_headings_and_question_words_alone(html):
    assert flagged(RULE, html, html=True) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("You need to takes one tablet a day.", "takes", "take"),
        ("Remember to checks your feet every day.", "checks", "check"),
        ("We will try to calls you within an hour.", "calls", "call"),
    ],
)
def test_flags_an_s_form_after_an_infinitive_to_with_an_object(text, excerpt, suggestion):
    _flags(text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "Add it to drinks the same day.",
        "Access to tests your GP orders is quick.",
        "According to reports a third of adults snore.",
        "Compared to drugs a doctor prescribes, it is cheap.",
        "Give them to treats and snacks.",
    ],
)
def test_leaves_to_as_a_preposition_alone(text):
    _passes(text)


@pytest.mark.parametrize(
    "text",
    [
        "A night splint that keeps the foot flexed while you sleep.",
        "The strongest pain relief you can buy without a trip to the pharmacy.",
        "A mouth guard that protects your teeth at night.",
        "The gentlest cleanser you can find without a visit to a clinic.",
    ],
)
def test_leaves_a_noun_before_its_relative_clause_or_after_its_determiner_alone(text):
    _passes(text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The doctor explain that the tablets take time.", "explain", "explains"),
        ("The patients who attend the clinic needs a referral.", "needs", "need"),
        ("The tablets you can buy without a prescription contains less.", "contains", "contain"),
    ],
)
def test_still_flags_the_verb_after_such_subjects(text, excerpt, suggestion):
    _flags(text, excerpt, suggestion)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("These is the best tablets we sell.", "is", "are"),
        ("This are our prices for 2025.", "are", "is"),
        ("If those was the only symptoms, rest at home.", "was", "were"),
    ],
)
def test_flags_a_demonstrative_subject_with_the_wrong_verb(text, excerpt, suggestion):
    _flags(text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "These are the best tablets we sell.",
        "This is our price list.",
        "The tablets, that are cheap, work well.",
        "Those who have asthma need a plan.",
        "These have been tested.",
    ],
)
def test_leaves_agreeing_demonstratives_alone(text):
    _passes(text)


@pytest.mark.parametrize(
    "text",
    [
        "A diary can help you and your doctor identify what triggers your attacks.",
        "Let the nurse and the doctor know if the pain returns.",
        "We will make you and your family feel welcome.",
        "Watch your child and the other children play.",
    ],
)
def test_leaves_an_object_and_a_bare_verb_after_help_or_let_alone(text):
    _passes(text)
