"""Grammar slips of issue 10 (branch copygram13): fewer/less, pronoun case, a present verb after a past time,
"it's" for the possessive. Each class with unrelated examples and correct twins."""

import pytest
from copy_helpers import flagged

FEWER = "copy.fewer-less"
CASE = "copy.pronoun-case"
PAST = "copy.past-time-tense"
ITS = "copy.its-possessive"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("A daily preventer usually means less attacks.", "less attacks", "fewer attacks"),
        ("Less visits to the surgery are needed.", "Less visits", "Fewer visits"),
        ("Working from home, less people catch colds.", "less people", "fewer people"),
        ("The new pump needs less injections each day.", "less injections", "fewer injections"),
    ],
)
def test_less_before_a_plural_count_noun_is_flagged(text, excerpt, suggestion):
    assert flagged(FEWER, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Eat less sugar and less salt.",
        "The scan takes less than ten minutes.",
        "Less severe attacks are common in children.",  # "less" modifies the adjective
        "The price less fees is forty pounds.",  # "less" as "minus" after a sum
        "More or less years of treatment make little difference.",
        "You will need fewer appointments.",
        "There is less news about the trial this year.",  # an -s singular
    ],
)
def test_less_before_amounts_adjectives_and_than_passes(text):
    assert flagged(FEWER, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Please send the form to my colleague or I by Friday.", "I", "me"),
        ("Between you and I, most crash diets fail.", "I", "me"),
        ("The nurse will explain the results to you and I.", "I", "me"),
        ("My partner and me run the clinic together.", "me", "I"),
        ("Dr. Shah and me started the practice in 2009.", "me", "I"),
        ("Our pharmacists, whom are all independent prescribers, can help.", "whom", "who"),
        ("Ask for the midwife, whom has your notes.", "whom", "who"),
    ],
)
def test_a_pronoun_in_the_wrong_case_is_flagged(text, excerpt, suggestion):
    assert flagged(CASE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "The results were sent to Dr. Patel and me.",
        "My partner and I run the clinic.",
        "Talk to my husband and I will call you back.",  # "I" opens a clause
        "The doctor whom you saw last week will call.",
        "Ask me and I will tell you.",
        "Three nurses, all of whom are trained in asthma care, run the clinic.",
        "Me and my daughter take one every morning.",  # left to testimonials
    ],
)
def test_pronouns_in_the_right_case_pass(text):
    assert flagged(CASE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Yesterday the pharmacy open late for flu jabs.", "open", "opened"),
        ("Two years ago we move to a bigger building.", "move", "moved"),
        ("Last month the new nurse joins our team.", "joins", "joined"),
        ("Last week our doctors are at a conference.", "are", "were"),
        ("Since then, our team grows every year.", "grows", "has grown"),
        ("Since 2019 the service is free for over-65s.", "is", "has been"),
    ],
)
def test_a_present_verb_after_a_past_time_is_flagged(text, excerpt, suggestion):
    assert flagged(PAST, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Last year our clinic started lending monitors.",
        "Since 2015 we have helped over 40,000 customers.",
        "Last year we put in a new lift.",  # the past spelled like the base
        "Last year's figures show a rise.",
        "Since you are here, ask about our flu jab.",  # "since" as "because"
        "Two weeks later you will get a letter.",
        "Last time you visited, we checked your blood pressure.",
    ],
)
def test_past_and_perfect_verbs_and_other_sinces_pass(text):
    assert flagged(PAST, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The knee and it's tendons need time to recover.",
        "The drug and it's side effects are listed on the leaflet.",
        "Beetroot juice is dark, and it's colour can stain teeth.",
        "The virus and it's proteins change every year.",
    ],
)
def test_its_with_an_apostrophe_before_an_owned_noun_is_flagged(text):
    assert flagged(ITS, text) == [("it's", ["its"])]


@pytest.mark.parametrize(
    "text",
    [
        "It's time to book your flu jab.",
        "It's normal to feel tired after the vaccine.",
        "It's part of the body's defence.",
        "It's nurses who run the clinic.",
        "It's days before the rash appears.",
        "If it's hard to read, ask us.",
        "It's flu season again.",
        "It's something parents ask about often.",
    ],
)
def test_its_with_an_apostrophe_as_it_is_passes(text):
    assert flagged(ITS, text) == []


BARE = "copy.bare-unit"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("A nurse will call you back within hour.", "within hour", "within an hour"),
        ("Rinse the mouthguard once week.", "once week", "once a week"),
        ("Most hearing tests take less than hour.", "than hour", "than an hour"),
        ("Take one tablet twice day with food.", "twice day", "twice a day"),
        ("Results are usually back within week.", "within week", "within a week"),
    ],
)
def test_a_counted_unit_of_time_without_an_article_is_flagged(text, excerpt, suggestion):
    assert flagged(BARE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "The cost is £10 per hour.",
        "We see patients by day and by night.",
        "The time of day matters.",
        "In week 2 you start the exercises.",
        "Take it once a week.",
        "From day to day the pain varies.",
        "Blood pressure changes from minute to minute.",
        "Recovery goes week by week.",
        "In year 7 children get the vaccine.",
    ],
)
def test_units_with_an_article_or_written_bare_in_real_english_pass(text):
    assert flagged(BARE, text) == []


VERB_FORM = "copy.verb-form"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The cream is designed to protects the skin.", "protects", "protect"),
        ("The leaflet is meant to reassures you.", "reassures", "reassure"),
        ("Try to keeps a diary of your symptoms.", "keeps", "keep"),
        ("The gel is made to soothes dry skin.", "soothes", "soothe"),
        ("The trial was designed to answers two questions.", "answers", "answer"),
    ],
)
def test_an_s_form_after_an_infinitive_to_is_flagged(text, excerpt, suggestion):
    assert flagged(VERB_FORM, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "The brace is designed to standards set by the FDA.",  # a plural noun after "to"
        "We want to help patients.",
        "It is important to patients that we listen.",
        "We give leaflets to patients their carers can read.",
        "The cream is designed to protect the skin.",
    ],
)
def test_base_forms_and_plural_nouns_after_to_pass(text):
    assert flagged(VERB_FORM, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Everyone on our asthma register is invited to a review.",
        "Anyone with a scalp condition such as eczema should ask first.",
        "Anyone on the waiting list will get a letter.",
        "Everyone in the support group has a mentor.",
    ],
)
def test_a_noun_ending_the_phrase_after_everyone_before_an_auxiliary_is_no_verb(text):
    assert flagged("copy.verb-agreement", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Everyone in the house need a flu jab.", "need", "needs"),
        ("Anyone with asthma have a higher risk.", "have", "has"),
        ("Everyone on the ward need to wash their hands.", "need", "needs"),
    ],
)
def test_a_plural_verb_after_everyone_and_a_phrase_is_still_flagged(text, excerpt, suggestion):
    assert flagged("copy.verb-agreement", text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("If you work shifts, tell dietitian at your first call.", "tell dietitian"),
        ("Ask pharmacist for advice before you buy.", "Ask pharmacist"),
        ("Call nurse on the ward if you feel worse.", "Call nurse"),
    ],
)
def test_a_bare_role_of_care_after_a_person_verb_is_flagged_wherever_the_verb_stands(text, excerpt):
    assert [found for found, _ in flagged("copy.missing-article", text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Ask your pharmacist for advice.",
        "Ask Pharmacist Jones for advice.",
        "Ask pharmacists for advice.",
        "Tell nurse practitioners about any allergies.",
        "Tell the dietitian at your first call.",
    ],
)
def test_roles_with_a_determiner_plural_or_named_pass(text):
    assert flagged("copy.missing-article", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("You should speak your GP or pharmacist before starting.", "speak your", "speak to your"),
        ("Talk your pharmacist about side effects.", "Talk your", "Talk to your"),
        ("Always listen your physiotherapist.", "listen your", "listen to your"),
        ("If you feel worse, reply the nurse by text.", "reply the", "reply to the"),
    ],
)
def test_a_verb_that_reaches_a_person_through_to_without_it_is_flagged(text, excerpt, suggestion):
    assert flagged("copy.missing-preposition", text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Speak to your GP before starting.",
        "Tell your GP before starting.",
        "We speak the same language as the nurse.",
        "Talk the team through your plans.",
        "The doctors speak your language.",
        "The surgeon will explain the surgery to you.",
    ],
)
def test_to_present_person_verbs_and_other_objects_pass(text):
    assert flagged("copy.missing-preposition", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Patients who check their blood pressure at home usually feels more in control.", "feels", "feel"),
        ("Patients who work at night usually sleeps badly.", "sleeps", "sleep"),
        ("Parents who read to children at bedtime usually finds it calming.", "finds", "find"),
    ],
)
def test_a_preposition_s_object_in_a_relative_clause_is_no_verb(text, excerpt, suggestion):
    assert flagged("copy.verb-agreement", text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "People who live at home usually need less help.",
        "Patients who stay in hospital usually recover.",
        "A patient who works at night usually sleeps badly.",
    ],
)
def test_agreeing_verbs_after_a_relative_clause_with_a_prepositional_phrase_pass(text):
    assert flagged("copy.verb-agreement", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Our braces, made from medical-grade steel, is almost invisible.", "is", "are"),
        ("The patches, worn for 24-hour periods, releases nicotine slowly.", "releases", "release"),
        ("Our nurses, trained in child-friendly care, runs the clinic.", "runs", "run"),
    ],
)
def test_a_participle_phrase_between_commas_with_a_hyphenated_word_is_skipped(text, excerpt, suggestion):
    assert flagged("copy.verb-agreement", text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "The patches, worn for 24-hour periods, release nicotine slowly.",
        "Our braces, made from medical-grade steel, are almost invisible.",
        "The gel, made from plant-based oils, soothes dry skin.",
    ],
)
def test_agreeing_verbs_after_a_hyphenated_participle_phrase_pass(text):
    assert flagged("copy.verb-agreement", text) == []
