"""Which claimed tasks a starting `db_worker` puts back in the queue: those of a worker on this
machine whose process is gone, and those running longer than TASKS_RUNNING_LEASE (a worker on
another machine that died); never those of a live worker or a recent one elsewhere."""

import os
import socket
import subprocess
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from cms.task_queue import recover_abandoned_tasks, worker_name
from review.tasks import check_saved_revision, is_queued

pytestmark = pytest.mark.django_db


@pytest.fixture
def claimed(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.TASKS_RUNNING_LEASE = 600

    def claim(worker: str, minutes_ago: float = 0) -> str:
        task_id = check_saved_revision.enqueue(1).id
        DBTaskResult.objects.filter(pk=task_id).update(
            status=TaskResultStatus.RUNNING, worker_ids=[worker],
            started_at=timezone.now() - timedelta(minutes=minutes_ago))
        return str(task_id)

    return claim


def a_dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_only_the_tasks_of_dead_workers_go_back_to_the_queue(claimed):
    host = socket.gethostname()
    dead_here = claimed(worker_name(host, a_dead_pid()))
    alive_here = claimed(worker_name(host, os.getpid()))
    recent_elsewhere = claimed("another-machine:4242", minutes_ago=1)
    expired_elsewhere = claimed("another-machine:4343", minutes_ago=11)
    unnamed_expired = claimed("d2f6a1c0", minutes_ago=30)  # a worker id that is not host:pid

    assert sorted(recover_abandoned_tasks(host)) == sorted([dead_here, expired_elsewhere, unnamed_expired])
    statuses = dict(DBTaskResult.objects.values_list("pk", "status"))
    assert {str(pk): status for pk, status in statuses.items()} == {
        dead_here: TaskResultStatus.READY, alive_here: TaskResultStatus.RUNNING,
        recent_elsewhere: TaskResultStatus.RUNNING, expired_elsewhere: TaskResultStatus.READY,
        unnamed_expired: TaskResultStatus.READY,
    }
    assert recover_abandoned_tasks(host) == []  # nothing twice


def test_a_check_is_queued_while_it_waits_or_runs(claimed):
    assert not is_queued(check_saved_revision, 1)
    task_id = claimed("another-machine:4242")
    assert is_queued(check_saved_revision, 1) and not is_queued(check_saved_revision, 2)
    DBTaskResult.objects.filter(pk=task_id).update(status=TaskResultStatus.SUCCESSFUL)
    assert not is_queued(check_saved_revision, 1)
