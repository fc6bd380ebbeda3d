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
