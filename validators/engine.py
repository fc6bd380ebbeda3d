"""Run the enabled rules over documents, within a time budget, never failing open.

Each document's isolated rules (most of them: see `Rule.isolated`) run in a worker
process that is killed when the document's time budget runs out, under CPU and memory
limits (`validators.worker`); the few rules that read what `prepare` fetched run in a
thread of this process meanwhile. When the budget runs out, a rule raises or its worker
dies, the document gets an `engine.check-failed` finding for that rule (severity error by
default) instead of silently passing: a pipeline that cannot tell whether content is fine
must not say that it is.

A rule reports at most `max_findings_per_rule` findings per document; the rest are
summed up in one `engine.findings-not-shown` finding at the highest severity among them.
"""

import bisect
import logging
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from validators.config import Config
from validators.document import Document
from validators.findings import Category, Finding, Severity, assign_fingerprints
from validators.registry import Rule, enabled_rules
from validators.rule_outcome import RuleOutcome, describe, run_rule
from validators.worker import WorkerUnavailable, run_isolated

log = logging.getLogger(__name__)

CHECK_FAILED = "engine.check-failed"
# Copy rules that give a second opinion on words other rules may already flag: when one of them
# reports a span another copy rule overlaps, the editor sees one finding.
SECOND_OPINIONS = (
    "copy.word-in-context",
    "copy.verb-form",
    "copy.bare-count-noun",
    "copy.harper",
    "copy.languagetool",
)
FINDINGS_NOT_SHOWN = "engine.findings-not-shown"


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
    for document in documents:
        document.start_run()  # the work this run's rules share starts empty (`Document.shared`)
    failed_prepare: dict[str, str] = {}
    for rule in rules:
        try:
            rule.prepare(documents)
        except Exception as error:  # noqa: BLE001 - any crash must become a finding
            failed_prepare[rule.id] = describe(error)
    run = uuid.uuid4().bytes
    reports = [_check_one(document, rules, config, failed_prepare, run) for document in documents]
    return CheckRun(reports, time.monotonic() - started)


def _check_one(
    document: Document, rules: list[Rule], config: Config, failed: dict[str, str], run: bytes
) -> DocumentReport:
    runnable = [rule for rule in rules if rule.id not in failed]
    deadline = time.monotonic() + config.time_budget
    isolated = [rule for rule in runnable if rule.isolated] if config.isolate_checks else []
    in_process = [rule for rule in runnable if rule not in isolated]
    threads = [_start_thread(in_process, document, config)] if in_process else []
    outcomes: dict[str, RuleOutcome] = {}
    why_unfinished = f"did not finish within the {config.time_budget:g} s budget"
    why_isolated_unfinished = why_unfinished
    if isolated:
        try:
            outcomes, why_isolated_unfinished = run_isolated(isolated, document, config, deadline, run)
        except WorkerUnavailable as error:
            log.warning("checking %s in a thread (an overrunning rule cannot be stopped): %s", document.path, error)
            threads.append(_start_thread(isolated, document, config))
    for thread, found in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
        outcomes.update(dict(found))  # a copy: an abandoned thread may still add to it

    findings: list[Finding] = []
    timings: dict[str, float] = {}
    for rule in rules:
        outcome = outcomes.get(rule.id)
        if rule.id in failed:
            findings.append(_check_failed(rule, config, f"crashed before checking: {failed[rule.id]}"))
        elif outcome is None:
            why = why_isolated_unfinished if rule in isolated else why_unfinished
            findings.append(_check_failed(rule, config, why))
        else:
            timings[rule.id] = outcome.seconds
            if outcome.error:
                findings.append(_check_failed(rule, config, f"crashed: {outcome.error}"))
            findings.extend(outcome.findings)
            if outcome.not_shown:
                findings.append(_not_shown(rule, outcome, config))
    findings = _merge_second_opinions(_deduplicate(findings))
    for finding in findings:
        if finding.source is None and document.segments:
            finding.source = document.source_location(finding.start)
    assign_fingerprints(findings)
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return DocumentReport(document, findings, timings)


def _start_thread(rules: list[Rule], document: Document, config: Config) -> tuple[threading.Thread, dict]:
    """Run `rules` in a thread of this process; their outcomes appear in the dict as they finish.
    A rule still running at the deadline is abandoned (it cannot be stopped)."""
    outcomes: dict[str, RuleOutcome] = {}

    def work():
        for rule in rules:
            outcomes[rule.id] = run_rule(rule, document, config.max_findings_per_rule)

    thread = threading.Thread(target=work, name=f"check {document.path}", daemon=True)
    thread.start()
    return thread, outcomes


def _check_failed(rule: Rule, config: Config, why: str) -> Finding:
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


def _not_shown(rule: Rule, outcome: RuleOutcome, config: Config) -> Finding:
    plural = "s" if outcome.not_shown > 1 else ""
    return Finding(
        rule=FINDINGS_NOT_SHOWN,
        category=rule.category,
        severity=outcome.not_shown_severity or Severity.INFO,
        message=f"{outcome.not_shown} more finding{plural} of rule {rule.id} not shown "
                f"(at most {config.max_findings_per_rule} per rule in one document).",
        start=0,
        end=0,
        excerpt="",
        sentence="",
        details={"rule": rule.id, "not_shown": outcome.not_shown},
    )


def _deduplicate(findings: list[Finding]) -> list[Finding]:
    seen = set()
    unique = []
    for finding in findings:
        # check-failed and not-shown findings all sit at 0..0: the rule they are about tells them apart.
        about = finding.details.get("failed_rule") or finding.details.get("rule")
        key = (finding.rule, finding.start, finding.end, finding.url, about)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique


def _merge_second_opinions(findings: list[Finding]) -> list[Finding]:
    """One finding per mistake when several copy engines report it (overlapping spans, at least one
    of them a second opinion): the kept finding is the most severe, then the one from the most
    specific engine (a built-in rule before the statistics, Harper, then LanguageTool); it gets
    the others' suggestions and names them in `details["also_reported_by"]`."""
    kept: list[Finding] = []
    # Only copy findings can be the same mistake, and only when one of them is a second opinion: a
    # finding is compared with the kept second opinions, a second opinion with every kept copy finding
    # (comparing every pair was quadratic in the findings of a long text). Both are looked up by
    # position (`_KeptSpans`): only kept findings overlapping this one can be the same mistake (comparing
    # it with every kept one still grew with the square of the findings, up to the per-rule caps).
    kept_copy = _KeptSpans()
    kept_second_opinions = _KeptSpans()
    for finding in sorted(findings, key=_precedence):
        same = None
        if finding.category == Category.COPY:
            candidates = kept_copy if finding.rule in SECOND_OPINIONS else kept_second_opinions
            same = candidates.first_same_mistake(finding)
        if same is None:
            kept.append(finding)
            if finding.category == Category.COPY:
                kept_copy.add(finding)
                if finding.rule in SECOND_OPINIONS:
                    kept_second_opinions.add(finding)
            continue
        known = {s.replacement for s in same.suggestions}
        same.suggestions += tuple(s for s in finding.suggestions if s.replacement not in known)
        same.details = {**same.details, "also_reported_by": [*same.details.get("also_reported_by", []), finding.rule]}
    order = {id(f): n for n, f in enumerate(findings)}
    return sorted(kept, key=lambda f: order[id(f)])


class _KeptSpans:
    """Kept findings by start, for `_merge_second_opinions`: `first_same_mistake` is the first one kept (in the
    order they were added) that is the same mistake as a finding, found among those overlapping it only."""

    def __init__(self):
        self._starts: list[int] = []  # sorted
        self._entries: list[tuple[int, Finding]] = []  # (order added, finding), in the order of `_starts`
        self._longest = 0  # the longest span kept: a finding starting further back cannot reach a later one

    def add(self, finding: Finding) -> None:
        index = bisect.bisect_right(self._starts, finding.start)
        self._starts.insert(index, finding.start)
        self._entries.insert(index, (len(self._entries), finding))
        self._longest = max(self._longest, finding.end - finding.start)

    def first_same_mistake(self, finding: Finding) -> Finding | None:
        # An overlapping kept span starts before `finding` ends and ends after it starts, so it starts after
        # `finding.start - self._longest`.
        low = bisect.bisect_right(self._starts, finding.start - self._longest)
        high = bisect.bisect_left(self._starts, finding.end)
        same = [entry for entry in self._entries[low:high] if _same_mistake(entry[1], finding)]
        return min(same, key=lambda entry: entry[0])[1] if same else None


def _precedence(finding: Finding) -> tuple[int, int]:
    engine = SECOND_OPINIONS.index(finding.rule) + 1 if finding.rule in SECOND_OPINIONS else 0
    return -Severity(finding.severity).rank, engine


def _same_mistake(a: Finding, b: Finding) -> bool:
    return (
        a.category == b.category == Category.COPY
        and a.rule != b.rule
        and (a.rule in SECOND_OPINIONS or b.rule in SECOND_OPINIONS)
        and a.start < b.end
        and b.start < a.end
    )

