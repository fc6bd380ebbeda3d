"""Fit the veto's threshold to the claim model (`veto.threshold`); `build_claim_model` calls `fit` on every build
and stores the result with the weights (claims_model.json, key "veto"), so adding training data re-fits the veto:

    python -m validators.claims.veto_cv     # leave-one-set-out figures per threshold, writes nothing

The veto reads the claim model (`build_claim_model`: every labelled claim and non-claim sentence of the tuned sets,
logistic regression from zero weights, fixed rounds, weights rounded).

The cross-validation is of findings, not of sentences: for each tuned set left out, a model trained on the others
scores every sentence of that set that a citation rule the veto may drop (`support_rules.VETOED_RULES`) reports
on an information page under either profile (`veto.vetoable`), and the table shows, per threshold, the
findings removed on sentences labelled as no claim (wrong findings removed) and on sentences labelled as claims
(claims lost), per page kind and per rule. The chosen thresholds (`choose_thresholds`): for each rule with at least
`RULE_MIN_CLAIMS` labelled claims and one labelled non-claim among its findings, the highest grid step that loses at
most `LOSS_BUDGET` of them (`choose_threshold`); for the other rules the same step fitted to every finding together.
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
# a rule's findings get their own threshold from this many labelled claims (RESULTS_claims_pfp31.md: with fresh_prof10,
# 22 appeals to unnamed evidence, 22 figures, 5 times of effect)
RULE_MIN_CLAIMS = 10


def findings_of(set_name: str) -> list[tuple[str, str, bool, tuple[int, str] | None, str]]:
    """(kind, text, in a heading, label, rule: `veto.rule_of`) of every vetoable finding of `set_name` under either
    profile, read with the veto off."""
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
                          label, veto.rule_of(claim.classification)))
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


def scored_findings(sets: list[str], examples: list | None = None
                    ) -> list[tuple[str, tuple[int, str] | None, float, str]]:
    """(kind, label, score, rule) of every vetoable finding of every set in `sets`, scored by a model trained on the
    other sets (leave-one-set-out); `examples`: the training sentences of `sets` if already collected."""
    from validators.claims.lexicon import lexicon_for
    from validators.claims.matching import Probe

    lexicon = lexicon_for(())
    examples = examples if examples is not None else build_claim_model.collect(sets)
    scored = []
    for held in sets:
        found = findings_of(held)
        if not found:
            continue  # nothing to score: no model to train (most marketing sets)
        model = build_claim_model.train([e for e in examples if e.set_name != held])
        for kind, text, heading, label, rule in found:
            scored.append((kind, label, statistical.sentence_score(Probe(text), lexicon, heading, model), rule))
    return scored


def choose_threshold(scored: list[tuple]) -> float:
    """The highest step of `THRESHOLDS` at which the findings on labelled claims scored below it are at most
    `LOSS_BUDGET` of all findings on labelled claims; 0.0 (the veto reads nothing) when even the lowest loses more.
    `scored`: (kind, label, score, ...) rows."""
    claims = [row[2] for row in scored if row[1] and row[1][0] == 1]
    allowed = LOSS_BUDGET * len(claims)
    chosen = 0.0
    for step in sorted(THRESHOLDS):
        if sum(1 for score in claims if score < step) > allowed:
            break
        chosen = step
    return chosen


def choose_thresholds(scored: list[tuple[str, tuple[int, str] | None, float, str]]) -> tuple[float, dict[str, float]]:
    """The threshold fitted to every finding together, and each rule's own (`support_rules.VETOED_RULES`) where its
    findings hold at least `RULE_MIN_CLAIMS` labelled claims and one labelled non-claim to fit it to.

    Why per rule: one threshold is held down by the rule whose claims score lowest, and a rule whose claims score
    higher (efficacy figures, against an agency's own counts) loses nothing at a higher step; a budget shared by
    every rule also lets one rule spend another's (RESULTS_claims_pfp31.md)."""
    from validators.claims.support_rules import VETOED_RULES

    pooled = choose_threshold(scored)
    by_rule = {}
    for rule in VETOED_RULES:
        rows = [row for row in scored if row[3] == rule]
        labels = [row[1][0] for row in rows if row[1]]
        if sum(labels) >= RULE_MIN_CLAIMS and 0 in labels:
            by_rule[rule] = choose_threshold(rows)
    return pooled, by_rule


def weights_digest(model: dict) -> str:
    """A short digest of the model's bias and weights: the veto's fit records the model it was fitted to."""
    text = json.dumps({"bias": model["bias"], "weights": model["weights"]}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def fit(sets: list[str], examples: list, model: dict) -> dict:
    """The veto's part of the model file: the chosen threshold, what leave-one-set-out found at it, and the digest
    of the weights it was fitted with (`model`: the weights trained on every set of `sets`)."""
    scored = scored_findings(sets, examples)
    pooled, by_rule = choose_thresholds(scored)
    labelled = [(label[0], score < by_rule.get(rule, pooled)) for _, label, score, rule in scored if label]
    return {"threshold": pooled, "by_rule": by_rule, "weights_digest": weights_digest(model),
            "claims": sum(1 for y, _ in labelled if y), "claims_lost": sum(1 for y, below in labelled if y and below),
            "non_claims": sum(1 for y, _ in labelled if not y),
            "non_claims_removed": sum(1 for y, below in labelled if not y and below)}


def cross_validate(sets: list[str]) -> None:
    scored = scored_findings(sets)
    groups = [(kind, [r for r in scored if r[0] == kind]) for kind in ("professional", "marketing", "corpus-style")]
    groups += [(rule, [r for r in scored if r[3] == rule]) for rule in sorted({r[3] for r in scored})]
    for kind, rows in groups:
        claims = sum(1 for r in rows if r[1] and r[1][0] == 1)
        wrong = sum(1 for r in rows if r[1] and r[1][0] == 0)
        print(f"\n{kind}: {len(rows)} vetoable findings, {claims} on labelled claims, {wrong} on labelled non-claims")
        print("threshold  wrong-removed  claims-lost  removed by class / lost by class")
        for t in THRESHOLDS:
            removed = [r[1][1] for r in rows if r[1] and r[1][0] == 0 and r[2] < t]
            lost = [r[1][1] for r in rows if r[1] and r[1][0] == 1 and r[2] < t]
            print(f"{t:9.2f}  {len(removed):13d}  {len(lost):11d}  {sorted(Counter(removed).items())} / "
                  f"{sorted(Counter(lost).items())}")
    shipped = statistical.model()["veto"]
    print(f"\nchosen (choose_thresholds): {choose_thresholds(scored)}; shipped: {shipped['threshold']}, "
          f"{shipped.get('by_rule', {})}")


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args(argv)
    cross_validate(build_claim_model.tuned_sets())
    return 0


if __name__ == "__main__":
    sys.exit(main())
