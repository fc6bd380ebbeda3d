"""External links from the CMS against a real HTTP server on 127.0.0.1: the check_links
command, the background task after a draft is saved, and the SSRF guard's CMS hosts."""

import io

import pytest
from cms_testing import build_site, make_article, paragraph
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Site

from linkcheck.models import LinkResult, Outcome, PageLink

pytestmark = pytest.mark.django_db


def links_to(site, *paths):
    anchors = " ".join(f'<a href="{site.url}{path}">link {i}</a>' for i, path in enumerate(paths))
    return paragraph(f"<p>{anchors}</p>")


def run_check_links(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("check_links", *args, stdout=out, stderr=err)
        status = 0
    except SystemExit as exit_:
        status = exit_.code
    return status, out.getvalue(), err.getvalue()


def outcomes(page):
    return {row.url.rsplit("/", 1)[-1]: (row.outcome, row.severity, row.status)
            for row in PageLink.objects.filter(page=page, version="live", kind="external")}


def test_check_links_all_reports_broken_links_and_exits_1(local_site):
    _, index = build_site()
    page = make_article(index, "linked", body=[links_to(
        local_site, "/ok", "/status/404", "/status/500", "/moved", "/anchors#dosage", "/anchors#nowhere",
    )])
    status, out, err = run_check_links("--all")
    assert status == 1
    assert outcomes(page) == {
        "ok": (Outcome.OK, "", 200),
        "404": (Outcome.BROKEN, "error", 404),
        "500": (Outcome.SERVER_ERROR, "warning", 500),
        "moved": (Outcome.MOVED, "info", 200),
        "anchors#dosage": (Outcome.OK, "", 200),
        "anchors#nowhere": (Outcome.MISSING_ANCHOR, "error", 200),
    }
    assert "Checked 6 links on 4 live pages: 2 broken, 1 warnings" in out
    assert f"{local_site.url}/status/404" in out and "404 Not Found" in out
    assert "pages" in err and "6/6" in err  # the progress bars: pages, then addresses


def test_second_run_answers_from_the_cache_and_force_fetches_again(local_site):
    _, index = build_site()
    make_article(index, "linked", body=[links_to(local_site, "/ok", "/status/404")])
    run_check_links("--all", "--no-progress")
    fetched = local_site.requests_for("/ok") + local_site.requests_for("/status/404")
    assert fetched >= 2 and LinkResult.objects.count() == 2
    status, out, _ = run_check_links("--all", "--no-progress")
    assert status == 1 and "1 broken" in out
    assert local_site.requests_for("/ok") + local_site.requests_for("/status/404") == fetched
    run_check_links("--all", "--force", "--no-progress")
    assert local_site.requests_for("/ok") + local_site.requests_for("/status/404") > fetched


def test_exit_status_0_when_nothing_is_broken(local_site):
    _, index = build_site()
    make_article(index, "fine", body=[links_to(local_site, "/ok", "/anchors#dosage")])
    status, out, _ = run_check_links("--all", "--no-progress")
    assert status == 0 and "0 broken" in out


def test_one_page_by_id_and_unknown_ids(local_site):
    _, index = build_site()
    page = make_article(index, "one", body=[links_to(local_site, "/ok")])
    other = make_article(index, "other", body=[links_to(local_site, "/status/404")])
    assert run_check_links("--page", str(page.pk), "--no-progress")[0] == 0
    assert not PageLink.objects.filter(page=other, kind="external").exclude(outcome=Outcome.PENDING).exists()
    with pytest.raises(CommandError, match="no live page with id 999999"):
        call_command("check_links", "--page", "999999")


def test_internal_addresses_are_refused_without_the_allowlist(local_site, settings):
    settings.VALIDATORS = {**settings.VALIDATORS, "links": {**settings.VALIDATORS["links"], "allow_hosts": []}}
    _, index = build_site()
    page = make_article(index, "ssrf", body=[links_to(local_site, "/ok")])
    status, _, _ = run_check_links("--all", "--no-progress")
    assert status == 0  # not checked is not broken: a warning, with nothing about the address
    assert outcomes(page) == {"ok": (Outcome.BLOCKED, "warning", None)}
    messages = set(PageLink.objects.filter(page=page, kind="external").values_list("message", flat=True))
    assert messages == {"Link not checked: address not allowed or not found."}
    assert local_site.requests_for("/ok") == 0


def test_a_wagtail_site_hostname_counts_as_our_own_host(local_site):
    # 127.0.0.1 is allowed by setting; its redirect to localhost:<port> is refused until a
    # Wagtail site has that hostname and port (a staging site on the loopback address).
    _, index = build_site()
    page = make_article(index, "own-host", body=[links_to(local_site, "/to-localhost")])
    run_check_links("--all", "--no-progress")
    assert outcomes(page) == {"to-localhost": (Outcome.BLOCKED, "warning", None)}
    assert local_site.requests_for("/ok") == 0
    Site.objects.create(hostname="localhost", port=int(local_site.url.rsplit(":", 1)[1]), root_page=index)
    assert run_check_links("--all", "--no-progress", "--force")[0] == 0
    assert outcomes(page) == {"to-localhost": (Outcome.OK, "", 200)}
    assert local_site.requests_for("/ok") >= 1


def test_saved_draft_checks_external_links_in_the_background(local_site, django_capture_on_commit_callbacks):
    _, index = build_site()
    page = make_article(index, "drafty", publish=True)
    page.body = [links_to(local_site, "/status/410", "/ok")]
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        page.save_revision()
    rows = PageLink.objects.filter(page=page, version="draft", kind="external")
    assert {row.outcome for row in rows} == {Outcome.PENDING}  # saved at once, not fetched yet
    assert local_site.requests_for("/ok") == 0
    for callback in callbacks:  # the transaction commits: the task is enqueued (and runs, immediate backend)
        callback()
    assert {row.url.rsplit("/", 1)[-1]: (row.outcome, row.status) for row in rows.all()} == {
        "410": (Outcome.BROKEN, 410), "ok": (Outcome.OK, 200),
    }
    assert LinkResult.objects.filter(url=f"{local_site.url}/ok").exists()


def test_saving_again_reuses_cached_results_without_fetching(local_site, django_capture_on_commit_callbacks):
    _, index = build_site()
    page = make_article(index, "twice", publish=True)
    page.body = [links_to(local_site, "/ok")]
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()
    hits = local_site.requests_for("/ok")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page.save_revision()
    assert callbacks == []  # every external result was fresh in the table: no task
    assert local_site.requests_for("/ok") == hits
    assert PageLink.objects.get(page=page, version="draft", kind="external").outcome == Outcome.OK


def test_skip_external_fetches_nothing(local_site):
    _, index = build_site()
    page = make_article(index, "offline", body=[links_to(local_site, "/status/404")])
    status, out, _ = run_check_links("--all", "--skip-external", "--no-progress")
    assert status == 0 and "1 not checked" in out
    assert outcomes(page) == {"404": (Outcome.PENDING, "", None)}
    assert local_site.requests_for("/status/404") == 0


def test_disguised_spellings_of_an_internal_address_are_refused_too(local_site, settings):
    settings.VALIDATORS = {**settings.VALIDATORS, "links": {**settings.VALIDATORS["links"], "allow_hosts": []}}
    port = local_site.url.rsplit(":", 1)[1]
    hosts = ["１２７.０.０.１", "127。0。0。1", "①②⑦.0.0.1", "2130706433", "[::ffff:7f00:1]"]
    anchors = " ".join(f'<a href="http://{host}:{port}/ok">link {n}</a>' for n, host in enumerate(hosts))
    _, index = build_site()
    page = make_article(index, "disguised", body=[paragraph(f"<p>{anchors}</p>")])
    run_check_links("--all", "--no-progress")
    rows = PageLink.objects.filter(page=page, version="live", kind="external")
    assert len(rows) == len(hosts)
    assert {(row.outcome, row.severity, row.status, row.message) for row in rows} == {
        (Outcome.BLOCKED, "warning", None, "Link not checked: address not allowed or not found.")
    }
    assert local_site.requests_for("/ok") == 0
