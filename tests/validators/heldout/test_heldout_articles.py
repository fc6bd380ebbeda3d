"""Held-out articles: realistic health pages written and labelled before the engine was run on them.

Each folder of `articles/` holds `article.html` (links written as `{BASE}/...`) and `expected.json`
labelled like the shared evaluation corpus: copy errors (`excerpt` + `context`), claims that need a
citation (`contains`), sentences that are not claims (`not_claim`) and broken links (`url` or
`missing`). The engine checks every article against a real HTTP site on 127.0.0.1 with the
evaluation site's pages, and the findings are matched as the scorer matches them. Copy labels
marked `known_miss` are errors the engine does not find yet: they are left out of the recall
assertion, not of the false-positive one.
"""

import http.server
import json
import re
import threading
from pathlib import Path

import pytest

from validators.config import Config, LinkOptions
from validators.engine import check_documents
from validators.findings import Severity
from validators.sources import from_html

ARTICLES = Path(__file__).parent / "articles"
CASES = sorted(path.name for path in ARTICLES.iterdir() if (path / "expected.json").exists())

# The evaluation site's pages (path -> body); every other path answers 404.
PAGES = {
    "/": "<h1>Home</h1>",
    "/health/": "<h1>Health</h1>",
    "/health/acne/": '<h1 id="top">Acne</h1><h2 id="causes">Causes</h2><h2 id="treatment">Treatment</h2>',
    "/health/vaccines/": '<h1>Vaccines</h1><h2 id="schedule">Schedule</h2>',
    "/health/sunscreen/": '<h1>Sunscreen</h1><h2 id="spf">SPF</h2>',
    "/health/cold-sores/": '<h1>Cold sores</h1><h2 id="symptoms">Symptoms</h2>',
    "/references/": "<h1>References</h1>",
    "/contact/": "<h1>Contact</h1>",
    "/ok": "<h1>OK</h1>",
    "/anchors": '<h1 id="top">Anchors</h1><h2 id="dosage">Dosage</h2><a name="risks"></a>',
}
REDIRECTS = {
    "/redirect/ok": (301, "/ok"),
    "/redirect/broken": (301, "/status/404"),
    "/redirect/loop": (302, "/redirect/loop"),
}


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _send(self, status, body=b"", location=None):
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if location:
            self.send_header("Location", location)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _route(self):
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path in PAGES:
            return self._send(200, f"<html><body>{PAGES[path]}</body></html>".encode())
        if path in REDIRECTS:
            status, location = REDIRECTS[path]
            return self._send(status, location=location)
        status = re.fullmatch(r"/status/(\d{3})", path)
        return self._send(int(status.group(1)) if status else 404, b"status")

    do_GET = _route
    do_HEAD = _route


@pytest.fixture(scope="module")
def base_url():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def reports(base_url):
    """Every article checked in one run, as the CLI would: findings by case name."""
    documents = [
        from_html((ARTICLES / name / "article.html").read_text(encoding="utf-8").replace("{BASE}", base_url), name)
        for name in CASES
    ]
    config = Config(links=LinkOptions(base_url=base_url, skip_external=True, timeout=5.0))
    run = check_documents(documents, config)
    return {report.document.path: report.findings for report in run.reports}


def _norm(text) -> str:
    return re.sub(r"\s+", " ", text or "").strip().lower()


def _copy_hit(finding, item) -> bool:
    excerpt, want = _norm(finding.excerpt), _norm(item["excerpt"])
    if finding.category.value != "copy" or not excerpt or not (want in excerpt or excerpt in want):
        return False
    sentence = _norm(finding.sentence)
    return _norm(item["context"]) in sentence or sentence in _norm(item["context"])


def _claim_hit(finding, item) -> bool:
    text = _norm(finding.sentence) + " " + _norm(finding.excerpt)
    return finding.category.value == "claim" and _norm(item["contains"]) in text


def _link_hit(finding, item, base: str) -> bool:
    if finding.category.value != "link":
        return False
    if "missing" in item:
        return not finding.url and _norm(item["missing"]) in _norm(finding.sentence)
    return item["url"].replace("{BASE}", base) in (finding.url, finding.resolved_url)


@pytest.mark.parametrize("name", CASES)
def test_labelled_findings_are_found_and_nothing_else_is_flagged(name, reports, base_url):
    expected = json.loads((ARTICLES / name / "expected.json").read_text(encoding="utf-8"))
    findings = reports[name]
    missed = [item for item in expected["copy"] if not item.get("known_miss")
              and not any(_copy_hit(f, item) for f in findings)]
    missed += [item for item in expected["claim"] if not any(_claim_hit(f, item) for f in findings)]
    missed += [item for item in expected["link"] if not any(_link_hit(f, item, base_url) for f in findings)]
    assert missed == []

    not_claims = [_norm(text) for text in expected["not_claim"]]
    wrong = [
        (f.rule, f.excerpt, f.sentence)
        for f in findings
        if (f.category.value == "copy" and not any(_copy_hit(f, item) for item in expected["copy"]))
        or (f.category.value == "claim" and any(text in _norm(f.sentence) for text in not_claims))
        or (
            f.category.value == "link"
            and f.severity in (Severity.ERROR, Severity.WARNING)
            and not any(_link_hit(f, item, base_url) for item in expected["link"])
        )
    ]
    assert wrong == []
