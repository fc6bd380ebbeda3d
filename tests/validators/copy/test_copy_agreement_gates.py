"""copy.verb-agreement skips a pass in a sentence without any of its trigger words (`_PASS_WORDS`):
a speed-up that must never hide a finding. Every pass is run ungated over the evaluation articles and
over the agreement tests' example shapes; whatever it yields must stand in a sentence that opens its gate."""

from pathlib import Path

import pytest

from validators.config import Config
from validators.copy import agreement, text
from validators.copy.agreement import VerbAgreement
from validators.copy.subject_head import pronoun_coordinated_verbs
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
        if list(pronoun_coordinated_verbs(sentence.tokens, rule.heads)):
            found += 1
            words = [t.lower for t in sentence.tokens]
            assert not agreement._SUBJECT_PRONOUN_WORDS.isdisjoint(words), words
    assert found
