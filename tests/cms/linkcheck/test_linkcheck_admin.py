"""The admin side: the Broken links report (filters, CSV, recheck now, access) and what editors
are told before unpublishing, moving or deleting a page other live pages link to."""

import csv
import io
import re

import pytest
from cms_testing import build_site, make_article, paragraph
from django.urls import reverse
from wagtail.models import Page

from linkcheck.checking import NOW, check_page
from linkcheck.models import Outcome, PageLink

pytestmark = pytest.mark.django_db


def page_link(page, text):
    return f'<a linktype="page" id="{page.pk}">{text}</a>'


@pytest.fixture
def linked_tree():
    home, index = build_site()
    target = make_article(index, "target")
    sources = [
        make_article(index, f"source-{n}", body=[paragraph(f"<p>Read {page_link(target, f'target from {n}')}.</p>")])
        for n in range(2)
    ]
    draft_source = make_article(index, "draft-source", publish=False,
                                body=[paragraph(f"<p>{page_link(target, 'draft link')}</p>")])
    return index, target, sources, draft_source


@pytest.fixture
def admin_client(client, make_user):
    client.force_login(make_user("admin", superuser=True))
    return client


@pytest.fixture
def report_rows(local_site):
    _, index = build_site()
    broken = make_article(index, "broken-links", title="Broken links page", body=[paragraph(
        f'<p><a href="{local_site.url}/status/404">gone study</a> <a href="{local_site.url}/ok">fine</a> '
        f'<a href="/health/nowhere/">lost page</a></p>'
    )])
    check_page(Page.objects.get(pk=broken.pk), "live", NOW)
    return local_site, broken


def test_report_lists_broken_links(admin_client, report_rows):
    local_site, page = report_rows
    response = admin_client.get(reverse("linkcheck:report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Broken links page" in html and "gone study" in html and f"{local_site.url}/status/404" in html
    assert "lost page" in html and "No page is served at /health/nowhere/." in html
    assert "Broken (4xx) (404)" in html
    assert ">fine<" not in html  # working links are not listed
    assert reverse("wagtailadmin_pages:edit", args=(page.pk,)) in html


def test_report_filters(admin_client, report_rows):
    local_site, _ = report_rows
    by_outcome = admin_client.get(reverse("linkcheck:report"), {"outcome": Outcome.NOT_FOUND}).content.decode()
    assert "lost page" in by_outcome and "gone study" not in by_outcome
    by_host = admin_client.get(reverse("linkcheck:report_results"), {"host": "127.0.0.1"}).content.decode()
    assert "gone study" in by_host and "lost page" not in by_host
    by_kind = admin_client.get(reverse("linkcheck:report"), {"kind": "internal"}).content.decode()
    assert "lost page" in by_kind and "gone study" not in by_kind
    # Publishing records the page's links (signal), so it shows up without an explicit check.
    other = make_article(Page.objects.get(slug="health").specific, "other-broken", title="Another page",
                         body=[paragraph('<p><a href="/health/missing/">missing too</a></p>')])
    by_page = admin_client.get(reverse("linkcheck:report"), {"page": other.pk}).content.decode()
    assert "missing too" in by_page and "lost page" not in by_page


def test_report_csv_export(admin_client, report_rows):
    local_site, page = report_rows
    response = admin_client.get(reverse("linkcheck:report"), {"export": "csv"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert sorted((r["Page"], r["Link text"], r["Outcome"], r["HTTP status"], r["Severity"]) for r in rows) == [
        ("Broken links page", "gone study", "Broken (4xx)", "404", "error"),
        ("Broken links page", "lost page", "No page at this address", "", "error"),
    ]
    assert {r["Url"] for r in rows} == {f"{local_site.url}/status/404", "/health/nowhere/"}


def test_anonymous_cannot_see_the_report(client, report_rows):
    for url in (reverse("linkcheck:report"), reverse("linkcheck:report") + "?export=csv"):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    link = PageLink.objects.filter(severity="error").first()
    response = client.post(reverse("linkcheck:recheck", args=(link.pk,)))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_report_is_in_the_reports_menu(admin_client, report_rows):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("linkcheck:report") in html


def test_editors_and_reviewers_have_the_report_in_their_menu_others_neither(client, make_user, report_rows):
    from django.contrib.auth.models import Permission

    for username, group in (("edna", "Editors"), ("rex", "Compliance reviewers")):
        client.force_login(make_user(username, group))
        assert reverse("linkcheck:report") in client.get(reverse("wagtailadmin_home")).content.decode()
        assert client.get(reverse("linkcheck:report")).status_code == 200
    viewer = make_user("viewer")
    viewer.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(viewer)
    assert reverse("linkcheck:report") not in client.get(reverse("wagtailadmin_home")).content.decode()
    response = client.get(reverse("linkcheck:report"))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_recheck_form_carries_the_csrf_token(admin_client, report_rows):
    html = admin_client.get(reverse("linkcheck:report")).content.decode()
    assert re.search(r'<form method="post" action="/admin/link-checks/\d+/recheck/">\s*'
                     r'<input type="hidden" name="csrfmiddlewaretoken" value="\w+">', html)


def test_page_header_links_to_the_pages_broken_links(admin_client, report_rows):
    _, page = report_rows
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    assert "Broken links (2)" in html and f"{reverse('linkcheck:report')}?page={page.pk}" in html
    fine = make_article(Page.objects.get(slug="health").specific, "fine")
    fine_html = admin_client.get(reverse("wagtailadmin_pages:edit", args=(fine.pk,))).content.decode()
    assert "Broken links (" not in fine_html


def test_recheck_now_fetches_again(admin_client, report_rows):
    local_site, _ = report_rows
    link = PageLink.objects.get(link_text="gone study")
    before = local_site.requests_for("/status/404")
    response = admin_client.post(reverse("linkcheck:recheck", args=(link.pk,)), {"next": reverse("linkcheck:report")})
    assert response.status_code == 302 and response["Location"] == reverse("linkcheck:report")
    assert local_site.requests_for("/status/404") > before  # the cached result was not used
    link.refresh_from_db()
    assert link.outcome == Outcome.BROKEN and link.last_checked is not None


def test_recheck_refuses_users_who_cannot_edit_the_page(client, make_user, report_rows):
    from django.contrib.auth.models import Permission

    user = make_user("viewer")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    local_site, _ = report_rows
    before = local_site.requests_for("/status/404")
    link = PageLink.objects.get(link_text="gone study")
    response = client.post(reverse("linkcheck:recheck", args=(link.pk,)))
    # Wagtail's admin turns PermissionDenied into a redirect to the dashboard with a message.
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert local_site.requests_for("/status/404") == before


def test_unpublish_confirmation_says_how_many_live_pages_link_here(admin_client, linked_tree):
    _, target, _, _ = linked_tree
    html = admin_client.get(reverse("wagtailadmin_pages:unpublish", args=(target.pk,))).content.decode()
    assert "2 live pages link here" in html  # the draft-only page does not count
    assert "Are you sure you want to unpublish this page?" in html  # Wagtail's own text is kept


def test_delete_and_move_confirmations_warn_too(admin_client, linked_tree):
    index, target, _, _ = linked_tree
    delete_html = admin_client.get(reverse("wagtailadmin_pages:delete", args=(target.pk,))).content.decode()
    assert "2 live pages link here" in delete_html
    move_url = reverse("wagtailadmin_pages:move_confirm", args=(target.pk, index.pk))
    assert "2 live pages link here" in admin_client.get(move_url).content.decode()


def test_no_warning_for_a_page_nobody_links_to(admin_client, linked_tree):
    _, _, sources, _ = linked_tree
    html = admin_client.get(reverse("wagtailadmin_pages:unpublish", args=(sources[0].pk,))).content.decode()
    assert "link here" not in html


def _live_outcomes(pages):
    return [PageLink.objects.get(page=p, version="live", kind="internal").outcome for p in pages]


def test_unpublishing_rechecks_the_pages_that_link_here(linked_tree, django_capture_on_commit_callbacks):
    _, target, sources, _ = linked_tree
    assert _live_outcomes(sources) == [Outcome.OK, Outcome.OK]  # checked when they were published
    with django_capture_on_commit_callbacks(execute=True):
        target.unpublish()
    assert _live_outcomes(sources) == [Outcome.UNPUBLISHED, Outcome.UNPUBLISHED]


def test_deleting_rechecks_the_pages_that_link_here(linked_tree, django_capture_on_commit_callbacks):
    _, target, sources, _ = linked_tree
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=target.pk).delete()
    assert _live_outcomes(sources) == [Outcome.DELETED, Outcome.DELETED]


@pytest.mark.parametrize("keep_old_address", [True, False])
def test_moving_rechecks_pages_with_relative_links(
    linked_tree, django_capture_on_commit_callbacks, settings, keep_old_address
):
    settings.WAGTAILREDIRECTS_AUTO_CREATE = keep_old_address
    index, target, _, _ = linked_tree
    relative = make_article(index, "relative", body=[paragraph('<p><a href="/health/target/">by path</a></p>')])
    assert _live_outcomes([relative]) == [Outcome.OK]
    home = index.get_parent()
    other_index = home.add_child(instance=index.__class__(title="Archive", slug="archive"))
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=target.pk).move(other_index, pos="last-child")
    if keep_old_address:  # Wagtail created a redirect from the old address: still works, but update it
        link = PageLink.objects.get(page=relative, version="live")
        assert (link.outcome, link.severity) == (Outcome.MOVED, "info")
        assert link.message == "/health/target/ redirects to /archive/target/; link to the new address."
    else:
        assert _live_outcomes([relative]) == [Outcome.NOT_FOUND]


def test_report_and_export_show_only_pages_the_user_may_edit(client, make_user, report_rows):
    from django.contrib.auth.models import Permission

    outsider = make_user("outsider")  # admin access, no page permissions
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    editor = make_user("editor", "Editors")  # may edit every article
    for user, sees in ((outsider, False), (editor, True)):
        client.force_login(user)
        html = client.get(reverse("linkcheck:report")).content.decode()
        export = client.get(reverse("linkcheck:report"), {"export": "csv"})
        rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
        assert ("gone study" in html) is sees
        assert ("Broken links page" in html) is sees  # not even in the page filter
        assert bool(rows) is sees
