"""Filters of the "Broken links" report."""

import django_filters
from django.db.models import Exists, OuterRef
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Page

from linkcheck.models import Outcome, PageLink

PROBLEMS = (PageLink.Severity.ERROR, PageLink.Severity.WARNING)


def _linked_pages(request):
    return Page.objects.filter(Exists(PageLink.objects.filter(page=OuterRef("pk"), severity__in=PROBLEMS))).order_by(
        "title"
    )


class BrokenLinksFilterSet(WagtailFilterSet):
    outcome = django_filters.ChoiceFilter(label="Status", choices=Outcome.choices)
    severity = django_filters.ChoiceFilter(
        label="Severity", choices=[(PageLink.Severity.ERROR, "Error"), (PageLink.Severity.WARNING, "Warning")]
    )
    page = django_filters.ModelChoiceFilter(label="Page", queryset=_linked_pages)
    host = django_filters.CharFilter(label="Host", lookup_expr="icontains")
    kind = django_filters.ChoiceFilter(label="Kind", choices=PageLink.Kind.choices)
    version = django_filters.ChoiceFilter(label="Version", choices=PageLink.Version.choices)

    class Meta:
        model = PageLink
        fields = ["outcome", "severity", "page", "host", "kind", "version"]
