"""Admin URLs of the review UI (mounted under /admin/content-checks/ by wagtail_hooks)."""

from django.urls import path

from review import reports, views

app_name = "review"
urlpatterns = [
    path("", reports.ContentChecksReportView.as_view(), name="report"),
    path("results/", reports.ContentChecksReportView.as_view(results_only=True), name="report_results"),
    path("page/<int:page_id>/check-status/", views.check_status, name="check_status"),
    path("page/<int:page_id>/finding/<str:fingerprint>/decide/", views.decide, name="decide"),
    path("page/<int:page_id>/decisions/", views.decide_many, name="decide_many"),
    path("page/<int:page_id>/finding/<str:fingerprint>/apply/", views.apply_suggestion, name="apply_suggestion"),
]
