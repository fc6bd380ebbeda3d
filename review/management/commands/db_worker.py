"""`manage.py db_worker`: django-tasks-db's worker, which also puts back in the queue the tasks
that other workers claimed and never finished, so a killed worker loses nothing.

django-tasks-db marks a task RUNNING when a worker claims it and never looks at it again: a
worker killed mid-task (OOM, a deploy, a lost machine) would leave it RUNNING for ever. Each
worker here is named `host:pid`; when it starts, and then every third of `TASKS_RUNNING_LEASE`,
it makes READY again every RUNNING task whose worker was on this machine and is gone, and any
RUNNING task older than `TASKS_RUNNING_LEASE` seconds (a worker on another machine that died).
Every task of this project is idempotent (it reads the current state and stores a result keyed
by it), so running one again is safe.
"""

import logging
import os
import socket
import threading
import time

from django.conf import settings
from django.db import connection
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from cms.task_queue import recover_abandoned_tasks, worker_name

log = logging.getLogger(__name__)


class Command(DatabaseWorkerCommand):
    help = "Run a task-queue worker (and put back the tasks of workers that died)."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(worker_id=worker_name(socket.gethostname(), os.getpid()))

    def handle(self, *args, **options):
        recovered = recover_abandoned_tasks(socket.gethostname())
        if recovered and options["verbosity"]:
            self.stderr.write(f"Put back in the queue {len(recovered)} task(s) of workers that stopped mid-task.")
        interval = max(getattr(settings, "TASKS_RUNNING_LEASE", 900) / 3, 5)
        threading.Thread(target=_recover_every, args=(interval,), name="recover-abandoned", daemon=True).start()
        return super().handle(*args, **options)


def _recover_every(seconds: float) -> None:
    while True:
        time.sleep(seconds)
        try:
            recovered = recover_abandoned_tasks(socket.gethostname())
            if recovered:
                log.warning("put back in the queue %d task(s) of workers that stopped mid-task", len(recovered))
        except Exception:  # noqa: BLE001 - the database is away for a moment: try again next time
            log.exception("recovering abandoned tasks failed")
        finally:
            connection.close()
