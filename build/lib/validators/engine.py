"""Run the enabled rules over documents, within a time budget, never failing open.

Each document's local rules run in a worker thread. When the budget runs out, or a
rule raises, the document gets an `engine.check-failed` finding for that rule
(severity error by default) instead of silently passing: a pipeline that cannot tell
whether content is fine must not say that it is.
"""

import threading
import time
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field

from validators.config import Config
from validators.document import Document
from validators.findings import Category, Finding, assign_fingerprints
from validators.registry import Rule, enabled_rules

CHECK_FAILED = "engine.check-failed"


@dataclass
class DocumentReport:
    document: Document
    findings: list[Finding]
    timings: dict[str, float] = field(default_factory=dict)  # rule id -> seconds

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)


@dataclass
class CheckRun:
    reports: list[DocumentReport]
    seconds: float

    @property
    def has_errors(self) -> bool:
        return any(r.has_errors for r in self.reports)


def check_documents(
    documents: list[Document], config: Config | None = None, rules: Iterable[type[Rule]] | None = None
) -> CheckRun:
    """Check `documents` with every enabled rule, or with the rule classes given in `rules`
    (tests, or a caller that wants one family) minus those the configuration disables."""
    config = config or Config()
    started = time.monotonic()
    rules = [cls(config) for cls in enabled_rules(config, rules)]
    failed_prepare: dict[str, str] = {}
    for rule in rules:
        try:
            rule.prepare(documents)
        except Exception as error:  # noqa: BLE001 - any crash must become a finding
            failed_prepare[rule.id] = _describe(error)
    reports = [_check_one(document, rules, config, failed_prepare) for document in documents]
    return CheckRun(reports, time.monotonic() - started)


def _check_one(document: Document, rules: list[Rule], config: Config, failed: dict[str, str]) -> DocumentReport:
    runnable = [rule for rule in rules if rule.id not in failed]
    outcomes: dict[str, tuple[list[Finding], float, str | None]] = {}

    def work():
        for rule in runnable:
            began = time.monotonic()
            try:
                found = list(rule.check(document))
                outcomes[rule.id] = (found, time.monotonic() - began, None)
            except Exception as error:  # noqa: BLE001
                outcomes[rule.id] = ([], time.monotonic() - began, _describe(error))

    worker = threading.Thread(target=work, name=f"check {document.path}", daemon=True)
    worker.start()
    worker.join(config.time_budget)

    findings: list[Finding] = []
    timings: dict[str, float] = {}
    for rule in rules:
        outcome = outcomes.get(rule.id)
        if rule.id in failed:
            findings.append(_check_failed(rule, document, config, f"crashed before checking: {failed[rule.id]}"))
        elif outcome is None:
            findings.append(
                _check_failed(rule, document, config, f"did not finish within the {config.time_budget:g} s budget")
            )
        else:
            found, seconds, error = outcome
            timings[rule.id] = seconds
            if error:
                findings.append(_check_failed(rule, document, config, f"crashed: {error}"))
            findings.extend(f for f in found if not _in_unchecked_text(f, document))
    findings = _deduplicate(findings)
    for finding in findings:
        if finding.source is None and document.segments:
            finding.source = document.source_location(finding.start)
    assign_fingerprints(findings)
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return DocumentReport(document, findings, timings)


def _check_failed(rule: Rule, document: Document, config: Config, why: str) -> Finding:
    return Finding(
        rule=CHECK_FAILED,
        category=rule.category,
        severity=config.check_failed_severity,
        message=f"Rule {rule.id} {why}. The document was not fully checked; check again before publishing.",
        start=0,
        end=0,
        excerpt="",
        sentence="",
        details={"failed_rule": rule.id},
    )


def _in_unchecked_text(finding: Finding, document: Document) -> bool:
    return finding.category == Category.COPY and document.is_ignored(finding.start, finding.end)


def _deduplicate(findings: list[Finding]) -> list[Finding]:
    seen = set()
    unique = []
    for finding in findings:
        # check-failed findings all sit at 0..0: the failed rule tells them apart.
        key = (finding.rule, finding.start, finding.end, finding.url, finding.details.get("failed_rule"))
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique


def _describe(error: BaseException) -> str:
    frame = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    where = f" at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}" if frame else ""
    return f"{type(error).__name__}: {error}{where}"
