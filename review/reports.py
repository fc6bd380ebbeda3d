"""The "Content checks" admin report: open findings across the site (a Wagtail ReportView,
so it has filters and CSV/XLSX export like Wagtail's own reports).

A finding is listed when it belongs to the newest check run of its page's latest revision and
no approve/waive decision is in force for it (a later "request changes" reopens it, as in the
gate). Compliance reviewers see every article; editors see the articles they can edit.
"""

import django_filters
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Value, When
from django.urls import reverse
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminPageChooser
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.exports import StreamingExportMixin
from pages.models import ArticlePage
from review.decisions import is_reviewer
from review.models import StoredFinding

EDITING_PERMISSIONS = ["add", "change", "publish"]


def may_see_report(user) -> bool:
    """Editors and reviewers (never anonymous)."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    return is_reviewer(user) or PagePermissionPolicy().user_has_any_permission(user, EDITING_PERMISSIONS)


def open_findings(user=None):
    """Open findings of every article's current version, with `decision_in_force` (a request
    for changes, or None) and the page and the author of the flagged words loaded along."""
    queryset = (StoredFinding.objects.current().open().with_decision_in_force()
                .select_related("run__page", "author")
                .defer("run__timings"))
    if user is not None and not is_reviewer(user):
        editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
        queryset = queryset.filter(run__page__in=editable.values("pk"))
    return queryset


def _pages_with_findings(request):
    return ArticlePage.objects.filter(pk__in=open_findings(getattr(request, "user", None)).values("run__page_id")
                                      ).order_by("title")


def _authors(request):
    return get_user_model().objects.filter(
        pk__in=open_findings(getattr(request, "user", None)).values("author_id")
    ).order_by(get_user_model().USERNAME_FIELD)


def _rules():
    rules = StoredFinding.objects.current().order_by("rule").values_list("rule", flat=True).distinct()
    return [(rule, rule) for rule in rules]


class ContentChecksFilterSet(WagtailFilterSet):
    category = django_filters.ChoiceFilter(
        label="Category", choices=[("copy", "Copy"), ("claim", "Claim"), ("link", "Link")]
    )
    severity = django_filters.ChoiceFilter(
        label="Severity", choices=[("error", "Error"), ("warning", "Warning"), ("info", "Info")]
    )
    rule = django_filters.ChoiceFilter(label="Rule", choices=_rules)
    # A chooser, not a list of every page with findings: the form stays the same size as the site grows.
    page = django_filters.ModelChoiceFilter(label="Page", field_name="run__page", queryset=_pages_with_findings,
                                            widget=AdminPageChooser(target_models=[ArticlePage]))
    author = django_filters.ModelChoiceFilter(
        label="Author", field_name="author", queryset=_authors,
        help_text="Who wrote the flagged words",
    )

    class Meta:
        model = StoredFinding
        fields = ["category", "severity", "rule", "page", "author"]


class ContentChecksReportView(StreamingExportMixin, ReportView):
    page_title = "Content checks"
    header_icon = "warning"
    index_url_name = "review:report"
    index_results_url_name = "review:report_results"
    filterset_class = ContentChecksFilterSet
    results_template_name = "wagtailadmin/reports/base_report_results.html"
    export_filename = "content-checks"
    columns = [
        TitleColumn("page", label="Page", accessor="run.page.get_admin_display_title", width="18%",
                    get_url=lambda finding: reverse("wagtailadmin_pages:edit", args=(finding.run.page_id,))),
        Column("severity", label="Severity"),
        Column("category", label="Category"),
        Column("rule", label="Rule"),
        Column("excerpt", label="Flagged text"),
        Column("field", label="Field", accessor="field_label"),
        Column("message", label="Message"),
        Column("author", label="Author", accessor="author"),
        DateColumn("checked", label="Checked", accessor="run.created_at"),
    ]
    list_export = [
        "run.page.get_admin_display_title", "run.page_id", "severity", "category", "rule", "excerpt", "sentence",
        "message", "field_label", "origin", "author", "run.created_at", "decision_in_force", "fingerprint",
    ]
    export_headings = {
        "run.page.get_admin_display_title": "Page",
        "run.page_id": "Page id",
        "excerpt": "Flagged text",
        "field_label": "Field",
        "origin": "Where",
        "author": "Author",
        "run.created_at": "Checked",
        "decision_in_force": "Decision",
    }

    def dispatch(self, request, *args, **kwargs):
        if not may_see_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        severity_rank = Case(When(severity="error", then=Value(0)), When(severity="warning", then=Value(1)),
                             default=Value(2), output_field=IntegerField())
        return open_findings(self.request.user).annotate(severity_rank=severity_rank).order_by(
            "run__page__title", "run__page_id", "severity_rank", "start", "rule"
        )


class ContentChecksMenuItem(MenuItem):
    """In the Reports menu of editors and reviewers."""

    def __init__(self):
        super().__init__("Content checks", reverse("review:report"), icon_name="warning", order=740)

    def is_shown(self, request):
        return may_see_report(request.user)
