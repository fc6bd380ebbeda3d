"""The whole review story in a real browser (Chromium driven by Playwright):

an editor imports the demo Accutane article, sees its flags in the editor's findings panel,
fixes the copy errors and the broken link in the editor and submits it to the "Compliance
review" workflow; a reviewer approves or waives the remaining claim findings with reasons
and approves the workflow, which publishes; a reader opens the live page and sees the
corrected text and the references.

Runs against pytest-django's live server (a transactional database; the migrations' groups,
workflow and root page are restored by serialized rollback). The real rules run; external
links are not fetched (the test settings skip them).
"""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from docs_screenshots import copy_to_docs
from editor_text import SAVED_IN_FORM_JS, SELECT_TEXT_JS
from findings_panel import PANEL, open_findings

from pages.models import ArticlePage
from review.checks import latest_run

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DEMO_FILE = Path(__file__).resolve().parents[2] / "pages" / "demo_content" / "accutane_immune.html"
PASSWORD = "browser-story-pw-1"

# The copy and link errors the editor fixes by retyping: (text to select, replacement).
FIXES = [
    ("inspects regularly", "inspect them regularly"),
    ("cold sore,", "cold sores,"),
    # Starts before the link, so the typed text is plain (Draftail extends a link typed into).
    ("at our Accutane treatment page.", "with our care team."),
]

COUNTER_BELOW_JS = """(count) => {
  const toggle = document.querySelector('[data-side-panel-toggle="content-findings"]');
  const counter = toggle.querySelector('[data-side-panel-toggle-counter]');
  return Number(counter.textContent.trim()) < count;
}"""


NO_COPY_FINDINGS_JS = """() => document.querySelector('[data-side-panel="content-findings"]')
  && !document.querySelector('[data-side-panel="content-findings"] [data-review-category="copy"]')"""


HIGHLIGHT_IN_VIEW_JS = """() => {
  const box = document.querySelector('.review-highlight')?.getBoundingClientRect();
  return box && box.top > 80 && box.bottom < window.innerHeight - 120;
}"""
SCROLL_PANEL_TO_COPY_JS = """() => {
  const group = document.querySelector('[data-review-category="copy"]');
  let box = group.parentElement;
  while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
  box.scrollTop += group.getBoundingClientRect().top - box.getBoundingClientRect().top - 60;
}"""


@pytest.fixture
def demo_site(monkeypatch, settings):
    settings.REVIEW_GATE_ENABLED = True
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", PASSWORD)
    call_command("load_demo", verbosity=0)
    # The story imports the demo draft itself; drop the copy load_demo imported.
    ArticlePage.objects.filter(live=False).delete()
    users = get_user_model().objects
    editor = users.create_user("edna", "edna@example.org", PASSWORD, first_name="Edna", last_name="Editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    reviewer = users.create_user("rex", "rex@example.org", PASSWORD, first_name="Rex", last_name="Reviewer")
    reviewer.groups.add(Group.objects.get(name="Compliance reviewers"))
    return editor, reviewer


@pytest.fixture
def new_context(browser, live_server):
    """Browser contexts that are closed before the live server and database go away."""
    opened = []

    def make(**options):
        context = browser.new_context(base_url=live_server.url, **options)
        opened.append(context)
        return context

    yield make
    for context in opened:
        context.close()


def log_in(new_context, username):
    context = new_context(viewport={"width": 1440, "height": 1000})
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.accept())  # "leave with unsaved changes?" prompts
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    return page


def counter(page) -> int:
    return int(page.locator('[data-side-panel-toggle="content-findings"] [data-side-panel-toggle-counter]')
               .inner_text().strip())


def test_editor_reviewer_reader_story(new_context, demo_site, screenshots, tmp_path):
    editor, reviewer = demo_site

    # -- the editor imports the demo article (the import command of the project) ---------------
    out = tmp_path / "import.txt"
    with out.open("w") as stream:
        call_command("import_article", str(DEMO_FILE), stdout=stream)
    article = ArticlePage.objects.get(live=False)
    before = [f.excerpt for f in latest_run(article).findings.all()]
    assert {"inspects", "sore", "our Accutane treatment page"} <= set(before)

    # -- sees the flags in the findings panel -----------------------------------------------------
    page = log_in(new_context, "edna")
    page.goto(f"/admin/pages/{article.get_parent().pk}/")  # the explorer: a status badge per article
    badge = page.locator(f'a[href="/admin/pages/{article.pk}/edit/"][data-review-status]')
    assert badge.get_attribute("data-review-status") == "blocking"
    assert page.locator("[data-review-status=clear]").count() >= 1  # the published demo articles
    page.screenshot(path=str(screenshots / "00-explorer-status-badges.png"))
    badge.click()
    panel = open_findings(page)
    assert counter(page) == len(before)
    contexts = panel.locator("[data-review-context]").all_inner_texts()
    assert any("inspects regularly" in text for text in contexts)
    assert any("cold sore" in text for text in contexts)
    assert panel.locator('[data-review-category="copy"] [data-review-finding]').count() == 2
    assert panel.locator('input[value="approve"]').count() == 0  # editors do not decide

    # "Show in editor" selects the flagged words in the rich-text editor.
    item = panel.locator('[data-review-finding][data-review-rule="copy.verb-agreement"]')
    item.locator("[data-review-locate]").click()
    page.wait_for_function("() => window.getSelection().toString() === 'inspects'")
    page.wait_for_function(HIGHLIGHT_IN_VIEW_JS)  # after the smooth scroll to the flagged text
    page.evaluate(SCROLL_PANEL_TO_COPY_JS)  # for the screenshot: the copy findings at the top
    page.screenshot(path=str(screenshots / "01-editor-findings.png"))
    copy_to_docs(screenshots / "01-editor-findings.png", "editor-findings.png")

    # -- fixes the copy errors and the broken link in the editor, saves -------------------------
    for text, replacement in FIXES:
        assert page.evaluate(SELECT_TEXT_JS, text), text
        page.keyboard.type(replacement)
    # Draftail writes its content to the form's hidden inputs a moment after the last key.
    page.wait_for_function(SAVED_IN_FORM_JS, arg=[replacement for _, replacement in FIXES])
    # Autosave saves a revision, which is checked, and re-renders the side panels: the panel's
    # script keeps the toggle's counter in step.
    page.wait_for_function(COUNTER_BELOW_JS, arg=len(before))
    # An autosave may fire between two of the fixes: wait for the one after the last fix, whose
    # re-rendered panel has no copy finding left.
    page.wait_for_function(NO_COPY_FINDINGS_JS)
    with page.expect_navigation():
        page.get_by_role("button", name="Save draft").click()
    panel = open_findings(page)
    article.refresh_from_db()
    after = list(latest_run(article).findings.all())
    assert not {"inspects", "sore", "our Accutane treatment page"} & {f.excerpt for f in after}
    assert not [f for f in after if f.severity == "error" and f.category != "claim"]
    assert counter(page) == len(after)
    page.screenshot(path=str(screenshots / "02-editor-fixed.png"))

    # -- cites a source for one claim from its finding (the approved-claims app's form) ----------
    item = panel.locator('[data-review-finding]').filter(has_text="The study revealed").first
    item.locator("[data-review-cite]").click()
    page.wait_for_url(re.compile(r"/cite/"))
    page.check('input[name=reference][value="new"]')
    page.fill("input[name=authors]", "Example A, Sample B")
    page.fill("input[name=title]", "Isotretinoin and toll-like receptor 2 expression in acne")
    page.fill("input[name=publisher]", "Journal of Investigative Dermatology")
    page.fill("input[name=year]", "2008")
    page.fill("input[name=doi]", "10.5555/example.tlr2.2008")  # Crossref's example prefix
    with page.expect_navigation():
        page.get_by_role("button", name="Insert citation and save draft").click()
    panel = open_findings(page)
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().references.count() == 1
    assert not latest_run(article).findings.filter(excerpt="The study revealed").exists()
    assert "The study revealed" not in panel.inner_text()

    # -- submits to the Compliance review workflow -----------------------------------------------
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    with page.expect_navigation():
        page.locator("button[name=action-submit]").click()
    article.refresh_from_db()
    state = article.current_workflow_state
    assert state is not None and state.current_task_state.task.name == "Compliance review", (
        state and state.current_task_state.comment)
    page.context.close()

    # -- the reviewer decides on every remaining blocking finding, then approves -----------------
    page = log_in(new_context, "rex")
    page.goto(f"/admin/pages/{article.pk}/edit/")
    blocking = page.locator(f"{PANEL} .review-finding--blocking")
    decided = 0
    while True:
        panel = open_findings(page)
        if blocking.count() == 0:
            break
        item = blocking.first
        rule = item.get_attribute("data-review-rule")
        item.locator("summary").click()
        kind = "waive" if rule == "claim.fair-balance" else "approve"
        item.locator(f'input[value="{kind}"]').check()
        item.locator("textarea[name=reason]").fill(
            "Risk section to follow in the next update." if kind == "waive"
            else "Checked against the isotretinoin label and the BAD guideline.")
        if decided == 0:
            page.screenshot(path=str(screenshots / "03-reviewer-decides.png"))
        remaining = blocking.count()
        item.locator("[data-review-decision-form] button[type=submit]").click()  # decided in place, no reload
        page.wait_for_function("([selector, n]) => document.querySelectorAll(selector).length < n",
                               arg=[f"{PANEL} .review-finding--blocking", remaining])
        decided += 1
        assert decided < 40
    assert decided >= 5
    page.screenshot(path=str(screenshots / "04-reviewer-all-decided.png"))
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    with page.expect_navigation():  # the workflow action posts, then follows the redirect
        page.locator("button[data-workflow-action-name=approve]").first.click()
    article.refresh_from_db()
    assert article.live, page.locator(".messages").all_inner_texts()
    page.goto(f"/admin/content-checks/?page={article.pk}&severity=error")
    assert page.locator("table.listing tbody tr").count() == 0  # every error was fixed or decided
    page.goto(f"/admin/content-checks/?page={article.pk}")
    assert page.locator("table.listing tbody tr").count() >= 1  # open warnings remain listed
    page.screenshot(path=str(screenshots / "06-content-checks-report.png"))
    page.context.close()

    # -- a reader sees the corrected text and the references -------------------------------------
    page = new_context(viewport={"width": 1280, "height": 900}).new_page()
    response = page.goto(article.url)
    assert response.status == 200
    text = page.locator("main").inner_text()
    assert "inspect them regularly" in text and "cold sores," in text and "with our care team." in text
    assert "inspects regularly" not in text and "cold sore," not in text
    assert "References" in text and page.locator("#ref-1").count() == 1
    assert page.locator('main a[href="#ref-1"]').count() == 1  # the citation inserted from the finding
    assert page.locator("[data-review-findings], .review-finding").count() == 0
    page.screenshot(path=str(screenshots / "05-reader-live-page.png"), full_page=True)
