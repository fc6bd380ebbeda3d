"""Wagtail hooks: the report's menu item and URLs, and the warning before a linked page goes away."""

from django.contrib import messages
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from linkcheck import urls
from linkcheck.notices import broken_link_count, linking_pages_warning


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("link-checks/", include(urls, namespace="linkcheck"))]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return AdminOnlyMenuItem("Broken links", reverse("linkcheck:report"), icon_name="link", order=750)


@hooks.register("register_page_header_buttons")
def broken_links_button(page, user, view_name, next_url=None):
    # Where a draft's link results show up once the background check has run.
    count = broken_link_count(page)
    if count:
        url = reverse("linkcheck:report") + f"?page={page.pk}"
        yield PageMenuItem(f"Broken links ({count})", url, icon_name="link", priority=66, page=page)


def _warn_on_confirmation(request, page) -> None:
    # The hooks also run when the action is confirmed (POST); the warning belongs on the question.
    warning = linking_pages_warning(page) if request.method == "GET" else ""
    if warning:
        messages.warning(request, warning)


@hooks.register("before_delete_page")
def warn_before_delete(request, page):
    _warn_on_confirmation(request, page)


@hooks.register("before_move_page")
def warn_before_move(request, page, destination):
    _warn_on_confirmation(request, page)
