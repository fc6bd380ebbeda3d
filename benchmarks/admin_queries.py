"""What the review screens cost as the site grows: queries and response times of the findings
panel (article editor), the page explorer with its review badges, and the Content checks and
Broken links reports (page and CSV export), at 10 and at 1,000 rows.

At size N the site has N articles with an open finding and a broken link each, and one more
article whose latest check has N findings (the panel's). Query counts come from Django's test
client in this process; times are medians over real HTTP requests to gunicorn (one worker),
logged in as a Compliance reviewer. Rows are written in bulk (tests/cms/scale_testing.py).

The database is a temporary SQLite file, or the PostgreSQL database `BENCH_DATABASE_URL` names
(e.g. postgres://postgres@127.0.0.1:5432/healthcms_bench_admin), dropped and created afresh.
"""

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from benchmarks._common import free_port

PROJECT = Path(__file__).resolve().parent.parent
SIZES = (10, 1000)
REQUESTS = 5  # timed requests per screen and size (after one warm-up)


def main() -> None:
    with tempfile.TemporaryDirectory() as directory:
        database = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{directory}/admin.sqlite3"
        if database.startswith("postgres"):
            _recreate_postgres(database)
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test", "DATABASE_URL": database,
               "PYTHONPATH": os.pathsep.join([str(PROJECT), str(PROJECT / "tests" / "cms")])}
        child = subprocess.run([sys.executable, "-m", "benchmarks.admin_queries", "--child"], cwd=PROJECT, env=env,
                               capture_output=True, text=True, check=False)
    if child.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{child.stderr[-5000:]}")
    results = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"database: {results['database']}; times: median of {REQUESTS} HTTP requests to gunicorn")
    headers = ["screen", *(f"queries at {size}" for size in SIZES), *(f"ms at {size}" for size in SIZES)]
    rows = [[name, *(results[str(size)][name]["queries"] for size in SIZES),
             *(f"{results[str(size)][name]['ms']:.0f}" for size in SIZES)] for name in results[str(SIZES[0])]]
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]
    for index, row in enumerate([headers, *rows]):
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            print("  ".join("-" * width for width in widths))


def _recreate_postgres(url: str) -> None:
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


# -- the child process --------------------------------------------------------------------------


def _start_gunicorn(port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "cms.wsgi:application", "-b", f"127.0.0.1:{port}", "-w", "1",
         "--log-level", "warning"], cwd=PROJECT, env=os.environ.copy())
    for _ in range(300):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.1):
                return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("gunicorn did not start")


def _http_ms(url: str, cookie: str) -> float:
    def fetch() -> float:
        request = urllib.request.Request(url, headers={"Cookie": cookie})
        began = time.perf_counter()
        with urllib.request.urlopen(request, timeout=120) as response:
            if response.status != 200:
                raise RuntimeError(f"{response.status} from {url}")
            while response.read(1 << 16):
                pass
        return (time.perf_counter() - began) * 1000

    fetch()
    return statistics.median(fetch() for _ in range(REQUESTS))


def _queries(client, url: str) -> int:
    """Queries of the second request (the first one also fills per-process caches)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
            if response.status_code != 200:
                raise RuntimeError(f"{response.status_code} from {url}")
            if response.streaming:
                b"".join(response.streaming_content)
    return len(queries.captured_queries)


def _run_child() -> None:
    import django

    django.setup()
    from cms_testing import build_site
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse
    from scale_testing import add_findings, articles_with_findings, broken_links

    from review.checks import latest_run

    call_command("migrate", verbosity=0)
    _, index = build_site()
    users = get_user_model()
    reviewer = users.objects.create_user("bench-reviewer", "r@example.org", "pw")
    reviewer.groups.set([Group.objects.get(name="Compliance reviewers")])
    panel_page, *_ = articles_with_findings(index, 1, 0, reviewer)
    client = Client()
    client.force_login(reviewer)
    cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
    screens = {
        "findings panel (article editor)": reverse("wagtailadmin_pages:edit", args=[panel_page.pk]),
        "page explorer with badges": reverse("wagtailadmin_explore", args=[index.pk]),
        "Content checks report": reverse("review:report"),
        "Content checks CSV export": reverse("review:report") + "?export=csv",
        "Broken links report": reverse("linkcheck:report"),
        "Broken links CSV export": reverse("linkcheck:report") + "?export=csv",
    }
    port = free_port()
    server = _start_gunicorn(port)
    results = {"database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]}
    try:
        built = 0
        for size in SIZES:
            pages = articles_with_findings(index, size - built, 1, reviewer)
            broken_links(pages, len(pages))
            add_findings(latest_run(panel_page), size - built, reviewer)
            built = size
            results[str(size)] = {name: {"queries": _queries(client, url),
                                         "ms": _http_ms(f"http://127.0.0.1:{port}{url}", cookie)}
                                  for name, url in screens.items()}
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(json.dumps(results), flush=True)


if __name__ == "__main__" and "--child" in sys.argv:
    _run_child()
