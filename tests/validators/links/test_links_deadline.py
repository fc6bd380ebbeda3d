"""The link phase's deadline, against a real local server whose pages hang.

Tests use deadlines of a second or less; the hanging pages sleep for longer than that.
"""

from validators.links.cache import MemoryCache
from validators.links.client import check_urls
from validators.links.results import Outcome

HANG = 5  # seconds a hanging page takes: well past every deadline below


def test_addresses_without_an_answer_by_the_deadline_are_not_checked_in_time(site):
    hanging = [f"{site.url}/sleep?s={HANG}&n={n}" for n in range(6)]
    quick = site.url + "/ok"
    cache = MemoryCache()
    results = check_urls([quick, *hanging], site.options(timeout=30), cache, deadline=0.5)
    assert results[quick].ok
    assert {results[url].outcome for url in hanging} == {Outcome.NOT_CHECKED_IN_TIME}
    assert all(results[url].message == "not checked in time (the link phase has 0.5 s)" for url in hanging)
    assert set(cache.get_many([quick, *hanging])) == {quick}  # what was not checked is not remembered


def test_without_a_deadline_each_address_has_its_own_timeout(site):
    url = f"{site.url}/sleep?s={HANG}&n=own"
    assert check_urls([url], site.options(timeout=0.5, retries=0))[url].outcome == Outcome.TIMEOUT


def write_article(tmp_path, site, hanging: int):
    links = [f'<a href="{site.url}/sleep?s={HANG}&amp;n={n}">slow {n}</a>' for n in range(hanging)]
    article = tmp_path / "article.html"
    article.write_text(f'<p><a href="{site.url}/ok">fine</a> ' + " ".join(links) + "</p>")
    return article


def test_cli_reports_hanging_links_as_not_checked_in_time_and_fails_closed(site, tmp_path, run_cli):
    article = write_article(tmp_path, site, hanging=20)
    config = tmp_path / "checks.toml"
    config.write_text("[validators.links]\ndeadline = 1.0\ntimeout = 30.0\nhost_interval = 0.0\n")

    status, report = run_cli("--base-url", site.url, "--config", str(config), str(article))

    findings = [f for f in report["documents"][0]["findings"] if f["rule"] == "link.http-status"]
    assert len(findings) == 20
    assert {(f["severity"], f["message"]) for f in findings} == {
        ("error", "Link not checked in time (the link phase has 1 s); check again.")
    }
    assert status == 1


def test_cli_run_deadline_caps_many_documents_and_fail_open_is_a_choice(site, tmp_path, run_cli):
    articles = []
    for n in range(3):
        folder = tmp_path / str(n)
        folder.mkdir()
        articles.append(str(write_article(folder, site, hanging=2)))
    config = tmp_path / "checks.toml"
    config.write_text('[validators]\ncheck_failed_severity = "warning"\n'
                      "[validators.links]\ndeadline = 5.0\nrun_deadline = 0.5\ntimeout = 30.0\n")

    status, report = run_cli("--base-url", site.url, "--config", str(config), *articles)

    messages = {f["message"] for d in report["documents"] for f in d["findings"] if f["severity"] == "warning"}
    assert messages == {"Link not checked in time (the link phase has 0.5 s); check again."}
    assert status == 0  # the operator chose warnings for checks that did not run
