"""Fixtures for the link checker's CMS tests: a page tree with links, and a real HTTP site on
127.0.0.1 (the SSRF guard lets it through only because the tests allow it by setting)."""

import http.server
import threading
from collections import Counter

import pytest

ANCHORED = b'<html><body><h2 id="dosage">Dosage</h2></body></html>'


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _send(self, status, body=b"", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _route(self):
        self.server.hits[(self.command, self.path)] += 1
        if self.path == "/ok":
            return self._send(200, b"<html>ok</html>")
        if self.path == "/anchors":
            return self._send(200, ANCHORED)
        if self.path == "/to-localhost":  # the same server under another host name
            return self._send(302, headers=[("Location", f"http://localhost:{self.server.server_address[1]}/ok")])
        if self.path == "/moved":
            return self._send(301, headers=[("Location", "/ok")])
        if self.path.startswith("/status/"):
            return self._send(int(self.path.rsplit("/", 1)[1]), b"status")
        return self._send(404, b"not found")

    do_GET = do_HEAD = _route


class LocalSite:
    def __init__(self):
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.hits = Counter()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def hits(self) -> Counter:
        return self.server.hits

    def requests_for(self, path: str) -> int:
        return sum(count for (_, p), count in self.hits.items() if p == path)

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def local_site(settings):
    site = LocalSite()
    # The engine's link rules share the app's options and result table, so they would fetch
    # these links on save already; most tests here are about the app's own fetching.
    settings.VALIDATORS = {**settings.VALIDATORS, "disable": ["link"], "links": {
        "allow_hosts": ["127.0.0.1"], "timeout": 3.0, "retries": 0, "host_interval": 0.0}}
    yield site
    site.close()
