"""The statistical reading of sales copy (validators/claims/statistical.py, issue 9: marketing recall): a logistic
regression trained on our own labelled sentences flags, on a page that sells, benefit claims in idioms no phrase rule
knows; it leaves alone what a shop page also says (prices, instructions, specifications, warnings) and every sentence
of a page that sells nothing. Its build is deterministic."""

import json

import pytest
from claim_helpers import claim_findings, rules_of

from validators.claims import build_claim_model, statistical
from validators.claims.lexicon import lexicon_for
from validators.claims.matching import Probe

SHOP = "<p>Free delivery on every order, and returns within 30 days.</p>"

# Benefits in idioms the phrase rules do not know: a relative clause, a contrast of times of day, a glow.
# ("Finally, joints that let you garden all afternoon." scores 0.902, under the 0.91 of RESULTS_claims_mkt10.md)
IDIOMS = [
    "Finally, a back that lets you sleep through the night.",
    "Mornings without stiffness, evenings without aches.",
    "Skin that glows from the inside out with our collagen shots.",
]

SHOP_TWINS = [
    "Each bottle contains 60 capsules of vitamin D3.",
    "Take two capsules with breakfast.",
    "The spray costs £12.99 for a 100 ml bottle.",
    "Ibuprofen can irritate the stomach lining.",
    "Store the tea in a cool, dry place.",
]


def _claim_rules(html: str) -> list[str]:
    return [rule for rule in rules_of(claim_findings(html)) if rule != "claim.fair-balance"]


@pytest.mark.parametrize("sentence", IDIOMS)
def test_a_sentence_read_as_a_claim_on_a_page_that_sells_is_an_uncited_benefit(sentence):
    assert statistical.sentence_score(Probe(sentence), lexicon_for(())) >= statistical.model()["threshold"]
    assert _claim_rules(f"<h1>Shop</h1>{SHOP}<p>{sentence}</p>") == ["claim.uncited"]


@pytest.mark.parametrize("sentence", SHOP_TWINS)
def test_prices_instructions_specifications_and_warnings_on_a_page_that_sells_are_left_alone(sentence):
    assert _claim_rules(f"<h1>Shop</h1>{SHOP}<p>{sentence}</p>") == []


@pytest.mark.parametrize("sentence", IDIOMS)
def test_the_model_is_not_read_on_a_page_that_sells_nothing(sentence):
    page = ("<h1>Joint pain</h1><p>Joint pain is common after the age of 50.</p>"
            f"<p>See a GP if the pain lasts more than 2 weeks.</p><p>{sentence}</p>")
    assert _claim_rules(page) == []


def test_a_cited_sentence_is_not_read_again():
    html = (f"<h1>Shop</h1>{SHOP}<p>{IDIOMS[2]} [1]</p><h2>References</h2>"
            "<ol><li>Smith J. Collagen and skin. doi:10.1000/xyz123</li></ol>")
    assert _claim_rules(html) == []


def test_the_build_is_deterministic_and_small():
    examples = build_claim_model.collect(["fresh3"])
    first, second = build_claim_model.train(examples), build_claim_model.train(examples)
    assert first == second
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert statistical.MODEL_FILE.stat().st_size < 1_000_000


def test_no_held_out_set_is_trained_on():
    assert not [name for name in build_claim_model.tuned_sets() if "holdout" in name]


def test_the_shipped_model_is_what_the_build_writes_from_every_tuned_set(tmp_path):
    """A labelled set added (or a vocabulary class changed) without rebuilding leaves a stale model: run
    `python -m validators.claims.build_claim_model` (and `--cv` to re-check the threshold)."""
    built = tmp_path / "claims_model.json"
    model = build_claim_model.train(build_claim_model.training_examples(build_claim_model.tuned_sets()))
    model["veto"] = statistical.model()["veto"]  # fitted by the same build (veto_cv.fit); its own test below
    build_claim_model.write(model, built)
    assert built.read_text(encoding="utf-8") == statistical.MODEL_FILE.read_text(encoding="utf-8")


def test_the_veto_threshold_was_fitted_to_the_shipped_weights():
    """The build re-fits the veto on the weights it writes (`veto_cv.fit`); a file whose weights changed without the
    build (by hand, or a merge of two builds) keeps a digest of other weights: rebuild."""
    from validators.claims import veto, veto_cv

    shipped = statistical.model()
    assert shipped["veto"]["weights_digest"] == veto_cv.weights_digest(veto.reading_weights(shipped))
    assert veto.threshold(shipped) in (0.0, *veto_cv.THRESHOLDS)
    assert shipped["veto"]["claims_lost"] <= veto_cv.LOSS_BUDGET * shipped["veto"]["claims"]


def test_the_veto_reads_weights_trained_on_the_pages_alone():
    """Trained on the sentence bank too, the promotion model is not what the veto reads: the build stores the veto's
    own weights, trained on the tuned pages' sentences without the bank (RESULTS_claims_mclaim33.md); a bank or set
    changed without rebuilding leaves them stale."""
    from validators.claims import veto

    shipped = statistical.model()
    if not build_claim_model.TRAIN_ON_BANK:
        assert veto.reading_weights(shipped) is shipped
        return
    pages = build_claim_model.collect(build_claim_model.veto_sets(build_claim_model.tuned_sets()))
    own = build_claim_model.train(build_claim_model.veto_examples(pages))
    assert veto.reading_weights(shipped)["bias"] == own["bias"]
    assert veto.reading_weights(shipped)["weights"] == own["weights"]


def test_promotion_only_sets_train_the_promotion_but_not_the_veto():
    """A set of `PROMOTION_ONLY` is among the promotion's training sets and not among the veto's
    (RESULTS_claims_mclaim43.md); every other tuned set is among both."""
    sets = build_claim_model.tuned_sets()
    assert build_claim_model.PROMOTION_ONLY.issubset(sets)
    assert not build_claim_model.PROMOTION_ONLY & set(build_claim_model.veto_sets(sets))
    assert set(build_claim_model.veto_sets(sets)) | build_claim_model.PROMOTION_ONLY == set(sets)


def test_the_veto_reads_its_own_weights_when_the_build_stored_them():
    from validators.claims import veto

    plain = {"bias": 0.0, "weights": {"a": 1.0}, "veto": {"threshold": 0.1}}
    own = {"bias": -1.0, "weights": {"b": 2.0}, "threshold": 0.1}
    assert veto.reading_weights(plain) is plain
    assert veto.reading_weights({**plain, "veto": own}) is own


def test_tokens_fold_the_whole_text_as_folding_each_token_would():
    """`statistical.tokens` folds digits and apostrophes before splitting: the same tokens as folding each one
    (Unicode digits are not `_TOKEN`'s digits and stay out of the tokens either way)."""
    import random
    import re as regex

    digits = regex.compile(r"\d+")

    def per_token(text):
        return [digits.sub("0", t.replace("’", "'")) for t in statistical._TOKEN.findall(text.lower())]

    alphabet = "aZ19٣²’'%£$€!?: İıſ\u212a-.éß"
    rnd = random.Random(13)
    texts = ["It’s 20% off: 2,500 users’ £30 gels!", "Take ٣ doses²", "In 2024 we’d seen 1.5x gains?"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24))) for _ in range(3000)]
    for text in texts:
        assert statistical.tokens(text) == per_token(text), text
