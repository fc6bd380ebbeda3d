"""Typing mechanics: leftover text, a missing space after punctuation, a currency given twice."""

import pytest
from copy_helpers import findings, flagged


def excerpts(rule: str, text: str, html: bool = False) -> list[str]:
    return [f.excerpt for f in findings(rule, text, html=html)]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Shop at shop.example/serum?utm_source=insta&utm_medium=social now.", "utm_source=insta&utm_medium=social"),
        ("Hi {{first_name}}, your results are ready.", "{{first_name}}"),
        ("Read our pricing guide [INSERT LINK] before you book.", "[INSERT LINK]"),
        ("Lorem ipsum dolor sit amet.", "Lorem ipsum"),
        ("TODO: check the dose with the pharmacist.", "TODO:"),
    ],
)
def test_leftover_text(text, excerpt):
    assert excerpts("copy.leftover-text", text) == [excerpt]


def test_an_entity_shown_as_text_in_html():
    assert excerpts("copy.leftover-text", "<p>Open 7 days a week&amp;nbsp;for advice.</p>", html=True) == ["&nbsp;"]


@pytest.mark.parametrize(
    "text",
    [
        "Read the guide [1] and the summary [2, 3].",
        "Our todo list app reminds you to take tablets.",
        "<p>Salt &amp; pepper, and R&amp;D at our lab.</p>",
    ],
)
def test_leftover_text_twins(text):
    assert excerpts("copy.leftover-text", text, html=text.startswith("<")) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "fixed"),
    [
        ("Speak to a nurse.She can help.", "nurse.She", "nurse. She"),
        ("Call us today!We are open late.", "today!We", "today! We"),
        ("The rash fades,however,it may return.", "fades,however", "fades, however"),
    ],
)
def test_missing_space_after_punctuation(text, excerpt, fixed):
    assert flagged("copy.missing-space", text)[0] == (excerpt, [fixed])


@pytest.mark.parametrize(
    "text",
    [
        "Visit example.com or www.Example.org for the leaflet.",
        "J.K. Rowling and a Ph.D student took 2.5 mg and 1,000 units.",
        "Download report.PDF or email info@clinic.Example.",
    ],
)
def test_missing_space_twins(text):
    assert flagged("copy.missing-space", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The company raised $20 million dollars last year.", " dollars"),
        ("Plans start at £5 pounds a month.", " pounds"),
        ("A €10 EUR booking fee applies.", " EUR"),
    ],
)
def test_redundant_currency(text, excerpt):
    assert flagged("copy.redundant-currency", text) == [(excerpt, [""])]


@pytest.mark.parametrize(
    "text",
    [
        "The company raised $20 million last year.",
        "Plans start at 5 pounds a month.",
        "A $10 voucher saves you dollars on every order.",
    ],
)
def test_redundant_currency_twins(text):
    assert flagged("copy.redundant-currency", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "fixed"),
    [
        ("Call us today , we can help.", " ,", ","),
        ("Is the cream safe for children ? Yes.", " ?", "?"),
        ("Book now.. Spaces are limited.", "..", "."),
        ("Fast,, simple and private care.", ",,", ","),
    ],
)
def test_stray_punctuation(text, excerpt, fixed):
    assert flagged("copy.stray-punctuation", text) == [(excerpt, [fixed])]


@pytest.mark.parametrize(
    "text",
    [
        "Call us today, we can help. Wait... is it safe?",
        "Take 0 .5 mg only if told to; wow!! it works :) really.",
        "<p>Read the <a href='/a'>leaflet</a>, then the <strong>label</strong>.</p>",
    ],
)
def test_stray_punctuation_twins(text):
    assert flagged("copy.stray-punctuation", text, html=text.startswith("<")) == []


# Junk a tool leaves in the copy: mis-encoded characters (UTF-8 read as Windows-1252), script output where a
# value should be, URL-encoded characters and numbered placeholders.
@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Itâ€™s important to rest after the jab.", "â€™"),
        ("Call us on 0800 123 456 â€“ we are open daily.", "â€“"),
        ("Our cafÃ© serves decaf coffee.", "Ã©"),
        ("Consultations cost Â£40.", "Â£"),
        ("Price: [object Object] per month.", "[object Object]"),
        ("Your saving: $NaN this month.", "$NaN"),
        ("Success rate: NaN% of patients.", "NaN"),
        ("Download the flu%20guide leaflet.", "%20"),
        ("See section {0} for the dose.", "{0}"),
    ],
)
def test_tool_junk_is_leftover_text(text, excerpt):
    assert excerpts("copy.leftover-text", text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "It’s important to rest – we are open daily at our café.",
        "Consultations cost £40, and 20% of patients pay nothing.",
        "The lab reports NaN when a sample cannot be measured, and a Nan is a grandmother.",
        "Our object is to see you within 2 weeks.",
        "Prices from 50% off {a set of 3} tablets.",
        "SÃO PAULO clinic hours are on the contact page.",
    ],
)
def test_tool_junk_twins(text):
    assert excerpts("copy.leftover-text", text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "fixed"),
    [
        ("Take 2 tablets ,then rest.", " ,", ", "),
        ("Bring your card ,your letter and a list of medicines.", " ,", ", "),
        ("Rest at home ;drink plenty of fluids.", " ;", "; "),
    ],
)
def test_a_space_before_a_comma_instead_of_after_it(text, excerpt, fixed):
    found = findings("copy.stray-punctuation", text)
    assert [(f.excerpt, [s.replacement for s in f.suggestions]) for f in found] == [(excerpt, [fixed])]


@pytest.mark.parametrize(
    "text",
    ["Take 2 tablets, then rest.", "Values of .5 and .25 are shown.", "Visit example .com later"],
)
def test_a_space_before_a_comma_twins(text):
    assert findings("copy.stray-punctuation", text) == []
