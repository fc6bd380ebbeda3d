"""The claim model's sentence bank (evaluation/claim_sentences/train.tsv, RESULTS_claims_mclaim32.md): read as
training data by `build_claim_model` (when `TRAIN_ON_BANK`, or `--cv --bank`), well formed, and never a sentence of a
held-out set."""

import json

import pytest

from validators.claims import build_claim_model

CLAIM_CLASSES = {"uncited-benefit", "uncited-timeline", "comparison", "unnamed-evidence", "absolute-promise",
                 "superlative", "uncited-statistic", "cure-howto"}


@pytest.fixture(scope="module")
def bank():
    return build_claim_model.bank_examples()


def test_the_bank_is_read_as_labelled_training_sentences(bank):
    assert sum(e.label for e in bank) >= 500
    assert sum(1 - e.label for e in bank) >= 500
    assert {e.kind for e in bank} == {"marketing", "professional"}
    assert all(e.set_name == build_claim_model.BANK_SET and e.weight == build_claim_model.BANK_WEIGHT for e in bank)
    assert all(e.cls in CLAIM_CLASSES for e in bank if e.label)
    assert not [e for e in bank if not e.label and e.cls in CLAIM_CLASSES]


def test_the_bank_is_no_tuned_set_and_is_trained_on_in_every_fold(bank):
    sets = build_claim_model.tuned_sets()
    assert build_claim_model.BANK_SET not in sets
    examples = build_claim_model.training_examples(["fresh3"], bank=True)
    assert [e for e in examples if e.set_name == build_claim_model.BANK_SET] == bank
    assert [e.set_name for e in build_claim_model.training_examples(["fresh3"], bank=False)] == ["fresh3"] * (
        len(examples) - len(bank))


def test_the_bank_holds_no_sentence_of_a_held_out_set(bank):
    mine = {build_claim_model._norm(e.text).rstrip(".!?") for e in bank}
    leaked = []
    for expected in build_claim_model.EVALUATION.glob("*holdout*/*/expected.json"):
        labels = json.loads(expected.read_text(encoding="utf-8"))
        texts = [c["contains"] for c in labels.get("claim", [])] + list(labels.get("not_claim", []))
        leaked += [t for t in texts if build_claim_model._norm(t).rstrip(".!?") in mine]
    assert not leaked


def test_a_bank_line_with_an_unknown_label_is_refused(tmp_path):
    path = tmp_path / "train.tsv"
    path.write_text("label\tpage_kind\tclass\tsentence\nmaybe\tmarketing\tuncited-benefit\tFeel better.\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match="neither claim nor not_claim"):
        build_claim_model.bank_examples(path)
