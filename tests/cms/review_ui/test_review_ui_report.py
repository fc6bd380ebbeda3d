"""The "Content checks" report: open findings across the site, filters, CSV/XLSX export, permissions."""

import csv
import io

import pytest
from cms_testing import make_article, paragraphs, written_by
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.rich_text import RichText

from review import decisions
from review.checks import latest_run

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(index, draft, reviewer):
    other = written_by(make_article(index, "other", publish=False, body=paragraphs("It may help to recieve it.")),
                       reviewer)
    return draft, other


def report(client, user, **params):
    client.force_login(user)
    response = client.get(reverse("review:report"), params)
    assert response.status_code == 200
    return response


def rows(client, user, **params):
    """(page title, rule, flagged text) of every CSV row."""
    response = report(client, user, export="csv", **params)
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    table = list(csv.DictReader(io.StringIO(text)))
    return sorted((row["Page"], row["Rule"], row["Flagged text"]) for row in table)


def test_lists_open_findings_of_every_article(client, pages, reviewer):
    assert rows(client, reviewer) == sorted([
        ("Cream", "uitest.typo", "recieve"), ("Cream", "uitest.typo", "utilise"),
        ("Cream", "uitest.promise", "miracle cure"), ("Cream", "uitest.promise", "may help"),
        ("Other", "uitest.promise", "may help"), ("Other", "uitest.typo", "recieve"),
    ])
    html = report(client, reviewer).content.decode()
    assert "miracle cure" in html and reverse("wagtailadmin_pages:edit", args=[pages[0].pk]) in html


def test_filters(client, pages, reviewer, editor):
    draft, other = pages
    assert {r[1] for r in rows(client, reviewer, category="claim")} == {"uitest.promise"}
    assert {r[2] for r in rows(client, reviewer, severity="warning")} == {"utilise", "may help"}
    assert len(rows(client, reviewer, rule="uitest.typo")) == 3
    assert {r[0] for r in rows(client, reviewer, page=other.pk)} == {"Other"}
    assert {r[0] for r in rows(client, reviewer, author=editor.pk)} == {"Cream"}
    assert rows(client, reviewer, category="link") == []


def test_decided_and_superseded_findings_are_not_listed(client, pages, reviewer):
    draft, _ = pages
    decisions.waive(latest_run(draft).findings.get(excerpt="miracle cure"), reviewer, "Accepted.")
    content = draft.get_latest_revision_as_object()
    content.body = paragraphs("You will receive a tube of cream.")
    content.save_revision()
    assert [r for r in rows(client, reviewer) if r[0] == "Cream"] == []


def test_request_changes_keeps_a_finding_open(client, pages, reviewer):
    draft, _ = pages
    finding = latest_run(draft).findings.get(excerpt="may help")
    decisions.approve(finding, reviewer, "Fine.")
    decisions.request_changes(finding, reviewer, "On second thoughts, cite it.")
    assert ("Cream", "uitest.promise", "may help") in rows(client, reviewer)


def test_xlsx_export(client, pages, reviewer):
    response = report(client, reviewer, export="xlsx")
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    data = b"".join(response.streaming_content) if response.streaming else response.content
    assert data[:2] == b"PK"  # a zip container, as .xlsx files are


def test_editors_and_reviewers_see_it_in_the_menu(client, pages, editor, reviewer):
    for user in (editor, reviewer):
        client.force_login(user)
        assert reverse("review:report") in client.get(reverse("wagtailadmin_home")).content.decode()
        assert report(client, user).status_code == 200


def test_admin_user_without_editing_rights_is_refused(client, pages):
    visitor = get_user_model().objects.create_user("visitor", "v@example.org", "pw-for-tests")
    visitor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(visitor)
    assert reverse("review:report") not in client.get(reverse("wagtailadmin_home")).content.decode()
    response = client.get(reverse("review:report"), {"export": "csv"})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_anonymous_is_sent_to_login(client, pages):
    for params in ({}, {"export": "csv"}):
        response = client.get(reverse("review:report"), params)
        assert response.status_code == 302 and response["Location"].startswith(reverse("wagtailadmin_login"))


def test_author_is_who_wrote_the_flagged_words_not_who_saved_last(client, pages, reviewer, editor):
    draft, _ = pages
    touched_up = draft.get_latest_revision().as_object()
    touched_up.body[2].value = RichText("<p>This cream is a miracle cure for acne!</p>")  # punctuation only
    touched_up.save_revision(user=reviewer)
    draft.refresh_from_db()
    assert latest_run(draft).revision.user == reviewer
    response = report(client, reviewer, export="csv", page=draft.pk)
    table = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert table and {row["Author"] for row in table} == {str(editor)}
    assert {r[0] for r in rows(client, reviewer, author=editor.pk)} == {"Cream"}
    assert {r[0] for r in rows(client, reviewer, author=reviewer.pk)} == {"Other"}
