"""What an editor waits for when saving: admin "Save draft" of the demo article (its paragraphs
plus 30 external links, new addresses on every save so none is cached) over real HTTP to
gunicorn, while the linked site takes `SLOW_SECONDS` to answer each request.

Before: the in-process task backend (the checks and link fetches run inside the request).
After: the database task queue, with one `db_worker` process running the checks meanwhile.
Target (reported, not asserted): p50 ≤ 500 ms after. Each mode runs on its own copy of one
migrated SQLite file, with gunicorn (2 workers) as production serves the admin.
"""

import http.cookiejar
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from benchmarks._common import free_port, table

PROJECT = Path(__file__).resolve().parent.parent
LINKS = 30
SLOW_SECONDS = 1.0
SAVES = {"immediate": 3, "database": 15}  # the "before" saves take seconds each: a few suffice
TARGET_P50_MS = 500.0
PASSWORD = "bench-admin-password"

# Run in a child process with Django set up: the demo draft article's paragraphs, plus a paragraph
# of LINKS new external links, as the editor's form posts them, once per save label.
SETUP = """
import json, os
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from pages.models import ArticlePage
page = ArticlePage.objects.filter(live=False).first().get_latest_revision_as_object()
paragraphs = [block.value.source for block in page.body if block.block_type == "paragraph"]
forms = {}
for label in os.environ["BENCH_LABELS"].split():
    links = " ".join(f'<a href="http://{os.environ["BENCH_SLOW_HOST"]}/{label}/{n}">source {n}</a>'
                     for n in range(int(os.environ["BENCH_LINKS"])))
    forms[label] = nested_form_data({
        "title": page.title, "slug": page.slug, "summary": page.summary,
        "body": streamfield([("paragraph", rich_text(html)) for html in [*paragraphs, f"<p>Sources: {links}.</p>"]]),
        "references": inline_formset([]), "comments": inline_formset([]),
        "medical_reviewer": page.medical_reviewer or "Dr Bench", "last_reviewed": "2026-01-15", "tags": "",
    })
print(json.dumps({"id": page.pk, "paragraphs": len(paragraphs), "forms": forms}))
"""


class SlowSite:
    """Every page answers after SLOW_SECONDS (a slow external site on 127.0.0.1)."""

    def __init__(self):
        class Handler(BaseHTTPRequestHandler):
            def _answer(self, body: bool):
                time.sleep(SLOW_SECONDS)
                page = b"<!doctype html><html><body><p>A source.</p></body></html>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                if body:
                    self.wfile.write(page)

            def do_GET(self):  # noqa: N802 - http.server's naming
                self._answer(True)

            def do_HEAD(self):  # noqa: N802
                self._answer(False)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.host = f"127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def main() -> None:
    site = SlowSite()
    with tempfile.TemporaryDirectory() as directory:
        migrated = Path(directory) / "migrated.sqlite3"
        env = _env(migrated, site.host, "immediate")
        _manage(env, "migrate", "--noinput", "--verbosity", "0")
        _manage(env, "load_demo", "--if-empty", extra={"DEMO_ADMIN_PASSWORD": PASSWORD})
        setup = {"BENCH_LABELS": " ".join(_labels()), "BENCH_LINKS": str(LINKS)}
        article = json.loads(_manage(env, "shell", "-c", SETUP, extra=setup).strip().splitlines()[-1])
        figures = {}
        for mode, saves in SAVES.items():
            database = Path(directory) / f"{mode}.sqlite3"
            shutil.copy(migrated, database)
            figures[mode] = _measure(_env(database, site.host, mode), mode, article, saves)
    site.server.shutdown()
    print(f"Demo article: {article['paragraphs']} paragraphs + {LINKS} new external links per save; "
          f"the linked site answers after {SLOW_SECONDS:g} s; gunicorn, 2 workers, SQLite.")
    rows = []
    for mode, label in (("immediate", "before: checks in the request (ImmediateBackend)"),
                        ("database", "after: task queue + 1 db_worker")):
        times = figures[mode]
        p50, p95 = statistics.median(times), _percentile(times, 95)
        target = f"≤ {TARGET_P50_MS:.0f} ms" if mode == "database" else ""
        verdict = ("ok" if p50 <= TARGET_P50_MS else "MISSED") if mode == "database" else ""
        rows.append([f"save draft, {label}", f"{len(times)}", f"{p50:.0f} ms", f"{p95:.0f} ms", target, verdict])
    print(table(["measure", "saves", "p50", "p95", "target (p50)", ""], rows))


def _labels() -> list[str]:
    """A label per save: its links' addresses contain it, so no save finds them cached."""
    return [f"{mode}-{n}" for mode, saves in SAVES.items() for n in ["warm-up", "warm-up-2", *range(saves)]]


def _env(database: Path, slow_host: str, mode: str) -> dict:
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "benchmarks._save_settings", "DATABASE_URL": f"sqlite:///{database}",
            "BENCH_SLOW_HOST": slow_host, "BENCH_QUEUE": mode, "PYTHONPATH": str(PROJECT)}


def _manage(env, *args, extra=None) -> str:
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT, env={**env, **(extra or {})},
                            capture_output=True, text=True, check=True)
    return result.stdout




def _measure(env, mode, article, saves) -> list[float]:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "cms.wsgi", "--workers", "2", "--timeout", "300",
                               "--bind", f"127.0.0.1:{port}"], cwd=PROJECT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = None
    if mode == "database":
        worker = subprocess.Popen([sys.executable, "manage.py", "db_worker", "--no-reload", "--queue-name", "*",
                                   "--verbosity", "0"], cwd=PROJECT, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        client = _Admin(base)
        client.login()
        client.save(article, f"{mode}-warm-up")  # start-up of both gunicorn workers, not measured
        client.save(article, f"{mode}-warm-up-2")
        return [client.save(article, f"{mode}-{n}") for n in range(saves)]
    finally:
        for process in (server, worker):
            if process is not None:
                process.terminate()
                process.wait(60)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class _Admin:
    """An editor's browser, as far as saving needs: session cookie, CSRF token, form posts."""

    def __init__(self, base: str):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), _NoRedirect)

    def _csrf(self) -> str:
        return next(cookie.value for cookie in self.cookies if cookie.name == "csrftoken")

    def _post(self, path: str, data: dict) -> int:
        request = urllib.request.Request(self.base + path, data=urllib.parse.urlencode(data).encode(),
                                         headers={"Referer": self.base + path})
        try:
            with self.opener.open(request, timeout=300) as reply:
                return reply.status
        except urllib.error.HTTPError as error:  # the 302 after a save
            return error.code

    def login(self) -> None:
        deadline = time.monotonic() + 60
        while True:  # until gunicorn answers (start-up, not a measurement)
            try:
                self.opener.open(self.base + "/admin/login/", timeout=30).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        status = self._post("/admin/login/", {"username": "admin", "password": PASSWORD,
                                              "csrfmiddlewaretoken": self._csrf()})
        assert status == 302, f"admin login failed ({status})"

    def save(self, article: dict, label: str) -> float:
        data = dict(article["forms"][label])
        data["csrfmiddlewaretoken"] = self._csrf()
        started = time.perf_counter()
        status = self._post(f"/admin/pages/{article['id']}/edit/", data)
        elapsed = (time.perf_counter() - started) * 1000
        assert status == 302, f"save failed ({status})"
        return elapsed


def _percentile(values: list[float], percent: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(percent / 100 * (len(ordered) - 1)))]




if __name__ == "__main__":
    main()
