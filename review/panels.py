"""The findings side panel of the article editor.

A Wagtail `SidePanel` (like Status, Checks and Comments) added by the ArticlePage edit view
(review.listing registers the view through a `PageViewSet`). It lists the findings of the
newest check of the page's latest revision, grouped by category and severity, each with its
message, suggestions, the reviewers' decisions and a "Show" button that scrolls the editor to
the flagged text (static/review/js/findings-panel.js). The toggle's counter is the number of
open findings. Autosave re-renders side panels, so the list follows the editor's changes.
While the latest version's check is queued or running the panel says "Checking…" and
polls review.views.check_status until the result is stored (static/review/js/findings-checking.js).
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.forms import Media
from django.middleware.csrf import get_token
from django.urls import reverse
from wagtail.admin.ui.side_panels import BaseSidePanel
from wagtail.admin.views.pages.edit import EditView
from wagtail.models import Page

from review import conf, decisions, gate
from review.checks import findings_of, latest_run
from review.models import CheckRun, FindingDecision, StoredFinding
from review.workflow_actions import LockedWorkflowActionMixin

CATEGORIES = {"copy": "Copy", "claim": "Claims", "link": "Links"}
SEVERITIES = {"error": "Errors", "warning": "Warnings", "info": "Notes"}
CONTEXT_CHARS = 40  # characters of the sentence shown either side of the flagged text
RICH_TEXT_ORIGINS = (".value", ".text")  # body text where a citation marker can go (or .items.N)


@dataclass
class PanelFinding:
    finding: StoredFinding
    decision: FindingDecision | None = None  # the latest decision in force
    history: list[FindingDecision] = field(default_factory=list)
    can_resolve: bool = False  # approve / waive
    can_request_changes: bool = False
    attach_url: str = ""
    approve_claim_url: str = ""
    library_matches: list = field(default_factory=list)

    @property
    def resolved(self) -> bool:
        return self.decision is not None and self.decision.resolves

    @property
    def blocking(self) -> bool:
        return not self.resolved and gate.is_blocking_kind(self.finding)

    @property
    def context(self) -> tuple[str, str, str] | None:
        """(words before, flagged text, words after) within its sentence, so a short excerpt
        such as "sore" reads as "… known as cold sore, during …"."""
        sentence, excerpt = self.finding.sentence or "", self.finding.excerpt or ""
        at = sentence.find(excerpt) if excerpt else -1
        if at < 0 or sentence == excerpt:
            return None
        before, after = sentence[:at], sentence[at + len(excerpt):]
        before = ("…" + before[-CONTEXT_CHARS:].split(" ", 1)[-1]) if len(before) > CONTEXT_CHARS else before
        after = (after[:CONTEXT_CHARS].rsplit(" ", 1)[0] + "…") if len(after) > CONTEXT_CHARS else after
        return before, excerpt, after

    @property
    def safe_suggestions(self) -> list[tuple[int, str]]:
        return [(i, s.get("replacement", "")) for i, s in enumerate(self.finding.suggestions or []) if s.get("safe")]

    @property
    def other_suggestions(self) -> list[str]:
        return [s.get("replacement", "") for s in self.finding.suggestions or [] if not s.get("safe")]


@dataclass
class FindingGroup:
    category: str
    label: str
    severities: list[tuple[str, str, list[PanelFinding]]]  # (severity, label, findings)

    @property
    def count(self) -> int:
        return sum(len(items) for _, _, items in self.severities)


@dataclass
class PanelData:
    run: CheckRun | None
    groups: list[FindingGroup]
    open_count: int
    blocking_count: int
    total: int
    claim_profile: str  # the claim policy the checks apply to this page

    @property
    def selectable_count(self) -> int:
        """Open findings this user may approve or waive (so select for a decision on several)."""
        return sum(1 for group in self.groups for _, _, items in group.severities for item in items
                   if item.can_resolve and not item.resolved)


CLAIM_PROFILE_LABELS = {
    "promotional": "Promotional: every benefit claim needs a source",
    "editorial": "Editorial: promises, unnamed evidence, uncited figures and timelines need a source",
}


def panel_data(page, user) -> PanelData:
    """Everything the panel shows for `page` (the real page record) and `user`."""
    run = latest_run(page)
    findings = findings_of(run) if run is not None and run.status == CheckRun.Status.OK else []
    reviewer = decisions.is_reviewer(user)
    items = [PanelFinding(finding) for finding in findings]
    _add_decisions(page, items)
    authors = decisions.author_ids(findings) if reviewer else {}
    for item in items:
        if reviewer:
            item.can_request_changes = True
            item.can_resolve = decisions.refusal(user, item.finding, FindingDecision.Kind.APPROVE, authors) is None
    _add_claim_actions(page, items, reviewer)
    groups = _group(items)
    open_items = [item for item in items if not item.resolved]
    # A check that could not run is one open problem, blocking while the gate fails closed.
    failed = int(run is not None and run.status == CheckRun.Status.FAILED)
    blocking = sum(1 for item in open_items if item.blocking) + (failed if conf.fail_closed() else 0)
    return PanelData(run, groups, len(open_items) + failed, blocking, len(items), conf.claim_profile_for(page))


def _add_decisions(page, items: list[PanelFinding]) -> None:
    by_fingerprint = {item.finding.fingerprint: item for item in items}
    queryset = FindingDecision.objects.not_lapsed().for_findings(page.pk, by_fingerprint).select_related(
        "user").newest_first()
    for decision in queryset:
        item = by_fingerprint[decision.fingerprint]
        item.history.append(decision)
        if item.decision is None:
            item.decision = decision


def _add_claim_actions(page, items: list[PanelFinding], reviewer: bool) -> None:
    """Links to the approved-claims library's actions (when that app is installed)."""
    if not apps.is_installed("claimlibrary"):
        return
    from claimlibrary.library import is_library_finding
    from claimlibrary.suggestions import suggest_for_sentences

    claims = [item for item in items if item.finding.category == "claim"]
    if not claims:
        return
    matches = suggest_for_sentences([item.finding.sentence for item in claims if item.finding.sentence])
    for item in claims:
        finding = item.finding
        if finding.origin.startswith("body.") and (finding.origin.endswith(RICH_TEXT_ORIGINS) or ".items." in
                                                   finding.origin):
            item.attach_url = reverse("claimlibrary:attach", args=[page.pk, finding.fingerprint])
        if reviewer and item.can_resolve and is_library_finding(finding):
            item.approve_claim_url = reverse("claimlibrary:approve", args=[page.pk, finding.fingerprint])
        item.library_matches = matches.get(finding.sentence, [])


def _group(items: list[PanelFinding]) -> list[FindingGroup]:
    categories = list(CATEGORIES) + sorted({i.finding.category for i in items} - set(CATEGORIES))
    groups = []
    for category in categories:
        severities = []
        for severity in [*SEVERITIES, *sorted({i.finding.severity for i in items} - set(SEVERITIES))]:
            matching = [i for i in items if i.finding.category == category and i.finding.severity == severity]
            # Open findings first, in reading order; decided ones after them.
            matching.sort(key=lambda i: (i.resolved, i.finding.start))
            if matching:
                severities.append((severity, SEVERITIES.get(severity, severity.title()), matching))
        if severities:
            groups.append(FindingGroup(category, CATEGORIES.get(category, category.title()), severities))
    return groups


class FindingsSidePanel(BaseSidePanel):
    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = "Toggle content findings"
        icon_name = "warning"

        def get_context_data(self, parent_context):
            context = super().get_context_data(parent_context)
            data = self.panel.data
            context["count"] = data.open_count
            self.counter_classname = "w-bg-critical-200" if data.blocking_count else ""
            return context

    name = "content-findings"
    title = "Content findings"
    template_name = "review/findings_panel.html"
    order = 250

    def __init__(self, object, request, *, real_page, next_url=None):
        super().__init__(object, request)
        self.real_page = real_page
        self.next_url = next_url or request.path  # where the panel's forms return to: the editor
        self._data = None

    @property
    def data(self) -> PanelData:
        if self._data is None:
            self._data = panel_data(self.real_page, self.request.user)
        return self._data

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        # Components render with their own context: the panel's forms need the CSRF token passed on.
        context.update(data=self.data, page_id=self.real_page.pk, next_url=self.next_url,
                       claim_profile_label=CLAIM_PROFILE_LABELS.get(self.data.claim_profile, self.data.claim_profile),
                       csrf_token=get_token(self.request), can_edit=self._can_edit())
        return context

    def _can_edit(self) -> bool:
        """May this user change the text (so apply suggestions)? Not while the page is locked
        for them, e.g. by a reviewer's lock or a workflow task they cannot act on."""
        user = self.request.user
        if not self.object.permissions_for_user(user).can_edit():
            return False
        lock = self.object.get_lock()
        return lock is None or not lock.for_user(user)

    @property
    def media(self):
        return Media(css={"all": ["review/css/review.css"]},
                     js=["review/js/findings-panel.js", "review/js/findings-checking.js",
                         "review/js/findings-decisions.js"])


def render_panel(page, request, next_url: str | None = None) -> str:
    """The panel's HTML as the editor of `page` shows it, for updating it in place (its forms
    return to `next_url`, by default the editor)."""
    real_page = Page.objects.only("pk", "latest_revision_id").get(pk=page.pk)
    next_url = next_url or reverse("wagtailadmin_pages:edit", args=[page.pk])
    return FindingsSidePanel(page, request, real_page=real_page, next_url=next_url).render_html({})


class ArticleEditView(LockedWorkflowActionMixin, EditView):
    """Wagtail's page editor plus the findings side panel; workflow actions taken once."""

    def get_side_panels(self):
        side_panels = super().get_side_panels()
        if not self.hydrate_create_view:
            # Read afresh: after an autosave the view's page record still names the revision
            # it loaded, not the one just saved (and checked).
            real_page = Page.objects.only("pk", "latest_revision_id").get(pk=self.page.pk)
            side_panels.append(FindingsSidePanel(self.page, self.request, real_page=real_page))
        return side_panels
