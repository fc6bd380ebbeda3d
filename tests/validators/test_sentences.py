"""Sentence splitting: abbreviations, initials and citation markers do not end a sentence."""

import pytest

from validators.sentences import split_sentences
from validators.sources import from_html


def sentences(text):
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It itches. It spreads! Does it hurt? Yes.", ["It itches.", "It spreads!", "Does it hurt?", "Yes."]),
        ("Use a cream, e.g. permethrin. Then wait.", ["Use a cream, e.g. permethrin.", "Then wait."]),
        ("Ask Dr. Jones. Or Prof. Lee.", ["Ask Dr. Jones.", "Or Prof. Lee."]),
        ("Caused by C. acnes. Also by S. Aureus.", ["Caused by C. acnes.", "Also by S. Aureus."]),
        ("It works [1]. It is safe [2].", ["It works [1].", "It is safe [2]."]),
        ("It works. [1] It is safe. [2]", ["It works. [1]", "It is safe. [2]"]),
        ("It works. [1, 2] [3-5] Also safe.", ["It works. [1, 2] [3-5]", "Also safe."]),
        ("It works. [1] and more.", ["It works. [1] and more."]),
        ('He said "stop." Then left.', ['He said "stop."', "Then left."]),
        ("It rose (see Fig. 2). Then fell.", ["It rose (see Fig. 2).", "Then fell."]),
        ("Results vary... Some improve.", ["Results vary...", "Some improve."]),
        ("Version 2.5 is out. 3 patients improved.", ["Version 2.5 is out.", "3 patients improved."]),
        ("no capital. after this", ["no capital. after this"]),
        ("   padded.   ", ["padded."]),
        ("", []),
    ],
)
def test_split(text, expected):
    assert sentences(text) == expected


def test_splitting_respects_the_given_range():
    text = "Skip. Take this. And this. Skip too."
    start, end = text.index("Take"), text.index(" Skip too")
    assert [text[a:b] for a, b in split_sentences(text, start, end)] == ["Take this.", "And this."]


def test_sentences_never_cross_blocks():
    document = from_html("<p>One ends without a stop</p><p>Two. Three.</p><ul><li>Item one</li><li>Item two.</li></ul>")
    assert [document.sentence_text(s) for s in document.sentences] == [
        "One ends without a stop", "Two.", "Three.", "Item one", "Item two."
    ]
    assert [s.block for s in document.sentences] == [0, 1, 1, 2, 3]
