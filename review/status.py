"""A page's review status in one word — blocking, needs review, clear (or not checked) —
for badges in page listings. Computed for a whole listing at once (two queries however
many pages or findings), from the newest check run of each page's latest revision and the
decisions in force, by the same rules as the gate (`review.gate`); the database counts."""

from dataclasses import dataclass

from django.db.models import Count, Q

from review import conf
from review.models import CheckRun, StoredFinding, blocking_kind_q
from validators.engine import CHECK_FAILED


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
    checked = [page.pk for page in pages if page.latest_revision_id]
    runs = dict(CheckRun.objects.current().filter(page_id__in=checked).values_list("page_id", "status"))
    blocking = blocking_kind_q()
    needs_review = ~blocking & (Q(severity="warning") | Q(rule=CHECK_FAILED))
    counts = {
        row["run__page_id"]: (row["errors"], row["warnings"])
        for row in StoredFinding.objects.of_pages(checked).open().order_by()
        .values("run__page_id").annotate(errors=Count("pk", filter=blocking), warnings=Count("pk", filter=needs_review))
    }
    return {page.pk: _status(runs.get(page.pk), *counts.get(page.pk, (0, 0))) for page in pages}


def status_of(page) -> ReviewStatus:
    return statuses([page])[page.pk]


def _status(run_status: str | None, errors: int, warnings: int) -> ReviewStatus:
    if run_status is None:
        return UNCHECKED
    if run_status == CheckRun.Status.FAILED:
        return FAILED if conf.fail_closed() else ReviewStatus("needs_review", "needs review", open_warnings=1)
    if errors:
        return ReviewStatus("blocking", "blocking", errors, warnings)
    if warnings:
        return ReviewStatus("needs_review", "needs review", 0, warnings)
    return ReviewStatus("clear", "clear")
