"""What the link checker knows: fetched results per address (a cache with TTLs) and the links
found on each page with their latest verdict (for the "Broken links" report).

Models hold data only; fetching lives in `external`, judging internal links in `internal`.
"""

import hashlib

from django.db import models
from django.utils import timezone
from wagtail.models import Page


def url_hash(url: str) -> str:
    """Addresses have no length limit, so they are looked up by a fixed-size digest."""
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()


class Outcome(models.TextChoices):
    OK = "ok", "OK"
    PENDING = "pending", "Not checked yet"
    # Internal links (this CMS's pages, documents and images).
    DELETED = "deleted", "Target deleted"
    UNPUBLISHED = "unpublished", "Target not published"
    PRIVATE = "private", "Target private"
    OTHER_SITE = "other-site", "Target on another site"
    NOT_FOUND = "not-found", "No page at this address"
    MISSING_FILE = "missing-file", "File missing"
    MISSING_ANCHOR = "missing-anchor", "Anchor missing"
    # External links (the engine's outcomes).
    BROKEN = "broken", "Broken (4xx)"
    SERVER_ERROR = "server-error", "Server error (5xx)"
    RATE_LIMITED = "rate-limited", "Rate limited"
    TIMEOUT = "timeout", "Timed out"
    CONNECTION_ERROR = "connection-error", "Connection failed"
    REDIRECT_LOOP = "redirect-loop", "Redirect loop"
    TOO_MANY_REDIRECTS = "too-many-redirects", "Too many redirects"
    MOVED = "moved", "Moved permanently"
    BLOCKED = "blocked", "Not checked (address not allowed or not found)"
    INVALID = "invalid", "Malformed address"
    UNCHECKED = "unchecked", "Not checked (policy)"


class LinkResult(models.Model):
    """The answer one page address gave, reused until `expires_at` (the TTL depends on the outcome)."""

    url = models.TextField()
    url_hash = models.CharField(max_length=64, unique=True, editable=False)
    outcome = models.CharField(max_length=32, choices=Outcome.choices)
    status = models.PositiveSmallIntegerField(null=True, blank=True)
    final_url = models.TextField(blank=True)
    error = models.TextField(blank=True)
    # Redirect hops, page anchors, content type: what the engine needs to answer from the cache.
    details = models.JSONField(default=dict, blank=True)
    checked_at = models.DateTimeField()
    expires_at = models.DateTimeField(db_index=True)
    first_seen = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "link result"

    def __str__(self):
        return f"{self.url[:100]} → {self.outcome}"

    def save(self, *args, **kwargs):
        self.url_hash = url_hash(self.url)
        super().save(*args, **kwargs)


class PageLink(models.Model):
    """One link on one version (live or latest draft) of a page, with its latest verdict."""

    class Kind(models.TextChoices):
        INTERNAL = "internal", "Internal"
        EXTERNAL = "external", "External"

    class Version(models.TextChoices):
        LIVE = "live", "Live"
        DRAFT = "draft", "Draft"

    class Severity(models.TextChoices):
        NONE = "", "OK"
        INFO = "info", "Info"
        WARNING = "warning", "Warning"
        ERROR = "error", "Error"

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    version = models.CharField(max_length=8, choices=Version.choices)
    kind = models.CharField(max_length=8, choices=Kind.choices)
    position = models.PositiveIntegerField(help_text="Order of the link on the page.")
    url = models.TextField()
    url_hash = models.CharField(max_length=64, db_index=True, editable=False)
    host = models.CharField(max_length=255, blank=True, db_index=True)
    link_text = models.TextField(blank=True)
    block_path = models.CharField(max_length=255, blank=True)
    target_page = models.ForeignKey(Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    result = models.ForeignKey(LinkResult, null=True, blank=True, on_delete=models.SET_NULL, related_name="links")
    outcome = models.CharField(max_length=32, choices=Outcome.choices, default=Outcome.PENDING, db_index=True)
    severity = models.CharField(max_length=8, choices=Severity.choices, blank=True, db_index=True)
    status = models.PositiveSmallIntegerField(null=True, blank=True)
    message = models.TextField(blank=True)
    first_seen = models.DateTimeField(default=timezone.now)
    last_checked = models.DateTimeField(null=True, blank=True)
    # For draft rows: the revision they were checked from (publishing it promotes them to live).
    revision_id = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["page_id", "version", "position"]
        indexes = [models.Index(fields=["page", "version"])]

    def __str__(self):
        return f"{self.url[:100]} on page {self.page_id} ({self.version})"

    @property
    def is_problem(self) -> bool:
        return self.severity in (self.Severity.WARNING, self.Severity.ERROR)

    def save(self, *args, **kwargs):
        self.url_hash = url_hash(self.url)
        super().save(*args, **kwargs)


class HostTurn(models.Model):
    """When the next request to a host may start, shared by every process that fetches links
    (web server, workers, `check_links`): see `linkcheck.politeness.DatabaseHostSchedule`."""

    host = models.CharField(max_length=255, primary_key=True)
    next_start = models.FloatField(help_text="Wall-clock time (Unix seconds) of the next free start.")

    def __str__(self):
        return f"{self.host}: next request at {self.next_start:.3f}"


class HostSlot(models.Model):
    """One of a host's connection slots, shared by every process that fetches links: a request
    holds one while it runs, so all processes together keep `per_host` requests in flight at
    most (see `linkcheck.politeness.DatabaseHostSchedule.take_slot`). A slot is free when its
    lease has expired, whether its holder gave it back or crashed."""

    host = models.CharField(max_length=255)
    number = models.PositiveSmallIntegerField()
    holder = models.CharField(max_length=32, blank=True, help_text="The token of the request holding it.")
    expires_at = models.FloatField(default=0.0, help_text="Wall-clock time (Unix seconds) the lease ends.")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["host", "number"], name="linkcheck_hostslot_unique")]

    def __str__(self):
        return f"{self.host} slot {self.number}: held until {self.expires_at:.3f}"
