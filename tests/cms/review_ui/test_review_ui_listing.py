"""The review status badge in the page explorer (blocking / needs review / clear)."""

import re

import pytest
from cms_testing import make_article, paragraphs
from django.urls import reverse

from review import decisions
from review.checks import latest_run

pytestmark = pytest.mark.django_db


def badges(client, user, index):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_explore", args=[index.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    found = {}
    for row in re.findall(r"<tr.*?</tr>", html, re.S):
        status = re.search(r'data-review-status="([^"]+)"', row)
        edit = re.search(r"/admin/pages/(\d+)/edit/", row)
        if status and edit:
            found[int(edit.group(1))] = status.group(1)
    return found


def test_explorer_shows_a_status_per_article(client, index, draft, editor):
    warning = make_article(index, "warn", publish=False, body=paragraphs("It may help."))
    clean = make_article(index, "clean", publish=False, body=paragraphs("Wash gently."))
    assert badges(client, editor, index) == {draft.pk: "blocking", warning.pk: "needs_review", clean.pk: "clear"}


def test_status_follows_decisions(client, index, editor, reviewer):
    page = make_article(index, "claim", publish=False, body=paragraphs("A miracle cure."))
    assert badges(client, editor, index)[page.pk] == "blocking"
    decisions.waive(latest_run(page).findings.get(), reviewer, "Accepted risk.")
    assert badges(client, editor, index)[page.pk] == "clear"


def test_badge_links_to_the_editor_and_explains_itself(client, index, draft, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_explore", args=[index.pk])).content.decode()
    badge = re.search(r'<a href="([^"]+)"[^>]*title="([^"]+)"[^>]*data-review-status="blocking"', html)
    assert badge and badge.group(1) == reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert badge.group(2).startswith("2 open error finding(s)")
    assert "review/css/review.css" in html  # the badge colours come with the column
