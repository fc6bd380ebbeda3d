"""Fit the veto's threshold to the claim model (`veto.threshold`); `build_claim_model` calls `fit` on every build
and stores the result with the weights (claims_model.json, key "veto"), so adding training data re-fits the veto:

    python -m validators.claims.veto_cv     # leave-one-set-out figures per threshold, writes nothing

The veto reads the claim model (`build_claim_model`: every labelled claim and non-claim sentence of the tuned sets,
logistic regression from zero weights, fixed rounds, weights rounded), trained on the pages' sentences alone: when
the promotion model also reads the sentence bank, the build trains the veto's own weights without it
(`veto.reading_weights`), and the folds here never see the bank either.

The cross-validation is of findings, not of sentences: for each tuned set left out, a model trained on the others
scores every sentence of that set that a citation rule the veto may drop (`support_rules.VETOED_RULES`) reports
on an information page under either profile (`veto.vetoable`), and the table shows, per threshold, the
findings removed on sentences labelled as no claim (wrong findings removed) and on sentences labelled as claims
(claims lost), per page kind. The chosen threshold (`choose_threshold`) is the highest grid step that loses at most
`LOSS_BUDGET` of the labelled claims the veto may read (every page kind together).
"""

import argparse
import hashlib
import json
import sys
from collections import Counter

from validators.claims import build_claim_model, statistical, veto

THRESHOLDS = (0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)
# the share of the vetoable labelled claims the chosen threshold may lose in leave-one-set-out
# (RESULTS_claims_veto24.md: 2 %; with ~45 such claims, none)
LOSS_BUDGET = 0.02


def findings_of(set_name: str) -> list[tuple[str, str, int | None, str, float]]:
    """(kind, text, label, class, placeholder score) of every vetoable finding of `set_name` under either profile,
    read with the veto off."""
    from validators.claims import support_rules
    from validators.claims.analysis import analyse_document
    from validators.claims.lexicon import lexicon_for
    from validators.config import Config
    from validators.sources import from_html

    lexicon = lexicon_for(())
    rules = [cls(Config().replace(claim_profile=profile)) for profile in ("promotional", "editorial")
             for cls in (support_rules.UnnamedEvidence, support_rules.UncitedStatistic,
                         support_rules.UncitedTimeline)]
    found = []
    for case in build_claim_model.case_dirs(set_name):
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        document = from_html((case / "article.html").read_text(encoding="utf-8"), str(case / "article.html"))
        for claim in analyse_document(document, lexicon).claims:
            claim.classification.vetoed = False  # read as the rules would without the veto (it runs last)
            if claim.support.cited or not veto.vetoable(claim.classification):
                continue
            if not any(rule._owns(claim, lexicon.profiles) is not None for rule in rules):
                continue
            label = _label(expected, build_claim_model._norm(claim.text))
            found.append((expected.get("kind", ""), claim.text, statistical.in_heading(document, claim.sentence),
                          label))
    return found


def _label(expected: dict, key: str) -> tuple[int, str] | None:
    """As the scorer judges a finding: a claim label it matches, else a non-claim label (any class, "cited" too)."""
    for item in expected.get("claim", []):
        if build_claim_model._norm(item["contains"]) in key:
            return 1, item.get("class", "")
    classes = expected.get("not_claim_class") or [""] * len(expected.get("not_claim", []))
    for text, cls in zip(expected.get("not_claim", []), classes, strict=False):
        if build_claim_model._norm(text) in key:
            return 0, cls
    return None


def scored_findings(sets: list[str], examples: list | None = None) -> list[tuple[str, tuple[int, str] | None, float]]:
    """(kind, label, score) of every vetoable finding of every set in `sets`, scored by a model trained on the other
    sets (leave-one-set-out); `examples`: the training sentences of `sets` if already collected (read without
    stems: `build_claim_model.veto_examples`)."""
    from validators.claims.lexicon import lexicon_for
    from validators.claims.matching import Probe

    lexicon = lexicon_for(())
    examples = examples if examples is not None else build_claim_model.veto_examples(build_claim_model.collect(sets))
    scored = []
    for held in sets:
        model = build_claim_model.train([e for e in examples if e.set_name != held])
        for kind, text, heading, label in findings_of(held):
            scored.append((kind, label, statistical.sentence_score(Probe(text), lexicon, heading, model)))
    return scored


def choose_threshold(scored: list[tuple[str, tuple[int, str] | None, float]]) -> float:
    """The highest step of `THRESHOLDS` at which the findings on labelled claims scored below it are at most
    `LOSS_BUDGET` of all findings on labelled claims; 0.0 (the veto reads nothing) when even the lowest loses more."""
    claims = [score for _, label, score in scored if label and label[0] == 1]
    allowed = LOSS_BUDGET * len(claims)
    chosen = 0.0
    for step in sorted(THRESHOLDS):
        if sum(1 for score in claims if score < step) > allowed:
            break
        chosen = step
    return chosen


def weights_digest(model: dict) -> str:
    """A short digest of the model's bias and weights: the veto's fit records the model it was fitted to."""
    text = json.dumps({"bias": model["bias"], "weights": model["weights"]}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def fit(sets: list[str], examples: list, model: dict) -> dict:
    """The veto's part of the model file: the chosen threshold, what leave-one-set-out found at it, and the digest
    of the weights it was fitted with (`model`: the weights trained on `examples`, the page sentences of every set of
    `sets`)."""
    scored = scored_findings(sets, examples)
    chosen = choose_threshold(scored)
    labelled = [(label[0], score) for _, label, score in scored if label]
    return {"threshold": chosen, "weights_digest": weights_digest(model),
            "claims": sum(1 for y, _ in labelled if y), "claims_lost": sum(1 for y, s in labelled if y and s < chosen),
            "non_claims": sum(1 for y, _ in labelled if not y),
            "non_claims_removed": sum(1 for y, s in labelled if not y and s < chosen)}


def cross_validate(sets: list[str]) -> None:
    scored = scored_findings(sets)
    for kind in ("professional", "marketing", "corpus-style"):
        rows = [r for r in scored if r[0] == kind]
        claims = sum(1 for r in rows if r[1] and r[1][0] == 1)
        wrong = sum(1 for r in rows if r[1] and r[1][0] == 0)
        print(f"\n{kind}: {len(rows)} vetoable findings, {claims} on labelled claims, {wrong} on labelled non-claims")
        print("threshold  wrong-removed  claims-lost  removed by class / lost by class")
        for t in THRESHOLDS:
            removed = [r[1][1] for r in rows if r[1] and r[1][0] == 0 and r[2] < t]
            lost = [r[1][1] for r in rows if r[1] and r[1][0] == 1 and r[2] < t]
            print(f"{t:9.2f}  {len(removed):13d}  {len(lost):11d}  {sorted(Counter(removed).items())} / "
                  f"{sorted(Counter(lost).items())}")
    print(f"\nchosen (choose_threshold): {choose_threshold(scored)}; shipped: {veto.threshold(statistical.model())}")


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args(argv)
    cross_validate(build_claim_model.tuned_sets())
    return 0


if __name__ == "__main__":
    sys.exit(main())
