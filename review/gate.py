"""The pre-publish gate: may this content go live?

A page may go live only when no `error` finding of the revision being published is open,
i.e. none lacks an approve or waive decision by a reviewer. A check that could not run (a
failed run, or `engine.check-failed` findings from a crash or timeout) blocks like an error
while `REVIEW_FAIL_CLOSED` is on (the default): content nobody could check is not known to
be fine.

Every publish path ends in `review.signals` (a pre_save backstop that raises
`PublishBlocked`); the admin hooks, the workflow and the API call `evaluate` earlier to
refuse with a friendly message before anything is written.

The gate reads the revision's stored check (run by a task-queue worker when it was saved) and
runs no rule when it is fresh. When it is not there yet, a publish outside a transaction
waits up to `REVIEW_CHECK_WAIT` seconds for it, then refuses: "checks still running" (fail
closed). Inside a transaction (Wagtail's publish action, a workflow step, a publish from code
in `atomic()`) no worker could see an uncommitted revision, so the gate checks it in-process
when no stored run is valid (none is run when one is: the editor's hook waited for it).
"""

import time
from dataclasses import dataclass, field

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import connection

from review import conf
from review.models import CheckRun, FindingDecision, StoredFinding
from validators.engine import CHECK_FAILED

_LISTED = 10  # findings named in a refusal message; the rest are counted



def is_gated_model(model) -> bool:
    from pages.models import ArticlePage

    return model is not None and issubclass(model, ArticlePage)


def is_gated(page) -> bool:
    """Articles are gated (other page types carry no medical content)."""
    return is_gated_model(type(page)) or is_gated_model(getattr(page, "specific_class", None))


@dataclass
class GateResult:
    page: object
    run: CheckRun | None  # None while the revision's check is still running
    blocking: list[StoredFinding] = field(default_factory=list)
    run_failed: bool = False  # the run itself failed and the policy is fail closed
    still_running: bool = False  # the revision's check did not finish within REVIEW_CHECK_WAIT

    @property
    def allowed(self) -> bool:
        return not self.blocking and not self.unchecked

    @property
    def unchecked(self) -> bool:
        """No usable check of this content: it failed (fail closed) or is still running."""
        return self.run_failed or self.still_running

    def lines(self) -> list[str]:
        if self.still_running:
            return [f"The content checks of this version are still running (waited {conf.check_wait():g} s). "
                    "Publish again in a moment."]
        lines = []
        if self.run_failed:
            lines.append(f"The content checks could not run ({self.run.error or 'unknown error'}). Save the page "
                         "again to re-run them; if it keeps failing, ask an administrator.")
        for finding in self.blocking[:_LISTED]:
            where = f" “{finding.excerpt}”" if finding.excerpt else ""
            lines.append(f"{finding.rule}:{where} — {finding.message}")
        if len(self.blocking) > _LISTED:
            lines.append(f"… and {len(self.blocking) - _LISTED} more.")
        return lines

    def summary(self) -> str:
        title = getattr(self.page, "title", "") or "this page"
        if self.still_running:
            return f"“{title}” cannot be published yet: checks still running."
        count = len(self.blocking)
        what = f"{count} open error finding{'s' if count != 1 else ''}" if count else "a failed content check"
        return (f"“{title}” cannot be published: {what}. Fix the flagged text, or ask a Compliance reviewer "
                "to approve or waive each finding with a reason.")

    def as_text(self) -> str:
        return "\n".join([self.summary(), *(f"• {line}" for line in self.lines())])


class PublishBlocked(ValidationError):
    """Publishing was refused by the gate. A ValidationError, so the API answers 422 with the
    reasons and the admin's own handlers treat it as invalid input rather than a crash."""

    def __init__(self, result: GateResult):
        self.result = result
        self.page_id = getattr(result.page, "pk", None)
        super().__init__({NON_FIELD_ERRORS: [result.summary(), *result.lines()]}, code="publish_blocked")

    def __str__(self):
        return self.result.as_text()


def effective_decisions(page_id: int, fingerprints) -> dict[str, FindingDecision]:
    """The latest decision still in force per fingerprint."""
    return {decision.fingerprint: decision
            for decision in FindingDecision.objects.in_force().for_findings(page_id, fingerprints)}


def is_blocking_kind(finding) -> bool:
    """Would this finding block if nobody decided on it?"""
    if finding.rule == CHECK_FAILED:
        return conf.fail_closed()
    return finding.severity == "error"


def open_blocking(page_id, findings) -> list:
    """Blocking-kind findings without an approve/waive decision in force."""
    candidates = [finding for finding in findings if is_blocking_kind(finding)]
    if not candidates:
        return []
    decisions = effective_decisions(page_id, [f.fingerprint for f in candidates]) if page_id else {}
    return [f for f in candidates if not (f.fingerprint in decisions and decisions[f.fingerprint].resolves)]


def evaluate(page, revision=None) -> GateResult:
    """Check the content of `page` as it is in memory (for a revision: `revision.as_object()`)."""
    from review.checks import check_page, findings_of

    if revision is not None and page.pk is not None and not connection.in_atomic_block:
        run = _wait_for_check(page, revision)
        if run is None:
            return GateResult(page, None, still_running=True)
    else:
        run = check_page(page, revision)
    failed = run.status == CheckRun.Status.FAILED and conf.fail_closed()
    return GateResult(page, run, open_blocking(page.pk, findings_of(run)), failed)


POLL_SECONDS = 0.1


def _wait_for_check(page, revision) -> CheckRun | None:
    """The revision's stored run, once a worker has stored it (None after REVIEW_CHECK_WAIT).
    A revision with no valid run and no check on its way (e.g. the settings changed since it
    was saved) gets one queued; with the in-process backend it runs right here."""
    from review import checks, tasks

    prepared = checks.prepare(page)
    if prepared.document is None:  # unreadable content: stored as a failed run, at once
        return checks.check_page(page, revision)
    run = checks.stored_run(page, revision, prepared)
    if run is not None:
        return run
    if not tasks.is_queued(tasks.check_saved_revision, revision.pk):
        tasks.check_saved_revision.enqueue(revision.pk)
    deadline = time.monotonic() + conf.check_wait()
    while run is None and time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
        run = checks.stored_run(page, revision, prepared)
    return run


def evaluate_revision(revision) -> GateResult:
    return evaluate(revision.as_object(), revision)


def assert_publishable(page, revision=None) -> GateResult | None:
    if bypassed():
        return None
    result = evaluate(page, revision)
    if not result.allowed:
        raise PublishBlocked(result)
    return result


def bypassed() -> str | None:
    """Why the gate is off (None when it is on). Only the REVIEW_GATE_ENABLED setting turns it
    off: there is deliberately no per-call bypass, so no code path can publish around it."""
    if not conf.gate_enabled():
        return "REVIEW_GATE_ENABLED is off"
    return None
