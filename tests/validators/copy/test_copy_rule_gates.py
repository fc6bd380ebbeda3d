"""Speed gates never hide a finding. copy.verb-agreement skips a pass in a sentence without any of its
trigger words (`_PASS_WORDS`), and a copy sentence rule skips a sentence without one of its `trigger_words`.
Each is run ungated over the tuned evaluation articles and example shapes: whatever it yields must stand in
a sentence that opens its gate."""

from pathlib import Path

import pytest

from validators.config import Config
from validators.copy import text
from validators.copy.agreement import VerbAgreement
from validators.copy.agreement import rule as agreement
from validators.copy.agreement.clauses import subject_starts
from validators.copy.agreement.verb_verdicts import pronoun_coordinated_verbs
from validators.copy.base import SentenceRule
from validators.registry import all_rules
from validators.sources import from_html

ROOT = Path(__file__).resolve().parents[3]
ARTICLES = sorted(p for p in (ROOT / "evaluation").glob("*/*/article.html") if "holdout" not in p.parts[-3])
EXTRA = [
    "The nurses who sees you will explain.", "Both the cream and the gel works well.", "These tablet helps.",
    "It lowers cholesterol and protect the heart.", "Patients with asthma was seen first.",
    "You should takes it daily.", "One of the reasons are cost.", "They was late.", "The results are clear.",
    "This tablets work fast.", "That leaflets explain the dose.", "A list of the side effects are inside.",
    "The range of treatments are wide.", "The clinic are open on Sunday.", "My husband were seen quickly.",
    "The cream were easy to apply.", "These is the best option.", "This are our prices.",
    "The pain of a kidney stone usually start at night.", "The rash of a shingles attack often spread fast.",
]


@pytest.fixture(scope="module")
def sentences():
    documents = [from_html(path.read_text(encoding="utf-8"), str(path)) for path in ARTICLES]
    documents.append(from_html("".join(f"<p>{s}</p>" for s in EXTRA), "extra.html"))
    return [sentence for document in documents for sentence in text.sentences(document)]


@pytest.mark.parametrize("name", sorted(agreement._PASS_WORDS))
def test_a_pass_finds_nothing_in_a_sentence_its_gate_skips(sentences, name):
    rule = VerbAgreement(Config())
    needed = agreement._PASS_WORDS[name]
    found = 0
    for sentence in sentences:
        if list(getattr(rule, name)(sentence.tokens)):
            found += 1
            assert not needed.isdisjoint(t.lower for t in sentence.tokens), (name, [t.text for t in sentence.tokens])
    assert found, f"{name} found nothing anywhere: the check proves nothing"


def test_pronoun_coordination_finds_nothing_without_a_subject_pronoun(sentences):
    rule = VerbAgreement(Config())
    found = 0
    for sentence in sentences:
        if list(pronoun_coordinated_verbs(sentence.tokens, subject_starts(sentence.tokens, rule.heads))):
            found += 1
            words = [t.lower for t in sentence.tokens]
            assert not agreement._SUBJECT_PRONOUN_WORDS.isdisjoint(words), words
    assert found



def _trigger_rules():
    """The copy sentence rules that skip sentences without one of their trigger words."""
    rules = (cls for _, cls in all_rules().items() if issubclass(cls, SentenceRule) and cls.id.startswith("copy."))
    return [cls for cls in rules if cls(Config()).trigger_words]


@pytest.fixture(scope="module")
def documents():
    documents = [from_html(path.read_text(encoding="utf-8"), str(path)) for path in ARTICLES]
    documents.append(from_html("".join(f"<p>{s}</p>" for s in EXTRA), "extra.html"))
    return documents


@pytest.mark.parametrize("rule_class", _trigger_rules(), ids=lambda cls: cls.id)
def test_a_sentence_rule_flags_only_sentences_that_hold_a_trigger_word(documents, rule_class):
    """Run with its trigger words switched off, a rule's findings all stand in sentences that hold one."""
    rule = rule_class(Config())
    triggers = rule.trigger_words
    rule.trigger_words = frozenset()
    for document in documents:
        for sentence in text.sentences(document):
            if list(rule.check_sentence(document, sentence)):
                words = [t.lower for t in sentence.tokens]
                assert not triggers.isdisjoint(words), (rule_class.id, words)
