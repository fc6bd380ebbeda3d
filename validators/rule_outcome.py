"""Running one rule over one document: its findings (at most so many), its time, its crash.

Shared by the engine's two places of work: the worker process (isolated rules) and a
thread of the calling process (rules that read what `prepare` fetched).
"""

import time
import traceback
from dataclasses import dataclass

from validators.document import Document
from validators.findings import Category, Finding, Severity
from validators.registry import Rule


@dataclass
class RuleOutcome:
    findings: list[Finding]  # at most the per-rule cap, in the order the rule reported them
    seconds: float
    error: str | None = None  # the rule crashed: what and where
    not_shown: int = 0  # findings past the cap
    not_shown_severity: Severity | None = None  # the highest severity among them


def run_rule(rule: Rule, document: Document, cap: int) -> RuleOutcome:
    """`rule.check(document)`, keeping the first `cap` findings and counting the rest.

    Findings in text that is not checked (code) are dropped for copy rules first. Counting
    the rest costs a constant per finding (see `registry.CONTEXT_CHARS`), so a text with
    tens of thousands of findings stays linear in time and small in memory.
    """
    began = time.monotonic()
    outcome = RuleOutcome([], 0.0)
    try:
        for finding in rule.check(document):
            if _in_unchecked_text(finding, document):
                continue
            if len(outcome.findings) < cap:
                outcome.findings.append(finding)
                continue
            outcome.not_shown += 1
            if outcome.not_shown_severity is None or finding.severity.rank > outcome.not_shown_severity.rank:
                outcome.not_shown_severity = Severity(finding.severity)
    except Exception as error:  # noqa: BLE001 - any crash must become a finding
        outcome.error = describe(error)
    outcome.seconds = time.monotonic() - began
    return outcome


def _in_unchecked_text(finding: Finding, document: Document) -> bool:
    return finding.category == Category.COPY and document.is_ignored(finding.start, finding.end)


def describe(error: BaseException) -> str:
    frame = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    where = f" at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}" if frame else ""
    return f"{type(error).__name__}: {error}{where}"
