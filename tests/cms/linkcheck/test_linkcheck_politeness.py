"""Per-host politeness across processes: several worker processes fetching links from one
host together start at most one request per `host_interval`, through the shared schedule in
the database (`linkcheck.politeness`), on SQLite and on PostgreSQL. The host is a real HTTP
server on 127.0.0.1 that records when each request arrives; the workers are real processes
(multiprocessing, spawned) that start fetching at the same moment."""

import http.server
import logging
import multiprocessing
import os
import statistics
import threading
import time

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WORKERS, LINKS_EACH, INTERVAL = 3, 3, 0.8
# A request can arrive late by scheduling jitter on a busy machine (2 cores shared by many
# processes; 0.8 s was seen once in CI), which shortens the gap after the request before it:
# so the typical (median) gap and the whole span are judged, not every single gap.
SPACED = INTERVAL * 0.5


class _Recorder(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_HEAD(self):
        if not self.path.startswith("/warm-up"):
            self.server.arrivals.append(time.monotonic())
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def recording_host():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.daemon_threads = True
    server.arrivals = []
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def database_url(tmp_path):
    """The test database as the worker processes reach it."""
    if connection.vendor == "sqlite":
        database = tmp_path / "shared.sqlite3"
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM INTO '{database}'")
        return f"sqlite:///{database}"
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class _Warnings(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.records = []

    def emit(self, record):
        self.records.append(record.getMessage())


def fetch_in_worker(database_url: str, urls: list[str], shared: bool, start) -> None:
    """A worker process: the CMS's link fetching (`linkcheck.external.fetch`), or for contrast
    the engine's checker with a limiter of its own process only. One request before the
    common start loads what a process's first request loads (not recorded)."""
    os.environ.update(DJANGO_SETTINGS_MODULE="cms.settings.test", DATABASE_URL=database_url)
    import django

    django.setup()
    fallbacks = _Warnings()  # the schedule was unavailable: this process spaced its own requests only
    logging.getLogger("linkcheck.politeness").addHandler(fallbacks)
    from linkcheck.external import fetch
    from validators.config import LinkOptions
    from validators.links.client import check_urls

    options = LinkOptions(allow_hosts=("127.0.0.1",), per_host=4, host_interval=INTERVAL, retries=0, timeout=10)
    check = fetch if shared else check_urls
    warm_up = urls[0].replace("/page?", "/warm-up?")
    assert check([warm_up], options)[warm_up].ok
    start.wait()
    assert all(result.ok for result in check(urls, options).values())
    assert fallbacks.records == []


def arrivals_with(database_url: str, host, shared: bool) -> list[float]:
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(WORKERS)
    base = f"http://127.0.0.1:{host.server_address[1]}"
    workers = [
        context.Process(target=fetch_in_worker, args=(
            database_url, [f"{base}/page?worker={w}&link={n}&shared={shared}" for n in range(LINKS_EACH)], shared,
            start))
        for w in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert [worker.exitcode for worker in workers] == [0] * WORKERS
    return sorted(host.arrivals)


def gaps(times: list[float]) -> list[float]:
    return [later - earlier for earlier, later in zip(times, times[1:], strict=False)]


def test_workers_together_keep_the_per_host_interval(database_url, recording_host):
    arrivals = arrivals_with(database_url, recording_host, shared=True)
    assert len(arrivals) == WORKERS * LINKS_EACH
    assert statistics.median(gaps(arrivals)) >= SPACED, [round(gap, 3) for gap in gaps(arrivals)]
    assert arrivals[-1] - arrivals[0] >= (len(arrivals) - 1) * SPACED


def test_without_the_shared_schedule_the_workers_would_not(database_url, recording_host):
    """The contrast that shows the test above can fail: each process spaces only its own requests."""
    arrivals = arrivals_with(database_url, recording_host, shared=False)
    assert len(arrivals) == WORKERS * LINKS_EACH
    assert statistics.median(gaps(arrivals)) < SPACED, [round(gap, 3) for gap in gaps(arrivals)]
    assert arrivals[-1] - arrivals[0] < (len(arrivals) - 1) * SPACED


def test_only_a_schedule_made_inside_a_transaction_gives_up_quickly_on_sqlites_write_lock():
    """Inside a save's transaction (which holds SQLite's write lock) a reservation must not stall the
    save; outside, a worker waits long enough for the others' reservations on a busy machine."""
    from django.db import transaction

    from linkcheck.politeness import SQLITE_WAIT_IN_TRANSACTION_MS, SQLITE_WAIT_MS, DatabaseHostSchedule

    with transaction.atomic():
        in_a_save = DatabaseHostSchedule()
    in_a_worker = DatabaseHostSchedule()
    assert in_a_save.sqlite_wait_ms == SQLITE_WAIT_IN_TRANSACTION_MS
    assert in_a_worker.sqlite_wait_ms == SQLITE_WAIT_MS > SQLITE_WAIT_IN_TRANSACTION_MS
