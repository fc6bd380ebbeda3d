"""In a real browser, as a Compliance reviewer: decisions on several findings at once from the
findings panel without a page reload, a decision made with the keyboard alone, and a
double-clicked "Approve and Publish" that publishes once (issue 12: reviewer workload, bug 6)."""

import re
import threading
from contextlib import contextmanager
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from docs_screenshots import copy_to_docs
from findings_panel import PANEL, open_findings
from wagtail.models import Page, PageLogEntry, Site
from wagtail.signals import page_published

from pages.models import ArticleIndexPage, ArticlePage, HomePage
from review.models import FindingDecision

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "browser-decisions-pw-1"
CLAIMS = ("This cream is a miracle cure for acne.", "It is guaranteed to clear your skin in 3 days.",
          "Doctors agree it works for everyone.")
CLEAN = ("Wash your skin gently twice a day.", "Rinse with warm water.")
# Set before acting; a page reload would lose it.
MARK_JS = "() => { window.reviewNoReload = true; }"
NOT_RELOADED_JS = "() => window.reviewNoReload === true"
# Wagtail's w-unsaved controller takes the form's starting state about 2 s after the editor loads.
WATCHING_EDITS_JS = """() => {
  const form = document.querySelector('form[data-edit-form]');
  return Boolean(window.wagtail.app.getControllerForElementAndIdentifier(form, 'w-unsaved')?.initialFormData);
}"""


@pytest.fixture
def site(settings):
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="home-decisions"))
    Site.objects.filter(is_default_site=True).update(root_page=home)
    users = get_user_model().objects
    people = {}
    for username, group in (("edna", "Editors"), ("rex", "Compliance reviewers")):
        people[username] = users.create_user(username, f"{username}@example.org", PASSWORD)
        people[username].groups.add(Group.objects.get(name=group))
    index = home.add_child(instance=ArticleIndexPage(title="Health", slug="health"))
    return index, people


def add_article(site, slug, texts):
    index, people = site
    page = ArticlePage(title=slug.title(), slug=slug, summary="How to use the cream.", live=False,
                       body=[{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts],
                       medical_reviewer="Dr Test, MRCP", last_reviewed=date(2026, 1, 15))
    index.add_child(instance=page)
    page.save_revision(user=people["edna"])
    return page


@contextmanager
def slow_publish(seconds=1.5):
    """Publishing takes a moment longer, so a second click lands while the first is at work."""
    def pause(sender, **kwargs):
        threading.Event().wait(seconds)

    page_published.connect(pause, dispatch_uid="test.slow_publish")
    try:
        yield
    finally:
        page_published.disconnect(dispatch_uid="test.slow_publish")


def leave_editor(page):
    """Leave the editor while the test's database is there: its "editing session released"
    request must not reach the live server while the database is being flushed."""
    page.goto("/admin/")
    page.wait_for_load_state("networkidle")


def open_editor(admin_page, page):
    browser_page = admin_page("rex", PASSWORD)
    browser_page.goto(f"/admin/pages/{page.pk}/edit/")
    browser_page.evaluate(MARK_JS)
    return browser_page


def test_reviewer_decides_on_all_blocking_findings_at_once_without_reload(admin_page, site, screenshots):
    article = add_article(site, "claims", CLAIMS)
    page = open_editor(admin_page, article)
    panel = open_findings(page)
    blocking = panel.locator("[data-review-select][data-review-blocking]").count()
    assert blocking >= 4
    panel.get_by_role("button", name="Select all blocking").click()
    assert panel.locator("[data-review-selected-count]").inner_text() == f"{blocking} of {blocking} selected"
    bulk = panel.locator("[data-review-bulk-form]")
    bulk.get_by_label("Waive").check()
    bulk.get_by_label(re.compile("^Reason")).fill("Agreed with marketing: wording approved for the campaign.")
    page.screenshot(path=str(screenshots / "reviewer-bulk-decision.png"))
    copy_to_docs(screenshots / "reviewer-bulk-decision.png", "reviewer-bulk-decision.png")
    bulk.get_by_role("button", name="Decide selected").click()

    status = page.locator("[data-review-decision-status]")
    status.filter(has_text=f"Waived: {blocking} findings.").wait_for()
    assert page.evaluate(NOT_RELOADED_JS), "the editor reloaded"
    assert page.locator(f"{PANEL} [data-review-open-count]").inner_text() == "0"
    assert page.locator(f"{PANEL} .review-finding--blocking").count() == 0
    assert page.locator('[data-side-panel-toggle="content-findings"] [data-side-panel-toggle-counter]').is_hidden()
    stored = FindingDecision.objects.filter(page=article)
    assert stored.count() == blocking
    assert set(stored.values_list("decision", "user__username")) == {("waive", "rex")}
    page.screenshot(path=str(screenshots / "reviewer-bulk-decision-done.png"))
    leave_editor(page)


def test_reviewer_decides_with_the_keyboard_alone(admin_page, site):
    article = add_article(site, "keyboard", CLAIMS[:1])
    page = open_editor(admin_page, article)
    toggle = page.locator('[data-side-panel-toggle="content-findings"]')
    toggle.focus()
    page.keyboard.press("Enter")
    page.locator(PANEL).wait_for(state="visible")

    def tab_to(selector, key="Tab", limit=80):
        for _ in range(limit):
            page.keyboard.press(key)
            if page.evaluate("(s) => document.activeElement.matches(s)", selector):
                return
        raise AssertionError(f"{key} never reached {selector}")

    # Into the list to tick the finding, then back up to the form above it.
    tab_to("[data-review-select]")
    page.keyboard.press("Space")
    assert page.locator("[data-review-select]").first.is_checked()
    assert page.locator("[data-review-selected-count]").inner_text() == "1 of 1 selected"
    tab_to('[data-review-bulk-form] input[value="approve"]', key="Shift+Tab")
    page.keyboard.press("Space")
    tab_to("#review-bulk-reason")
    page.keyboard.type("Checked against the product licence.")
    tab_to("[data-review-bulk-submit]")
    page.keyboard.press("Enter")

    page.locator("[data-review-decision-status]").filter(has_text="Approved: ").wait_for()
    assert page.evaluate(NOT_RELOADED_JS)
    assert page.evaluate("() => document.activeElement.matches('[data-review-heading]')")
    assert page.locator("[data-review-decision-status]").get_attribute("aria-live") == "polite"
    decision = FindingDecision.objects.get(page=article)
    assert (decision.decision, decision.reason) == ("approve", "Checked against the product licence.")
    leave_editor(page)


def test_approve_and_publish_double_clicked_publishes_once(admin_page, site):
    _, people = site
    article = add_article(site, "clean", CLEAN)
    article.get_workflow().start(article, people["edna"])
    mail.outbox.clear()
    page = admin_page("rex", PASSWORD)
    page.goto(f"/admin/pages/{article.pk}/edit/")
    posts = []
    page.on("request", lambda request: request.method == "POST" and "/edit/" in request.url and posts.append(request))
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").last.click()
    button = page.get_by_role("button", name="Approve and Publish").element_handle()  # hidden once clicked
    with slow_publish():
        # A double click: the second click lands while the first request is at work; the
        # browser abandons the first navigation and posts again, the server goes on with both.
        button.evaluate("(button) => { button.click(); setTimeout(() => button.click(), 300); }")
        page.get_by_text("was already approved and published by rex").wait_for(timeout=30_000)
    assert len(posts) == 2
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live and not article.has_unpublished_changes
    assert PageLogEntry.objects.filter(page=article, action="wagtail.publish").count() == 1
    assert [m.to for m in mail.outbox if "approved" in m.subject.lower()] == [["edna@example.org"]]
    leave_editor(page)


def test_an_unfinished_decision_survives_the_autosave_of_the_panel(admin_page, site, settings):
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 500  # autosave on: it re-renders the side panels
    article = add_article(site, "autosaved", CLAIMS[:1])
    site[1]["rex"].groups.add(Group.objects.get(name="Editors"))  # a reviewer who also edits
    page = open_editor(admin_page, article)
    item = open_findings(page).locator("[data-review-finding]").first
    item.locator("summary").click()
    item.get_by_label("Waive — accept the risk").check()
    item.locator("textarea[name=reason]").fill("Half-typed reas")
    item.locator("[data-review-select]").check()
    page.wait_for_function(WATCHING_EDITS_JS)
    with page.expect_response(lambda response: response.request.method == "POST" and "/edit/" in response.url):
        page.locator("#id_title").press("End")
        page.keyboard.type(" (updated)")
    page.wait_for_function("() => !document.querySelector('[data-review-findings]').isConnected"
                           " || document.querySelector('[data-review-findings] details[open]')")
    item = page.locator(f"{PANEL} [data-review-finding]").first
    assert item.locator("details").get_attribute("open") is not None
    assert item.get_by_label("Waive — accept the risk").is_checked()
    assert item.locator("textarea[name=reason]").input_value() == "Half-typed reas"
    assert item.locator("[data-review-select]").is_checked()
    leave_editor(page)
