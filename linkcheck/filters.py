"""Filters of the "Broken links" report, and which links a user may see in it."""

import django_filters
from django.db.models import Exists, OuterRef
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from linkcheck.models import Outcome, PageLink

PROBLEMS = (PageLink.Severity.ERROR, PageLink.Severity.WARNING)


def visible_links(user):
    """The links of the pages `user` may edit (every page for a superuser; none for others)."""
    if not (user and user.is_authenticated and user.is_active):
        return PageLink.objects.none()
    if user.is_superuser:
        return PageLink.objects.all()
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return PageLink.objects.filter(page__in=editable.values("pk"))


def _linked_pages(request):
    problems = visible_links(getattr(request, "user", None)).filter(page=OuterRef("pk"), severity__in=PROBLEMS)
    return Page.objects.filter(Exists(problems)).order_by("title")


class BrokenLinksFilterSet(WagtailFilterSet):
    outcome = django_filters.ChoiceFilter(label="Status", choices=Outcome.choices)
    severity = django_filters.ChoiceFilter(
        label="Severity", choices=[(PageLink.Severity.ERROR, "Error"), (PageLink.Severity.WARNING, "Warning")]
    )
    # A chooser, not a list of every page with a broken link: the form stays the same size as the site grows.
    page = django_filters.ModelChoiceFilter(label="Page", queryset=_linked_pages, widget=AdminPageChooser())
    host = django_filters.CharFilter(label="Host", lookup_expr="icontains")
    kind = django_filters.ChoiceFilter(label="Kind", choices=PageLink.Kind.choices)
    version = django_filters.ChoiceFilter(label="Version", choices=PageLink.Version.choices)

    class Meta:
        model = PageLink
        fields = ["outcome", "severity", "page", "host", "kind", "version"]
