"""copy.verb-form: a verb form the auxiliary or subject pronoun before it never takes."""

import pytest
from copy_helpers import flagged

from validators.copy.context_words import bigram_counts

RULE = "copy.verb-form"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("My rash has been heal for a week now.", "heal", "healing"),
        ("We've wrote to every patient on the list.", "wrote", "written"),
        ("The clinic has been grow every year since it opened.", "grow", "growing"),
        ("I has a question about my repeat prescription.", "has", "have"),
        ("They has asked for a second opinion.", "has", "have"),
        ("The pharmacist will checks the dose with you.", "checks", "check"),
        ("Your nurse did not went through the leaflet.", "went", "go"),
        # Also found by copy.verb-agreement's branch for modals and "does not".
        ("Permethrin can only kills the mites.", "kills", "kill"),
        ("This cream should not causes dryness.", "causes", "cause"),
        ("The ointment does not works on fungal rashes.", "works", "work"),
    ],
)
def test_a_form_real_english_never_puts_after_the_auxiliary_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        # The correct twins.
        "My rash has been healing for a week now.",
        "We've written to every patient on the list.",
        "The clinic has grown every year since it opened.",
        "I have a question about my repeat prescription.",
        "They have asked for a second opinion.",
        "The pharmacist will check the dose with you.",
        "Your nurse did not go through the leaflet.",
        "The sample should be stored in the fridge.",
        # Nouns and adjectives after an auxiliary, and a past after a pronoun.
        "Children often have cramps at night.",
        "There may be delays over the holidays.",
        "There has been work on a new vaccine.",
        "The skin should be clean and dry.",
        "They swore the tea had helped.",
        "We recommend that she see a GP within a week.",
        "Test results may be sent by post.",
        "I have got a sore throat and I have spelt it out.",
        "Can scratches become infected?",
    ],
)
def test_the_fitting_form_nouns_adjectives_and_pasts_pass(text):
    assert flagged(RULE, text) == []


def test_a_lower_case_i_or_an_acronym_is_no_pronoun_or_auxiliary():
    assert flagged(RULE, "Point i needs a second look, and BE support needs work.") == []


def test_the_form_shares_come_from_real_english():
    shares = bigram_counts().form_shares
    base, third_person, past, participle, _ = shares["will"]
    assert base > 0.9 and third_person < 0.01
    assert shares["been"][3] + shares["been"][4] > 0.9  # participles and -ing forms
    assert shares["they"][1] == 0.0


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Most of our patients says the wait was short.", "says", "say"),
        ("These lozenges reduces the pain of a sore throat.", "reduces", "reduce"),
        ("Book early, because the evening appointments fills up fast.", "fills", "fill"),
        ("Cold compresses usually eases the swelling.", "eases", "ease"),
    ],
)
def test_a_plural_subject_with_an_s_verb_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        # The correct twins.
        "Most of our patients say the wait was short.",
        "These lozenges reduce the pain of a sore throat.",
        "Book early, because the evening appointments fill up fast.",
        "Cold compresses usually ease the swelling.",
        # The head of the subject is singular, or the plural noun is an object or part of a compound.
        "The number of patients grows every winter.",
        "Demand for flu vaccines rises in October.",
        "Taking vitamins helps some people.",
        "Our pharmacist also checks prescriptions for interactions.",
        "Sports drinks contain a lot of sugar.",
        "The news travels fast in a small practice.",
        "Test results arrive by text message.",
    ],
)
def test_plural_subjects_with_plural_verbs_and_other_heads_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our team of nurses and pharmacists runs a free clinic every Tuesday.",
        "A panel of doctors and nurses reviews every complaint.",
        "The range of creams and ointments grows every year.",
        "The list of vitamins and minerals changes each year.",
    ],
)
def test_coordinated_nouns_after_a_singular_head_and_of_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Our nurses and pharmacists runs a free clinic every Tuesday.", "runs", "run"),
        ("Many of our nurses and pharmacists runs a free clinic.", "runs", "run"),
        ("The creams and ointments grows every year.", "grows", "grow"),
    ],
)
def test_coordinated_plural_subjects_without_a_singular_head_are_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Sitting on a chair is a good way to improving the bend.", "improving", "improve"),
        ("There is no need to worrying about the test.", "worrying", "worry"),
        ("Patients had the chance to asking questions.", "asking", "ask"),
        ("Your ability to walking will improve.", "walking", "walk"),
    ],
)
def test_an_ing_verb_after_a_noun_whose_to_opens_an_infinitive_is_flagged(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "The best way to recover is to rest.",
        "The key to getting better is rest.",
        "An approach to managing pain is described below.",
        "She is on her way to becoming a nurse.",
        "We look forward to seeing you.",
    ],
)
def test_a_base_form_or_a_preposition_s_to_before_an_ing_word_passes(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The implant is left to healed for about three months.", "healed", "heal"),
        ("You will need to finished the course.", "finished", "finish"),
        ("Ask the nurse how to cleaned the wound.", "cleaned", "clean"),
    ],
)
def test_a_past_participle_after_infinitive_to_is_flagged(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "It is due to reduced blood flow.",
        "Patients have access to trained staff.",
        "This is linked to improved sleep.",
        "What happens to used needles?",
    ],
)
def test_a_participle_before_its_noun_after_prepositional_to_passes(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("It has to be use every day to work properly.", "be use", "be used"),
        ("The cream must be use within a month of opening.", "be use", "be used"),
        ("Tablets should be use with care in older people.", "be use", "be used"),
    ],
)
def test_flags_a_listed_pair_dwarfed_by_another_form_of_the_verb(text, excerpt, suggestion):
    """ "be use" is in the counts, but "be used" follows "be" hundreds of times more often."""
    assert (excerpt, [suggestion, "use"]) in flagged("copy.verb-form", text)


@pytest.mark.parametrize(
    "text",
    [
        "It can be of use to many people.",
        "It has to be used every day.",
        "All we had were two plasters.",
        "What the clinic has is a walk-in service.",
    ],
)
def test_leaves_common_pairs_and_forms_of_be_and_have_alone(text):
    assert flagged("copy.verb-form", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The leaflet was wrote by our pharmacist.", "wrote", "written"),
        ("The results were gave to your GP last week.", "gave", "given"),
        ("Our app is design to help you sleep.", "design", "designed"),
        ("These creams are recommend by dermatologists.", "recommend", "recommended"),
        ("All our products are make in the UK.", "make", "made"),
        ("The sample is usually took in the morning.", "took", "taken"),
    ],
)
def test_flags_a_passive_without_its_participle(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged("copy.verb-form", text)


@pytest.mark.parametrize(
    "text",
    [
        "The leaflet was written by our pharmacist.",
        "The aim is control of the symptoms.",
        "The clinic is open to everyone.",
        "Is need to be considered?",
        "The next step is care at home.",
        "The rash is worse at night.",
        "The results are found in the report.",
    ],
)
def test_leaves_participles_adjectives_and_noun_complements_alone(text):
    assert flagged("copy.verb-form", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestions"),
    [
        ("Visitors will be need to sign in at reception.", "be need", ["be needed", "need"]),
        ("You might be feel tired for a day.", "be feel", ["be felt", "feel"]),
        ("Children should be wear a helmet on a bike.", "be wear", ["be worn", "wear"]),
        ("The sample should be store in the fridge.", "be store", ["be stored", "store"]),
    ],
)
def test_a_base_form_after_a_modals_be_covers_the_stray_be(text, excerpt, suggestions):
    """ "will be need": a stray "be" or a wrong form; the finding spans both words."""
    assert flagged(RULE, text) == [(excerpt, suggestions)]


@pytest.mark.parametrize(
    "text",
    [
        "Visitors will need to sign in at reception.",
        "You will be needed at reception.",
        "You might feel tired for a day.",
        "Patients need to be seen within a week.",
    ],
)
def test_a_modal_with_be_and_a_participle_passes(text):
    assert flagged(RULE, text) == []
