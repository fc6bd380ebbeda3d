"""The link checker against a real HTTP site on 127.0.0.1: statuses, fallbacks, redirects, retries."""

import time

from validators.links.client import check_urls
from validators.links.results import Outcome


def check_one(site, path, **options):
    url = site.url + path
    return check_urls([url], site.options(**options))[url]


def test_working_page_is_ok_with_one_head_request(site):
    result = check_one(site, "/ok")
    assert result.outcome == Outcome.OK and result.status == 200
    assert [(r.method, r.path) for r in site.log.requests] == [("HEAD", "/ok")]


def test_missing_and_gone_pages_are_broken(site):
    results = check_urls([site.url + "/status/404", site.url + "/status/410"], site.options())
    assert [(r.outcome, r.status) for r in results.values()] == [(Outcome.BROKEN, 404), (Outcome.BROKEN, 410)]


def test_failing_head_answer_is_confirmed_with_get(site):
    assert check_one(site, "/head-lies").ok
    assert [r.method for r in site.log.requests] == ["HEAD", "GET"]
    site.reset()
    assert check_one(site, "/status/404").status == 404
    assert [r.method for r in site.log.requests] == ["HEAD", "GET"]


def test_head_refused_falls_back_to_get(site):
    result = check_one(site, "/head-not-allowed")
    assert result.ok
    assert [r.method for r in site.log.requests] == ["HEAD", "GET"]


def test_anchor_check_reads_the_page_with_get_only(site):
    url = site.url + "/anchors"
    results = check_urls([url + "#dosage", url + "#risks", url + "#absent"], site.options())
    assert [r.method for r in site.log.requests] == ["GET"]  # one page, fetched once
    page = results[url + "#dosage"]
    assert page.has_anchor("dosage") and page.has_anchor("risks") and page.has_anchor("absent") is False


def test_anchor_question_has_no_answer_for_non_html(site):
    url = site.url + "/plain#x"
    assert check_urls([url], site.options())[url].has_anchor("x") is None


def test_body_is_read_only_up_to_the_cap(site):
    url = site.url + "/big#end"
    capped = check_urls([url], site.options(max_body_bytes=10_000))[url]
    assert capped.has_anchor("end") is False and not capped.anchors_complete
    whole = check_urls([url], site.options())[url]
    assert whole.has_anchor("end") and whole.anchors_complete


def test_permanent_redirect_to_working_page(site):
    result = check_one(site, "/redirect/permanent")
    assert result.ok and result.permanently_moved
    assert result.final_url == site.url + "/anchors"
    assert [(h.status, h.location) for h in result.redirects] == [(301, site.url + "/anchors")]


def test_temporary_redirect_is_not_permanent(site):
    result = check_one(site, "/redirect/temporary")
    assert result.ok and not result.permanently_moved


def test_redirect_to_broken_page_reports_final_status(site):
    result = check_one(site, "/redirect/broken")
    assert (result.outcome, result.status, result.final_url) == (Outcome.BROKEN, 404, site.url + "/status/404")


def test_redirect_loops_are_caught(site):
    assert check_one(site, "/redirect/loop").outcome == Outcome.REDIRECT_LOOP
    assert check_one(site, "/redirect/ping").outcome == Outcome.REDIRECT_LOOP


def test_redirect_without_location_is_invalid(site):
    result = check_one(site, "/status/302")
    assert (result.outcome, result.status) == (Outcome.INVALID, 302) and "without saying where" in result.message


def test_redirect_limit(site):
    assert check_one(site, "/redirect/chain/3", max_redirects=5).ok
    result = check_one(site, "/redirect/chain/8", max_redirects=5)
    assert result.outcome == Outcome.TOO_MANY_REDIRECTS and len(result.redirects) == 6


def test_server_error_is_retried_and_can_recover(site):
    result = check_one(site, "/flaky?key=recover")
    assert result.ok
    assert site.log.paths() == ["/flaky?key=recover"] * 2


def test_persistent_server_error_after_all_retries(site):
    result = check_one(site, "/status/503", retries=2)
    assert (result.outcome, result.status) == (Outcome.SERVER_ERROR, 503)
    assert [r.method for r in site.log.requests] == ["HEAD", "GET", "GET", "GET"]  # confirmed, then retried twice


def test_rate_limit_honours_retry_after(site):
    result = check_one(site, "/rate-limited?key=honour&after=1")
    assert result.ok
    first, second = site.log.requests
    assert second.at - first.at >= 0.95  # the server asked for 1 s; the checker waited for it


def test_retry_after_as_an_http_date(site):
    from email.utils import formatdate
    from urllib.parse import quote

    when = quote(formatdate(time.time() + 2, usegmt=True))
    result = check_one(site, f"/rate-limited?key=date&after={when}")
    assert result.ok
    first, second = site.log.requests
    assert second.at - first.at >= 0.9  # the date is whole seconds: at least 1 s of the 2 remain


def test_retry_after_longer_than_the_budget_gives_up(site):
    result = check_one(site, "/rate-limited?key=giveup&after=30", timeout=2)
    assert (result.outcome, result.status) == (Outcome.RATE_LIMITED, 429)
    assert len(site.log.requests) == 1


def test_slow_page_times_out(site):
    result = check_one(site, "/sleep?s=3", timeout=0.5)
    assert result.outcome == Outcome.TIMEOUT and "0.5 s" in result.message


def test_refused_connection_is_reported_after_retries(site, closed_port):
    url = f"http://127.0.0.1:{closed_port}/"
    options = site.options(allow_hosts=(f"127.0.0.1:{closed_port}",), retries=1)
    result = check_urls([url], options)[url]
    assert result.outcome == Outcome.CONNECTION_ERROR and "cannot connect" in result.message


def test_ten_thousand_character_url(site):
    path = "/long/" + "a" * (10_000 - len(site.url) - 6)
    url = site.url + path
    assert len(url) == 10_000
    assert check_urls([url], site.options())[url].ok
    assert site.log.paths() == [path]


def test_redirect_to_a_ten_thousand_character_url(site):
    target = site.url + "/long/" + "b" * 9_950
    url = f"{site.url}/redirect/to?url={target}"
    result = check_urls([url], site.options())[url]
    assert result.ok and result.final_url == target


def test_no_cookies_no_credentials_and_a_clear_user_agent(site):
    with_credentials = site.url.replace("http://", "http://editor:secret@") + "/ok"
    check_urls([site.url + "/ok", with_credentials, site.url + "/anchors"], site.options(per_host=1))
    assert len(site.log.requests) == 2  # the address with credentials is the same page as /ok
    for request in site.log.requests:
        headers = {k.lower(): v for k, v in request.headers.items()}
        assert "cookie" not in headers and "authorization" not in headers
        assert headers["user-agent"].startswith("HealthCMS-LinkChecker/")


def test_credentials_in_a_redirect_target_are_not_sent(site):
    target = site.url.replace("http://", "http://admin:hunter2@") + "/ok"
    result = check_urls([f"{site.url}/redirect/to?url={target}"], site.options())
    assert all(r.ok for r in result.values())
    assert all("authorization" not in {k.lower() for k in r.headers} for r in site.log.requests)
    assert site.log.paths()[-1] == "/ok"


def test_unfetched_external_hosts_when_skipping_external(site):
    results = check_urls(["https://doi.org/10.1000/182"], site.options(skip_external=True))
    assert results["https://doi.org/10.1000/182"].outcome == Outcome.UNCHECKED


def test_redirect_off_site_is_not_followed_when_skipping_external(site):
    url = site.url + "/redirect/to?url=https://example.org/elsewhere"
    result = check_urls([url], site.options(skip_external=True))[url]
    assert result.outcome == Outcome.UNCHECKED and result.final_url == "https://example.org/elsewhere"


def test_redirect_to_a_malformed_address(site):
    url = site.url + "/redirect/to?url=http://exa%20mple.org/"
    result = check_urls([url], site.options())[url]
    assert result.outcome == Outcome.INVALID and "host name" in result.message


def test_check_urls_works_inside_a_running_event_loop(site):
    import asyncio

    async def from_async_code():
        return check_urls([site.url + "/ok"], site.options())

    assert asyncio.run(from_async_code())[site.url + "/ok"].ok
