"""In a real browser: editors and reviewers find the Broken links report in the Reports menu,
its page titles wrap between words at 1440 px, and "Recheck now" posts its form (with the
CSRF token Django requires from browsers); an editor who submits an article with a copy error
is told it was sent back, and why; API v3's interactive docs render with no request leaving
the site (Swagger UI comes from the project's static files)."""

import re
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.models import Page, Site

from linkcheck.models import PageLink
from pages.models import ArticleIndexPage, ArticlePage, HomePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "browser-reports-pw-1"
LONG_TITLE = "Understanding Accutane's Impact on Your Immune System"
# A long address without hyphens or slashes to wrap at, like a tracking link pasted from elsewhere.
BROKEN_PATH = "/health/" + "immunesystemeffectsofisotretinoinforacnepatients" * 2 + "/"

# True when every word of the element's text lies on one line (no word broken across lines).
WORDS_UNBROKEN_JS = """(element) => {
  const text = element.firstChild;
  const words = [...text.nodeValue.matchAll(/\\S+/g)];
  return words.every((word) => {
    const range = document.createRange();
    range.setStart(text, word.index); range.setEnd(text, word.index + word[0].length);
    return new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size === 1;
  });
}"""


@pytest.fixture
def article_index():
    """A site with an article index, an editor (edna) and a Compliance reviewer (rex)."""
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="home-browser"))
    Site.objects.filter(is_default_site=True).update(root_page=home)
    users = get_user_model().objects
    for username, group in (("edna", "Editors"), ("rex", "Compliance reviewers")):
        users.create_user(username, f"{username}@example.org", PASSWORD).groups.add(Group.objects.get(name=group))
    return home.add_child(instance=ArticleIndexPage(title="Health", slug="health"))


def add_article(index, title, slug, html):
    article = ArticlePage(title=title, slug=slug, summary="A summary.", live=False,
                          body=[{"type": "paragraph", "value": html}], medical_reviewer="Dr Test, MRCP",
                          last_reviewed=date(2026, 1, 15))
    index.add_child(instance=article)
    return article


@pytest.fixture
def broken_link_site(article_index):
    article = add_article(article_index, LONG_TITLE, "accutane", f'<p>See <a href="{BROKEN_PATH}">our page</a>.</p>')
    article.save_revision().publish()  # publishing records the page's links
    return PageLink.objects.get(page=article, url=BROKEN_PATH)


def open_reports_menu(page):
    page.get_by_role("button", name="Reports").click()
    return page.get_by_role("link", name="Broken links")


def test_broken_links_report_in_the_menu_readable_and_recheck_now_works(admin_page, broken_link_site):
    link = broken_link_site
    reviewer = admin_page("rex", PASSWORD)
    assert open_reports_menu(reviewer).is_visible()
    reviewer.context.close()

    page = admin_page("edna", PASSWORD)
    with page.expect_navigation():
        open_reports_menu(page).click()
    assert page.url.endswith("/admin/link-checks/")
    row = page.locator("table.listing tbody tr").filter(has_text="our page")
    title = row.locator("td.linkcheck-page a")
    assert title.inner_text().strip() == LONG_TITLE
    assert page.evaluate(WORDS_UNBROKEN_JS, title.element_handle())

    before = link.last_checked
    with page.expect_navigation() as navigation:
        row.get_by_role("button", name="Recheck now").click()
    assert navigation.value.status == 200, page.content()[:500]
    assert page.url.endswith("/admin/link-checks/")
    assert f"Links of '{LONG_TITLE}' checked again." in page.locator(".messages").inner_text()
    rechecked = PageLink.objects.get(page_id=link.page_id, link_text="our page")  # the page's links, recorded anew
    assert rechecked.last_checked > before


def test_submitting_with_a_copy_error_says_sent_back_and_why(admin_page, article_index, screenshots, settings):
    settings.REVIEW_GATE_ENABLED = True  # the workflow's automatic checks decide
    article = add_article(article_index, "Skin checks", "skin-checks", "<p>The patients inspects their skin daily.</p>")
    article.save_revision()
    page = admin_page("edna", PASSWORD)
    page.goto(f"/admin/pages/{article.pk}/edit/")
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    with page.expect_navigation():
        page.locator("button[name=action-submit]").click()
    message = page.locator(".messages").inner_text()
    assert page.url.endswith(f"/admin/pages/{article.pk}/edit/"), message  # back where the findings are
    assert "Sent back: 1 blocking finding to fix before review" in message
    assert "copy.verb-agreement: “inspects”" in message
    assert "submitted for moderation" not in message
    page.screenshot(path=str(screenshots / "07-submit-sent-back.png"))


def test_api_docs_render_from_the_sites_own_files(new_context, live_server):
    page = new_context().new_page()
    elsewhere = []

    def only_this_site(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    page.route("**/*", only_this_site)
    page.goto("/api/v3/docs/")
    operations = page.locator(".opblock-summary-path")
    operations.first.wait_for()
    paths = {re.sub(r"\s+", "", text) for text in operations.all_inner_texts()}
    assert "/api/v3/pages/{page_id}/findings/" in paths and "/api/v3/" in paths
    assert elsewhere == []


def test_broken_links_report_filters_by_a_page_picked_in_the_page_chooser(admin_page, broken_link_site, article_index):
    other = add_article(article_index, "Sun cream", "sun-cream", f'<p><a href="{BROKEN_PATH}sun/">sun page</a></p>')
    other.save_revision().publish()
    page = admin_page("edna", PASSWORD)
    page.goto("/admin/link-checks/")
    rows = page.locator("table.listing tbody tr")
    assert rows.filter(has_text="our page").count() == 1 and rows.filter(has_text="sun page").count() == 1
    page.get_by_role("button", name="Show filters").click()
    page.locator("button.w-drilldown__toggle", has_text="Page").click()
    page.get_by_role("button", name="Choose a page").click()
    modal = page.locator(".modal-content")
    modal.get_by_role("textbox").first.fill("Sun cream")
    modal.get_by_role("link", name="Sun cream").first.click()
    page.wait_for_url(re.compile(rf"[?&]page={other.pk}\b"))
    expect(rows).to_have_count(1)  # the filtered listing replaces the rows
    assert rows.filter(has_text="sun page").count() == 1
