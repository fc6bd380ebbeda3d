"""The findings panel, the explorer's review badges and both reports make as many queries for
1,000 findings, pages or links as for 10 (prefetched, annotated and counted in the database)."""

import csv
import io
import re

import pytest
from cms_testing import make_article, paragraphs, written_by
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from scale_testing import add_findings, articles_with_findings, broken_links, decide_every_third

from review.checks import latest_run
from review.panels import panel_data

pytestmark = pytest.mark.django_db

ROWS = [10, 1000]
# What each request needs today, with a little room. The same bound holds at 10 and 1,000
# rows, so one query per row (or per page of the listing) cannot hide under it.
PANEL_DATA_QUERIES = 7
EDIT_VIEW_QUERIES = 72
EXPLORER_QUERIES = 36
EXPLORER_REVIEW_QUERIES = 2  # the badges' own: runs, and open findings counted per page
CONTENT_REPORT_QUERIES = 16
LINKS_REPORT_QUERIES = 14
EXPORT_QUERIES = 8


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8-sig") if response.streaming else response.content.decode()


def reads(queries, table: str) -> int:
    """How many of the captured queries read rows of `table`."""
    return sum(f'FROM "{table}"' in query["sql"] for query in queries.captured_queries)


@pytest.fixture
def crowded_draft(index, editor, reviewer):
    """A function: an article whose latest check has `rows` findings, a third of them waived
    and a third with changes requested."""

    def make(rows):
        page = written_by(make_article(index, "crowded", publish=False,
                                       body=paragraphs("You will recieve it.", "A miracle cure, it may help.")), editor)
        run = latest_run(page)
        decided = decide_every_third(page.pk, add_findings(run, rows - run.findings.count(), editor), reviewer)
        assert run.findings.count() == rows
        return page, decided

    return make


@pytest.mark.parametrize("rows", ROWS)
def test_findings_panel(client, crowded_draft, reviewer, django_assert_max_num_queries, rows):
    page, decided = crowded_draft(rows)
    waived = sum(1 for decision in decided if decision.decision == "waive")
    user = type(reviewer).objects.get(pk=reviewer.pk)  # as a request loads it: nothing cached on it
    with django_assert_max_num_queries(PANEL_DATA_QUERIES):
        data = panel_data(page, user)
    assert data.total == rows and data.open_count == rows - waived
    client.force_login(reviewer)
    with django_assert_max_num_queries(EDIT_VIEW_QUERIES):
        html = get(client, reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert html.count("Scaled test decision.") == len(decided)


BADGE = re.compile(r'/admin/pages/(\d+)/edit/"[^>]*data-review-status="([^"]+)"')


def badges(html) -> list[tuple[int, str]]:
    return [(int(pk), status) for pk, status in BADGE.findall(html)]


@pytest.mark.parametrize("rows", ROWS)
def test_explorer_badges(client, index, editor, reviewer, django_assert_max_num_queries, rows):
    pages = articles_with_findings(index, rows, 2, editor)  # an error and a warning each
    for page in pages[1::2]:  # every other page: its error waived, its warning left open
        decide_every_third(page.pk, latest_run(page).findings.filter(severity="error"), reviewer)
    expected = {page.pk: "needs_review" if n % 2 else "blocking" for n, page in enumerate(pages)}
    url = reverse("wagtailadmin_explore", args=[index.pk])
    client.force_login(reviewer)
    with django_assert_max_num_queries(EXPLORER_QUERIES):
        shown = badges(get(client, url, ordering="title"))
    assert len(shown) == min(rows, 50) and all(expected[pk] == status for pk, status in shown)
    # For an editor without publish permission, Wagtail's own listing asks per row whether the
    # page has live descendants (its Delete button); the badges still take the same queries.
    client.force_login(editor)
    with CaptureQueriesContext(connection) as queries:
        shown = badges(get(client, url, ordering="title"))
    assert len(shown) == min(rows, 50) and all(expected[pk] == status for pk, status in shown)
    assert sum('"review_' in query["sql"] for query in queries.captured_queries) == EXPLORER_REVIEW_QUERIES


@pytest.mark.parametrize("rows", ROWS)
def test_content_checks_report(client, index, editor, reviewer, django_assert_max_num_queries, rows):
    pages = articles_with_findings(index, max(1, rows // 20), min(rows, 20), editor)
    for page in pages:
        decide_every_third(page.pk, latest_run(page).findings.all(), reviewer)
    open_rows = rows - len(pages) * len(range(0, min(rows, 20), 3))
    for user in (reviewer, editor):  # every article; the articles the editor may edit
        client.force_login(user)
        with django_assert_max_num_queries(CONTENT_REPORT_QUERIES):
            html = get(client, reverse("review:report"))
        assert html.count("Finding ") == min(open_rows, 50)
        with django_assert_max_num_queries(EXPORT_QUERIES) as queries:
            table = list(csv.DictReader(io.StringIO(get(client, reverse("review:report"), export="csv"))))
        assert len(table) == open_rows and reads(queries, "review_storedfinding") == 1  # streamed, read once
        assert {row["Decision"] for row in table} == {"", "request_changes"}


@pytest.mark.parametrize("rows", ROWS)
def test_broken_links_report(client, index, editor, django_assert_max_num_queries, rows):
    pages = articles_with_findings(index, max(1, rows // 20), 0, editor)
    broken_links(pages, rows)
    client.force_login(editor)
    with django_assert_max_num_queries(LINKS_REPORT_QUERIES):
        html = get(client, reverse("linkcheck:report"))
    assert html.count("https://gone.example.org/study/") >= min(rows, 50)
    with django_assert_max_num_queries(EXPORT_QUERIES) as queries:
        table = list(csv.DictReader(io.StringIO(get(client, reverse("linkcheck:report"), export="csv"))))
    assert reads(queries, "linkcheck_pagelink") == 1  # streamed, read once
    assert len(table) == rows and {row["HTTP status"] for row in table} == {"404"}
