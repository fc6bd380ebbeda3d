"""In a real browser: while the latest version's check is queued, the findings panel says
"Checking…"; once the result is stored (by a task-queue worker; here the test stores it as the
worker does) the findings and the toggle's counter appear without a page reload."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from findings_panel import open_findings
from wagtail.models import Page, Site

from pages.models import ArticleIndexPage, ArticlePage, HomePage
from review import checks
from review.models import CheckRun

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "browser-checking-pw-1"


@pytest.fixture
def queued(settings):
    """A draft article whose latest revision has no stored check yet (it waits in the queue)."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="home-checking"))
    Site.objects.filter(is_default_site=True).update(root_page=home)
    user = get_user_model().objects.create_user("edna", "edna@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    index = home.add_child(instance=ArticleIndexPage(title="Health", slug="health"))
    page = ArticlePage(title="Using the cream", slug="cream", summary="How to use the cream.", live=False,
                       body=[{"type": "paragraph", "value": "<p>You will recieve a tube of cream.</p>"}],
                       medical_reviewer="Dr Test, MRCP", last_reviewed=date(2026, 1, 15))
    index.add_child(instance=page)
    revision = page.save_revision()
    CheckRun.objects.filter(revision=revision).delete()
    return page, revision


def test_the_panel_shows_the_findings_once_the_queued_check_is_stored(admin_page, queued):
    article, revision = queued
    page = admin_page("edna", PASSWORD)
    page.goto(f"/admin/pages/{article.pk}/edit/")
    page.evaluate("() => { window.sameDocument = true; }")  # gone if the page reloads
    panel = open_findings(page)
    panel.get_by_text("Checking…").wait_for(state="visible")
    assert not panel.locator("[data-review-finding]").count()

    checks.check_revision(revision)  # what the worker does when the check's turn comes

    panel.locator("[data-review-finding]").filter(has_text="recieve").first.wait_for(state="visible")
    assert not panel.get_by_text("Checking…").count()
    assert page.evaluate("() => window.sameDocument === true")
    counter = page.locator('[data-side-panel-toggle="content-findings"] [data-side-panel-toggle-counter]')
    assert int(counter.inner_text()) >= 1
