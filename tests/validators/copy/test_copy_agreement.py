import pytest
from copy_helpers import flagged

RULE = "copy.verb-agreement"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Keep mucous membranes moisturized and inspects regularly.", "inspects", "inspect"),
        ("Report a problem with a product and keeps a copy of your receipt.", "keeps", "keep"),
        ("Wash the area gently and applies the cream.", "applies", "apply"),
        ("Always check the label and asks your pharmacist.", "asks", "ask"),
        ("Don't scratch the rash and inspects it daily.", "inspects", "inspect"),
        ("Wash, dry and moisturizes your skin.", "moisturizes", "moisturize"),
        ("If the rash spreads, stop the cream and calls your doctor.", "calls", "call"),
        ("Permethrin can only kills the mites.", "kills", "kill"),
        ("This cream should not causes dryness.", "causes", "cause"),
        ("The ointment does not works on fungal rashes.", "works", "work"),
        ("Skin infections gets worse without treatment.", "gets", "get"),
        ("Most infections clears up in a week.", "clears", "clear"),
        ("The rash are itchy at night.", "are", "is"),
        ("Your skin were dry before the treatment.", "were", "was"),
        ("They often needs a second dose.", "needs", "need"),
        ("We recommends a patch test first.", "recommends", "recommend"),
        ("It help reduce itching.", "help", "helps"),
        ("If it cause pain, stop using it.", "cause", "causes"),
        ("The cream help you sleep.", "help", "helps"),
        ("Research have shown a benefit.", "have", "has"),
        ("The evidence suggest that it works.", "suggest", "suggests"),
        ("The symptoms of scabies includes itching.", "includes", "include"),
        ("The side effects of isotretinoin is well known.", "is", "are"),
        ("The results of the trial shows a benefit.", "shows", "show"),
        ("Bacteria causes infections.", "causes", "cause"),
        ("The symptoms is mild.", "is", "are"),
        ("The skin become dry and itchy.", "become", "becomes"),
        ("Everyone in the house need treatment.", "need", "needs"),
        ("The patients was treated at home.", "was", "were"),
        ("They was told to rest.", "was", "were"),
        ("Each of the treatments have side effects.", "have", "has"),
        ("The symptoms usually appears within six weeks.", "appears", "appear"),
        ("The tablets does not work straight away.", "does", "do"),
        ("Take the tablets with food and drinks plenty of water.", "drinks", "drink"),
        ("Some weight-loss products has been found to contain hidden drugs.", "has", "have"),
        ("Preventer inhalers contains a low dose of steroid.", "contains", "contain"),
        ("Many women was put off by the headlines.", "was", "were"),
        ("Resistance happens when bacteria changes in response to antibiotics.", "changes", "change"),
        ("It takes an hour, and most patients returns to work the next day.", "returns", "return"),
        ("The pain of a kidney stone usually start in the side or back.", "start", "starts"),
        ("An attack usually last a few minutes.", "last", "lasts"),
        ("The rash usually clear the next day.", "clear", "clears"),
        ("The risk of side effects often increase with age.", "increase", "increases"),
        ("Antibiotics doesn't work against viruses.", "doesn't", "don't"),
        ("The tablets isn't suitable for children.", "isn't", "aren't"),
        ("Patients who has diabetes need regular eye checks.", "has", "have"),
        ("We treat patients who usually needs help.", "needs", "need"),
        ("Everyone who take this medicine should avoid alcohol.", "take", "takes"),
        ("Gout affects 1 in 40 adults, and men is more likely to get it.", "is", "are"),
        ("It prevents attacks in nine out of ten people who takes it every day.", "takes", "take"),
        ("Our rheumatology nurses runs a clinic every Monday.", "runs", "run"),
        ("Studies suggest that omega-3 supplements reduces the symptoms.", "reduces", "reduce"),
        ("Some trials help, although results has been mixed.", "has", "have"),
        ("The doctor often recommend rest.", "recommend", "recommends"),
    ],
)
def test_flags_disagreeing_verbs(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Keep calm and carry on.",
        "Keep your nails short and avoid scratching.",
        "Report symptoms and changes to your doctor.",
        "Keep in mind that the virus spreads easily and causes sores.",
        "Make sure your child washes their hands and keeps them dry.",
        "Research shows that the cream works.",
        "The rash is itchy.",
        "The rash and the itching are worse at night.",
        "The symptoms of the rash are mild.",
        "The staff are happy to help.",
        "A lot are resolved within a week.",
        "Data shows a clear benefit.",
        "Sports drinks contain a lot of sugar.",
        "The cream treats cuts quickly.",
        "Can scratches become infected?",
        "Treatment for infections gets expensive.",
        "One of the infections gets worse.",
        "What happens to you depends on the dose.",
        "The following are common side effects.",
        "Scabies spreads through close contact.",
        "Rust 1.62.1 addresses a few regressions and also mitigates a bug.",
        "Stay up to date with recommended vaccinations.",
        "Do patients need a second dose?",
        "Do you keep it dry and clean?",
        "Patients who take it and feel dizzy should sit down.",
        "It put pressure on the skin yesterday.",
        "Let it heal and help it dry.",
        "The skin care that we offer is gentle.",
        "This will help the skin heal.",
        "Use the cream twice a day.",
        "The parameters that are listed here are optional.",
        "We have changed the dose.",
        "Research has shown a benefit.",
        "The symptoms of scabies include itching.",
        "One of the symptoms of scabies is itching.",
        "Examples of behavior that contributes to a calm clinic include listening.",
        "The details of what is changing are subtle.",
        "Check for lumps and bumps regularly.",
        "The bacteria are killed by the cream.",
        "Your skin may become dry.",
        "The patients feel better.",
        "None of the patients were ill.",
        "If the patient were to stop, the rash returns.",
        "One of the biggest concerns parents have is about side effects.",
        "Everyone who has symptoms should see a doctor.",
        "Everything you need to know is here.",
        "Anyone taking it must avoid alcohol.",
        'The path is shown after the "BUILD FAILED" message and is usually short.',
        "Walk down any aisle and you'll see yoghurts, drinks and capsules that promise results.",
        "Keep the skin clean and we will check it.",
        "Many patients who take it feel better.",
        "Long-term users often report dry eyes.",
        "The bacteria cultures grow overnight.",
        "People skills matter in a clinic.",
        "Most experts agree that rest helps.",
        "Most patient returns to the clinic are booked online.",
        "The number of cases usually rises in winter.",
        "The news isn't good.",
        "One of the patients who has diabetes came in.",
        "Patients with a partner who has HIV should be tested.",
        "The setting in the configuration files which allows it is new.",
        "Macros have some powers that functions don't have.",
        "Anyone who has symptoms should call. Everyone who can should help. Thank everyone who helped.",
        "Making a type packed makes changes that can break code.",
        "Using pointers as counters is fine.",
        "Backporting changes also comes with risks.",
        "The slices that reference slices of the argument contents are returned.",
        "The rash usually fades within a week, and the patient usually needs rest.",
        "The rest of the patients usually recover.",
        "The pain is usually mild. An attack usually lasts a few minutes, the dose usually fine.",
        "A cold usually clears up, and the first dose usually works.",
        "Ask about the cost of the tablets and usually check twice.",
        "Many sports drinks in shops contain sugar.",
        "Bleeding gums need attention.",
        "Running shoes support your feet.",
        "Using these creams, patients reduce the itch.",
        "Debugging will look a bit different.",
        "Writing the test before you write the code helps.",
        "No dose is missed if codegen units is 1.",
        "Objects as a programmatic concept were introduced in the 1960s.",
        "The main use case for type synonyms is to reduce repetition.",
    ],
)
def test_leaves_correct_sentences_alone(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Ask the pharmacist how to applies the gel.", "applies", "apply"),
        ("It is best to avoids alcohol for a day.", "avoids", "avoid"),
        ("Be sure to informs your dentist about the implant.", "informs", "inform"),
    ],
)
def test_an_s_verb_after_to_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Ask the pharmacist how to apply the gel.",
        "It is best to avoid alcohol for a day.",
        "Be sure to inform your dentist about the implant.",
        "Give the dog to friends and relatives while you are away.",
    ],
)
def test_a_base_verb_or_a_noun_after_to_passes(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Not everyone who snores has sleep apnea.",
        "Anyone who sneezes is asked to wear a mask.",
        "A rash which itches is usually eczema.",
        "Someone who smokes has a higher risk of gum disease.",
    ],
)
def test_an_s_verb_after_who_or_which_is_the_relative_clause_verb(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("People who snore has sleep apnea more often.", "has", "have"),
        ("Children who sneeze is asked to stay home.", "is", "are"),
        ("Snores has many causes.", "has", "have"),
        ("Coughs is common in winter.", "is", "are"),
    ],
)
def test_a_plural_subject_around_a_relative_clause_is_still_checked(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Gum disease, which affect nearly half of adults, needs treatment.", "affect", "affects"),
        ("A patient who smoke heavily heals more slowly.", "smoke", "smokes"),
        ("The cream, which contain a mild steroid, should be used sparingly.", "contain", "contains"),
        ("Any child who attend nursery must be vaccinated.", "attend", "attends"),
    ],
)
def test_a_base_verb_after_who_or_which_on_a_singular_noun_is_flagged(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gum disease, which affects nearly half of adults, needs treatment.",
        "The symptoms of the disease, which include fever and cough, usually pass.",
        "Try rehydration drinks from a pharmacy, which replace the salts.",
        "The nose and throat, which produce mucus, can become sore.",
        "It often occurs in people who get allergies.",
        "The cream, which you apply twice a day, contains a mild steroid.",
        "Painkillers, which ease pain, are sold in pharmacies.",
    ],
)
def test_a_relative_verb_that_may_stand_for_another_noun_passes(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Clean the toilet seat, flush handle and taps every day.", None),
        ("The implant is safe, although the natural teeth still are.", None),
        ("The feelings are frightening, but they pass.", None),
        ("The cravings are strongest in the first week.", None),
        ("We estimate that 1 in 3 babies younger than 1 year who get it need hospital care.", None),
        ("Rinse the spacer, leave it to dry and stores it in a bag.", "stores"),
        ("Wash the cup, the spoon and dries them well.", "dries"),
    ],
)
def test_list_items_adverbs_plurals_and_numbers_are_not_misread(text, excerpt):
    assert [found for found, _ in flagged(RULE, text)] == ([excerpt] if excerpt else [])


@pytest.mark.parametrize(
    "text",
    [
        "Keep lice products away from the eyes.",
        "Put cold packs back in the freezer.",
        "A recent study found that people who used the cream looked younger.",
        "Treat adults, children and anyone with a heart or lung condition.",
    ],
)
def test_an_imperative_s_object_a_past_tense_and_a_noun_ending_the_phrase_are_not_misread(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Head lice spreads quickly.", "spreads"),
        ("A recent study have found that the cream works.", "have"),
        ("Everyone in the house need a flu jab.", "need"),
    ],
)
def test_the_same_constructions_with_a_real_subject_are_still_checked(text, excerpt):
    assert excerpt in [found for found, _ in flagged(RULE, text)]


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The tea taste great too.", "taste", "tastes"),
        ("The soup smell awful after a day.", "smell", "smells"),
        ("This cream smell strong at first.", "smell", "smells"),
    ],
)
def test_a_sensory_linking_verb_before_an_adjective_agrees_with_a_singular_subject(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    ["The tea tastes great too.", "The taste test is free.", "The food smell test is quick."],
)
def test_taste_and_smell_as_nouns_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "If you and your psychiatrist decide that you should stop, the dose is reduced.",
        "When she and her partner travel abroad, they carry the pen.",
        "We and our pharmacist review the list that the clinic sends.",
    ],
)
def test_a_pronoun_and_a_noun_are_one_plural_subject(text):
    """ "you and your GP decide": the "and" joins two subjects; it opens no clause of its own."""
    assert flagged("copy.verb-agreement", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("If it help the rash, keep using it.", "help"),
        ("You rest and the cream help the skin heal.", "help"),
        ("The rash fades, and the skin become dry.", "become"),
    ],
)
def test_a_clause_after_and_still_agrees(text, excerpt):
    assert [found for found, _ in flagged("copy.verb-agreement", text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "You may copy it provided the copyright notice and this notice are kept.",
        "Ask whether the nurse is free: if the clinic and its pharmacy are closed, call 111.",
        "It helps if your partner and your GP are both told about the change.",
        "Take the tablets on time, as your GP and your pharmacist are there to check the dose.",
    ],
)
def test_a_determined_phrase_after_a_noun_and_and_may_end_a_plural_subject(text):
    """ "X and this notice are": the phrase after "and" may be the second half of a coordinated subject."""
    assert flagged("copy.verb-agreement", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The clear and unsurprising solution is to wait.",
        "A safe and effective vaccine is available at the surgery.",
        "A clear and simple leaflet is handed out at the clinic.",
        "The old and worn mattress is a common source of back pain.",
        "A new and effective treatment is now offered.",
        "If the minimal and optimal dose are not known, ask the pharmacist.",
    ],
)
def test_adjectives_joined_by_and_before_one_noun_are_one_singular_subject(text):
    """After "a" one thing; after "the" one thing or two ("the minimal and optimal dose are"): either form."""
    assert flagged("copy.verb-agreement", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The tablets as well as the cream are safe to use together.",
        "The helper programs as well as the documentation are free.",
        "The inhalers as well as the spacer are kept in the cupboard.",
        "The cream along with the tablets is safe in pregnancy.",
    ],
)
def test_the_verb_agrees_with_the_head_before_as_well_as(text):
    assert flagged("copy.verb-agreement", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The nurse and the doctor was kind.", "was", "were"),
        ("The tablets is safe.", "is", "are"),
        ("A new and effective treatment are available.", "are", "is"),
        ("The new and effective treatments is available.", "is", "are"),
        ("The rash fades, and the skin are dry.", "are", "is"),
    ],
)
def test_coordinated_subjects_and_adjectives_still_agree(text, excerpt, suggestion):
    assert flagged("copy.verb-agreement", text) == [(excerpt, [suggestion])]
