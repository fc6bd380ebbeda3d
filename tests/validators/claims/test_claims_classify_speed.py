"""Gates in the classifier that skip a regex a sentence cannot match: speed-ups only, never a different reading."""

import pytest
from claim_helpers import tuned_sentences

from validators.claims import classify
from validators.claims.classify import Classifier
from validators.claims.lexicon import lexicon_for

SENTENCES = tuned_sentences(8)
EXAMPLES = [
    "Important: take it with food.",
    "If you miss a dose, take it as soon as you remember.",
    "Usually, the rash clears within a week.",
    "Note: Also, when it hurts, rest.",
    "Take it with food",
    "“Side effects:” none, it says.",
]


def _main_clause_without_gate(text: str) -> str:
    clause = text.strip().lstrip("\"'“‘(•-–— ")
    for _ in range(3):
        for pattern in (classify._LABEL, classify._INTRO_CLAUSE, classify._ADVERBIAL):
            match = pattern.match(clause)
            if match:
                clause = clause[match.end() :]
                break
        else:
            break
    return clause


@pytest.mark.parametrize("text", EXAMPLES + SENTENCES)
def test_the_main_clause_is_what_the_patterns_alone_leave(text):
    assert Classifier(lexicon_for())._main_clause(text) == _main_clause_without_gate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Beware of promises like “lose weight while you sleep”.",
        'Sellers call it "the natural cure" – no such thing.',
        "No quotation here.",
        "It said ‘cure’ in single quotes.",
    ],
)
def test_a_text_without_a_double_quote_is_left_as_it_is_and_others_are_masked_as_before(text):
    classifier = Classifier(lexicon_for())
    masked = classifier._mask_example_quotes(text)
    if '"' not in text and "“" not in text:
        assert masked == text
        assert not list(classify._QUOTED.finditer(text))
    else:
        assert len(masked) == len(text)
