"""The review app's background work, run by the task queue's workers (`manage.py db_worker`).

Arguments are ids: a queued task may run in another process or on another machine, after the
page has changed again, so each task reads the current state. Every task is idempotent: a
stored result that is still valid is reused, and two workers storing the same result at once
store it once (review.checks keeps the first under the page's row lock).
"""

from django_tasks import TaskResultStatus, task, task_backends
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page, Revision

from review import checks


def is_queued(task_function, *args) -> bool:
    """Is this call waiting for a worker or running now (database queue only)?"""
    backend = task_backends[task_function.backend]
    if not isinstance(backend, DatabaseBackend):
        return False
    return DBTaskResult.objects.filter(
        backend_name=backend.alias, task_path=task_function.module_path,
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING], args_kwargs={"args": list(args), "kwargs": {}},
    ).exists()


@task()
def check_saved_revision(revision_id: int) -> int | None:
    """Check a saved revision and store the run; returns the run's id (None: the revision was
    deleted before its turn came)."""
    revision = Revision.objects.filter(pk=revision_id).first()
    if revision is None:
        return None
    return checks.check_revision(revision).pk


@task()
def check_latest_revision(page_id: int, force: bool = False) -> int | None:
    """`check_content --all --enqueue`: one article's latest revision."""
    page = Page.objects.filter(pk=page_id).first()
    revision = page.get_latest_revision() if page is not None else None
    if revision is None:
        return None
    return checks.check_revision(revision, force=force).pk
