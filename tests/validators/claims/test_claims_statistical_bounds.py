"""The claim model's threshold test by bounds (validators/claims/statistical.py, `scores_at_least`): the signal and
the veto ask whether a sentence scores at least a threshold, and only the vocabulary classes that can still change
that answer are asked. The answer must be the one the full score gives, on every sentence and threshold."""

from pathlib import Path

import pytest
from claim_helpers import claim_findings, rules_of

from validators.claims import statistical
from validators.claims.lexicon import lexicon_for
from validators.claims.matching import Probe, Vocabulary
from validators.sources import from_html

EVALUATION = Path(__file__).resolve().parents[3] / "evaluation"
SHOP = "<p>Free delivery on every order, and returns within 30 days.</p>"

# Benefits in idioms only the model reads on a page that sells (as in test_claims_statistical.py), and three more.
PROMOTED = [
    "Finally, a back that lets you sleep through the night.",
    "Mornings without stiffness, evenings without aches.",
    "Skin that glows from the inside out with our collagen shots.",
    "Wake up ready to own your day.",
]
# What a shop page also says: never read as a claim.
LEFT_ALONE = [
    "Each bottle contains 60 capsules of vitamin D3.",
    "Take two capsules with breakfast.",
    "The spray costs £12.99 for a 100 ml bottle.",
    "Store the tea in a cool, dry place.",
]


def _evaluation_sentences(every: int = 12) -> list[str]:
    texts = []
    for path in sorted(EVALUATION.glob("*/*/article.html"))[::every]:
        document = from_html(path.read_text(encoding="utf-8"), str(path))
        texts += [document.text[s.start:s.end] for s in document.sentences]
    return texts


def _thresholds() -> list[float]:
    weights = statistical.model()
    return [weights["threshold"], weights["veto"]["threshold"], 0.5, 0.05, 0.99]


def test_the_bounded_test_answers_as_the_full_score_on_every_evaluation_sentence():
    lexicon, weights = lexicon_for(()), statistical.model()
    classes = statistical.class_weights(lexicon, weights)
    sentences = _evaluation_sentences()
    assert len(sentences) > 500
    above = 0
    for text in sentences:
        for heading in (False, True):
            exact = statistical.sentence_score(Probe(text), lexicon, heading, weights)
            for threshold in _thresholds():
                found = statistical.scores_at_least(Probe(text), lexicon, threshold, heading, weights, classes)
                assert found == (exact >= threshold), (text, heading, threshold, exact)
                above += found
    assert above > 100  # both answers are exercised


@pytest.mark.parametrize("sentence", PROMOTED + LEFT_ALONE)
@pytest.mark.parametrize("threshold", [0.0, 1.0, 0.88, 0.6])
def test_the_bounded_test_at_every_threshold_including_the_ends(sentence, threshold):
    lexicon = lexicon_for(())
    exact = statistical.sentence_score(Probe(sentence), lexicon)
    assert statistical.scores_at_least(Probe(sentence), lexicon, threshold) == (exact >= threshold)


def test_a_score_on_the_threshold_itself_counts_as_reaching_it():
    lexicon = lexicon_for(())
    for sentence in PROMOTED + LEFT_ALONE:
        exact = statistical.sentence_score(Probe(sentence), lexicon)
        assert statistical.scores_at_least(Probe(sentence), lexicon, exact)


@pytest.mark.parametrize("sentence", PROMOTED)
def test_a_benefit_only_the_model_reads_is_still_promoted_on_a_page_that_sells(sentence):
    threshold = statistical.model()["threshold"]
    assert statistical.scores_at_least(Probe(sentence), lexicon_for(()), threshold)
    rules = [rule for rule in rules_of(claim_findings(f"<h1>Shop</h1>{SHOP}<p>{sentence}</p>"))
             if rule != "claim.fair-balance"]
    assert rules == ["claim.uncited"]


@pytest.mark.parametrize("sentence", LEFT_ALONE)
def test_what_a_shop_page_also_says_stays_below_the_threshold(sentence):
    threshold = statistical.model()["threshold"]
    assert not statistical.scores_at_least(Probe(sentence), lexicon_for(()), threshold)


def test_most_sentences_are_decided_before_every_class_is_asked(monkeypatch):
    lexicon, weights = lexicon_for(()), statistical.model()
    classes = statistical.class_weights(lexicon, weights)
    asked = []
    original = Vocabulary.any

    def counted(self, probe):
        asked.append(self)
        return original(self, probe)

    sentences = _evaluation_sentences(every=40)
    monkeypatch.setattr(Vocabulary, "any", counted)
    for text in sentences:
        statistical.scores_at_least(Probe(text), lexicon, weights["threshold"], False, weights, classes)
    assert len(asked) < 0.5 * len(classes.entries) * len(sentences)


def test_the_classes_are_asked_largest_weight_first_and_none_without_a_weight():
    weights = statistical.model()
    classes = statistical.class_weights(lexicon_for(()), weights)
    sizes = [abs(weight) for _, _, weight in classes.entries]
    assert sizes == sorted(sizes, reverse=True) and all(sizes)
    assert classes.positive == pytest.approx(sum(w for _, _, w in classes.entries if w > 0))
    assert classes.negative == pytest.approx(sum(w for _, _, w in classes.entries if w < 0))
