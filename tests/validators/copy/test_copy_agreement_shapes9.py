"""Agreement and verb form in the shapes of fresh_copy5's misses (classes, not sentences): a subject after an
opening prepositional phrase and its coordinated verbs, a subject pronoun's coordinated verbs, an -s verb
after a plural that ends the subject or its prepositional phrase, nouns in -s that are always singular, a
clause after ", and the ...", "so many" + plural, a past form after a question's "did"; "several" + an -ing
noun, "there is" / "there's" / "here is" before a plural; an -ing or past form after the "to" of a verb or
adjective that takes an infinitive, a bare verb after "has already/never/just". Each with correct twins."""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"
NUMBER = "copy.noun-number"
FORM = "copy.verb-form"


def _flags(rule, text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(rule, text)


def _passes(rule, text):
    assert flagged(rule, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # a subject after an opening prepositional phrase, and its coordinated verb
        ("During the review the nurse checks your blood pressure and arrange a blood test.", "arrange", "arranges"),
        ("At each visit, the midwife weighs the baby and record the weight.", "record", "records"),
        ("In the morning the pharmacist counts the tablets and label the packs.", "label", "labels"),
        # a subject pronoun's coordinated verb
        ("It lowers cholesterol and protect the heart.", "protect", "protects"),
        ("She reads the notes and call the patient.", "call", "calls"),
        ("They check your feet and gives you advice.", "gives", "give"),
        # an -s verb after a plural that ends the subject or its prepositional phrase
        ("Exercises for the first few weeks focuses on bending the knee.", "focuses", "focus"),
        ("Tablets, creams and sprays helps with pain.", "helps", "help"),
        ("Appointments with the nurse lasts ten minutes.", "lasts", "last"),
        ("Children under five needs two doses.", "needs", "need"),
        ("Blood pressure readings at home gives a better picture.", "gives", "give"),
        # nouns in -s that are always singular
        ("News about flu activity in our county are posted every Monday.", "are", "is"),
        ("Diabetes affect the small blood vessels.", "affect", "affects"),
        ("Measles are spread by coughs and sneezes.", "are", "is"),
        # a clause after ", and the ..." once the first clause has its verb
        ("The protection builds up slowly, and the benefits of staying on it for years builds up too.",
         "builds", "build"),
        ("The clinic opens early, and the nurses who work there is very kind.", "is", "are"),
        ("The cream works quickly, and the results of the trial was clear.", "was", "were"),
        # "so many" / "too many" + a plural
        ("This is why so many people doesn't know they have it.", "doesn't", "don't"),
        ("Too many patients doesn't finish the course.", "doesn't", "don't"),
        ("So many women has told us the same.", "has", "have"),
        # a past form after a question's "did" or modal
        ("Did the nurse gave you a leaflet?", "gave", "give"),
        ("Did your doctor prescribed this?", "prescribed", "prescribe"),
        ("Did the tablets helped?", "helped", "help"),
    ],
)
def test_flags_agreement_in_these_shapes(text, excerpt, suggestion):
    _flags(AGREEMENT, text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "During the visit the nurse checks your feet and you rest.",
        "In the evening the clinic opens late and closes at nine.",
        "At your first visit, the therapist measures how far your knee bends and set goals with you.",
        "It helps you relax and sleep better.",
        "It provides tools to raise money and share your finances.",
        "It lowers cholesterol and protects the heart.",
        "If it relies on this test, the clinic now needs to read the result and pass the form on.",
        "The bacteria cultures grow overnight.",
        "Exercise for the first few weeks focuses on bending the knee.",
        "Each visit to the nurse lasts 20 minutes.",
        "The vaccine for children under two is given as a spray.",
        "Blood tests show how well it works.",
        "Keep lice products away from children.",
        "The good news is that cases are lower.",
        "Measles and mumps are both spread by coughs.",
        "Diabetes drugs are often taken twice a day.",
        "The tablet is small, and the capsules are smaller.",
        "Patients like the clinic, and the staff are friendly.",
        "The top one is the pressure when your heart beats, and the bottom one is the pressure between beats.",
        "Two weeks in a high-risk area is the most common trip we plan for.",
        "Two weeks of morning and evening readings is usually enough.",
        "Anyone who develops a fever after visiting a malaria area should get medical help the same day.",
        "Members reported that the most common reason parents gave for waiting was fear of needles.",
        "Did the nurse give you a leaflet?",
        "Did you put it away?",
        "Does the clinic open on Sundays?",
        "Many people with asthma don't know how to use their inhaler.",
    ],
)
def test_leaves_correct_twins_alone(text):
    _passes(AGREEMENT, text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # an -ing noun after a counting quantifier
        ("If several reading in a row are high, call us.", "reading", "readings"),
        ("Several building on the site are closed.", "building", "buildings"),
        ("Several swelling in the neck need a scan.", "swelling", "swellings"),
        # "there is/was" and "there's" before a counted plural
        ("There is lots of ways to stay active.", "is", "are"),
        ("There was many patients waiting.", "was", "were"),
        ("There's three clinics in the area.", "There's", "There are"),
        ("There is 3 pharmacies nearby.", "is", "are"),
        ("There is a lot of reasons to come.", "is", "are"),
        # "here is" / "here's" before a determined plural
        ("Here is the results of your test.", "is", "are"),
        ("Here's your results.", "Here's", "Here are"),
        ("Here was our findings from the audit.", "was", "were"),
    ],
)
def test_flags_a_noun_number_in_these_shapes(text, excerpt, suggestion):
    _flags(NUMBER, text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "Many reading this will know the feeling.",
        "Many meeting rooms are free.",
        "Those taking warfarin should tell us.",
        "There's lots of information online.",
        "There is a lot of evidence for it.",
        "There is many a slip between cup and lip.",
        "There are three clinics.",
        "There's no need to book.",
        "Here is a list of clinics.",
        "Here is the team's news.",
        "Here is the means to pay.",
    ],
)
def test_leaves_noun_number_twins_alone(text):
    _passes(NUMBER, text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # an -ing or past form after the "to" of a verb or adjective that takes an infinitive
        ("Remember to bringing your inhaler.", "bringing", "bring"),
        ("You may want to considering a flu jab.", "considering", "consider"),
        ("We hope to seeing you soon.", "seeing", "see"),
        ("Remember to took your tablets.", "took", "take"),
        ("The nurse is able to giving the vaccine.", "giving", "give"),
        # a bare or past verb after "has already/never/just"
        ("The nurse has already check your results.", "check", "checked"),
        ("You have never took it before.", "took", "taken"),
        ("She has just start the course.", "start", "started"),
        ("Please tell us if you have ever took it before.", "took", "taken"),
    ],
)
def test_flags_a_verb_form_in_these_shapes(text, excerpt, suggestion):
    _flags(FORM, text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "We are committed to providing good care.",
        "I look forward to seeing you.",
        "They agreed to being filmed.",
        "Sleep is important to healing.",
        "You need to keep taking them.",
        "The offer to members ends soon.",
        "We tried to cut waiting times.",
        "She has often had headaches.",
        "It has only group 1.",
        "You have already had two doses.",
        "Ice helps, and so does keeping the leg raised.",
        "The cream soothes, as does taking a cool bath.",
        "If you have ever taken it, tell us.",
    ],
)
def test_leaves_verb_form_twins_alone(text):
    _passes(FORM, text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # "who" + a plural finite verb after a singular person
        ("The doctor, who have years of experience, will see you.", "have", "has"),
        ("The nurse who are on duty will call you back.", "are", "is"),
        ("A patient who have had a reaction should tell us.", "have", "has"),
        ("The pharmacist who were on duty helped me.", "were", "was"),
    ],
)
def test_flags_agreement_around_relative_clauses(text, excerpt, suggestion):
    _flags(AGREEMENT, text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "The family, who are very kind, visit often.",
        "Our staff, who are trained, will help.",
        "One of the patients who have asthma came.",
        "A couple who have twins asked about the vaccine.",
        "The tests that the doctor gave them show a rise.",
        "These fixes are for the release that are still supported.",
        "Errors in the helper function, which have been corrected, caused the crash.",
    ],
)
def test_leaves_relative_clause_twins_alone(text):
    _passes(AGREEMENT, text)


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun that opens a clause, and a count noun after a number, end no prepositional phrase
        "The doctors at the clinic review each of the reports before it is sent to you.",
        "Your first visit lasts about 45 minutes and includes a skin assessment and photos.",
        "The nurses on the ward check on them every hour and record the results.",
    ],
)
def test_leaves_clauses_after_a_pronoun_or_a_count_alone(text):
    _passes(AGREEMENT, text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # a number word from two up, or "two of our", before a singular count noun
        ("You will need three injection.", "injection", "injections"),
        ("Two dose are needed for full protection.", "dose", "doses"),
        ("There are two clinic in town.", "clinic", "clinics"),
        ("Two of our pharmacist are trained in travel health.", "pharmacist", "pharmacists"),
        ("Three of the nurse are trained in wound care.", "nurse", "nurses"),
    ],
)
def test_flags_a_singular_after_a_number(text, excerpt, suggestion):
    _flags(NUMBER, text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "Take two paracetamol every four hours.",
        "Stage 3 cancer is treated here.",
        "Type two diabetes is common.",
        "A two hour wait is normal.",
        "The two week course starts today.",
        "Children under two need a lower dose.",
        "In our 2025 audit, 2,946 operations were carried out.",
        "Our customers lose weight, and 4 in 5 keep it off.",
        "Adults with a body mass index over 27 aim to lose weight.",
        "The wrap has 120 red and near-infrared lights.",
        "Another two patients asked.",
        "Rehabilitation starts within a day or two of the stroke.",
    ],
)
def test_leaves_numbers_that_label_or_count_correctly_alone(text):
    _passes(NUMBER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Adults who are overweight, who have a large neck, or who snore should ask.",
        "We see hundreds of patients every year who have lived with migraine for decades.",
        "Many people at the time who were ill stayed at home.",
        "People who are unwell, who have a fever, should stay home.",
        "Anyone who is pregnant, who has diabetes or who smokes needs a review.",
    ],
)
def test_leaves_who_after_an_adjective_alone(text):
    _passes(AGREEMENT, text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # two complete noun phrases joined by "and" (or "both ... and") are plural
        ("Your blood pressure and heart rate is checked at every visit.", "is", "are"),
        ("Both the tablet and the cream contains steroids.", "contains", "contain"),
        ("The nurse and the pharmacist works together.", "works", "work"),
        ("Both the clinic and the pharmacy opens at eight.", "opens", "open"),
    ],
)
def test_flags_coordinated_subjects(text, excerpt, suggestion):
    _flags(AGREEMENT, text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "The blood pressure and heart rate monitor is cheap.",
        "Our wart and verruca gel works fast.",
        "The zinc and vitamin C formula helps.",
        "Both the tablet and the cream contain steroids.",
        "The clinic works together with the hospital.",
    ],
)
def test_leaves_shared_heads_and_agreeing_coordination_alone(text):
    _passes(AGREEMENT, text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # a base form after "is/are" before an adverb of frequency: a passive wants the participle
        ("The cream is apply twice a day.", "apply", "applied"),
        ("The tablets are take once a day.", "take", "taken"),
        ("The drops are give weekly by the nurse.", "give", "given"),
    ],
)
def test_flags_a_base_form_in_a_passive_before_an_adverb(text, excerpt, suggestion):
    _flags(FORM, text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "The aim is control of pain.",
        "The best option is exercise regularly.",
        "Our focus is support daily.",
        "The plan is change slowly.",
    ],
)
def test_leaves_a_noun_complement_before_an_adverb_alone(text):
    _passes(FORM, text)


@pytest.mark.parametrize(
    ("rule", "text", "excerpt", "suggestion"),
    [
        # a relative clause without its pronoun after "one of the ..."
        (NUMBER, "Flu is one of the main reason people miss work.", "reason", "reasons"),
        (NUMBER, "It is one of the best clinic we know.", "clinic", "clinics"),
        (NUMBER, "Stress is one of the common problem patients mention.", "problem", "problems"),
        (AGREEMENT, "One of the reasons people miss work are flu.", "are", "is"),
        (AGREEMENT, "The reasons people give is often cost.", "is", "are"),
        (AGREEMENT, "One of the tests doctors use are the HbA1c.", "are", "is"),
    ],
)
def test_flags_around_a_relative_clause_without_its_pronoun(rule, text, excerpt, suggestion):
    _flags(rule, text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "One of the reasons people miss work is flu.",
        "One of the main health problems people face is stress.",
        "It is one of the few places children play safely.",
        "One of the blood tests doctors use is HbA1c.",
    ],
)
def test_leaves_relative_clauses_without_their_pronoun_alone(text):
    _passes(AGREEMENT, text)
    _passes(NUMBER, text)


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # a word the lexicon does not know opening a coordination with a known common noun
        ("Caffeine and alcohol both disrupts deep sleep.", "disrupts", "disrupt"),
        ("Caffeine, exercise and smoking all raises the numbers.", "raises", "raise"),
        ("Caffeine and nicotine keeps you awake.", "keeps", "keep"),
    ],
)
def test_flags_a_coordination_opened_by_an_unknown_word(text, excerpt, suggestion):
    _flags(AGREEMENT, text, excerpt, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "Caffeine and alcohol both disrupt deep sleep.",
        "Marks and Spencer sells it.",
        "Caffeine is a stimulant.",
        "Accutane, the brand name, is no longer sold.",
    ],
)
def test_leaves_names_and_single_unknown_words_alone(text):
    _passes(AGREEMENT, text)
