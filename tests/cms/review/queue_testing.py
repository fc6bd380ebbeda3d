"""Real parts for the task-queue tests: `db_worker` processes on the test database, and a
link target on 127.0.0.1 that answers only when the test lets it."""

import json
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from django.db import connection

PROJECT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent  # tests/cms/review: these helpers and review_rules
TEST_RULES = ["review_rules.MisspellingRule", "review_rules.PromiseRule"]
WAIT_SECONDS = 90  # upper bound for a worker to start and finish a job (not a measurement)


def wait_for(predicate, what: str, timeout: float = WAIT_SECONDS):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def database_url() -> str:
    """The test database as the worker processes reach it."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class Workers:
    """`manage.py db_worker` processes (the project's own command) on the test database."""

    def __init__(self, validators: dict, log_dir: Path):
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "DJANGO_SETTINGS_MODULE": "queue_worker_settings",
            "PYTHONPATH": os.pathsep.join([str(HERE), str(PROJECT)]),
            "DATABASE_URL": database_url(),
            "QUEUE_TEST_VALIDATORS": json.dumps(validators),
            "QUEUE_TEST_EXTRA_RULES": json.dumps(TEST_RULES),
        }
        self.log_dir = log_dir
        self.processes: list[subprocess.Popen] = []

    def start(self) -> subprocess.Popen:
        log = open(self.log_dir / f"worker-{len(self.processes)}.log", "w")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--no-reload", "--no-startup-delay", "--interval", "0.1",
             "--queue-name", "*", "--verbosity", "2"],
            cwd=PROJECT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
        )
        process.log = log
        self.processes.append(process)
        return process

    def kill(self, process: subprocess.Popen) -> None:
        """A crash: no clean-up, no signal handler."""
        process.send_signal(signal.SIGKILL)
        process.wait(30)

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            process.log.close()

    def logs(self) -> str:
        return "\n".join(path.read_text() for path in sorted(self.log_dir.glob("worker-*.log")))


class HeldSite:
    """An HTTP server on 127.0.0.1 whose pages answer only once `release` is set (or after
    `hold` seconds): a slow external site whose timing the test controls."""

    def __init__(self, hold: float = 60.0):
        self.release = threading.Event()
        self.asked = threading.Event()
        self.answered = 0
        site = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self, body: bool):
                site.asked.set()
                site.release.wait(hold)
                page = b"<!doctype html><html><body><h1 id='top'>A source</h1></body></html>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                if body:
                    self.wfile.write(page)
                site.answered += 1

            def do_GET(self):  # noqa: N802 - http.server's naming
                self._answer(True)

            def do_HEAD(self):  # noqa: N802
                self._answer(False)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.host = f"127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://{self.host}/{path}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
