"""Tasks that a task-queue worker claimed and never finished, found and put back in the queue
(see review/management/commands/db_worker.py); and following queued jobs to the end (the
site-wide re-checks' `--enqueue --wait`)."""

import os
import time
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

HOST_CHARS = 40  # worker ids are at most 64 characters


def worker_name(host: str, pid: int) -> str:
    return f"{host[:HOST_CHARS]}:{pid}"


def _is_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def _abandoned(task: DBTaskResult, host: str, lease_expired) -> bool:
    if task.started_at is not None and task.started_at < lease_expired:
        return True
    worker = task.worker_ids[-1] if task.worker_ids else ""
    worker_host, _, pid = worker.rpartition(":")
    return worker_host == host[:HOST_CHARS] and pid.isdigit() and not _is_alive(int(pid))


def recover_abandoned_tasks(host: str) -> list[str]:
    """Make READY again the RUNNING tasks whose worker died; returns their ids."""
    lease_expired = timezone.now() - timedelta(seconds=getattr(settings, "TASKS_RUNNING_LEASE", 900))
    with transaction.atomic():
        running = DBTaskResult.objects.select_for_update().filter(status=TaskResultStatus.RUNNING)
        ids = [task.pk for task in running if _abandoned(task, host, lease_expired)]
        DBTaskResult.objects.filter(pk__in=ids, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.READY, started_at=None)
    return [str(pk) for pk in ids]


WAITING = (TaskResultStatus.READY, TaskResultStatus.RUNNING)


def follow(task_ids: list[str], show, poll_seconds: float = 1.0) -> dict[str, int]:
    """Wait until every task in `task_ids` has finished, calling `show(done)` as they do;
    returns how many ended in each status."""
    done = -1
    while True:
        counts: dict[str, int] = {}
        for start in range(0, len(task_ids), 1000):
            for status in DBTaskResult.objects.filter(pk__in=task_ids[start:start + 1000]).values_list("status",
                                                                                                          flat=True):
                counts[status] = counts.get(status, 0) + 1
        finished = sum(count for status, count in counts.items() if status not in WAITING)
        if finished != done:
            done = finished
            show(done)
        if done >= len(task_ids):
            return counts
        time.sleep(poll_seconds)
