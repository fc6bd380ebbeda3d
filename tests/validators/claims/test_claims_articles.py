"""Whole articles of realistic health copy, labelled like the scoring corpus.

A labelled claim is found when a claim finding's sentence (or excerpt) contains it; a
claim finding on a sentence labelled not_claim is a false positive.
"""

import json
from pathlib import Path

import pytest
from claim_helpers import claim_findings

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


@pytest.mark.parametrize("name", sorted(p.stem for p in ARTICLES.glob("*.html")))
def test_article_claims(name):
    labels = json.loads((ARTICLES / f"{name}.json").read_text(encoding="utf-8"))
    findings = claim_findings((ARTICLES / f"{name}.html").read_text(encoding="utf-8"))
    flagged = [_norm(f.sentence) + " " + _norm(f.excerpt) for f in findings]
    missed = [c for c in labels["claim"] if not any(_norm(c) in text for text in flagged)]
    false = [f.sentence for f in findings if any(_norm(n) in _norm(f.sentence) for n in labels["not_claim"])]
    assert missed == []
    assert false == []
