"""The evaluation set's labels point at text a reader sees (evaluation/labels.py; the checker is not run)."""

import json

import pytest

from evaluation.labels import case_folders, problems_of, visible_blocks
from evaluation.report import SETS

CASES = [folder for root in SETS["all"] for folder in case_folders(root)]


@pytest.mark.parametrize("folder", CASES, ids=[f"{f.parent.name}/{f.name}" for f in CASES])
def test_labels_match_the_visible_text(folder):
    assert problems_of(folder) == []


def _kinds(root):
    return {json.loads((f / "expected.json").read_text())["kind"] for f in case_folders(root)}


def test_both_sets_hold_every_kind_of_text():
    for root in SETS["tune"] + SETS["holdout"]:
        assert _kinds(root) == {"professional", "marketing", "corpus-style"}, root.name


def test_the_fresh_claim_set_holds_professional_and_marketing_pages():
    [root] = SETS["fresh"]
    assert _kinds(root) == {"professional", "marketing"}


def test_the_fresh2_set_holds_professional_pages_only():
    [root] = SETS["fresh2"]
    assert _kinds(root) == {"professional"}


def _case(tmp_path, html, expected):
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "article.html").write_text(html)
    (folder / "expected.json").write_text(json.dumps({"kind": "marketing", **expected}))
    return folder


def test_a_label_the_reader_cannot_see_is_reported(tmp_path):
    folder = _case(tmp_path, "<p>Our cream clears acne in 3 days.</p><script>var claim = 'cures acne';</script>", {
        "copy": [{"excerpt": "clears", "context": "Our cream cleared acne", "class": "verb-form"}],
        "claim": [{"contains": "cures acne", "class": "absolute-promise"}],
        "not_claim": ["Our cream clears acne"],
        "not_claim_class": ["nonsense-class"],
    })
    problems = "\n".join(problems_of(folder))
    assert "copy excerpt 'clears' is not in its context" in problems
    assert "copy context not in one visible block" in problems
    assert "claim not in one visible block: 'cures acne'" in problems
    assert "not_claim class 'nonsense-class'" in problems


def test_a_sentence_cannot_be_both_a_claim_and_a_non_claim(tmp_path):
    folder = _case(tmp_path, "<p>Take two tablets a day.</p><p>It works in 3 days. Rest well.</p>", {
        "claim": [{"contains": "It works in 3 days", "class": "uncited-timeline"}],
        "not_claim": ["It works in 3 days", "works in 3 days. Rest well"],
        "not_claim_class": ["dosing", "instruction"],
    })
    problems = "\n".join(problems_of(folder))
    assert "labelled both claim and not_claim: 'It works in 3 days'" in problems
    assert "not_claim spans two sentences" in problems


def test_visible_text_includes_the_fields_outside_the_body_and_skips_scripts():
    blocks, hrefs = visible_blocks(
        '<html><head><title>Cure acne fast</title><meta name="description" content="Clear skin in a week">'
        '<script>hidden()</script></head><body><h1>Acne</h1><p>See <a href="/x">a GP</a>.</p>'
        '<img src="a.png" alt="Before and after"></body></html>'
    )
    assert blocks == ["Cure acne fast", "Clear skin in a week", "Acne", "See a GP.", "Before and after"]
    assert hrefs == ["/x"]
