"""load_demo builds the demo site, leaves the imported article as a draft, and creates `admin`."""

import re
from io import StringIO

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from pages.models import ArticleIndexPage, ArticlePage, HomePage, StandardPage
from review.reports import open_findings
from review.status import status_of

pytestmark = pytest.mark.django_db


def load_demo(*args) -> str:
    out = StringIO()
    call_command("load_demo", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_demo_site_structure_links_and_draft(client, monkeypatch, settings):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "demo-pass-123")
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8123"  # `make run PORT=8123`
    output = load_demo()

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(depth=2).exclude(pk=site.root_page.pk).exists()  # welcome page removed
    index = ArticleIndexPage.objects.get(slug="health")
    live = ArticlePage.objects.live().child_of(index)
    assert live.count() == 4
    for article in live:
        assert article.references.exists() and article.medical_reviewer and article.last_reviewed
        assert client.get(article.url).status_code == 200

    # Articles link to each other with Wagtail page links, which render as real URLs.
    acne = ArticlePage.objects.get(slug="acne")
    isotretinoin = ArticlePage.objects.get(slug="isotretinoin")
    acne_raw = str(acne.body.raw_data)
    assert f'linktype="page" id="{isotretinoin.pk}"' in acne_raw
    assert f'href="{isotretinoin.url}"' in client.get(acne.url).content.decode()
    scams, scabies = ArticlePage.objects.get(slug="health-scams"), ArticlePage.objects.get(slug="scabies")
    assert f'linktype="page" id="{scabies.pk}"' in str(scams.body.raw_data)

    draft = ArticlePage.objects.get(title="Understanding Accutane's Impact on Your Immune System")
    assert not draft.live
    assert draft.get_parent().pk == index.pk
    raw = str(draft.body.raw_data)
    contact = StandardPage.objects.get(slug="contact")
    assert f'linktype="page" id="{contact.pk}"' in raw
    assert 'href="/health/accutane-treatment/"' in raw  # the broken link is kept for the checks to find
    assert "{BASE}" not in raw
    assert "Imported draft article" in output and "matches no page" in output
    assert client.get("/api/v2/pages/", {"type": "pages.ArticlePage"}).json()["meta"]["total_count"] == 4

    # Addresses a reader or editor can open, from the one setting; never Wagtail's internal paths.
    assert "/home/" not in output
    assert f"Published article {acne.pk}: Acne: causes and treatments (http://127.0.0.1:8123/health/acne/)" in output
    assert f"http://127.0.0.1:8123/admin/pages/{draft.pk}/edit/" in output
    # The login comes last, framed, in the README's words.
    top, login, where, bottom = output.splitlines()[-4:]
    assert re.fullmatch(r"\+-+\+", top) and bottom == top
    assert re.fullmatch(r"\| Admin login: admin / demo-pass-123 +\|", login)
    assert re.fullmatch(r"\| Log in at http://127\.0\.0\.1:8123/admin/ +\|", where)
    assert len(login) == len(where) == len(top)
    assert authenticate(username="admin", password="demo-pass-123").is_superuser

    # The demo shows the product honestly: the clean articles are clear, the imported draft blocked.
    open_problems = open_findings().filter(severity__in=["error", "warning"])
    for article in live:
        assert [(f.rule, f.origin, f.sentence) for f in open_problems.filter(run__page=article)] == [], article.title
        assert status_of(article).key == "clear", article.title
    assert status_of(draft).key == "blocking"
    assert open_problems.filter(run__page=draft, severity="error").count() >= 3


def test_if_empty_keeps_existing_content_and_generated_password_works(monkeypatch, settings, tmp_path):
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    settings.DEMO_ADMIN_PASSWORD_FILE = tmp_path / "admin-password"
    first = load_demo("--if-empty")
    password = re.search(r"Admin login: admin / (\S+)", first).group(1)
    assert authenticate(username="admin", password=password)
    with pytest.raises(CommandError, match="already has a site"):
        load_demo()
    pages_before = Page.objects.count()

    second = load_demo("--if-empty")
    assert Page.objects.count() == pages_before
    assert "already has content" in second
    assert f"Admin login: admin / {password}" in second  # printed again on every start
    assert (tmp_path / "admin-password").stat().st_mode & 0o077 == 0

    user = get_user_model().objects.get(username="admin")
    user.set_password("changed-by-hand")
    user.save()
    third = load_demo("--if-empty")
    assert password not in third
    assert "password set elsewhere" in third
    assert authenticate(username="admin", password="changed-by-hand")


def test_demo_articles_pass_the_pre_publish_gate_and_the_draft_would_not(settings):
    # The demo publishes through the gate like any other content: no bypass exists.
    from review.gate import evaluate

    settings.REVIEW_GATE_ENABLED = True
    load_demo()
    assert ArticlePage.objects.live().count() == 4
    draft = ArticlePage.objects.get(live=False)
    blocking = {finding.rule for finding in evaluate(draft, draft.get_latest_revision()).blocking}
    assert {"copy.verb-agreement", "copy.apposition-number", "claim.fair-balance"} <= blocking
