"""In a real browser (issue 12 bug 4): a lone reviewer who fixes a typo in an editor's claim
sentence is not made the author of the claim, so they can still approve it."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from editor_text import SAVED_IN_FORM_JS, SELECT_TEXT_JS
from findings_panel import open_findings
from wagtail.models import Page, Site

from pages.models import ArticleIndexPage, ArticlePage, HomePage
from review.models import FindingDecision

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "browser-typo-pw-1"
CLAIM = "Our gel is a miracle cure that clears cold sore, in two days."
REASON = "Checked against the product licence and the trial."


@pytest.fixture
def article(settings):
    """A draft whose claim sentence the editor wrote, with a typo ("cold sore,") in it."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0  # one revision per click on Save draft
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="home-typo"))
    Site.objects.filter(is_default_site=True).update(root_page=home)
    users = get_user_model().objects
    editor = users.create_user("edna", "edna@example.org", PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))
    users.create_user("rex", "rex@example.org", PASSWORD).groups.add(Group.objects.get(name="Compliance reviewers"))
    index = home.add_child(instance=ArticleIndexPage(title="Health", slug="health"))
    page = ArticlePage(title="Cold sore gel", slug="gel", summary="About the gel.", live=False,
                       body=[{"type": "paragraph", "value": f"<p>{CLAIM}</p>"}],
                       medical_reviewer="Dr Test, MRCP", last_reviewed=date(2026, 1, 15))
    index.add_child(instance=page)
    page.save_revision(user=editor)
    return page


def test_a_lone_reviewer_fixes_a_typo_and_can_still_approve_the_claim(admin_page, article):
    page = admin_page("rex", PASSWORD)
    page.on("dialog", lambda dialog: dialog.accept())
    page.goto(f"/admin/pages/{article.pk}/edit/")
    assert page.evaluate(SELECT_TEXT_JS, "cold sore,")
    page.keyboard.type("cold sores,")
    page.wait_for_function(SAVED_IN_FORM_JS, arg=["cold sores,"])
    with page.expect_navigation():
        page.get_by_role("button", name="Save draft").click()
    article.refresh_from_db()
    assert "cold sores," in article.get_latest_revision_as_object().body[0].value.source
    assert article.get_latest_revision().user.username == "rex"

    item = open_findings(page).locator('[data-review-finding][data-review-rule="claim.absolute-promise"]').first
    item.locator("summary").click()
    assert "You wrote this text" not in item.inner_text()
    item.locator('input[value="approve"]').check()
    item.locator("textarea[name=reason]").fill(REASON)
    item.locator("[data-review-decision-form] button[type=submit]").click()  # decided in place, no reload
    page.locator("[data-review-decision-status]").filter(has_text="Approved: ").wait_for()
    decision = FindingDecision.objects.get(page=article, rule="claim.absolute-promise")
    assert (decision.decision, decision.user.username, decision.lapsed_at) == ("approve", "rex", None)
    assert decision.sentence == CLAIM.replace("cold sore,", "cold sores,")
