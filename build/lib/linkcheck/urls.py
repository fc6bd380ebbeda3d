"""Admin URLs of the link checker (mounted under /admin/link-checks/ by wagtail_hooks)."""

from django.urls import path

from linkcheck import views

app_name = "linkcheck"
urlpatterns = [
    path("", views.BrokenLinksReportView.as_view(), name="report"),
    path("results/", views.BrokenLinksReportView.as_view(results_only=True), name="report_results"),
    path("<int:link_id>/recheck/", views.recheck, name="recheck"),
]
