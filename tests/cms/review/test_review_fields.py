"""Every visible field of an article is checked with the real claim rules: a headline promise in
the title, SEO title or search description is refused on every publish path, findings name
their field, and the claim policy profile comes from the page type or the site."""

import csv
import io
import json
from datetime import timedelta

import pytest
from cms_testing import make_article, paragraphs
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from review_testing import article_form
from wagtail.models import APIToken, Site, WorkflowState

from pages.models import ArticlePage
from review import conf, gate
from review.checks import latest_run
from review.documents import build_document, field_label
from review.gate import PublishBlocked
from validators.document import BlockKind

pytestmark = pytest.mark.django_db

PROMISE = "Permethrin cures scabies in 100% of patients within 3 days"
CLEAN_TITLE = "Scabies treatment"
CLEAN_BODY = paragraphs("Read the leaflet in the pack before you use the cream.")
PROMISE_FIELDS = ["title", "seo_title", "search_description"]


@pytest.fixture(autouse=True)
def real_claim_rules(settings):
    """The real claim rules (copy and link rules off, so only claims can block)."""
    settings.VALIDATORS = {"disable": ["copy", "link"]}
    settings.REVIEW_EXTRA_RULES = []
    return settings


def fresh(page):
    return ArticlePage.objects.get(pk=page.pk)


def promising(index, slug, field="title", **fields):
    values = {"title": CLEAN_TITLE, field: PROMISE, **fields}
    return make_article(index, slug, publish=False, body=CLEAN_BODY, **values)


def blocking_fields(page) -> set[str]:
    return {finding.field_label for finding in gate.evaluate(page).blocking}


# -- what is checked --------------------------------------------------------------------------------
def test_every_visible_field_is_a_block_named_by_its_field(index):
    body = [
        {"type": "section", "value": {"heading": "How to use it", "level": "h2", "anchor": ""}},
        {"type": "paragraph", "value": "<p>Spread it thinly.</p>"},
        {"type": "callout", "value": {"kind": "quote", "text": "<p>It stopped the itch.</p>", "attribution": "Sam"}},
        {"type": "callout", "value": {"kind": "warning", "text": "<p>Keep it away from the eyes.</p>",
                                      "attribution": ""}},
    ]
    page = make_article(index, "fields", publish=False, body=body, title="Scabies cream",
                        seo_title="Scabies cream guide", search_description="How to use scabies cream.",
                        summary="Using the cream.")
    document = build_document(page.get_latest_revision().as_object())
    assert [(b.kind, b.field, b.origin) for b in document.blocks] == [
        (BlockKind.TITLE, "title", "title"),
        (BlockKind.TITLE, "SEO title", "seo_title"),
        (BlockKind.PARAGRAPH, "search description", "search_description"),
        (BlockKind.PARAGRAPH, "summary", "summary"),
        (BlockKind.HEADING, "heading", "body.0.heading"),
        (BlockKind.PARAGRAPH, "body", "body.1.value"),
        (BlockKind.QUOTE, "pull quote", "body.2.text"),
        (BlockKind.PARAGRAPH, "quote attribution", "body.2.attribution"),
        (BlockKind.PARAGRAPH, "warning", "body.3.text"),
    ]
    assert [document.sentence_text(s) for s in document.sentences][:3] == [
        "Scabies cream", "Scabies cream guide", "How to use scabies cream."]


def test_an_seo_title_that_repeats_the_title_is_checked_once(index):
    page = make_article(index, "same", publish=False, title="Scabies cream", seo_title="Scabies cream")
    document = build_document(page.get_latest_revision().as_object())
    assert [b.origin for b in document.blocks if b.kind is BlockKind.TITLE] == ["title"]


@pytest.mark.parametrize(("origin", "label"), [
    ("title", "Title"), ("seo_title", "SEO title"), ("search_description", "Search description"),
    ("summary", "Summary"), ("body.0.heading", "Heading"), ("body.1.value", "Body"), ("body.2.items.1", "Body"),
    ("body.3.caption", "Caption"), ("body.3.alt_text", "Alt text"), ("body.4.attribution", "Quote attribution"),
    ("references.0", "References"), ("", ""),
])
def test_field_labels_of_stored_origins(origin, label):
    assert field_label(origin) == label


# -- a headline promise is refused on every publish path ----------------------------------------------
@pytest.mark.parametrize("field", PROMISE_FIELDS)
def test_gate_helper_and_revision_publish_refuse_a_promise_in_a_page_field(index, reviewer, field):
    page = promising(index, f"promise-{field}", field)
    result = gate.evaluate(page)
    assert not result.allowed
    assert blocking_fields(page) == {field_label(field)}
    assert {f.rule for f in result.blocking} >= {"claim.absolute-promise"}
    with pytest.raises(PublishBlocked) as refused:
        page.get_latest_revision().publish(user=reviewer)
    assert "cures" in str(refused.value)
    assert not fresh(page).live


def test_a_clean_article_with_the_same_body_publishes(index):
    page = make_article(index, "clean", publish=False, body=CLEAN_BODY, title=CLEAN_TITLE,
                        seo_title="How scabies cream is used", search_description="What to expect from the cream.")
    page.get_latest_revision().publish()
    assert fresh(page).live


@pytest.mark.parametrize("field", ["title", "seo_title"])
def test_the_publish_button_refuses_a_promise_in_the_title_or_seo_title(client, index, reviewer, field):
    page = promising(index, f"button-{field}", field)
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = article_form(CLEAN_TITLE, page.slug, "Read the leaflet in the pack before you use the cream.",
                        action="action-publish")
    data[field] = PROMISE
    response = client.post(url, data, follow=True)
    assert "cannot be published" in response.content.decode()
    assert "cures" in response.content.decode()
    assert not fresh(page).live

    data[field] = CLEAN_TITLE if field == "title" else "How scabies cream is used"
    assert client.post(url, data).status_code == 302
    assert fresh(page).live


def bearer(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {APIToken.create_token(user=user, name='t')[1]}"}


def test_api_v3_refuses_a_promise_in_the_title(client, index, reviewer):
    payload = {"meta": {"parent_id": index.pk, "type": "pages.ArticlePage", "action": "publish"},
               "title": PROMISE, "slug": "api-promise",
               "body": [{"type": "paragraph", "value": "<p>Read the leaflet in the pack.</p>"}]}
    response = client.post(reverse("wagtailapi_v3:create_page"), data=json.dumps(payload),
                           content_type="application/json", **bearer(reviewer))
    assert response.status_code == 422, response.content
    assert "cures" in response.content.decode()
    assert not ArticlePage.objects.filter(slug="api-promise").exists()

    page = promising(index, "api-draft")
    publish_url = reverse("wagtailapi_v3:pages_actions_publish", args=[page.pk])
    assert client.post(publish_url, **bearer(reviewer)).status_code == 422
    assert not fresh(page).live


def test_workflow_approval_refuses_a_promise_in_the_title(client, index, editor, reviewer):
    page = promising(index, "workflow-promise")
    state = page.get_workflow().start(page, editor)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS  # a claim goes to the reviewers
    client.force_login(reviewer)
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": ""}, follow=True)
    assert "cannot be published" in response.content.decode()
    assert not fresh(page).live


def test_publish_scheduled_holds_a_promise_in_the_search_description(index, capsys):
    page = promising(index, "scheduled-promise", "search_description")
    content = page.get_latest_revision_as_object()
    content.go_live_at = timezone.now() + timedelta(hours=1)
    revision = content.save_revision()
    revision.publish()  # schedules it: nothing goes live yet
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])

    call_command("publish_scheduled")
    assert "Held back" in capsys.readouterr().err
    assert not fresh(page).live


# -- findings name their field in the panel and the report ------------------------------------------
def test_panel_and_report_name_the_field_and_the_panel_the_claim_profile(client, index, reviewer):
    page = promising(index, "named", "seo_title")
    client.force_login(reviewer)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    panel = html[html.index('data-side-panel="content-findings"'):]
    assert "<span data-review-field>SEO title</span>" in panel
    assert 'data-review-claim-profile="promotional"' in panel

    response = client.get(reverse("review:report"), {"export": "csv"})
    table = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert {row["Field"] for row in table if row["Page"] == CLEAN_TITLE} == {"SEO title"}


# -- the claim policy profile -------------------------------------------------------------------------
PASSING_MENTION = paragraphs("If creams do not work, a specialist may suggest isotretinoin.")


def fair_balance_findings(page):
    return [f.rule for f in latest_run(page).findings.all() if f.rule == "claim.fair-balance"]


def test_the_profile_defaults_to_promotional_and_follows_the_validators_setting(index, settings):
    page = make_article(index, "default-profile", publish=False, body=PASSING_MENTION)
    assert conf.claim_profile_for(page) == "promotional"
    assert fair_balance_findings(page)  # on a marketing page, naming the drug promotes it

    settings.VALIDATORS = {**settings.VALIDATORS, "claim_profile": "editorial"}
    page.get_latest_revision().save()  # re-checked under the new settings
    assert conf.engine_config(page).claim_profile == "editorial"
    assert not gate.evaluate(page).blocking


def test_a_site_can_have_its_own_profile(index, settings):
    site = Site.objects.get(is_default_site=True)
    page = make_article(index, "site-profile", publish=False, body=PASSING_MENTION)
    settings.REVIEW_SITE_CLAIM_PROFILES = {site.hostname: "editorial"}
    assert conf.claim_profile_for(page) == "editorial"
    assert gate.evaluate(page).allowed
    settings.REVIEW_SITE_CLAIM_PROFILES = {"elsewhere.example.org": "editorial"}
    assert conf.claim_profile_for(page) == "promotional"
    assert not gate.evaluate(page).allowed


def test_a_page_type_profile_wins_over_the_site(index, settings, monkeypatch):
    site = Site.objects.get(is_default_site=True)
    settings.REVIEW_SITE_CLAIM_PROFILES = {site.hostname: "promotional"}
    monkeypatch.setattr(ArticlePage, "claim_profile", "editorial")
    page = make_article(index, "type-profile", publish=False, body=PASSING_MENTION)
    assert conf.claim_profile_for(page) == "editorial"
    assert fair_balance_findings(page) == []
    assert conf.engine_version(conf.engine_config(page)) != conf.engine_version(conf.engine_config())


@pytest.mark.parametrize(("kind", "blocked"), [("warning", False), ("note", True)])
def test_a_warning_callout_states_the_risks_of_the_drug_the_page_is_about(index, kind, blocked):
    body = [
        {"type": "paragraph", "value": "<p>Isotretinoin clears severe acne for most people.</p>"},
        {"type": "paragraph", "value": "<p>Treatment lasts four to six months.</p>"},
        {"type": "callout", "value": {"kind": kind, "attribution": "", "text":
            "<p>Never take it during pregnancy: it causes birth defects. Tell your doctor about any "
            "depression.</p>"}},
    ]
    page = make_article(index, f"callout-{kind}", publish=False, body=body)
    assert bool(fair_balance_findings(page)) is blocked


def test_a_block_type_the_reader_does_not_know_is_read_through_its_searchable_content():
    from types import SimpleNamespace

    from wagtail import blocks

    stream = blocks.StreamBlock([
        ("paragraph", blocks.RichTextBlock()),
        ("faq", blocks.StructBlock([("question", blocks.CharBlock()), ("answer", blocks.TextBlock())])),
    ])
    body = stream.to_python([
        {"type": "paragraph", "value": "<p>Read this first.</p>"},
        {"type": "faq", "value": {"question": "Does it cure scabies?", "answer": "It cures every case in a day."}},
    ])
    document = build_document(SimpleNamespace(pk=None, title="FAQ", body=body))
    assert [(b.field, b.origin, document.block_text(b)) for b in document.blocks][2:] == [
        ("faq", "body.1.content.0", "Does it cure scabies?"),
        ("faq", "body.1.content.1", "It cures every case in a day."),
    ]


def test_rewriting_the_seo_title_of_a_live_article_in_place_is_refused(index):
    page = make_article(index, "live-seo", body=CLEAN_BODY, title=CLEAN_TITLE)
    live = fresh(page)
    live.seo_title = PROMISE
    with pytest.raises(PublishBlocked):
        live.save()
    assert fresh(page).seo_title == ""


def test_changing_a_callout_into_a_warning_is_checked_again(index, editor):
    callout = {"type": "callout", "value": {"kind": "note", "attribution": "", "text":
               "<p>Never take it during pregnancy: it causes birth defects. Watch for depression.</p>"}}
    page = make_article(index, "callout-change", publish=False, body=[
        {"type": "paragraph", "value": "<p>Isotretinoin clears severe acne for most people.</p>"}, callout])
    assert fair_balance_findings(page)
    content = page.get_latest_revision_as_object()
    content.body[1].value["kind"] = "warning"
    content.save_revision(user=editor)
    page.refresh_from_db()
    assert fair_balance_findings(page) == []
