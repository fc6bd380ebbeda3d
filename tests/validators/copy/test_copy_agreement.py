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
        "Treating infections helps recovery.",
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
        'The path is shown after the "BUILD FAILED" message and is usually short.',
    ],
)
def test_leaves_correct_sentences_alone(text):
    assert flagged(RULE, text) == []
