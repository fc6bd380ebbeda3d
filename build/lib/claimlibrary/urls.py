"""Admin URLs of the finding actions (mounted under /admin/claims/ by wagtail_hooks)."""

from django.urls import path

from claimlibrary import views

app_name = "claimlibrary"
urlpatterns = [
    path("page/<int:page_id>/finding/<str:fingerprint>/cite/", views.AttachReferenceView.as_view(), name="attach"),
    path("page/<int:page_id>/finding/<str:fingerprint>/approve/", views.ApproveClaimView.as_view(), name="approve"),
    path("page/<int:page_id>/finding/<str:fingerprint>/suggestions/", views.finding_suggestions,
         name="suggestions"),
]
