"""Token-set similarity of claim sentences (plain Python, no database)."""

import pytest

from claimlibrary.similarity import THRESHOLD, claim_tokens, compare, rank


def score(a, b):
    comparison = compare(claim_tokens(a), claim_tokens(b))
    return comparison.score if comparison else 0.0


def test_word_order_case_quotes_and_markers_do_not_matter():
    assert score("Walking lowers “blood pressure” [2].", "blood pressure, walking LOWERS") == 1.0


@pytest.mark.parametrize(("sentence", "candidate"), [
    ("Zinc heals wounds.", "Zinc never heals wounds."),  # a negation: near, so only ever suggested
    ("Walking lowers blood pressure in 60% of adults.", "Walking lowers blood pressure in 40% of adults."),
    ("Walking lowers blood pressure.", "Regular walking lowers blood pressure."),
])
def test_near_matches_score_high_but_below_one(sentence, candidate):
    assert THRESHOLD <= score(sentence, candidate) < 1.0


@pytest.mark.parametrize(("sentence", "candidate"), [
    ("Vitamin C prevents colds.", "Sunscreen prevents skin cancer."),
    ("Walking lowers blood pressure.", "Walking lowers blood pressure and cholesterol in adults over sixty."),
])
def test_different_claims_fall_below_the_threshold(sentence, candidate):
    assert score(sentence, candidate) < THRESHOLD
    assert compare(claim_tokens(sentence), claim_tokens(candidate), THRESHOLD) is None


def test_the_comparison_names_the_differing_words():
    comparison = compare(claim_tokens("Zinc heals 95.5% of wounds"), claim_tokens("Zinc never heals 59.5% of wounds"))
    assert comparison.added == ("59.5", "never") and comparison.missing == ("95.5",)


def test_empty_text_matches_nothing():
    assert compare(claim_tokens(""), claim_tokens("Zinc heals wounds")) is None
    assert compare(claim_tokens(" [1]. "), claim_tokens("")) is None


def test_rank_keeps_the_best_within_the_limit():
    candidates = [(1, "Zinc heals wounds"), (2, "Zinc heals most wounds"), (3, "Sunscreen prevents cancer"),
                  (4, "Zinc heals all wounds")]
    ranked = rank("Zinc heals wounds.", candidates, limit=5)
    # "all" differs from the other words less than "most" does, so it ranks above it.
    assert [(key, comparison.score) for key, comparison in ranked] == [(1, 1.0), (4, 0.895), (2, 0.872)]
    assert [key for key, _ in rank("Zinc heals wounds.", candidates, limit=2)] == [1, 4]
