"""A real HTTP site on 127.0.0.1 for the link checker tests, recording what it was asked.

Routes (see `_SiteHandler._route`): pages with anchors, /status/NNN, redirects of every
kind, a HEAD-405 page, flaky and rate-limited pages, slow pages and a page whose anchor
lies past a byte cap. Every request is logged with its method, path, headers and time,
and the site counts how many requests per Host were in flight at once.
"""

import http.server
import json
import socket
import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from aiohttp.abc import AbstractResolver

from validators.config import LinkOptions

PROJECT = Path(__file__).resolve().parents[3]

ANCHOR_PAGE = '<html><body><h1 id="top">Top</h1><h2 id="dosage">Dosage</h2><a name="risks"></a></body></html>'


@dataclass
class Logged:
    method: str
    path: str
    host: str
    headers: dict
    at: float


@dataclass
class SiteLog:
    requests: list[Logged] = field(default_factory=list)
    in_flight: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    max_in_flight: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    hits: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def paths(self, method: str | None = None) -> list[str]:
        return [r.path for r in self.requests if method is None or r.method == method]


class _SiteHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    log: SiteLog

    def log_message(self, *args):
        pass

    def _send(self, status, body=b"", headers=None, content_type="text/html; charset=utf-8"):
        self.send_response(status)
        headers = dict(headers or {})
        headers.setdefault("Content-Type", content_type)
        headers["Content-Length"] = str(len(body))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _handle(self):
        host = self.headers.get("Host", "").rsplit(":", 1)[0]
        log = self.server.log
        with log.lock:
            log.requests.append(Logged(self.command, self.path, host, dict(self.headers), time.monotonic()))
            log.in_flight[host] += 1
            log.max_in_flight[host] = max(log.max_in_flight[host], log.in_flight[host])
        try:
            self._route()
        finally:
            with log.lock:
                log.in_flight[host] -= 1

    def _count(self, key):
        with self.server.log.lock:
            self.server.log.hits[key] += 1
            return self.server.log.hits[key]

    def _route(self):
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        if path in ("/", "/ok"):
            return self._send(200, b"<html><body>ok</body></html>", {"Set-Cookie": "session=abc; Path=/"})
        if path == "/anchors":
            return self._send(200, ANCHOR_PAGE.encode())
        if path == "/plain":
            return self._send(200, b"plain text", content_type="text/plain")
        if path.startswith("/status/"):
            return self._send(int(path.rsplit("/", 1)[1]), b"status")
        if path == "/redirect/permanent":
            return self._send(301, headers={"Location": "/anchors"})
        if path == "/redirect/permanent-308":
            return self._send(308, headers={"Location": "/ok"})
        if path == "/redirect/temporary":
            return self._send(302, headers={"Location": "/ok"})
        if path == "/redirect/broken":
            return self._send(301, headers={"Location": "/status/404"})
        if path == "/redirect/loop":
            return self._send(302, headers={"Location": "/redirect/loop"})
        if path == "/redirect/ping":
            return self._send(302, headers={"Location": "/redirect/pong"})
        if path == "/redirect/pong":
            return self._send(302, headers={"Location": "/redirect/ping"})
        if path.startswith("/redirect/chain/"):
            left = int(path.rsplit("/", 1)[1])
            return self._send(302, headers={"Location": f"/redirect/chain/{left - 1}" if left else "/ok"})
        if path == "/redirect/to":  # the target as raw UTF-8 bytes, as any server may send it
            return self._send(302, headers={"Location": query["url"][0].encode().decode("latin-1")})
        if path == "/head-not-allowed":
            return self._send(405) if self.command == "HEAD" else self._send(200, ANCHOR_PAGE.encode())
        if path == "/head-lies":  # a server that answers HEAD with 404 but serves the page
            return self._send(404) if self.command == "HEAD" else self._send(200, b"<html>here</html>")
        if path == "/flaky":  # 503 on the first request for each key, then 200
            first = self._count(("flaky", query["key"][0])) == 1
            return self._send(503, b"busy") if first else self._send(200, b"<html>fine</html>")
        if path == "/rate-limited":  # 429 with Retry-After on the first request for each key
            first = self._count(("429", query["key"][0])) == 1
            return self._send(429, b"slow down", {"Retry-After": query.get("after", ["1"])[0]}) if first else \
                self._send(200, b"<html>fine</html>")
        if path == "/sleep":
            time.sleep(float(query.get("s", ["0.2"])[0]))
            return self._send(200, b"<html>late</html>")
        if path == "/big":  # the anchor sits after 200 kB of filler
            return self._send(200, b"<html><body>" + b"<p>filler</p>" * 20000 + b'<h2 id="end">End</h2></body></html>')
        if path.startswith("/long/"):
            return self._send(200, b"<html>long</html>")
        return self._send(404, b"not found")

    do_GET = _handle
    do_HEAD = _handle


class Site:
    def __init__(self):
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _SiteHandler)
        self.server.daemon_threads = True
        self.server.log = SiteLog()
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def log(self) -> SiteLog:
        return self.server.log

    def reset(self):
        self.server.log = SiteLog()

    def options(self, **changes) -> LinkOptions:
        """Options for a test: this site is the base URL; short timeouts; no spacing."""
        values = {"base_url": self.url, "timeout": 3.0, "host_interval": 0.0, "retries": 2}
        values.update(changes)
        return LinkOptions(**values)

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="session")
def _site_server():
    site = Site()
    yield site
    site.close()


@pytest.fixture
def site(_site_server):
    _site_server.reset()
    return _site_server


@pytest.fixture(scope="session")
def other_site():
    """A second server on another loopback port: an internal service the guard must protect."""
    site = Site()
    yield site
    site.close()


@pytest.fixture
def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens here once the socket is closed


class StaticResolver(AbstractResolver):
    """Maps host names to fixed addresses, like /etc/hosts entries for the test."""

    def __init__(self, addresses: dict[str, str]):
        self.addresses = addresses

    async def resolve(self, host, port=0, family=socket.AF_INET):
        if host not in self.addresses:
            raise OSError(f"no such host {host}")
        address = self.addresses[host]
        return [{"hostname": host, "host": address, "port": port, "family": socket.AF_INET, "proto": 0, "flags": 0}]

    async def close(self):
        pass


@pytest.fixture
def static_resolver():
    return StaticResolver


@pytest.fixture
def run_cli():
    """`python -m validators check --format json ARGS` in a real process: (exit status, report)."""

    def run(*args, timeout=60):
        done = subprocess.run(
            [sys.executable, "-m", "validators", "check", "--format", "json", *args],
            capture_output=True, text=True, cwd=PROJECT, timeout=timeout,
        )
        return done.returncode, json.loads(done.stdout)

    return run
