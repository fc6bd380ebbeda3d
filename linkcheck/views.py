"""The "Broken links" admin report (a Wagtail ReportView: filters, CSV/XLSX export) and its
"recheck now" action, for the people who edit pages (editors, reviewers, admins)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.exports import StreamingExportMixin
from linkcheck.checking import NOW, check_page, refresh_external
from linkcheck.filters import PROBLEMS, BrokenLinksFilterSet, visible_links
from linkcheck.models import PageLink


class StatusColumn(Column):
    """The outcome, with the HTTP status when there was one, and the explanation underneath."""

    cell_template_name = "linkcheck/status_cell.html"


def may_see_report(user) -> bool:
    """Users who may edit some page: what the report lists is theirs to fix."""
    return bool(user and user.is_active) and PagePermissionPolicy().user_has_any_permission(
        user, ["add", "change", "publish"])


class BrokenLinksMenuItem(MenuItem):
    """In the Reports menu of everyone who may open the report."""

    def __init__(self):
        super().__init__("Broken links", reverse("linkcheck:report"), icon_name="link", order=750)

    def is_shown(self, request):
        return may_see_report(request.user)


class RecheckColumn(Column):
    """A small form per row; rendered with the request, so it carries the CSRF token."""

    cell_template_name = "linkcheck/recheck_cell.html"

    def render_cell_html(self, instance, parent_context):
        context = self.get_cell_context_data(instance, parent_context)
        return self.cell_template.render(context, request=context["request"])


class BrokenLinksReportView(StreamingExportMixin, ReportView):
    page_title = "Broken links"
    header_icon = "link"
    index_url_name = "linkcheck:report"
    index_results_url_name = "linkcheck:report_results"
    filterset_class = BrokenLinksFilterSet
    results_template_name = "wagtailadmin/reports/base_report_results.html"
    columns = [
        # Titles wrap between words; long URLs may break anywhere (linkcheck/css/report.css).
        TitleColumn("page", label="Page", accessor="page.get_admin_display_title", classname="linkcheck-page",
                    get_url=lambda link: reverse("wagtailadmin_pages:edit", args=(link.page_id,))),
        Column("version", label="Version", accessor="get_version_display"),
        Column("link_text", label="Link text"),
        Column("url", label="URL", classname="linkcheck-url"),
        StatusColumn("outcome", label="Status"),
        DateColumn("first_seen", label="First seen"),
        DateColumn("last_checked", label="Last checked"),
        RecheckColumn("recheck", label=""),
    ]
    list_export = [
        "page.get_admin_display_title", "page_id", "version", "link_text", "url", "kind", "get_outcome_display",
        "status", "severity", "message", "block_path", "first_seen", "last_checked",
    ]
    export_headings = {
        "page.get_admin_display_title": "Page",
        "page_id": "Page id",
        "get_outcome_display": "Outcome",
        "status": "HTTP status",
    }

    def dispatch(self, request, *args, **kwargs):
        if not may_see_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        # Only the pages this user may edit (a draft's links are draft content). "error" sorts
        # before "warning": errors first.
        return visible_links(self.request.user).filter(severity__in=PROBLEMS).select_related("page").order_by(
            "severity", "page__title", "page_id", "version", "position"
        )


@require_POST
def recheck(request, link_id: int):
    """Check the link's page version again now; external links are fetched afresh (cache bypassed)."""
    link = get_object_or_404(PageLink.objects.select_related("page"), pk=link_id)
    if not link.page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if link.kind == PageLink.Kind.EXTERNAL:
        refresh_external([link], force=True)
    else:
        check_page(link.page, link.version, NOW)
    messages.success(request, f"Links of '{link.page.get_admin_display_title()}' checked again.")
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = reverse("linkcheck:report")
    return redirect(next_url)
