"""Wagtail hooks of the review app; the logic lives in the modules named here."""

from wagtail import hooks
from wagtail.models import Page

from review import admin_refusals
from review.actions import GatedPublishPageRevisionAction
from review.log_formatters import FORMATTERS


@hooks.register("register_log_actions")
def register_log_actions(actions):
    for action, formatter in FORMATTERS.items():
        actions.register_action(action)(formatter)


@hooks.register("register_actions")
def register_gated_publish(registry):
    registry.register(Page, GatedPublishPageRevisionAction)


# The editor's Publish button (edit and create views), after the revision is saved.
hooks.register("before_publish_page", admin_refusals.refuse_editor_publish)
# Bulk publish in the page explorer.
hooks.register("before_bulk_action", admin_refusals.refuse_bulk_publish)


# -- the review UI: findings side panel and status column (ArticlePage viewset), report, actions
@hooks.register("register_admin_viewset")
def register_article_page_viewset():
    from review.listing import article_page_viewset

    return article_page_viewset


@hooks.register("register_admin_urls")
def register_review_urls():
    from django.urls import include, path

    from review import urls

    return [path("content-checks/", include(urls, namespace="review"))]


@hooks.register("register_reports_menu_item")
def register_content_checks_menu_item():
    from review.reports import ContentChecksMenuItem

    return ContentChecksMenuItem()


@hooks.register("register_log_actions")
def register_review_ui_log_actions(actions):
    from review.fixes import APPLY_ACTION, AppliedSuggestionFormatter

    actions.register_action(APPLY_ACTION)(AppliedSuggestionFormatter)
