import os
import subprocess
import sys
from pathlib import Path

import pytest
from copy_helpers import findings, flagged

from validators.config import Config
from validators.copy.dictionary import MEDICAL_DICTIONARY, DictionarySources, load_dictionary

RULE = "copy.spelling"


@pytest.mark.parametrize(
    ("text", "excerpt", "first_suggestion"),
    [
        ("You will recieve a letter.", "recieve", "receive"),
        ("Keep the towels seperate.", "seperate", "separate"),
        ("It definately helps.", "definately", "definitely"),
        ("The reaction occured twice.", "occured", "occurred"),
        ("Take your medcation with food.", "medcation", "medication"),
        ("Take ibuprofin for pain.", "ibuprofin", "ibuprofen"),
        ("Start isotretinion after the blood test.", "isotretinion", "isotretinoin"),
        ("Eczema needs self-managment.", "self-managment", "self-management"),
        ("Take your medecine with food.", "medecine", "medicine"),
        ("There is no arguement about it.", "arguement", "argument"),
    ],
)
def test_flags_misspellings_with_near_miss_suggestions(text, excerpt, first_suggestion):
    ((found, suggestions),) = flagged(RULE, text)
    assert (found, suggestions[0]) == (excerpt, first_suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "Isotretinoin (Accutane) is taken daily with food.",
        "Permethrin kills scabies mites; scabicides are prescription-only.",
        "It modulates the response to P. acnes and Staphylococcus aureus.",
        "Moisturise often; the colour of the rash fades. Anaemia and oedema are rare.",
        "See cdc.gov for advice on reinfestation.",
        "Telehealth visits and HSV-1 infections, TLR-2 levels and mRNA vaccines.",
        "Immunocompromised patients with xerosis and pruritus need emollients.",
        "Honeydew Care and Dr Smithson offer consultations.",
        "Low-dose, well-tolerated, non-comedogenic products.",
        "A tissue expander, a linter and a formatter; itchiness fades.",
    ],
)
def test_accepts_medical_terms_names_and_british_spelling(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("word", "correction"), [("alot", "a lot"), ("untill", "until"), ("accomodate", "accommodate")]
)
def test_common_misspellings_are_flagged_even_when_frequent_or_two_edits_away(word, correction):
    assert flagged(RULE, f"We can {word} that.") == [(word, [correction])]


def test_contractions_without_apostrophe_even_opening_a_sentence():
    assert flagged(RULE, "Dont take more than two tablets.") == [("Dont", ["Don't"])]
    assert flagged(RULE, "You doesnt need to fast.") == [("doesnt", ["doesn't"])]
    # capitalised words elsewhere stay names; "cant" and "wont" are English words
    assert flagged(RULE, "Ask Dont about it. The wont of the clinic is to call.") == []


def test_words_shaped_like_medical_terms_are_not_flagged():
    # Not in the lists, but built like medical terms: an -itis, an -opathy, a long -ine drug name.
    assert flagged(RULE, "Acute mastoiditis, cardiomyopathy and bilastine tablets.") == []


def test_rare_unknown_words_without_a_near_miss_are_not_flagged():
    # Not in any dictionary, but no common word is one edit away: likely a technical term.
    assert flagged(RULE, "Apply the pimecrolimus cream.") == []


def test_project_dictionary_from_a_vocabulary_dir(tmp_path):
    assert flagged(RULE, "Book a mindfull session.") != []
    (tmp_path / "spelling_project.yaml").write_text("words:\n  - mindfull\n")
    config = Config(vocabulary_dirs=(tmp_path,))
    assert flagged(RULE, "Book a mindfull session.", config=config) == []


def test_extra_word_list_from_a_vocabulary_dir(tmp_path):
    (tmp_path / "spelling_clinic.txt").write_text("# clinic words\nkalm\n")
    assert load_dictionary(DictionarySources(extra_dirs=(tmp_path,))).knows("kalm")


def test_possessive_of_an_irregular_plural_noun_without_its_apostrophe():
    assert flagged(RULE, "Menopause comes when a womans oestrogen levels fall.") == [("womans", ["woman's"])]
    assert flagged(RULE, "Check the childs temperature twice a day.") == [("childs", ["child's"])]
    assert flagged(RULE, "He mans the desk. The women's clinic and the children's ward are open.") == []


def severities(text: str, config: Config | None = None) -> list[tuple[str, str, str]]:
    """(excerpt, severity, first suggestion) of each spelling finding."""
    return [
        (f.excerpt, str(f.severity), f.suggestions[0].replacement if f.suggestions else "")
        for f in findings(RULE, text, config=config)
    ]


@pytest.mark.parametrize(
    ("text", "excerpt", "correction"),
    [
        ("Eat a balanced diet for good healht.", "healht", "health"),  # swapped letters
        ("We ship to every state in Amercia.", "Amercia", "America"),  # a name, swapped letters
        ("Take Tylenoll for a fever.", "Tylenoll", "Tylenol"),  # a brand, a doubled letter
        ("Infections with staphylococus are common.", "staphylococus", "staphylococcus"),  # Latin-looking term
        ("She trained in London and Pariss.", "Pariss", "Paris"),
        ("Read teh leaflet first.", "teh", "the"),
    ],
)
def test_typing_slips_of_common_words_names_and_medical_terms_block(text, excerpt, correction):
    assert severities(text) == [(excerpt, "error", correction)]


@pytest.mark.parametrize(
    "text",
    [
        "Eat a balanced diet for good health.",
        "We ship to every state in America.",
        "Take Tylenol for a fever.",
        "Infections with staphylococcus are common.",
        "She trained in London and Paris.",
        "Read the leaflet first.",
    ],
)
def test_the_correct_twins_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dr Smithson and Dr Okonkwo work at the Mediva clinic.",  # names the dictionaries lack
        "Ask about Zepbound and our Glowzy serum.",  # brands newer than the word lists
        "Customers love the glowy look.",  # a rare word one edit from "glory", but no typing slip
    ],
)
def test_unknown_names_and_rare_words_never_block(text):
    assert [s for _, s, _ in severities(text) if s == "error"] == []


def test_a_name_spelled_two_ways_in_one_document_blocks_the_rarer_one():
    text = "Glowzy serum is vegan. We made Glowzy for dry skin. Order Glowsy today."
    assert severities(text) == [("Glowsy", "error", "Glowzy")]


@pytest.mark.parametrize(
    "text",
    [
        "Eczema (ek-ZEE-muh) is common.",
        "Psoriasis (soh-RY-uh-sis) runs in families.",
        'Gout (pronounced "gowt") affects the big toe.',
    ],
)
def test_pronunciation_guides_are_not_spell_checked(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Products with dimeticone coat the lice.",  # INN for dimethicone
        "Beclometasone nasal spray eases hay fever.",  # INN for beclomethasone
        "Ciclosporin and cefalexin are British names.",  # cyclosporin, cephalexin
    ],
)
def test_international_drug_names_are_spelling_variants_not_typos(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize("dialect", ["en-US", "en-GB"])
def test_both_dialects_accept_each_others_spellings(dialect):
    text = "The colour and color of soya milk; organise and organize; paediatric and pediatric care."
    assert flagged(RULE, text, config=Config(dialect=dialect)) == []


@pytest.mark.parametrize(("dialect", "correction"), [("en-US", "color"), ("en-GB", "colour")])
def test_suggestions_follow_the_site_dialect(dialect, correction):
    ((_, suggestions),) = flagged(RULE, "Check the colur of the rash.", config=Config(dialect=dialect))
    assert suggestions[0] == correction


def test_other_dialect_spellings_are_at_most_a_note_when_asked_for():
    config = Config(dialect="en-GB", rule_options={RULE: {"dialect_notes": True}})
    assert severities("Check the color of the rash.", config) == [("color", "info", "")]
    assert severities("Check the colour of the rash.", config) == []


def test_the_medical_dictionary_is_read_from_the_configured_path(tmp_path):
    text = "Urate crystals form in the joint."
    assert flagged(RULE, text, config=Config(rule_options={RULE: {"medical_dictionary": ""}})) != []
    medical = tmp_path / "en_med.dic"
    medical.write_text("2\nurate/S\nZorbitide/M\n", encoding="utf-8")
    config = Config(rule_options={RULE: {"medical_dictionary": str(medical)}})
    assert flagged(RULE, text, config=config) == []


@pytest.mark.skipif(not MEDICAL_DICTIONARY.exists(), reason="Debian's hunspell-en-med is not installed")
def test_terms_of_the_installed_medical_dictionary_are_known():
    text = "Urate crystals, tophi and hyperuricemia; febuxostat and probenecid; keratinocytes and soya."
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "correction"),
    [
        ("Complete a short online assesment.", "assesment", "assessment"),
        ("Our programme is a committment.", "committment", "commitment"),
        ("It was an embarassment.", "embarassment", "embarrassment"),
    ],
)
def test_a_seeming_derivation_one_doubled_letter_from_a_word_is_a_typo(text, excerpt, correction):
    ((found, suggestions),) = flagged(RULE, text)
    assert (found, suggestions[0]) == (excerpt, correction)


@pytest.mark.parametrize("text", ["Complete a short online assessment.", "A firm commitment.", "No embarrassment."])
def test_the_real_words_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "correction"),
    [
        ("Get an exclusive discont today.", "discont", "discount"),  # not "dis" + "cont"
        ("Try our new formual.", "formual", "formula"),  # swapped letters rank before a dropped one
        ("Visit our clinc downtown.", "clinc", "clinic"),
    ],
)
def test_prefixes_do_not_hide_a_dropped_letter_and_likelier_slips_rank_first(text, excerpt, correction):
    ((found, suggestions),) = flagged(RULE, text)
    assert (found, suggestions[0]) == (excerpt, correction)


@pytest.mark.parametrize("text", ["Get an exclusive discount today.", "Try our new formula.", "Reinfection is rare."])
def test_prefixes_and_real_words_twins(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Zaenglein AL, Pathy AL, et al. Guidelines of care. J Am Acad Dermatol. 2016;74(5):945-973.",
        "Read the paper at doi:10.1016/j.jaad.2015.12.037 for details.",
        "Kwiatkowska Z, Okonjo B. Scabies in care homes. PMID: 26897386.",
    ],
)
def test_bibliographic_references_and_identifiers_are_not_spell_checked(text):
    assert flagged(RULE, text) == []


def test_prose_next_to_a_reference_is_still_checked():
    assert flagged(RULE, "Eat well for good healht. Guidelines of care. J Am Acad Dermatol.") != []


@pytest.mark.parametrize(
    ("text", "excerpt", "correction"),
    [
        ("We are licensed in Canda and ship to all states.", "Canda", "Canada"),
        ("Our clinics in Bostn and Denver are open.", "Bostn", "Boston"),
        ("She studied medicine in Londn.", "Londn", "London"),
    ],
)
def test_a_place_name_with_a_dropped_letter_blocks(text, excerpt, correction):
    assert severities(text) == [(excerpt, "error", correction)]


@pytest.mark.parametrize(
    "text",
    [
        "We are licensed in Canada and ship to all states.",
        "Tinea, Candida and a varus deformity need different care.",  # medical terms near common words
        "Stoma care nurses visit weekly.",
    ],
)
def test_place_names_and_medical_terms_twins(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Colestyramine is used to lower cholesterol.",
        "Take colecalciferol with food.",
        "Ask whether colestipol suits you.",
        "Loratadine (sold as Clarityn) rarely makes you drowsy.",
    ],
)
def test_british_approved_names_of_known_medicines_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Take cholecalciferl with food.", "cholecalciferl"),
        ("Cholestyramne is used to lower cholesterol.", "Cholestyramne"),
        ("Ask whether cefalexn suits you.", "cefalexn"),
    ],
)
def test_typos_in_medicine_names_are_still_flagged(text, excerpt):
    assert [found for found, _ in flagged(RULE, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Cafés and restaurants can be accredited.",
        "A naïve reading of the label misleads.",
        "Ménière's disease causes vertigo, and Sjögren syndrome dries the eyes.",
    ],
)
def test_words_with_accented_letters_are_whole_words(text):
    """An accented Latin letter is part of its word ("Cafés"), not a break that leaves "Caf"."""
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Cafés and resturants can be accredited.", "resturants"),
        ("A naïve reading of the lable misleads.", "lable"),
        ("Ménière's disease can definately cause vertigo.", "definately"),
    ],
)
def test_misspellings_next_to_accented_words_are_still_flagged(text, excerpt):
    assert [found for found, _ in flagged(RULE, text)] == [excerpt]


@pytest.mark.parametrize(
    ("text", "excerpt", "correction"),
    [
        ("Some men feel dizzy when they first take tamsolusin.", "tamsolusin", "tamsulosin"),
        ("Your doctor may suggest sertlarine for low mood.", "sertlarine", "sertraline"),
        ("Take amlodinipe once a day.", "amlodinipe", "amlodipine"),
        ("Parecatamol is safe for most people.", "Parecatamol", "Paracetamol"),
        ("Omeprozale reduces stomach acid.", "Omeprozale", "Omeprazole"),
    ],
)
def test_a_medical_term_with_two_letters_exchanged_across_others_is_misspelled(text, excerpt, correction):
    """One edit does not undo an exchange of two letters that are not neighbours; no real word is such a
    swap of a long medical term."""
    assert flagged(RULE, text) == [(excerpt, [correction])]


@pytest.mark.parametrize(
    "text",
    [
        "Some men feel dizzy when they first take tamsulosin.",
        "Your doctor may suggest sertraline for low mood.",
        "Take amlodipine once a day, and paracetamol for pain.",
        "You may be offered levothyroxine for an underactive thyroid.",
        "Metformin and omeprazole are common prescriptions.",
    ],
)
def test_medical_terms_spelt_right_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The trial was led by Professor Ulrich Drepper at the clinic.",  # after a title and a given name
        "Thanks to Victor Stinner, who reviewed the leaflet.",  # after a known given name
        "The helpline was set up by Bill Jannsen in 2019.",  # a surname one letter from another
        "Ask Dr Venaas about the results.",  # after a title
        "Contact Lasse Collin for the slides.",  # before a known surname
    ],
)
def test_surnames_and_given_names_in_a_personal_name_are_accepted(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "correction"),
    [
        # spelled the other way, more often, in the same page
        ("Dr Stinner leads the team. Dr Stiner also runs the clinic. Dr Stinner trained here.", "Stiner", "Stinner"),
        ("Will Tylenoll help with the fever?", "Tylenoll", "Tylenol"),  # "Will" opens the question
        ("Patients from Amercia and Canada took part.", "Amercia", "America"),  # no name next to it
    ],
)
def test_slips_stay_errors_outside_a_personal_name_or_against_the_page(text, excerpt, correction):
    assert severities(text) == [(excerpt, "error", correction)]


@pytest.mark.parametrize("word", ["qds", "nocte", "nbm", "mmhg", "umol"])
def test_prescribing_abbreviations_are_words(word):
    assert flagged(RULE, f"Take one tablet {word} as your doctor advised.") == []


def test_suggestions_tied_in_rank_come_in_the_same_order_in_every_process():
    """Near misses equal in distance, kind of slip and frequency ("flosser": "flossier", "glosser") were
    ordered as a set happened to iterate, which changes with the process's string hashing."""
    script = (
        "from copy_helpers import flagged\n"
        "print(flagged('copy.spelling', 'Rinse the water flosser after use.'))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=Path(__file__).parent,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(1, 7)
    }
    assert len(outputs) == 1, outputs
    assert "flosser" in outputs.pop()


@pytest.mark.parametrize(
    "text",
    [
        "“My knees no longer ache after a run,” says Ian from Swindon.",
        "Our son Theo loves the strawberry flavour.",
        "Ask for Asa at the front desk when you arrive.",
    ],
)
def test_a_frequent_given_name_the_medical_list_also_knows_is_a_name(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "correction"),
    [
        ("We ship to every state in Amercia.", "Amercia", "America"),
        ("Our clinics in Bostn and Denver are open.", "Bostn", "Boston"),
        ("We are licensed in Canda and ship to all states.", "Canda", "Canada"),
    ],
)
def test_a_slip_in_a_name_near_those_given_names_still_blocks(text, excerpt, correction):
    assert severities(text) == [(excerpt, "error", correction)]
