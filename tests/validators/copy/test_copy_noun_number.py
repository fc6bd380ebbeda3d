import pytest
from copy_helpers import flagged

RULE = "copy.noun-number"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("This medicines should be taken with food.", "medicines", "medicine"),
        ("Each patients gets a written plan.", "patients", "patient"),
        ("These medicine can cause drowsiness.", "medicine", "medicines"),
        ("One of the most common cause of headaches is dehydration.", "cause", "causes"),
        ("One of our nurse will call you back.", "nurse", "nurses"),
        ("There is many options for treating acne.", "is", "are"),
        ("There was several cases of measles.", "was", "were"),
        ("There are a small risk of infection after the procedure.", "are", "is"),
        ("The infection is caused by a bacteria.", "bacteria", "bacterium"),
        ("Many patient notice an improvement within weeks.", "patient", "patients"),
        ("Several woman need to stop the treatment.", "woman", "women"),
        ("Many hospital offer the test.", "hospital", "hospitals"),
    ],
)
def test_flags_a_noun_whose_number_contradicts_its_determiner(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "This helps the skin heal. This means you should rest.",
        "This series of tests is short. Every 4 hours take a dose.",
        "Many patient groups exist, and these medicine bottles are child-proof.",
        "These help prevent dehydration. Many experience side effects.",
        "There are a number of options, a few risks and a lot of myths.",
        "There are a handful of options. There were a range of results.",
        "One of the side effects is nausea. One of the staff will call.",
        "Both arms were swollen, and both the patient and the nurse agree.",
        "This week's clinic is closed. Many thanks for your help.",
        "These pain relievers help. Many other combinators exist.",
        "Feed this bindings.h file to the tool; these key/value pairs are read.",
        "There are an estimated 2 million cases.",
        "These dummy lets can be removed.",
        "They are a people of the hills. A series of tests is a means to an end.",
        "A patients' guide and a symptoms checker are online.",
        "Many fish contain mercury, and many deer carry the ticks.",
        "Those present find that it helps. Many elderly use the internet.",
        "Many help make the case. Many day care centres offer the service.",
        "Many patient groups offer the support. Many blind use a cane.",
        "A few people notice a change. Many patients notice an improvement.",
    ],
)
def test_leaves_agreeing_and_compound_phrases_alone(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("There is no side effects.", "is", "are"),
        ("Is there any side effects?", "Is", "Are"),
        ("There was no problems with the delivery.", "was", "were"),
    ],
)
def test_flags_there_is_no_or_any_with_a_plural(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged("copy.noun-number", text)


@pytest.mark.parametrize(
    "text",
    ["There is no cure.", "Is there any risk?", "There is no news yet.", "There are no side effects."],
)
def test_leaves_there_is_no_or_any_with_a_singular_alone(text):
    assert flagged("copy.noun-number", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("In our experience a lot of patient stop their tablets too early.", "patient", "patients"),
        ("Lots of parent find the first week the hardest.", "parent", "parents"),
        ("A number of smoker notice the cough gets worse at first.", "smoker", "smokers"),
        ("The majority of woman need no further treatment.", "woman", "women"),
    ],
)
def test_a_singular_subject_after_a_quantity_of_a_plural_is_flagged(text, excerpt, suggestion):
    assert flagged("copy.noun-number", text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "In our experience a lot of patients stop their tablets too early.",
        "A lot of water helps the tablet go down.",  # a mass noun
        "Lots of sleep keeps your immune system strong.",
        "A number of patient groups run their own meetings.",  # a compound: the head comes later
        "The lot of the carer is not an easy one.",  # "lot" as a noun, not a quantity
    ],
)
def test_quantities_with_a_plural_or_mass_noun_pass(text):
    assert flagged("copy.noun-number", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The redness fades after a few day.", "day", "days"),
        ("Keep the dressing on for a few hour after the injection.", "hour", "hours"),
        ("Sip a few small glass of water through the day.", "glass", "glasses"),
    ],
)
def test_a_singular_after_a_few_is_flagged(text, excerpt, suggestion):
    assert flagged("copy.noun-number", text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "The redness fades after a few days.",
        "A few patient groups meet monthly.",  # a compound: the head comes later
        "Only a few of them need treatment.",
        "A few minutes' rest helps.",
    ],
)
def test_a_few_with_its_plural_passes(text):
    assert flagged("copy.noun-number", text) == []
