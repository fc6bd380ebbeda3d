"""Check the veto's threshold (`veto.THRESHOLD`) after the claim model is retrained:

    python -m validators.claims.veto_cv     # leave-one-set-out figures per threshold, writes nothing

The veto reads the claim model (`build_claim_model`: every labelled claim and non-claim sentence of the tuned sets,
logistic regression from zero weights, fixed rounds, weights rounded).

The cross-validation is of findings, not of sentences: for each tuned set left out, a model trained on the others
scores every sentence of that set that a citation rule the veto may drop (`support_rules.VETOED_RULES`) reports
on an information page under either profile (`veto.vetoable`), and the table shows, per threshold, the
findings removed on sentences labelled as no claim (wrong findings removed) and on sentences labelled as claims
(claims lost), per page kind.
"""

import argparse
import json
import sys
from collections import Counter

from validators.claims import build_claim_model, statistical, veto

THRESHOLDS = (0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)


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


def cross_validate(sets: list[str]) -> None:
    from validators.claims.lexicon import lexicon_for
    from validators.claims.matching import Probe

    lexicon = lexicon_for(())
    examples = build_claim_model.collect(sets)
    scored = []
    for held in sets:
        model = build_claim_model.train([e for e in examples if e.set_name != held])
        for kind, text, heading, label in findings_of(held):
            scored.append((kind, label, statistical.sentence_score(Probe(text), lexicon, heading, model)))
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


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args(argv)
    cross_validate(build_claim_model.tuned_sets())
    return 0


if __name__ == "__main__":
    sys.exit(main())
