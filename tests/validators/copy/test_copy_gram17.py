"""Complement slips of issue 10 (branch copygram17): a base verb after a prepositional "to" ("look forward to
see"), an -s verb after "let/make/help" + object ("Let the pharmacist knows"), two words of one slot ("such as
like"), and "than" missing before a number word ("longer three days"). Unrelated examples and correct twins."""

import pytest
from copy_helpers import flagged

TO_GERUND = "copy.to-gerund"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("We look forward to see you at the clinic.", "see", "seeing"),
        ("Our team is committed to provide safe, kind care.", "provide", "providing"),
        ("It is worth to ask your insurer before the first visit.", "to ask", "asking"),
        ("The charity is dedicated to improve the lives of carers.", "improve", "improving"),
        ("In addition to take the tablets, keep a food diary.", "take", "taking"),
    ],
)
def test_base_verb_after_prepositional_to_is_flagged(text, excerpt, suggestion):
    assert flagged(TO_GERUND, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "We look forward to seeing you at the clinic.",
        "Our team is committed to providing safe care.",
        "The unit is dedicated to research into rare diseases.",  # a noun after the preposition
        "We are committed to care that is close to home.",
        "It is worth asking your insurer first.",
        "Your feedback is worth a lot to us.",
        "We want to see you again in six weeks.",  # "to" of an infinitive
    ],
)
def test_gerund_noun_or_infinitive_passes(text):
    assert flagged(TO_GERUND, text) == []


CAUSATIVE = "copy.causative-verb-form"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Let the pharmacist knows if you feel faint.", "knows", "know"),
        ("Caffeine late in the day can make you feels jittery.", "feels", "feel"),
        ("Please let your dentist knows about any new medicines.", "knows", "know"),
        ("A warm bath helps the muscles relaxes before bed.", "relaxes", "relax"),
    ],
)
def test_s_verb_after_causative_object_is_flagged(text, excerpt, suggestion):
    assert flagged(CAUSATIVE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Let the pharmacist know if you feel faint.",
        "Make sure the dressing stays dry.",  # "sure" is no object
        "Let us know if anything changes.",
        "A routine helps the body absorb iron.",
        "The help the nurse gives is free.",  # "help" as a noun after a determiner
        "It makes the tablets easier to swallow.",
    ],
)
def test_bare_verb_or_no_object_passes(text):
    assert flagged(CAUSATIVE, text) == []


REDUNDANT = "copy.redundant-pair"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Gentle activities such as like swimming can help.", "such as like", "such as"),
        ("Wait for about around 48 hours before you call.", "about around", "about"),
        ("You can have a booster as well as also your flu shot.", "as well as also", "as well as"),
        ("Bring any medicines, such as for example inhalers.", "such as for example", "such as"),
    ],
)
def test_two_words_of_one_slot_are_flagged(text, excerpt, suggestion):
    assert flagged(REDUNDANT, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Gentle activities such as swimming can help.",
        "Try not to worry about around-the-clock feeds.",
        "Things that help, like, for example, a warm bath, are worth trying.",  # commas
        "We talked about around the house safety at the visit.",  # not before a number
        "It takes about 48 hours, as well as a short rest.",
    ],
)
def test_one_word_per_slot_passes(text):
    assert flagged(REDUNDANT, text) == []


MISSING = "copy.missing-word"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Call us if the fever lasts longer three days.", "longer"),
        ("The vaccine is offered to adults older sixty-five.", None),  # a hyphenated number word: one token
        ("Children younger five should see a GP.", "younger"),
        ("If you have more two episodes a week, book a review.", "more"),
    ],
)
def test_comparative_before_number_word_is_flagged(text, excerpt):
    found = [found_excerpt for found_excerpt, _ in flagged(MISSING, text)]
    assert found == ([excerpt] if excerpt else [])


@pytest.mark.parametrize(
    "text",
    [
        "Call us if the fever lasts longer than three days.",
        "The lower 10 mg dose suits most adults.",  # a modifier after a determiner
        "Take two more 5 ml doses if needed.",
        "Book three more sessions after the first.",
        "We offer a longer three-week course.",
    ],
)
def test_comparative_as_modifier_passes(text):
    assert flagged(MISSING, text) == []


NUMBER = "copy.noun-number"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("These drop can be used as often as you need.", "drop", "drops"),
        ("This creams should not be used on the face.", "creams", "cream"),
        ("Those test may need to be repeated in a month.", "test", "tests"),
        ("These patch will stay on for a week.", "patch", "patches"),
    ],
)
def test_verb_like_noun_after_determiner_and_before_modal_is_flagged(text, excerpt, suggestion):
    assert flagged(NUMBER, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "These help you sleep through the night.",  # a pronoun and its verb
        "This helps most people within a week.",
        "Those who can should walk every day.",
        "These drops can be used as often as you need.",
        "This cream should not be used on the face.",
        "These cost less than the branded ones.",
    ],
)
def test_pronoun_and_verb_or_agreeing_noun_passes(text):
    assert flagged(NUMBER, text) == []


PAST = "copy.past-time-tense"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Last year our clinic start lending monitors.", "start"),
        ("Last month our nurses visit every school in the area.", "visit"),
        ("Last year our pharmacy team help 200 people stop smoking.", "help"),
    ],
)
def test_present_after_past_time_still_flagged_past_a_noun_modifier(text, excerpt):
    assert [found for found, _ in flagged(PAST, text)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Last year our healthcare teams offered a test to 9,800 people.",  # "healthcare" modifies "teams"
        "Last year we saw 4,120 people for PrEP.",  # "saw": the past of "see"
        "Last year the screening nurses found 40 new cases.",
        "Last month our outreach staff ran six clinics.",
    ],
)
def test_past_verb_after_compound_subject_or_irregular_past_passes(text):
    assert flagged(PAST, text) == []


CONFUSED = "copy.confused-words"


@pytest.mark.parametrize(
    "text",
    [
        "It is the main reason adults over 40 lose teeth.",  # a subject before the verb
        "Many adults in the UK lose teeth to gum disease.",
        "Children lose teeth from about the age of six.",
        "If you lose teeth, a dentist can talk about implants.",
    ],
)
def test_lose_after_its_subject_passes(text):
    assert flagged(CONFUSED, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Wear lose clothing after the procedure.",
        "A lose tooth in an adult needs a dentist.",
        "Tell us about lose teeth or bleeding gums.",
    ],
)
def test_lose_in_an_adjective_place_still_flagged(text):
    assert [found for found, _ in flagged(CONFUSED, text)] == ["lose"]


IN_CONTEXT = "copy.word-in-context"


@pytest.mark.parametrize(
    "text",
    [
        "Once your home, rest and drink plenty of fluids.",
        "When your ready, press the green button.",
        "Until your well, keep your child off school.",
    ],
)
def test_your_in_a_one_word_clause_is_flagged(text):
    found = flagged(IN_CONTEXT, text) + flagged(CONFUSED, text)
    assert [(excerpt, suggestions) for excerpt, suggestions in found][:1] == [("your", ["you're"])]


@pytest.mark.parametrize(
    "text",
    [
        "Once you're home, you can take paracetamol if your arm is sore.",
        "If you're unsure, ask the pharmacist.",
        "When you're ready, press the green button.",
        "When your baby, or anyone else at home, has a fever, call us.",  # a noun: the verb comes later
        "Once your home is adapted, the therapist will visit.",
    ],
)
def test_youre_clause_and_your_noun_pass(text):
    assert flagged(IN_CONTEXT, text) == []
    assert [e for e, _ in flagged(CONFUSED, text) if e.lower() in ("your", "you're")] == []
