"""Recall and precision of the copy checks per class of error, on labelled sentences
(benchmarks/fixtures/grammar_labelled.yaml), with each grammar engine added in turn, so the
choice of method is visible:

    built-in      the hand-written copy rules
    +statistics   and copy.word-in-context (bigram counts of real English)
    +harper       and copy.harper (Automattic's Harper)

A sentence with an error is found when a copy finding overlaps the labelled words; every copy
finding on a corrected twin or a clean paragraph, or elsewhere in a sentence with an error, is
a false alarm.
"""

from pathlib import Path

import yaml

from benchmarks._common import table
from validators.config import Config
from validators.engine import check_documents
from validators.findings import Category
from validators.sources import from_text

LABELLED = Path(__file__).parent / "fixtures" / "grammar_labelled.yaml"
ENGINES = {
    "built-in": ["copy.word-in-context", "copy.harper"],
    "+statistics": ["copy.harper"],
    "+harper": [],
}


def copy_findings(texts: list[str], disabled: list[str]) -> list[list]:
    settings = {
        "disable": ["link", "claim", "copy.languagetool", *disabled],
        "rules": {"copy.harper": {"enabled": True}},
    }
    config = Config.from_mapping(settings, skip_external=True)
    run = check_documents([from_text(text, f"item{n}.txt") for n, text in enumerate(texts)], config)
    return [[f for f in report.findings if f.category == Category.COPY] for report in run.reports]


def score(labelled: dict, disabled: list[str]) -> dict[str, tuple[int, int, int]]:
    """class -> (errors found, errors, false alarms)."""
    results = {}
    for kind, items in labelled.items():
        if kind == "clean":
            continue
        wrong = copy_findings([item[0] for item in items], disabled)
        right = copy_findings([item[2] for item in items], disabled)
        found = false_alarms = 0
        for item, findings in zip(items, wrong, strict=True):
            start = item[0].index(item[1])
            hits = [f for f in findings if f.start < start + len(item[1]) and f.end > start]
            found += bool(hits)
            false_alarms += len(findings) - len(hits)
        false_alarms += sum(len(findings) for findings in right)
        results[kind] = (found, len(items), false_alarms)
    results["clean"] = (0, 0, sum(len(f) for f in copy_findings(labelled["clean"], disabled)))
    return results


def main() -> None:
    labelled = yaml.safe_load(LABELLED.read_text(encoding="utf-8"))
    rows = []
    for engine, disabled in ENGINES.items():
        results = score(labelled, disabled)
        found = sum(r[0] for r in results.values())
        total = sum(r[1] for r in results.values())
        alarms = sum(r[2] for r in results.values())
        cells = [f"{r[0]}/{r[1]} fa {r[2]}" if r[1] else f"fa {r[2]}" for r in results.values()]
        precision = found / (found + alarms) if found + alarms else 1.0
        rows.append([engine, *cells, f"{found / total:.2f}", f"{precision:.2f}"])
    print("Copy checks per class (found/errors, fa = false alarms on twins and clean text)")
    print(table(["engine", *results, "recall", "precision"], rows))


if __name__ == "__main__":
    main()
