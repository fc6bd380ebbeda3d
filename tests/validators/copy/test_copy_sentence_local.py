"""`SentenceRule.sentence_local`: a sentence repeated in a document gets the findings its first copy got, moved to it,
exactly as if it had been read again."""

import dataclasses

import pytest

from validators.config import Config
from validators.copy.base import SentenceRule
from validators.registry import all_rules
from validators.sources import from_html

# Unrelated slips for the rules that share their findings, each written twice or more, in paragraphs, list items and a
# heading, between sentences that differ.
PAGE = """<html><body>
<h1>Our pharmacists gives advice</h1>
<p>The results of your test is ready. Most people able to go home the same day. We can help weather you are new.</p>
<p>Ask your pharmacist. The results of your test is ready. You may be ask to come back sooner.</p>
<ul><li>The results of your test is ready.</li><li>Tell pharmacist about other medicines.</li>
<li>Most people able to go home the same day.</li></ul>
<p>Tell pharmacist about other medicines. You may be ask to come back sooner. We can help weather you are new.</p>
<h2>Our pharmacists gives advice</h2>
<p>Our pharmacists gives advice. Most people able to go home the same day. Our pharmacists gives advice.
Tell pharmacist about other medicines.</p>
</body></html>"""

LOCAL_RULES = sorted(rule_id for rule_id, cls in all_rules().items() if getattr(cls, "sentence_local", False))


def _check(rule_id: str, local: bool, monkeypatch) -> list:
    cls = all_rules()[rule_id]
    monkeypatch.setattr(cls, "sentence_local", local)
    document = from_html(PAGE)
    return [dataclasses.astuple(finding) for finding in cls(Config()).check(document)]


def test_the_rules_that_share_findings_are_the_sentence_readers():
    assert {"copy.verb-agreement", "copy.word-in-context", "copy.verb-form", "copy.missing-copula",
            "copy.missing-article"} <= set(LOCAL_RULES)


@pytest.mark.parametrize("rule_id", LOCAL_RULES)
def test_repeated_sentences_get_the_findings_a_fresh_reading_gives(rule_id, monkeypatch):
    shared = _check(rule_id, True, monkeypatch)
    read_again = _check(rule_id, False, monkeypatch)
    assert shared == read_again


def test_each_copy_of_a_slip_is_reported_where_it_stands(monkeypatch):
    findings = [f for f in _check("copy.verb-agreement", True, monkeypatch)]
    starts = [f[4] for f in findings if f[6] == "is"]
    assert len(starts) == 3  # "is" in three copies of "The results of your test is ready."
    document = from_html(PAGE)
    assert all(document.text[start : start + 2] == "is" for start in starts)


def test_a_sentence_is_read_once_per_text_heading_flag_and_kind_of_block(monkeypatch):
    cls = all_rules()["copy.missing-copula"]
    read = []
    original = cls.check_sentence

    def counting(self, document, sentence):
        read.append(document.text[sentence.sentence.start : sentence.sentence.end])
        return original(self, document, sentence)

    monkeypatch.setattr(cls, "check_sentence", counting)
    document = from_html(PAGE)
    list(cls(Config()).check(document))
    # "The results of your test is ready." stands in two paragraphs and a list item: read once in each kind of block
    assert read.count("The results of your test is ready.") == 2
    # the heading and the paragraph sentence with the same words are read apart (a heading is judged as a headline)
    assert read.count("Our pharmacists gives advice") == 1
    assert read.count("Our pharmacists gives advice.") == 1


def test_only_sentence_rules_share():
    assert all(issubclass(all_rules()[rule_id], SentenceRule) for rule_id in LOCAL_RULES)
