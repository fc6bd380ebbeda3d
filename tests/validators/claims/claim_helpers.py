"""Run the claim rules over a document built from HTML, as the engine does."""

import re
from pathlib import Path

from validators.config import Config
from validators.engine import check_documents
from validators.sources import from_html


def claim_findings(html: str, config: Config | None = None, path: str = "article.html"):
    """Claim findings (engine.check-failed included, so a crash fails the test) for `html`."""
    config = config or Config(disabled=frozenset({"copy", "link"}))
    report = check_documents([from_html(html, path)], config).reports[0]
    return [f for f in report.findings if f.category == "claim" or f.rule == "engine.check-failed"]


def rules_of(findings) -> list[str]:
    return sorted(f.rule for f in findings)


def by_rule(findings, rule: str):
    return [f for f in findings if f.rule == rule]


EVALUATION = Path(__file__).resolve().parents[3] / "evaluation"


def tuned_sentences(per_page: int) -> list[str]:
    """The first `per_page` sentences of every page of the tuned evaluation sets (never a holdout set)."""
    return [
        text
        for path in sorted(EVALUATION.glob("*/*/article.html"))
        if "holdout" not in path.parent.parent.name
        for text in re.split(r"(?<=[.!?])\s+", from_html(path.read_text(encoding="utf-8")).text)[:per_page]
    ]
