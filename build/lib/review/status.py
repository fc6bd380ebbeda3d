"""A page's review status in one word — blocking, needs review, clear (or not checked) —
for badges in page listings. Computed for a whole listing at once (four queries however
many pages), from the newest check run of each page's latest revision and the decisions in
force, by the same rules as the gate (`review.gate`)."""

from dataclasses import dataclass

from review import conf
from review.gate import CHECK_FAILED, is_blocking_kind
from review.models import CheckRun, FindingDecision, StoredFinding


@dataclass(frozen=True)
class ReviewStatus:
    key: str  # "blocking" | "needs_review" | "clear" | "unchecked"
    label: str
    open_errors: int = 0
    open_warnings: int = 0

    @property
    def title(self) -> str:
        """The badge's tooltip: what the word stands for."""
        if self.key == "blocking":
            return f"{self.open_errors} open error finding(s): cannot be published until fixed, approved or waived"
        if self.key == "needs_review":
            return f"{self.open_warnings} open warning(s) for an editor or reviewer to look at"
        if self.key == "clear":
            return "No open findings in the latest version"
        return "The latest version has not been checked yet"


UNCHECKED = ReviewStatus("unchecked", "not checked")
FAILED = ReviewStatus("blocking", "blocking")


def statuses(pages) -> dict[int, ReviewStatus]:
    """Page id -> status for each page (pages without a revision count as not checked)."""
    latest = {page.pk: page.latest_revision_id for page in pages if page.latest_revision_id}
    runs: dict[int, CheckRun] = {}
    for run in CheckRun.objects.filter(revision_id__in=latest.values()).order_by("revision_id", "-created_at", "-id"):
        runs.setdefault(run.revision_id, run)
    findings: dict[int, list[StoredFinding]] = {}
    for finding in StoredFinding.objects.filter(run__in=[run.pk for run in runs.values()]).only(
        "run_id", "rule", "severity", "fingerprint"
    ):
        findings.setdefault(finding.run_id, []).append(finding)
    resolved = _resolved_fingerprints(latest)
    result = {}
    for page_id, revision_id in latest.items():
        run = runs.get(revision_id)
        result[page_id] = _status(run, findings.get(run.pk, []) if run else [], resolved.get(page_id, set()))
    for page in pages:
        result.setdefault(page.pk, UNCHECKED)
    return result


def status_of(page) -> ReviewStatus:
    return statuses([page])[page.pk]


def _resolved_fingerprints(latest: dict[int, int]) -> dict[int, set[str]]:
    """Per page, the fingerprints whose latest decision in force approves or waives."""
    newest: dict[tuple[int, str], str] = {}
    decisions = FindingDecision.objects.filter(page_id__in=latest.keys(), lapsed_at__isnull=True).order_by(
        "-created_at", "-id"
    ).values_list("page_id", "fingerprint", "decision")
    for page_id, fingerprint, decision in decisions:
        newest.setdefault((page_id, fingerprint), decision)
    resolved: dict[int, set[str]] = {}
    for (page_id, fingerprint), decision in newest.items():
        if decision in FindingDecision.RESOLVING:
            resolved.setdefault(page_id, set()).add(fingerprint)
    return resolved


def _status(run: CheckRun | None, findings, resolved: set[str]) -> ReviewStatus:
    if run is None:
        return UNCHECKED
    if run.status == CheckRun.Status.FAILED:
        return FAILED if conf.fail_closed() else ReviewStatus("needs_review", "needs review", open_warnings=1)
    open_findings = [f for f in findings if f.fingerprint not in resolved]
    errors = sum(1 for f in open_findings if is_blocking_kind(f))
    warnings = sum(1 for f in open_findings
                   if not is_blocking_kind(f) and (f.severity == "warning" or f.rule == CHECK_FAILED))
    if errors:
        return ReviewStatus("blocking", "blocking", errors, warnings)
    if warnings:
        return ReviewStatus("needs_review", "needs review", 0, warnings)
    return ReviewStatus("clear", "clear")
