"""The gate on every publish path: refused with an open error finding, allowed once the
finding is resolved (text fixed) or waived/approved by a reviewer."""

import json
from datetime import date, timedelta

import pytest
from cms_testing import make_article, paragraphs
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from review_testing import article_form, edit, finding, waive
from wagtail.models import APIToken, PageLogEntry, Revision

from pages.models import ArticlePage
from review.gate import PublishBlocked

pytestmark = pytest.mark.django_db


def fresh(page):
    return ArticlePage.objects.get(pk=page.pk)


# -- code: revision.publish() / page.publish(revision) -------------------------------------------
def test_revision_publish_from_code_is_refused_and_leaves_no_trace(draft, reviewer):
    revision = draft.get_latest_revision()
    with pytest.raises(PublishBlocked) as refused:
        revision.publish(user=reviewer)
    assert "miracle cure" in str(refused.value)
    assert "approve or waive" in str(refused.value)
    page = fresh(draft)
    assert not page.live and page.live_revision is None and page.first_published_at is None
    assert not PageLogEntry.objects.filter(page=draft, action="wagtail.publish").exists()

    waive(draft, reviewer)
    revision.publish(user=reviewer)
    assert fresh(draft).live


def test_page_publish_from_code_is_refused_until_the_text_is_fixed(draft, editor):
    with pytest.raises(PublishBlocked):
        draft.publish(draft.get_latest_revision())
    fixed = edit(draft, editor, "Wash your skin gently.", "This cream may ease acne for some people.")
    draft.publish(fixed)
    assert fresh(draft).live and fresh(draft).live_revision == fixed


def test_the_gate_checks_the_revision_being_published(index, editor):
    page = make_article(index, "two-versions", publish=False, body=paragraphs("A clean first version."))
    clean = page.get_latest_revision()
    flagged = edit(page, editor, "Now a miracle cure.")
    with pytest.raises(PublishBlocked):
        flagged.publish()
    clean.publish()  # the older, clean revision may go live
    assert fresh(page).live_revision == clean
    with pytest.raises(PublishBlocked):
        flagged.publish()
    assert fresh(page).live_revision == clean


def test_a_page_created_live_with_open_errors_is_created_as_a_draft(index):
    page = index.add_child(instance=ArticlePage(title="Direct", slug="direct", live=True,
                                                body=paragraphs("A miracle cure.")))
    assert not fresh(page).live
    clean = index.add_child(instance=ArticlePage(title="Clean", slug="clean", live=True,
                                                 body=paragraphs("Nothing to flag."), medical_reviewer="Dr Test",
                                                 last_reviewed=date(2026, 1, 15)))
    assert fresh(clean).live


def test_rewriting_a_live_article_in_place_is_refused(index):
    page = make_article(index, "live-one", body=paragraphs("Nothing to flag."))
    live = fresh(page)
    live.body = paragraphs("Now a miracle cure.")
    with pytest.raises(PublishBlocked):
        live.save()
    assert "miracle" not in fresh(page).body[0].value.source
    live = fresh(page)
    live.slug = "moved-on"
    live.save()  # bookkeeping saves of live pages are not publishes
    assert fresh(page).slug == "moved-on"


def test_warnings_do_not_block(index):
    page = make_article(index, "warning-only", publish=False, body=paragraphs("Rest may help."))
    page.get_latest_revision().publish()
    assert fresh(page).live


# -- the editor's Publish button -----------------------------------------------------------------
def test_editor_publish_button_is_refused_with_the_findings_then_allowed_after_waiver(client, draft, reviewer,
                                                                                     second_reviewer):
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    data = article_form("Cream", "cream", "Wash your skin gently.", "This cream is a miracle cure for acne.",
                        action="action-publish")
    response = client.post(url, data, follow=True)
    assert response.status_code == 200
    assert "cannot be published" in response.content.decode()
    assert "miracle cure" in response.content.decode()
    assert not fresh(draft).live
    assert PageLogEntry.objects.filter(page=draft, action="review.publish.refused").exists()
    # The editor's content was saved as a revision: nothing is lost.
    assert "miracle cure" in fresh(draft).get_latest_revision_as_object().body[1].value.source

    waive(draft, second_reviewer)
    response = client.post(url, data)
    assert response.status_code == 302
    assert fresh(draft).live


def test_admin_create_and_publish_keeps_a_draft_and_refuses(client, index, reviewer):
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:add", args=["pages", "articlepage", index.pk])
    data = article_form("New cream", "new-cream", "A miracle cure.", action="action-publish")
    response = client.post(url, data, follow=True)
    page = ArticlePage.objects.get(slug="new-cream")
    assert not page.live
    assert "cannot be published" in response.content.decode()
    assert page.get_latest_revision() is not None


# -- bulk publish in the explorer -----------------------------------------------------------------
def test_bulk_publish_refuses_the_batch_while_one_page_is_blocked(client, index, draft, reviewer, second_reviewer):
    clean = make_article(index, "clean-one", publish=False, body=paragraphs("Nothing to flag."))
    client.force_login(reviewer)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    query = f"?id={draft.pk}&id={clean.pk}&next=/admin/"
    response = client.post(url + query, {}, follow=True)
    assert "Nothing was published" in response.content.decode()
    assert not fresh(draft).live and not fresh(clean).live

    waive(draft, second_reviewer)
    client.post(url + query, {})
    assert fresh(draft).live and fresh(clean).live


# -- scheduled publishing ---------------------------------------------------------------------------
def schedule(page):
    content = page.get_latest_revision_as_object()
    content.go_live_at = timezone.now() + timedelta(hours=1)
    revision = content.save_revision()
    revision.publish()
    # An hour later: the go-live time has passed.
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    return revision


def test_publish_scheduled_holds_a_blocked_article_and_publishes_the_others(index, draft, second_reviewer, capsys):
    blocked = schedule(draft)
    clean_page = make_article(index, "scheduled-clean", publish=False, body=paragraphs("Nothing to flag."))
    schedule(clean_page)

    call_command("publish_scheduled")
    call_command("publish_scheduled")  # held again, logged once
    assert "Held back" in capsys.readouterr().err
    assert not fresh(draft).live
    assert fresh(clean_page).live
    assert Revision.objects.get(pk=blocked.pk).approved_go_live_at is not None  # still scheduled
    assert PageLogEntry.objects.filter(page=draft, action="review.publish.refused").count() == 1

    waive(draft, second_reviewer)
    call_command("publish_scheduled")
    assert fresh(draft).live and fresh(draft).live_revision_id == blocked.pk


# -- API v3 -----------------------------------------------------------------------------------------
def bearer(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {APIToken.create_token(user=user, name='t')[1]}"}


def test_api_v3_create_with_publish_is_refused_and_creates_nothing(client, index, reviewer):
    payload = {"meta": {"parent_id": index.pk, "type": "pages.ArticlePage", "action": "publish"},
               "title": "API cream", "slug": "api-cream",
               "body": [{"type": "paragraph", "value": "<p>A miracle cure.</p>"}]}
    response = client.post(reverse("wagtailapi_v3:create_page"), data=json.dumps(payload),
                           content_type="application/json", **bearer(reviewer))
    assert response.status_code == 422, response.content
    assert "miracle cure" in response.content.decode()
    assert not ArticlePage.objects.filter(slug="api-cream").exists()


def test_api_v3_update_with_publish_and_publish_action_are_refused_then_allowed(client, draft, reviewer,
                                                                                  second_reviewer):
    headers = bearer(reviewer)
    revisions_before = draft.revisions.count()
    response = client.patch(
        reverse("wagtailapi_v3:update_page", args=[draft.pk]),
        data=json.dumps({"meta": {"type": "pages.ArticlePage", "action": "publish"}, "summary": "Changed."}),
        content_type="application/json", **headers,
    )
    assert response.status_code == 422, response.content
    assert draft.revisions.count() == revisions_before  # rolled back: no partial state
    publish_url = reverse("wagtailapi_v3:pages_actions_publish", args=[draft.pk])
    response = client.post(publish_url, **headers)
    assert response.status_code == 422
    assert "cannot be published" in response.content.decode()
    assert not fresh(draft).live

    waive(draft, second_reviewer)
    assert client.post(publish_url, **headers).status_code == 200
    assert fresh(draft).live


# -- fail closed ------------------------------------------------------------------------------------
def test_a_crashed_check_blocks_unless_fail_open_is_configured(index, settings):
    settings.REVIEW_EXTRA_RULES = [*settings.REVIEW_EXTRA_RULES, "review_rules.CrashingRule"]
    page = make_article(index, "crashy", publish=False, body=paragraphs("CRASH this rule."))
    with pytest.raises(PublishBlocked) as refused:
        page.get_latest_revision().publish()
    assert "engine.check-failed" in str(refused.value)
    settings.REVIEW_FAIL_CLOSED = False
    page.get_latest_revision().publish()
    assert fresh(page).live


def test_the_stored_finding_is_where_the_text_is(draft):
    flagged = finding(draft)
    assert flagged.origin == "body.1.value"
    source = draft.body[1].value.source
    assert source[flagged.offset:flagged.offset + len("miracle cure")] == "miracle cure"
    assert flagged.block_id == draft.body[1].id


def test_the_admin_api_publish_action_is_refused_with_a_400(client, draft, reviewer):
    client.force_login(reviewer)
    url = f"/admin/api/main/pages/{draft.pk}/action/publish/"
    response = client.post(url, data="{}", content_type="application/json")
    assert response.status_code == 400, response.content
    assert "cannot be published" in response.content.decode()
    assert not fresh(draft).live


def test_a_stored_check_is_not_reused_once_a_link_target_is_unpublished(settings, index):
    # The text of the page is unchanged, but what its internal link points at is not.
    from review.gate import evaluate

    settings.VALIDATORS = {"disable": ["copy", "claim"], "links": {"skip_external": True}}
    settings.REVIEW_EXTRA_RULES = []
    target = make_article(index, "target")
    page = make_article(index, "linking", publish=False, body=paragraphs(
        f'See <a linktype="page" id="{target.pk}">the target article</a>.'))
    revision = page.get_latest_revision()
    assert evaluate(page, revision).allowed
    target.unpublish()
    blocking = evaluate(page, revision).blocking
    assert [(f.rule, f.excerpt) for f in blocking] == [("link.internal", "the target article")]
