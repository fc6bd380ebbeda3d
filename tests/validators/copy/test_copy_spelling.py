import pytest
from copy_helpers import flagged

from validators.config import Config
from validators.copy.dictionary import DictionarySources, load_dictionary

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
