import pytest
from copy_helpers import findings, flagged


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Apply the the cream twice a day.", " the"),
        ("It is is important.", " is"),
        ("Wash your hands hands often.", " hands"),
        ("The rash was was gone by Friday.", " was"),
        ("It is normal.", None),
    ],
)
def test_repeated_word(text, excerpt):
    expected = [] if excerpt is None else [(excerpt, [""])]
    assert flagged("copy.repeated-word", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She had had eczema for years.",
        "It is the rash that that cream treats.",
        "Walla Walla is a town in Washington.",
        "What it is is a reaction to the plaster.",
        "What the rash was was an allergy.",
    ],
)
def test_repeated_word_allowed(text):
    assert flagged("copy.repeated-word", text) == []


def test_repeated_word_removal_is_safe():
    (finding,) = findings("copy.repeated-word", "Apply the the cream.")
    assert finding.suggestions[0].safe


def test_space_before_paren():
    assert flagged("copy.space-before-paren", "Take isotretinoin(Accutane) daily.") == [("(", [" ("])]


@pytest.mark.parametrize(
    "text",
    [
        "Take isotretinoin (Accutane) daily.",
        "Patient(s) should read section 3(a) and clause 2(iv).",
        "Call foo() in the example.",
        "Visit example.com/page(1) for more.",
    ],
)
def test_space_before_paren_negatives(text):
    assert flagged("copy.space-before-paren", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("The vaccine is offered to adults aged more 60 years.", "more", "more than"),
        ("Children weighing less 10 kg need a lower dose.", "less", "less than"),
        ("Some patients are not able take tablets.", "able", "able to"),
        ("Men are more likely develop kidney stones than women.", "likely", "likely to"),
        ("Children are less likely need a second dose.", "likely", "likely to"),
        ("Drink water in order prevent dehydration.", "order", "order to"),
        ("According the CDC, scabies is common.", "According", "according to"),
        ("A lot people have eczema.", "lot", "lot of"),
    ],
)
def test_missing_word(text, excerpt, suggestion):
    assert flagged("copy.missing-word", text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Adults aged more than 60 years.",
        "Take two more 5-minute breaks.",
        "Take one more 10 mg dose.",
        "Some patients are able to take tablets.",
        "Drink water in order to prevent dehydration.",
        "According to the CDC, scabies is common.",
        "A lot of people have eczema.",
        "Patients will likely develop a mild rash.",
        "The most likely cause is a virus.",
        "Men are more likely to develop kidney stones.",
    ],
)
def test_missing_word_negatives(text):
    assert flagged("copy.missing-word", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Call us if you cannot keep fluids down for than 24 hours.", "for", "for more than"),
        ("The cream works in than half of cases.", "in", "in more than"),
        ("Symptoms that last with than two days need a check.", "with", "with more than"),
    ],
)
def test_a_preposition_right_before_than_lost_its_comparative(text, excerpt, suggestion):
    assert flagged("copy.missing-word", text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "It lasts for more than a day.",
        "Rather than wait, call us.",
        "It is better for you than sugar.",
        "Fewer in number than before, the cases still matter.",
    ],
)
def test_than_after_a_comparative_or_an_object_passes(text):
    assert flagged("copy.missing-word", text) == []
