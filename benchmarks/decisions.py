"""What a reviewer's decision costs over real HTTP: the findings panel's request (JSON answer
with the panel's new HTML) for one finding, and for 12 findings at once with one reason.

A gunicorn server (one worker, one thread) serves a temporary SQLite database prepared by a
child process: an article with 12 claim errors, a reviewer's session. Timings are round
trips on 127.0.0.1, so an upper bound of the server's time. Target (reported, not
asserted): p95 ≤ 300 ms for a single decision.
"""

import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from benchmarks._common import free_port

PROJECT = Path(__file__).resolve().parent.parent
FINDINGS = 12
SINGLE_RUNS = 30
BULK_RUNS = 12
WARM_UP = 3
TARGET_MS = 300.0
CSRF_SECRET = "b" * 32  # any 32-character secret is a valid CSRF cookie


def main() -> None:
    with tempfile.TemporaryDirectory() as directory:
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "benchmarks._publish_settings", "BENCH_PIPELINE": "with",
               "DATABASE_URL": f"sqlite:///{directory}/decisions.sqlite3", "PYTHONPATH": str(PROJECT)}
        prepared = subprocess.run([sys.executable, "-m", "benchmarks.decisions", "--prepare"], cwd=PROJECT, env=env,
                                  capture_output=True, text=True, timeout=600)
        if prepared.returncode:
            raise RuntimeError(f"benchmark preparation failed:\n{prepared.stderr[-5000:]}")
        setup = json.loads(prepared.stdout.strip().splitlines()[-1])
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "gunicorn", "cms.wsgi", "--workers", "1", "--threads", "1",
                                   "--bind", f"127.0.0.1:{port}", "--log-level", "warning"], cwd=PROJECT, env=env)
        try:
            timings = _measure(f"http://127.0.0.1:{port}", setup)
        finally:
            server.terminate()
            server.wait(30)
    rows = [
        ["one decision (JSON + panel HTML)", _figures(timings["single"]), f"p95 ≤ {TARGET_MS:.0f} ms",
         "ok" if _p95(timings["single"]) <= TARGET_MS else "MISSED"],
        [f"{FINDINGS} findings, one decision", _figures(timings["bulk"]), "", ""],
    ]
    print(f"Article with {setup['findings']} findings; {SINGLE_RUNS} single and {BULK_RUNS} bulk decisions over HTTP")
    widths = [max(len(row[i]) for row in [["measure", "p50 / p95", "target", ""], *rows]) for i in range(4)]
    for index, row in enumerate([["measure", "p50 / p95", "target", ""], *rows]):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            print("  ".join("-" * width for width in widths))


def _measure(base: str, setup: dict) -> dict:
    url = f"{base}/admin/content-checks/page/{setup['page_id']}/decisions/"
    cookie = f"sessionid={setup['session']}; csrftoken={CSRF_SECRET}"
    for _ in range(300):  # until the server answers (start-up, not a measurement)
        try:
            _post(url, cookie, [])
            break
        except OSError:
            time.sleep(0.1)
    fingerprints = setup["fingerprints"]
    single, bulk = [], []
    for run in range(WARM_UP + SINGLE_RUNS):
        seconds = _post(url, cookie, [fingerprints[run % len(fingerprints)]])
        if run >= WARM_UP:
            single.append(seconds * 1000)
    for run in range(WARM_UP + BULK_RUNS):
        seconds = _post(url, cookie, fingerprints[:FINDINGS])
        if run >= WARM_UP:
            bulk.append(seconds * 1000)
    return {"single": single, "bulk": bulk}


def _post(url: str, cookie: str, fingerprints: list[str]) -> float:
    """Seconds of one decision request; a refusal is an error (except the empty start-up probe)."""
    data = urllib.parse.urlencode({"fingerprint": fingerprints, "decision": "approve",
                                   "reason": "Checked against the product licence."}, doseq=True).encode()
    request = urllib.request.Request(url, data=data, headers={
        "Cookie": cookie, "X-CSRFToken": CSRF_SECRET, "Accept": "application/json"})
    began = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=60) as reply:
            payload = json.loads(reply.read())
    except urllib.error.HTTPError as error:
        if fingerprints:
            raise RuntimeError(f"decision refused: {error.code} {error.read()[:500]!r}") from None
        return 0.0
    elapsed = time.perf_counter() - began
    if len(payload["decided"]) != len(fingerprints):
        raise RuntimeError(f"decision not taken: {payload['message']}")
    return elapsed


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def _figures(samples: list[float]) -> str:
    return f"{statistics.median(samples):.0f} / {_p95(samples):.0f} ms"




# -- the preparing child process ------------------------------------------------------------------
def _prepare() -> None:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.test import Client
    from wagtail.models import Page, Site

    from pages.models import ArticleIndexPage, ArticlePage, HomePage
    from review.checks import latest_run

    call_command("migrate", verbosity=0)
    users = get_user_model().objects
    editor = users.create_user("bench-editor", "editor@example.org", "bench-pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    reviewer = users.create_user("bench-reviewer", "reviewer@example.org", "bench-pw")
    reviewer.groups.add(Group.objects.get(name="Compliance reviewers"))
    home = Page.get_first_root_node().add_child(instance=HomePage(title="Home", slug="home-bench"))
    Site.objects.filter(is_default_site=True).update(root_page=home)
    index = home.add_child(instance=ArticleIndexPage(title="Health", slug="health"))
    body = [{"type": "paragraph", "value": f"<p>Cream number {n} is a miracle cure for acne.</p>"}
            for n in range(1, FINDINGS + 1)]
    page = index.add_child(instance=ArticlePage(title="Creams", slug="creams", summary="Creams for acne.",
                                                 body=body, medical_reviewer="Dr Test, MRCP",
                                                 last_reviewed=datetime.date(2026, 1, 15), live=False))
    page.save_revision(user=editor)
    page.refresh_from_db()
    findings = [f for f in latest_run(page).findings.all() if f.severity == "error"]
    if len(findings) < FINDINGS:
        raise RuntimeError(f"expected {FINDINGS} error findings, got {len(findings)}")
    client = Client()
    client.force_login(reviewer)
    print(json.dumps({"page_id": page.pk, "session": client.cookies["sessionid"].value, "findings": len(findings),
                      "fingerprints": [f.fingerprint for f in findings]}), flush=True)


if __name__ == "__main__" and "--prepare" in sys.argv:
    _prepare()
