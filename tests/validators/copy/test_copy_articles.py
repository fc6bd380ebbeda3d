import pytest
from copy_helpers import flagged

RULE = "copy.article-a-an"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Ask for a HIV test.", "a", "an"),
        ("It carries a FDA warning.", "a", "an"),
        ("You may need a MRI scan.", "a", "an"),
        ("Wait a hour after eating.", "a", "an"),
        ("It is an one-time dose.", "an", "a"),
        ("This is an unique case.", "an", "a"),
        ("It can cause a infection.", "a", "an"),
        ("A infection can follow.", "A", "An"),
        ("Take an tablet daily.", "an", "a"),
        ("It needs a 8-week course.", "a", "an"),
        ("She had an UTI last year.", "an", "a"),
        ("It needs an X-ray.", None, None),
        ("Ask for an NSAID or a NSAID.", "a", "an"),
    ],
)
def test_flags_wrong_article(text, excerpt, suggestion):
    expected = [] if excerpt is None else [(excerpt, [suggestion])]
    assert flagged(RULE, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ask for an HIV test.",
        "It carries an FDA warning.",
        "Wait an hour after eating.",
        "It is a one-time dose.",
        "This is a unique case.",
        "A urinary infection needs a urine test.",
        "It is an unusual reaction and an uninsured patient.",
        "It needs a CT scan and a UV lamp.",
        "A NICE guideline and a NASA study.",
        "An 18-year-old and an 80% reduction.",
        "A European study and a eulogy.",
        "Vitamin A is important and hepatitis A is different.",
        "A historic study and an historic study.",
        "A NEW FEATURE IS HERE.",
        "It is a hospital, and an honest answer.",
    ],
)
def test_leaves_correct_articles_alone(text):
    assert flagged(RULE, text) == []
