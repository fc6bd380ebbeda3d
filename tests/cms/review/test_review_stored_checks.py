"""One check per revision: a publish reads the stored check (no rule runs when it is fresh),
publishing an unrelated page invalidates nothing, a page unpublished or moved invalidates the
checks of the pages linking to it (Wagtail's reference index), and the findings panel says
"Checking…" and polls until the check is stored. The backstop listens to page models only."""

import json

import pytest
from cms_testing import make_article, paragraphs
from django.contrib.auth.models import Group
from django.db.models.signals import pre_save
from django.urls import reverse
from review_testing import article_form
from wagtail.models import Page

from pages.models import ArticlePage, HomePage
from review import checks, signals
from review.models import CheckRun

pytestmark = pytest.mark.django_db


def stored(page):
    page = Page.objects.get(pk=page.pk).specific
    revision = page.get_latest_revision()
    return checks.stored_run(revision.as_object(), revision)


@pytest.fixture
def engine_runs(monkeypatch):
    """How many times the engine ran (the real engine, counted)."""
    calls = []
    real = checks.check_documents

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(checks, "check_documents", counted)
    return calls


def test_a_publish_click_runs_no_engine_when_the_revision_was_checked(client, index, make_user, engine_runs):
    client.force_login(make_user("admin", superuser=True))
    page = make_article(index, "clean", publish=False, body=paragraphs("Wash gently."))
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client.post(url, article_form("Clean", "clean", "Wash gently twice a day."))
    assert len(engine_runs) == 2  # make_article's revision, then the saved draft
    client.post(url, article_form("Clean", "clean", "Wash gently twice a day.", action="action-publish"))
    assert Page.objects.get(pk=page.pk).live
    assert len(engine_runs) == 2  # the published revision's content was checked already


def test_publishing_an_unrelated_page_keeps_stored_checks_valid(index, engine_runs):
    page = make_article(index, "kept", publish=False, body=paragraphs("This cream is a miracle cure."))
    run = stored(page)
    make_article(index, "unrelated", body=paragraphs("Wash gently."))
    make_article(index, "another", body=paragraphs("Rinse well."))
    assert stored(page) == run


def test_unpublishing_a_page_invalidates_only_the_checks_of_pages_linking_to_it(index):
    target = make_article(index, "target")
    linking = make_article(index, "linking", publish=False, body=paragraphs(
        f'See <a linktype="page" id="{target.pk}">the target article</a>.'))
    unrelated = make_article(index, "unrelated", publish=False, body=paragraphs("Wash gently."))
    kept = stored(unrelated)
    assert stored(linking) is not None
    target.unpublish()
    assert stored(linking) is None  # checked again (queued after the unpublish commits)
    assert stored(unrelated) == kept


def test_moving_a_page_invalidates_the_checks_of_pages_linking_to_it(index, site_tree):
    home = site_tree[0]
    target = make_article(index, "moving")
    linking = make_article(index, "linking", publish=False, body=paragraphs(
        f'See <a linktype="page" id="{target.pk}">the moving article</a>.'))
    assert stored(linking) is not None
    Page.objects.get(pk=target.pk).move(home, pos="last-child")
    assert stored(linking) is None


def test_the_publish_backstop_listens_to_page_models_only():
    def listening(model):
        return any(getattr(receiver, "__wrapped__", receiver) is signals.refuse_blocked_publish
                   for receiver in pre_save._live_receivers(model)[0])

    assert listening(Page) and listening(ArticlePage)
    assert not listening(Group) and not listening(HomePage) and not listening(CheckRun)


def test_the_panel_says_checking_until_the_check_is_stored(client, draft, reviewer):
    client.force_login(reviewer)
    revision = draft.get_latest_revision()
    CheckRun.objects.filter(revision=revision).delete()  # as when the queued check has not run yet
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    html = client.get(edit_url).content.decode()
    assert "Checking…" in html and "review/js/findings-checking.js" in html
    status_url = reverse("review:check_status", args=[draft.pk])
    assert f'data-review-status-url="{status_url}?next=' in html
    assert json.loads(client.get(status_url).content) == {"checking": True}

    checks.check_revision(revision)  # what the worker does
    reply = json.loads(client.get(status_url, {"next": edit_url}).content)
    assert reply["checking"] is False
    assert "miracle cure" in reply["html"] and "Checking…" not in reply["html"]
    assert f'name="next" value="{edit_url}"' in reply["html"]  # the panel's forms return to the editor


def test_the_check_status_is_only_for_those_who_may_see_the_page(client, draft, make_user):
    client.force_login(make_user("outsider"))
    assert client.get(reverse("review:check_status", args=[draft.pk])).status_code in (302, 403)
