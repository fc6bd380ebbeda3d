"""The CLI end to end: `--base-url`, `--skip-external`, and the JSON file cache between runs."""

import json


def test_cli_reports_links_and_reuses_its_file_cache(site, tmp_path, run_cli):
    article = tmp_path / "article.html"
    article.write_text(
        '<p>Read <a href="/status/404">the old page</a> or <a href="/anchors#dosage">dosage</a>.'
        ' Sources: <a href="https://doi.org/10.1000/182">a study</a>. Visit our website for more.</p>'
    )
    cache = tmp_path / "cache" / "links.json"
    config = tmp_path / "checks.toml"
    config.write_text(f'[validators.links]\ncache_path = "{cache}"\nhost_interval = 0.0\n')
    args = ["--base-url", site.url, "--skip-external", "--config", str(config), str(article)]

    status, report = run_cli(*args)
    findings = [f for f in report["documents"][0]["findings"] if f["category"] == "link"]
    assert status == 1
    assert [(f["rule"], f["severity"], f["url"], f["resolved_url"]) for f in findings] == [
        ("link.http-status", "error", "/status/404", site.url + "/status/404"),
        ("link.missing", "warning", None, None),
    ]
    assert set(json.loads(cache.read_text())["results"]) == {site.url + "/status/404", site.url + "/anchors"}

    fetched_first = len(site.log.requests)
    status_again, report_again = run_cli(*args)
    assert (status_again, report_again["documents"][0]["findings"]) == (status, report["documents"][0]["findings"])
    assert len(site.log.requests) == fetched_first  # the second run was answered from the file


def test_cli_fails_on_unsafe_link_schemes_and_warns_on_other_schemes(tmp_path, run_cli):
    html = tmp_path / "a.html"
    html.write_text('<p><a href="javascript:alert(1)">x</a> <a href="gopher://g.example/">y</a></p>')
    markdown = tmp_path / "b.md"
    markdown.write_text("[x](data:text/html,hi) [y](file:///etc/hosts) [z](ftp://files.example/a.pdf)\n")
    status, report = run_cli("--skip-external", str(html), str(markdown))
    documents = report["documents"]
    found = [[(f["rule"], f["severity"]) for f in d["findings"] if f["rule"] == "link.scheme"] for d in documents]
    assert found == [[("link.scheme", "error"), ("link.scheme", "warning")],
                     [("link.scheme", "error"), ("link.scheme", "error"), ("link.scheme", "warning")]]
    assert status == 1

    html.write_text('<p><a href="mailto:help@clinic.example">x</a> <a href="tel:+1 555 010 9999">y</a></p>')
    status, report = run_cli("--skip-external", str(html))
    assert (status, report["documents"][0]["findings"]) == (0, [])
