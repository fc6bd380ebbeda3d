"""What the review app stores: check runs per revision, their findings, reviewers'
decisions on findings, and the automatic "content checks" workflow task."""

from django.conf import settings
from django.db import models
from django.db.models import Exists, F, OuterRef, Q

from review import conf
from review.workflow_task import ContentCheckTask
from validators.engine import CHECK_FAILED

__all__ = ["CheckRun", "ContentCheckTask", "FindingDecision", "FlaggedWords", "StoredFinding"]


def _newer(queryset, *same):
    """Rows of `queryset` newer (created later, or same time and higher id) than the outer row
    and equal to it on the fields `same`: for "the newest per ..." as NOT EXISTS."""
    return queryset.filter(
        Q(created_at__gt=OuterRef("created_at")) | Q(created_at=OuterRef("created_at"), id__gt=OuterRef("id")),
        **{name: OuterRef(name) for name in same},
    )


class CheckRunQuerySet(models.QuerySet):
    """The questions asked of check runs, like Wagtail's `PageQuerySet.live()`:
    `CheckRun.objects.current()` are the runs that count now (the newest run of each page's
    latest revision); `latest_of_page(page)` is one page's."""

    def newest_first(self):
        return self.order_by("-created_at", "-id")

    def newest(self):
        """The newest run of each revision."""
        return self.filter(~Exists(_newer(CheckRun.objects.all(), "revision_id")))

    def of_latest_revisions(self):
        return self.filter(revision_id=F("page__latest_revision_id"))

    def current(self):
        """The newest run of each page's latest revision: what the panel, the badges, the
        reports and the gate go by."""
        return self.of_latest_revisions().newest()

    def latest_of_revision(self, revision_id):
        """The newest run of the revision (None when it was never checked)."""
        if revision_id is None:
            return None
        return self.filter(revision_id=revision_id).newest_first().first()

    def latest_of_page(self, page):
        """The newest run of the page's latest revision (None when it was never checked)."""
        return self.latest_of_revision(page.latest_revision_id)


class CheckRun(models.Model):
    """One run of the check engine over one revision of a page.

    Runs are kept (history), and a run is reused instead of checking again when the
    content hash and engine version (engine + settings + rule set) match.
    """

    class Status(models.TextChoices):
        OK = "ok", "Checked"
        FAILED = "failed", "Check failed"

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="check_runs")
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.CASCADE, null=True, blank=True, related_name="check_runs"
    )
    engine_version = models.CharField(max_length=64)
    content_hash = models.CharField(max_length=64)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OK)
    error = models.TextField(blank=True, help_text="Why the check could not run (failed runs only).")
    timings = models.JSONField(default=dict, blank=True, help_text="Seconds per rule, plus build and total.")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CheckRunQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        get_latest_by = ["created_at", "id"]
        indexes = [models.Index(fields=["page", "content_hash", "engine_version"])]

    def __str__(self):
        return f"check of page {self.page_id} revision {self.revision_id} ({self.status})"


def blocking_kind_q() -> Q:
    """The findings that block publishing while open (as `review.gate.is_blocking_kind`):
    errors, and a crashed check while the gate fails closed (`REVIEW_FAIL_CLOSED`)."""
    blocking = Q(severity="error") & ~Q(rule=CHECK_FAILED)
    if conf.fail_closed():
        blocking |= Q(rule=CHECK_FAILED)
    return blocking


class StoredFindingQuerySet(models.QuerySet):
    """Findings by what they mean for publishing: `StoredFinding.objects.of_page(page).open_blocking()`
    are the findings that stop the page's latest version going live."""

    def current(self):
        """Findings of the runs that count now (`CheckRunQuerySet.current`)."""
        return self.filter(run__in=CheckRun.objects.current())

    def of_pages(self, page_ids):
        """The findings of these pages' latest versions."""
        return self.filter(run__in=CheckRun.objects.current().filter(page_id__in=page_ids))

    def of_page(self, page):
        """The findings of the page's latest version."""
        return self.of_pages([page.pk])

    def with_decision_in_force(self):
        """Annotates `decision_in_force`: the kind of the decision in force (None: undecided)."""
        decisions = FindingDecision.objects.not_lapsed().filter(
            page_id=OuterRef("run__page_id"), fingerprint=OuterRef("fingerprint")).newest_first()
        return self.annotate(decision_in_force=models.Subquery(decisions.values("decision")[:1]))

    def open(self):
        """Not approved or waived by a decision in force (a later "request changes" reopens)."""
        resolved = FindingDecision.objects.in_force().resolving().filter(
            page_id=OuterRef("run__page_id"), fingerprint=OuterRef("fingerprint"))
        return self.filter(~Exists(resolved))

    def blocking_kind(self):
        """Findings that block publishing while open (`blocking_kind_q`)."""
        return self.filter(blocking_kind_q())

    def open_blocking(self):
        return self.open().blocking_kind()


class StoredFinding(models.Model):
    """A `validators.Finding` as stored for one check run, located at its block."""

    run = models.ForeignKey(CheckRun, on_delete=models.CASCADE, related_name="findings")
    rule = models.CharField(max_length=100)
    category = models.CharField(max_length=20)
    severity = models.CharField(max_length=10)
    message = models.TextField()
    excerpt = models.TextField(blank=True)
    sentence = models.TextField(blank=True)
    start = models.PositiveIntegerField(default=0, help_text="Offset in the document's visible text.")
    end = models.PositiveIntegerField(default=0)
    origin = models.CharField(max_length=200, blank=True, help_text="Block path, e.g. body.3.value or body.4.items.2.")
    offset = models.PositiveIntegerField(null=True, blank=True, help_text="Offset in the block's stored source.")
    block_id = models.CharField(max_length=64, blank=True, help_text="The stream block's uuid, if in the body.")
    suggestions = models.JSONField(default=list, blank=True, help_text='[{"replacement": ..., "safe": bool}]')
    url = models.TextField(null=True, blank=True)
    resolved_url = models.TextField(null=True, blank=True)
    fingerprint = models.CharField(
        max_length=64, db_index=True,
        help_text="What decisions are keyed on: the rule, the flagged text and its exact sentence, the block "
                  "(stream block uuid) it is in; for a failed check, the whole checked content.",
    )
    details = models.JSONField(default=dict, blank=True)
    # Who wrote the flagged words: copied from the page's `FlaggedWords` record when the run is
    # stored (see review.authorship), so purging old revisions does not lose it.
    introduced_in = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="Id of the revision where this finding first appeared (kept after a purge)."
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+", help_text="Who wrote the flagged words (see FlaggedWords).")

    objects = StoredFindingQuerySet.as_manager()

    class Meta:
        ordering = ["run", "start", "end", "rule"]

    def __str__(self):
        return f"{self.severity} {self.rule}: {self.excerpt[:40]}"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def field_label(self) -> str:
        """The field the flagged text is in, as editors name it ("Title", "SEO title", "Alt text")."""
        from review.documents import field_label

        return field_label(self.origin)


class FindingDecisionQuerySet(models.QuerySet):
    """`FindingDecision.objects.in_force()`: the decision that counts per (page, fingerprint)."""

    def newest_first(self):
        return self.order_by("-created_at", "-id")

    def not_lapsed(self):
        """Decisions on text still in the page's latest version (its history in the panel)."""
        return self.filter(lapsed_at__isnull=True)

    def in_force(self):
        """The latest decision not lapsed per page and fingerprint."""
        return self.not_lapsed().filter(~Exists(_newer(FindingDecision.objects.not_lapsed(), "page_id",
                                                       "fingerprint")))

    def resolving(self):
        """Approvals and waivers (what closes a finding)."""
        return self.filter(decision__in=FindingDecision.RESOLVING)

    def for_findings(self, page_id, fingerprints):
        return self.filter(page_id=page_id, fingerprint__in=set(fingerprints))


class FindingDecision(models.Model):
    """A reviewer's decision on a finding, keyed on its fingerprint.

    The latest decision per (page, fingerprint) counts. A fingerprint is a digest of the text
    the decision was taken on (the exact sentence and excerpt, in one stream block; for a
    failed check the whole content), so it survives edits elsewhere and changes with any edit
    of that text. A decision lapses (gets `lapsed_at`) when a check of the page's latest
    revision no longer has its fingerprint, so it never silently applies to rewritten text.
    """

    class Kind(models.TextChoices):
        APPROVE = "approve", "Approved"
        WAIVE = "waive", "Waived"
        REQUEST_CHANGES = "request_changes", "Changes requested"

    RESOLVING = (Kind.APPROVE, Kind.WAIVE)

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="finding_decisions")
    fingerprint = models.CharField(max_length=64)
    rule = models.CharField(max_length=100)
    severity = models.CharField(max_length=10, blank=True)
    excerpt = models.TextField(blank=True, help_text="The flagged text when the decision was taken.")
    sentence = models.TextField(blank=True)
    decision = models.CharField(max_length=20, choices=Kind.choices)
    reason = models.TextField(help_text="Why (approve/waive), or what to change (request changes).")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    lapsed_at = models.DateTimeField(null=True, blank=True)

    objects = FindingDecisionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["page", "fingerprint"])]

    def __str__(self):
        return f"{self.get_decision_display()} {self.rule} on page {self.page_id}"

    @property
    def resolves(self) -> bool:
        return self.decision in self.RESOLVING


class FlaggedWords(models.Model):
    """Who wrote the words of a finding on a page: the durable authorship record.

    Written in the same transaction as the check run that first has the finding, and kept for
    the page's whole life: `purge_revisions` deletes old revisions and, with them, their runs
    and findings, never these rows. A finding whose words were only touched up by a later
    editor (a typo fix, a plural, punctuation: see `review.authorship.is_touch_up`) keeps the
    author of the words it was edited from.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    fingerprint = models.CharField(max_length=64, help_text="The finding's fingerprint (see review.fingerprints).")
    rule = models.CharField(max_length=100)
    unit = models.CharField(max_length=300, help_text="Where: stream block uuid plus item path, or the page field.")
    words = models.TextField(blank=True, help_text="The flagged words (the finding's excerpt).")
    sentence = models.TextField(blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+")
    introduced_in = models.PositiveBigIntegerField(help_text="Id of the revision that introduced these words.")
    seen_in = models.PositiveBigIntegerField(help_text="Id of the newest checked revision that has this finding.")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "fingerprint"], name="review_flagged_words_once")]
        indexes = [models.Index(fields=["page", "seen_in"])]

    def __str__(self):
        return f"{self.rule} on page {self.page_id}: {self.words[:40]}"
