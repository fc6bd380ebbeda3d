"""copy.verb-agreement by the subject's head noun (validators/copy/agreement/subject_reader.py)."""

import pytest
from copy_helpers import flagged

RULE = "copy.verb-agreement"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # a prepositional phrase between the head and its verb
        ("The symptoms of a urinary infection includes a burning feeling.", "includes", "include"),
        ("The side effects of the vaccine usually disappears within a day.", "disappears", "disappear"),
        ("The label on the bottles list the ingredients.", "list", "lists"),
        ("Most children with a mild rash does not need antibiotics.", "does", "do"),
        ("The dose for older children are printed on the box.", "are", "is"),
        # a relative clause between the head and its verb
        ("Women who breastfeed their babies needs extra vitamin D.", "needs", "need"),
        ("Smokers who quit before the age of forty lowers their risk.", "lowers", "lower"),
        ("The tablets that your doctor prescribed contains lactose.", "contains", "contain"),
        ("One of the tests we offer are free for children.", "are", "is"),
        # a phrase set off by commas, "such as", "as well as"
        ("Painkillers, which ease the pain, causes stomach upsets in some people.", "causes", "cause"),
        ("The cough, as well as the fever, usually last a week.", "last", "lasts"),
        ("Foods such as bread and pasta contains starch.", "contains", "contain"),
        # coordinated subjects
        ("Smoking and drinking increases the risk of a stroke.", "increases", "increase"),
        ("The nurse and the doctor was both on duty.", "was", "were"),
        ("Rest and fluids is usually enough.", "is", "are"),
        # a participle phrase in commas, a participle before the noun, a compound head before a comma
        ("A course of antibiotics, usually lasting 7 days, clear most infections.", "clear", "clears"),
        ("People with a weakened immune system, such as those on chemotherapy, needs to avoid it.", "needs", "need"),
        ("The ear drops, along with the tablets, clears the infection.", "clears", "clear"),
        ("Many patients with gout finds that the pain starts at night.", "finds", "find"),
        # one of / each of / every
        ("One of the tablets contain a different dose.", "contain", "contains"),
        ("Each of the clinics offer evening appointments.", "offer", "offers"),
        ("Every patient in the trial were given a diary.", "were", "was"),
        # "the number of Ns": after "the", the quantity noun is the head
        ("The number of adults who use an inhaler well are low.", "are", "is"),
        ("The number of cases usually rise in winter.", "rise", "rises"),
        ("The amount of salt in bread vary from brand to brand.", "vary", "varies"),
        ("The range of treatments on offer are wide.", "are", "is"),
        # a base form before an adverb of manner is the verb, not a compound's last noun
        ("The number of people with hearing loss rise sharply with age.", "rise", "rises"),
        ("The risk of a second stroke rise steeply in the first week.", "rise", "rises"),
        ("The cost of the blood test vary widely.", "vary", "varies"),
        # "both" after a coordinated subject: a verb follows
        ("Tea and coffee both contains caffeine.", "contains", "contain"),
        ("The nurse and the midwife both checks the baby.", "checks", "check"),
        ("Ibuprofen and aspirin both irritates the stomach.", "irritates", "irritate"),
    ],
)
def test_flags_a_verb_that_does_not_agree_with_the_head(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "The symptoms of a urinary infection include a burning feeling.",
        "The label on the bottles lists the ingredients.",
        "Most children with a mild rash do not need antibiotics.",
        "Women who breastfeed their babies need extra vitamin D.",
        "The tablets that your doctor prescribed contain lactose.",
        "One of the tests we offer is free for children.",
        "Painkillers, which ease the pain, cause stomach upsets in some people.",
        "The cough, as well as the fever, usually lasts a week.",
        "Foods such as bread and pasta contain starch.",
        "Smoking and drinking increase the risk of a stroke.",
        "Rest and fluids are usually enough.",
        "One of the tablets contains a different dose.",
        "Each of the clinics offers evening appointments.",
        "Every patient in the trial was given a diary.",
        # no verdict: a collective or invariable head, a name, an imperative, a gerund subject
        "None of the patients were admitted.",
        "A number of patients are waiting.",
        "The hair growth cycle slowly changes with age.",
        "The price rise sharply affected families.",
        "Good skin care usually prevents it.",
        # one shared head after two bare modifiers
        "The zinc and vitamin C formula strengthens natural defences.",
        "Salt and sugar intake rises in winter.",
        "Tea and coffee machine cleaning takes ten minutes.",
        "The number of cases usually rises in winter.",
        "The number of puffs you need depends on the medicine.",
        "The number of people living with heart failure is growing.",
        "A range of treatments are available.",
        "Tea and coffee both contain caffeine.",
        "The nurse and the midwife both check the baby.",
        "Johnson and Johnson makes the tablets.",
        "Taking statins with grapefruit juice is not advised.",
        "The cream treats cuts quickly.",
        "High blood pressure rarely causes symptoms, which is why it is often missed.",
        "Socks without tight elastic tops are best.",
        "A survey of 2,000 parents found that most children sleep less than nine hours.",
        "If the patient were to stop the tablets, the rash would return.",
        "Both the vaccine and the infection give some protection.",
        "Vaccines given in childhood protect against measles.",
        "Salt and pepper is on the table.",
        "The results of the blood tests usually take a few days.",
        "A course of antibiotics, usually lasting 7 days, clears most infections.",
        "The ear drops, along with the tablets, clear the infection.",
        "Many patients with gout find that the pain starts at night.",
        "The wound, given time, heals by itself.",
        "The results of the blood tests which show anaemia are sent to your GP.",
        "Everyone with diabetes should have their feet checked.",
        "Patients treated with steroids should carry a card.",
    ],
)
def test_leaves_agreeing_and_undecidable_sentences_alone(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Oat fibre lowers cholesterol and protect the heart.", "protect", "protects"),
        ("The gel cools the skin and help it heal.", "help", "helps"),
        ("Each nurse checks the dressing and record the date.", "record", "records"),
        ("Most children grow out of eczema and needs no treatment.", "needs", "need"),
    ],
)
def test_flags_a_coordinated_verb_that_does_not_agree(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Oat fibre lowers cholesterol and protects the heart.",
        "The gel cools the skin and helps it heal.",
        "Each patient receives a leaflet and support from a nurse.",
        "The clinic offers leaflets and videos which explain the operation.",
        "The cream soothes the skin, and patients feel better.",
        "Most children grow out of eczema and need no treatment.",
    ],
)
def test_leaves_agreeing_coordinated_verbs_alone(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The side effect that people report most often is muscle aches.",
        "The foods that children eat most often are snacks.",
        "The one symptom that women notice first is tiredness.",
        "The advice that parents need most is about sleep.",
    ],
)
def test_a_bare_plural_after_that_is_the_relative_clause_subject(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The side effect that people report most often are muscle aches.", "are", "is"),
        ("The foods that children eat most often is snacks.", "is", "are"),
        ("The symptom that women notice first are tiredness.", "are", "is"),
        ("The tablets that patients take daily needs to be stored cold.", "needs", "need"),
    ],
)
def test_the_main_verb_after_such_a_relative_clause_is_checked(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Symptoms vary from person to person. The most common are: bloating and wind.",
        "Of the three patches, the least irritating are the silicone ones.",
        "Several tests exist, and the most accurate is a scan.",
    ],
)
def test_a_superlative_without_its_noun_has_no_number(text):
    """ "The most common are": the noun is left out, so the phrase may be singular or plural."""
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The most common symptom are bloating and wind.", "are"),
        ("The least irritating patch are the silicone ones.", "are"),
        ("The most useful step are to drink water.", "are"),
    ],
)
def test_a_superlative_before_its_noun_still_agrees(text, excerpt):
    assert [found for found, _ in flagged(RULE, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Symptoms include an ache that spreads up the forearm.",
        "Pain that moves down the leg is common.",
        "A toddler who wanders off the path may fall.",
    ],
)
def test_a_particle_after_the_relative_clause_verb_is_not_the_main_verb(text):
    """ "an ache that spreads up the arm": "up" belongs to "spreads", it is no verb of the subject."""
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("A cream that dries out the skin are best avoided.", "are"),
        ("Pain that moves down the leg are common.", "are"),
        ("Patients who take antihistamines daily needs to stop.", "needs"),
    ],
)
def test_relative_clauses_with_particles_still_agree(text, excerpt):
    assert [found for found, _ in flagged(RULE, text)] == [excerpt]


# An -ing verb and its bare object after a plural head: a reduced relative clause ("Tablets containing X").
@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Drinks containing caffeine keeps you awake at night.", "keeps", "keep"),
        ("Shampoos containing tea tree oil stings the eyes.", "stings", "sting"),
        ("Sprays containing steroid helps to clear the nose.", "helps", "help"),
    ],
)
def test_a_plural_head_before_an_ing_postmodifier_and_its_object(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Drinks containing caffeine keep you awake at night.",
        "Women taking iron supplements often notice darker stools.",
        "Creams containing urea help dry skin.",
        "Parents wanting advice can call us.",
        "Foods containing gluten are listed below.",
    ],
)
def test_an_ing_postmodifier_with_an_agreeing_verb_passes(text):
    assert flagged(RULE, text) == []
