"""The per-host concurrency cap (`per_host`) across processes: real `db_worker` processes
fetching the external links of live pages (`check_links --all --enqueue`'s task) together
keep at most `per_host` requests in flight on one host, through the shared slots in the
database (`HostSlot`, `linkcheck.politeness`), on SQLite and on PostgreSQL; and the slots of a
worker that was killed while it held them are taken again once their lease ends. The host is a
real HTTP server on 127.0.0.1 that counts the requests it is answering at once."""

import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cms_testing import make_article
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from linkcheck.models import HostSlot, Outcome, PageLink
from linkcheck.tasks import check_live_links

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "review"))  # the task-queue test helpers
from queue_testing import Workers, wait_for  # noqa: E402

# Committed data: the workers are other processes (the root page and groups are restored per test).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CAP = 2  # per_host: each worker alone would keep this many in flight, two workers twice as many
LINKS_PER_PAGE = 4
ANSWER_SECONDS = 0.2  # once released, each answer takes this long: requests overlap


class CountingHost:
    """An HTTP server on 127.0.0.1 that answers only once `release` is set, counts the requests
    it is answering at once (`most`: the highest count) and when each arrived (wall clock)."""

    def __init__(self):
        self.release = threading.Event()
        self.lock = threading.Lock()
        self.in_flight = self.most = 0
        self.arrivals: list[float] = []
        host = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_HEAD(self):  # noqa: N802 - http.server's naming
                with host.lock:
                    host.arrivals.append(time.time())
                    host.in_flight += 1
                    host.most = max(host.most, host.in_flight)
                try:
                    host.release.wait(60)
                    time.sleep(ANSWER_SECONDS)
                    self.send_response(200)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                finally:
                    with host.lock:
                        host.in_flight -= 1

            do_GET = do_HEAD

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def host():
    server = CountingHost()
    yield server
    server.close()


@pytest.fixture
def pages(index, host, settings):
    """Live articles, each with LINKS_PER_PAGE external links to `host` (not fetched yet)."""
    def linked(number: int) -> list[dict]:
        links = " ".join(f'<a href="{host.base}/page-{number}-{n}">source {n}</a>' for n in range(LINKS_PER_PAGE))
        return [{"type": "paragraph", "value": f"<p>Sources: {links}.</p>"}]

    return [make_article(index, f"article-{number}", body=linked(number)) for number in range(3)]


@pytest.fixture
def workers(settings, tmp_path):
    """Two running workers whose link options cap `host` at CAP requests, slots leased for 8 s."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    validators = {"disable": ["copy", "claim", "link"], "links": {
        "allow_hosts": ["127.0.0.1"], "per_host": CAP, "host_interval": 0.0, "retries": 0, "timeout": 4.0,
        "host_slot_lease": 8.0}}
    pool = Workers(validators, tmp_path)
    try:
        pool.start()
        pool.start()
        wait_for(lambda: pool.logs().count("Starting worker") == 2, "the workers")
        yield pool
    finally:
        pool.stop_all()


def queue(page) -> str:
    return str(check_live_links.enqueue(page.pk, True).id)


def status(task_id: str) -> str:
    return DBTaskResult.objects.get(pk=task_id).status


def fetched(page) -> list[str]:
    return list(PageLink.objects.filter(page=page, version=PageLink.Version.LIVE, kind=PageLink.Kind.EXTERNAL)
                .values_list("outcome", flat=True))


def test_two_workers_together_keep_the_per_host_cap(pages, host, workers):
    tasks = [queue(page) for page in pages]
    # Both workers are fetching (the host holds every answer) before any answer comes.
    wait_for(lambda: sum(status(task) == TaskResultStatus.RUNNING for task in tasks) == 2, "both workers' tasks")
    wait_for(lambda: host.in_flight == CAP, "requests in flight")
    time.sleep(0.5)  # time for the other worker's requests to arrive, were they not held back
    host.release.set()
    wait_for(lambda: all(status(task) == TaskResultStatus.SUCCESSFUL for task in tasks), "all tasks")

    assert len(host.arrivals) == len(pages) * LINKS_PER_PAGE
    assert host.most == CAP, workers.logs()
    assert all(outcome == Outcome.OK for page in pages for outcome in fetched(page))
    assert not HostSlot.objects.filter(expires_at__gt=time.time()).exists()  # every slot given back


def test_the_slots_of_a_killed_worker_are_taken_again_when_their_lease_ends(pages, host, workers):
    first, second = pages[:2]
    held_task = queue(first)
    wait_for(lambda: host.in_flight == CAP, "the first worker's requests")
    holder_pid = int(DBTaskResult.objects.get(pk=held_task).worker_ids[-1].rsplit(":", 1)[1])
    holder = next(process for process in workers.processes if process.pid == holder_pid)
    waiting_task = queue(second)
    wait_for(lambda: status(waiting_task) == TaskResultStatus.RUNNING, "the other worker's task")
    time.sleep(0.5)
    assert len(host.arrivals) == CAP  # the other worker waits for a slot
    leases_end = min(HostSlot.objects.filter(holder__gt="").values_list("expires_at", flat=True))

    workers.kill(holder)  # a crash while holding both slots: nobody gives them back
    killed_at = time.time()
    host.release.set()
    wait_for(lambda: status(waiting_task) == TaskResultStatus.SUCCESSFUL, "the other worker's task")

    assert killed_at < leases_end
    later = host.arrivals[CAP:]
    assert len(later) == LINKS_PER_PAGE and min(later) >= leases_end
    assert all(outcome == Outcome.OK for outcome in fetched(second))
