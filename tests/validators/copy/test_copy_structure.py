"""Document-level mechanics: repeated paragraphs, typed list numbers, brackets and quotes."""

import pytest
from copy_helpers import findings

PARAGRAPH = "Side effects are usually mild and pass within a few days of starting treatment."


def excerpts(rule: str, text: str, html: bool = True) -> list[str]:
    return [f.excerpt for f in findings(rule, text, html=html)]


@pytest.mark.parametrize(
    "html",
    [
        f"<p>{PARAGRAPH}</p><h2>Risks</h2><p>{PARAGRAPH}</p>",
        "<ul><li>Keep the pen in the fridge between two and eight degrees.</li>"
        "<li>Keep the pen in the fridge between two and eight degrees.</li></ul>",
        "<p>Our nurses answer calls every day of the week, including public holidays.</p>"
        "<p>Book online.</p><p>Our nurses answer calls every day of the week,  including public holidays.</p>",
    ],
)
def test_duplicate_paragraph(html):
    assert len(findings("copy.duplicate-paragraph", html, html=True)) == 1


@pytest.mark.parametrize(
    "html",
    [
        f"<p>{PARAGRAPH}</p><p>Side effects are usually mild and pass within a few weeks of starting treatment.</p>",
        "<p>Book an appointment today.</p><p>Book an appointment today.</p>",  # a short call to action
        f"<h2>{PARAGRAPH}</h2><p>{PARAGRAPH}</p>",  # a heading that a paragraph repeats
    ],
)
def test_duplicate_paragraph_twins(html):
    assert findings("copy.duplicate-paragraph", html, html=True) == []


@pytest.mark.parametrize(
    ("text", "html", "excerpt", "message"),
    [
        ("<p>1. Wash your hands.</p><p>2. Remove the cap.</p><p>4. Inject slowly.</p>", True, "4", "skips 2"),
        ("<p>Step 1: Fill in the form.</p><p>Step 2: A doctor reviews it.</p><p>Step 2: We post it.</p>", True,
         "2", "repeats 2"),
        ("1. Take the tablet.\n2. Drink water.\n5. Sit upright.", False, "Sit", "skips 2"),
    ],
)
def test_list_numbering(text, html, excerpt, message):
    (finding,) = findings("copy.list-numbering", text, html=html)
    assert finding.excerpt == excerpt and message in finding.message


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("<p>1. Wash your hands.</p><p>2. Remove the cap.</p><p>3. Inject slowly.</p>", True),
        ("<p>1. Wash.</p><p>Dry your hands well.</p><p>2. Cap.</p><h2>Next</h2><p>1. Again.</p>", True),
        ("<ol><li>Take the tablet.</li><li>Drink water.</li></ol><p>5 things to know.</p>", True),
    ],
)
def test_list_numbering_twins(text, html):
    assert findings("copy.list-numbering", text, html=html) == []


@pytest.mark.parametrize(
    ("html", "excerpt"),
    [
        ("<p>Take it with food (or a glass of milk.</p>", "("),
        ("<p>Rest the joint for two days).</p>", ")"),
        ("<p>See the [dosage table for children.</p>", "["),
        ("<p>Our “gentle” formula is “fragrance-free.</p>", "“"),
        ('<p>She said "call us first.</p>', '"'),
    ],
)
def test_unbalanced_brackets_and_quotes(html, excerpt):
    assert excerpts("copy.unbalanced-brackets", html) == [excerpt]


@pytest.mark.parametrize(
    "html",
    [
        "<p>Take it with food (or a glass of milk).</p>",
        "<p>Choose a) rest or b) ice (whichever helps) and patient(s) may smile :)</p>",
        "<p>See the [dosage table] and our “gentle” formula; she said \"call us first.\"</p>",
    ],
)
def test_balanced_brackets_and_quotes(html):
    assert excerpts("copy.unbalanced-brackets", html) == []


@pytest.mark.parametrize(
    "html",
    [
        "<h2>Step 1: Book online</h2><p>Pick a time.</p><h2>Step 2: Come in</h2><p>Bring ID.</p>"
        "<h2>Step 4: Get your results</h2><p>We text you.</p>",
        "<h3>1. Before the test</h3><p>Do not eat.</p><h3>2. On the day</h3><h3>2. Afterwards</h3>",
        "<h2>Tip 1: Drink water</h2><h2>Tip 3: Sleep well</h2>",
    ],
)
def test_numbered_headings_form_a_run(html):
    (finding,) = findings("copy.list-numbering", html, html=True)
    assert "expected" in finding.message


@pytest.mark.parametrize(
    "html",
    [
        "<h2>Step 1: Book online</h2><p>1. Pick a time.</p><p>2. Pay.</p><h2>Step 2: Come in</h2><p>1. Sign in.</p>",
        "<h2>Step 1: Book</h2><h2>Why it matters</h2><h2>Step 1: Attend</h2>",  # a new run after a plain heading
        "<h2>Step 1: Book</h2><h2>Step 2: Attend</h2><h2>Step 3: Review</h2>",
    ],
)
def test_numbered_headings_twins(html):
    assert findings("copy.list-numbering", html, html=True) == []


@pytest.mark.parametrize(
    ("html", "excerpt"),
    [
        ("<p>Bring your letter. Bring your letter.</p>", "Bring your letter."),
        ("<p>Call us today to book. Our team is friendly. Call us today to book.</p>", "Call us today to book."),
        ("<ul><li>Rest the joint! Keep it raised. Rest the joint!</li></ul>", "Rest the joint!"),
        ("<p>Is it safe?! Ask us.\n  Is it safe?! We can help.</p>", "Is it safe?!"),  # two marks, a line break
        ("<p>See the leaflet... Read it twice. See the leaflet...</p>", "See the leaflet..."),
        ("<p>Stop if it hurts. 2 tablets is the most. Stop if it hurts.</p>", "Stop if it hurts."),  # a figure opens
    ],
)
def test_repeated_sentence(html, excerpt):
    assert excerpts("copy.repeated-sentence", html) == [excerpt]


@pytest.mark.parametrize(
    "html",
    [
        "<p>Call 999. Call 999 if the lips turn blue.</p>",  # not the same sentence
        "<p>Bring your letter.</p><p>Bring your letter.</p>",  # another paragraph: not this rule's
        "<p>No. Not at all. No.</p>",  # too short to be a paste
        "<p>Take one tablet. Then take one tablet more after four hours.</p>",
        "<p>Use 2.5 ml twice a day. Use 2.5 ml.</p>",  # a decimal point ends no sentence
        "<p>Ask Dr. Patel about it. Ask Dr. Patel.</p>",
        "<p>Rest now.rest now. Rest now, then walk.</p>",  # no space after the first mark: one sentence
    ],
)
def test_repeated_sentence_twins(html):
    assert excerpts("copy.repeated-sentence", html) == []
