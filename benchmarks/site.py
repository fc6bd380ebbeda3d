"""The CMS at site scale, over real HTTP: a PostgreSQL database of 5,000 generated articles
(about 800 words, 10 internal and 10 external links each; benchmarks/_site_loader.py builds
it once and later runs reuse it), served by gunicorn with 2 workers.

Reported:
- the site-wide re-checks fanned out to task-queue workers (`check_content --all --enqueue
  --force --wait` and `check_links --all --enqueue --force --wait`, each job a page) with 1 and
  with 2 `db_worker` processes, wall time and the speed-up;
- publish latency over HTTP (API v3's publish action with a token, p50/p95): the gate reads the
  stored check of the revision, so a click runs no engine; the fixture's prose has findings, so
  most publishes are refusals (422), which cost the same gate evaluation;
- reader requests/s on article pages with the review pipeline installed and with all three of
  its apps (review, linkcheck, claimlibrary) removed, measured with Locust (a real load
  generator, its own process) against gunicorn; the target is with ÷ without ≥ 0.95. Rounds
  alternate between the two servers so changing load on the machine affects both alike.

    python -m benchmarks site
    BENCH_ARTICLES=1000 BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/other python -m benchmarks site
"""

import csv
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from benchmarks._common import free_port, table

PROJECT = Path(__file__).resolve().parent.parent
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/healthcms_bench")
ARTICLES = int(os.environ.get("BENCH_ARTICLES", "5000"))
GUNICORN_WORKERS = 2
LOCUST_USERS = 16
ROUND_SECONDS = 15
ROUNDS = 4
TARGET_READER_RATIO = 0.95
LINK_BASE = "http://127.0.0.1:9/unreachable"  # the reader figures fetch no link
SECRET_KEY = "bench-" + secrets.token_hex(16)  # one per run: API tokens are hashed with it


def main() -> None:
    _create_database()
    env = _environment("with")
    _run([sys.executable, "manage.py", "migrate", "--noinput", "--verbosity", "0"], env)
    began = time.monotonic()
    articles = int(_run([sys.executable, "-m", "benchmarks._site_loader", str(ARTICLES), LINK_BASE], env).split()[-1])
    # The re-checks take every article of the site: a database built for a bigger run keeps them all.
    print(f"Site: {articles} articles on {DATABASE_URL.rsplit('/', 1)[-1]} "
          f"(built or completed up to {ARTICLES} in {time.monotonic() - began:.0f} s)")
    rows = []
    for command in ("check_content", "check_links"):
        seconds = {workers: _fan_out(command, workers) for workers in (1, 2)}
        rows.append([f"{command} --all --enqueue, 1 worker / 2 workers",
                     f"{seconds[1]:.0f} s / {seconds[2]:.0f} s (speed-up {seconds[1] / seconds[2]:.2f}×)", "", ""])
    rows.extend(_publish_latency())
    readers = _reader_throughput()
    ratio = statistics.median(readers["with"]) / statistics.median(readers["without"])
    verdict = "ok" if ratio >= TARGET_READER_RATIO else "MISSED"
    rows += [
        ["reader article pages, req/s with pipeline", f"{statistics.median(readers['with']):.1f}", "", ""],
        ["reader article pages, req/s without pipeline", f"{statistics.median(readers['without']):.1f}", "", ""],
        ["  with ÷ without", f"{ratio:.3f}", f"≥ {TARGET_READER_RATIO}", verdict],
    ]
    print(table(["measure (median of rounds)", "value", "target", ""], rows))


def _environment(pipeline: str) -> dict:
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "benchmarks._site_settings", "BENCH_PIPELINE": pipeline,
            "DATABASE_URL": DATABASE_URL, "SECRET_KEY": SECRET_KEY,
            "ALLOWED_HOSTS": "127.0.0.1,localhost", "HTTPS_ONLY": "false", "PYTHONPATH": str(PROJECT)}


def _run(command: list[str], env: dict) -> str:
    done = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr[-4000:]}")
    return done.stdout


def _fan_out(command: str, workers: int) -> float:
    """Wall time of one site-wide re-check done by `workers` task-queue worker processes."""
    env = _environment("with")
    processes = [subprocess.Popen([sys.executable, "manage.py", "db_worker", "--no-reload", "--verbosity", "0"],
                                  cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                 for _ in range(workers)]
    try:
        began = time.monotonic()
        _run([sys.executable, "manage.py", command, "--all", "--enqueue", "--force", "--wait"], env)
        return time.monotonic() - began
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=60)


PUBLISHES = 20


def _publish_latency() -> list[list[str]]:
    """API v3 publish of PUBLISHES articles over HTTP to gunicorn, each after a new draft revision
    whose check a worker has stored (the publish then runs no engine)."""
    env = _environment("with")
    token, *page_ids = _run([sys.executable, "-c", _PUBLISH_SETUP, str(PUBLISHES)], env).split()
    worker = subprocess.Popen([sys.executable, "manage.py", "db_worker", "--no-reload", "--verbosity", "0"],
                              cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port, server = _start_gunicorn("with")
    samples, outcomes = [], {}
    try:
        _run([sys.executable, "manage.py", "check_content", "--enqueue", "--wait",
              *[f"--page={page_id}" for page_id in page_ids]], env)
        for page_id in page_ids:
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            request = urllib.request.Request(f"http://127.0.0.1:{port}/api/v3/pages/{page_id}/actions/publish/",
                                             method="POST", data=b"{}", headers=headers)
            began = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            samples.append((time.perf_counter() - began) * 1000)
            outcomes[status] = outcomes.get(status, 0) + 1
    finally:
        for process in (server, worker):
            process.terminate()
            process.wait(timeout=60)
    samples.sort()
    p95 = samples[max(0, round(len(samples) * 0.95) - 1)]
    answered = ", ".join(f"{count}× {status}" for status, count in sorted(outcomes.items()))
    return [[f"publish over HTTP (API v3), p50 / p95 ({answered})",
             f"{statistics.median(samples):.0f} / {p95:.0f} ms", "", ""]]


# A superuser token, and a new draft revision of the first N articles (their checks are queued).
_PUBLISH_SETUP = """
import sys
import django
django.setup()
from django.contrib.auth import get_user_model
from wagtail.models import APIToken
from pages.models import ArticlePage
user = get_user_model().objects.filter(username="bench-publisher").first() or \
    get_user_model().objects.create_superuser("bench-publisher", "bench@example.org", None)
print(APIToken.create_token(user=user, name="bench")[1])
for page in ArticlePage.objects.filter(slug__startswith="bench-").order_by("pk")[:int(sys.argv[1])]:
    page.summary = page.summary.rstrip(".") + " (revised)."
    page.save_revision(user=user)
    print(page.pk)
"""


def _create_database() -> None:
    import psycopg

    server, name = DATABASE_URL.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def _reader_throughput() -> dict[str, list[float]]:
    urls = _run([sys.executable, "-c", _LIST_URLS], _environment("with")).split()
    results = {"with": [], "without": []}
    with tempfile.TemporaryDirectory() as directory:
        url_file = Path(directory) / "urls.txt"
        url_file.write_text("\n".join(urls), encoding="utf-8")
        servers = {name: _start_gunicorn(name) for name in results}
        try:
            for round_number in range(ROUNDS):
                order = list(servers) if round_number % 2 == 0 else list(reversed(servers))  # neither always first
                for name in order:
                    results[name].append(_locust(servers[name][0], url_file, Path(directory) / name))
        finally:
            for _port, process in servers.values():
                process.terminate()
                process.wait(timeout=30)
    return results


_LIST_URLS = """
import django
django.setup()
from pages.models import ArticlePage
for page in ArticlePage.objects.live().filter(slug__startswith="bench-").specific()[:2000]:
    print(page.url)
"""


def _start_gunicorn(pipeline: str) -> tuple[int, subprocess.Popen]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "cms.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(GUNICORN_WORKERS), "--log-level", "warning"],
        cwd=PROJECT, env=_environment(pipeline), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5):
                return port, process
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(f"gunicorn ({pipeline}) exited:\n{process.stderr.read()[-4000:]}") from None
            time.sleep(0.3)
    raise RuntimeError(f"gunicorn ({pipeline}) did not answer within 60 s")


def _locust(port: int, url_file: Path, prefix: Path) -> float:
    """Requests/s of one headless Locust round against the server on `port`."""
    env = {**os.environ, "BENCH_URL_FILE": str(url_file)}
    command = [sys.executable, "-m", "locust", "-f", str(Path(__file__).parent / "_reader_locustfile.py"),
               "--headless", "--host", f"http://127.0.0.1:{port}", "-u", str(LOCUST_USERS),
               "-r", str(LOCUST_USERS), "-t", f"{ROUND_SECONDS}s", "--csv", str(prefix), "--only-summary"]
    subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True, check=False)
    with open(f"{prefix}_stats.csv", encoding="utf-8") as stats:
        for row in csv.DictReader(stats):
            if row["Name"] == "Aggregated":
                if int(row["Failure Count"]):
                    raise RuntimeError(f"{row['Failure Count']} reader requests failed on port {port}")
                return float(row["Requests/s"])
    raise RuntimeError("Locust wrote no aggregated row")

