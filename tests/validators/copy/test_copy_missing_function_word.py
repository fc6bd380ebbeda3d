"""copy.missing-function-word: a small word dropped between two words, found with bigram shares."""

import pytest
from copy_helpers import flagged

RULE = "copy.missing-function-word"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # A dropped verb.
        ("It important to finish the course.", "It important", "It is important"),
        ('Our pharmacist said "It essential to rest" after the procedure.', "It essential", "It is essential"),
        ("Doctors agree that it vital to finish the course.", "it vital", "it is vital"),
        ("There also a helpline for carers.", "There also", "There is also"),
        # A dropped article before a word that almost always takes one (never before a noun).
        ("These spots are the result of same habits over many years.", "of same", "of the same"),
        ("Take both tablets at same time each day.", "at same", "at the same"),
        ("Book your scan on same day as your visit.", "on same", "on the same"),
        # A dropped "to".
        ("If you want use the inhaler at night, ask your nurse.", "want use", "want to use"),
        ("Patients who need be seen urgently are called first.", "need be", "need to be"),
        ("The nurse will explain how use the pen.", "how use", "how to use"),
        ("It is hard know when the rash will clear.", "hard know", "hard to know"),
    ],
)
def test_a_dropped_function_word_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        # The correct twins.
        "It is important to finish the course.",
        'Our pharmacist said "It is essential to rest" after the procedure.',
        "Doctors agree that it is vital to finish the course.",
        "There is also a helpline for carers.",
        "These spots are the result of the same habits over many years.",
        "Take both tablets at the same time each day.",
        "Book your scan on the same day as your visit.",
        "If you want to use the inhaler at night, ask your nurse.",
        "Patients who need to be seen urgently are called first.",
        "The nurse will explain how to use the pen.",
        "It is hard to know when the rash will clear.",
        # Nothing missing: an object with its complement, a verb's object, a clause after a noun,
        # a question, a name, a heading and words across punctuation.
        "Make it important to you.",
        "We find it useful to keep a diary.",
        "Keep a list the pharmacist can check.",
        "The role the liver plays is small.",
        "Let them give the drops twice a day.",
        "Sleep is not simply a period of rest.",
        "Swimming is good exercise in state parks.",
        "Patients say that small changes make a big difference.",
        "Should it not heal within a week, see a GP.",
        "These days most clinics offer it.",
        "Ask about Same Day Access at the front desk.",
        "If you want, use the inhaler at night.",
        "Most people recover without treatment within two weeks.",
        "Take one tablet twice a day with a glass of water.",
    ],
)
def test_nothing_is_missing(text):
    assert flagged(RULE, text) == []


def test_headings_are_left_alone():
    assert flagged(RULE, "<h2>Result of same habits</h2><p>Text.</p>", html=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rules here apply to children under five.",
        "The implementations here do nothing with your data.",
        "The figures above show the weekly dose.",
        "The nurses there give the injections.",
    ],
)
def test_a_noun_with_an_adverb_of_place_is_a_subject_before_its_verb(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("You need find a GP near you.", "need find"),
        ("If you want use the app, register first.", "want use"),
        ("It important that you rest.", "It important"),
    ],
)
def test_dropped_words_next_to_those_still_flagged(text, excerpt):
    assert [found for found, _ in flagged(RULE, text)] == [excerpt]


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # Two words too rare for the bigram dictionary to list their pair by chance, bridged by a function
        # word that binds both strongly ("soon as" and "as possible"; "at least"; "harder to" and "to absorb").
        ("Please call us as soon possible if your child has a rash.", "soon possible", "soon as possible"),
        ("Try to arrive least ten minutes early for your scan.", "arrive least", "arrive at least"),
        ("Fatty meals make it harder absorb the tablets.", "harder absorb", "harder to absorb"),
    ],
)
def test_a_rare_pair_bridged_by_a_set_phrase_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        # The correct twins.
        "Please call us as soon as possible if your child has a rash.",
        "Try to arrive at least ten minutes early for your scan.",
        "Fatty meals make it harder to absorb the tablets.",
        # A rare pair that is a modifier and its noun, and pairs whose bridging word binds one side only
        # ("for more", "as well a", "for the" are weak on the right).
        "Most people can make an easy change to their diet.",
        "A bone graft adds about four months to treatment.",
        "The test shows how well a medicine is working.",
        "An urgent appointment is always available the same day.",
        "Families report waiting more than two weeks for a podiatrist.",
        # A predicate adjective ending a relative clause, before the main verb.
        "Things that make acne more likely include:",
        "You can directly pass the results to your GP.",
        "Keep the returned test results with your notes.",
        "The kit works like measure tapes used in clinics.",
    ],
)
def test_rare_pairs_without_a_set_phrase_pass(text):
    assert flagged(RULE, text) == []
