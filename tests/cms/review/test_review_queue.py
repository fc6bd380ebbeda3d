"""The task queue with real `db_worker` processes on the real test database (SQLite file or
PostgreSQL): saving queues the revision's check and returns at once, a worker stores the
result, a killed worker loses nothing, two workers never store a result twice, and a publish
whose check is still running waits, then refuses."""

from io import StringIO

import pytest
from cms_testing import make_article, paragraphs
from django.core.management import call_command
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from queue_testing import TEST_RULES, HeldSite, Workers, wait_for
from review_testing import article_form
from wagtail.models import Page

from linkcheck.models import PageLink
from review import gate
from review.checks import latest_run
from review.models import CheckRun

# Committed data: the workers are other processes (the root page and groups are restored per test).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CHECK_TASK = "review.tasks.check_saved_revision"


@pytest.fixture
def held_site():
    with HeldSite() as site:
        yield site


@pytest.fixture
def queue_settings(settings, held_site):
    """The database queue, the test rules and the link rules (external links to `held_site` only)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.VALIDATORS = {"disable": ["copy", "claim"],
                           "links": {"allow_hosts": [held_site.host], "timeout": 60, "deadline": 60, "retries": 0}}
    settings.REVIEW_EXTRA_RULES = list(TEST_RULES)
    settings.REVIEW_GATE_ENABLED = True
    settings.REVIEW_FAIL_CLOSED = True
    settings.REVIEW_CHECK_WAIT = 1
    return settings


@pytest.fixture
def workers(queue_settings, tmp_path):
    pool = Workers(queue_settings.VALIDATORS, tmp_path)
    try:
        yield pool
    finally:
        pool.stop_all()


def linked(site, count: int) -> str:
    return " ".join(f'<a href="{site.url(f"source-{n}")}">source {n}</a>' for n in range(count))


def checks_of(revision):
    return DBTaskResult.objects.filter(task_path=CHECK_TASK, args_kwargs__args=[revision.pk])


def stored(page):
    page.refresh_from_db()
    return latest_run(page)


def test_a_worker_process_runs_the_check_queued_by_a_save(workers, index):
    page = make_article(index, "cream", publish=False, body=paragraphs("This cream is a miracle cure for acne."))
    revision = page.get_latest_revision()
    assert stored(page) is None  # saved, not checked: the check waits in the queue
    assert checks_of(revision).get().status == TaskResultStatus.READY

    workers.start()
    run = wait_for(lambda: stored(page), "the worker's check")
    assert run.revision_id == revision.pk and run.status == CheckRun.Status.OK
    assert [f.rule for f in run.findings.all()] == ["test.promise"]
    wait_for(lambda: checks_of(revision).get().status == TaskResultStatus.SUCCESSFUL, "the task's result")


def test_saving_returns_before_any_external_fetch_completes(workers, index, held_site):
    workers.start()
    # The site answers nothing until released: a save that waited for a fetch would never return.
    page = make_article(index, "sources", publish=False,
                        body=paragraphs(f"Read {linked(held_site, 5)}."))
    assert held_site.answered == 0
    assert stored(page) is None
    held_site.asked.wait(60)  # a worker is fetching now, not the save
    held_site.release.set()
    run = wait_for(lambda: stored(page), "the check once the site answers")
    assert held_site.answered >= 5
    links = [(f.rule, f.message) for f in run.findings.all() if f.rule.startswith("link.")]
    assert not links


def test_a_worker_killed_mid_check_loses_nothing(workers, index, held_site):
    first = workers.start()
    page = make_article(index, "killed", publish=False,
                        body=paragraphs(f"This cream is a miracle cure, says {linked(held_site, 1)}."))
    revision = page.get_latest_revision()
    held_site.asked.wait(60)  # the worker has claimed the check and is fetching the link
    assert checks_of(revision).get().status == TaskResultStatus.RUNNING
    workers.kill(first)
    assert stored(page) is None and checks_of(revision).get().status == TaskResultStatus.RUNNING

    held_site.release.set()
    workers.start()  # puts the dead worker's job back in the queue, then runs it
    run = wait_for(lambda: stored(page), "the check after the crash")
    assert [f.rule for f in run.findings.all()] == ["test.promise"]
    task = wait_for(lambda: checks_of(revision).filter(status=TaskResultStatus.SUCCESSFUL).first(), "the task")
    assert len(task.worker_ids) == 2, task.worker_ids  # claimed by the killed worker, then by the new one
    assert "Put back in the queue 1 task" in workers.logs()


def test_two_workers_never_store_a_result_twice(workers, index, held_site):
    held_site.release.set()
    pages = [make_article(index, f"page-{n}", body=paragraphs(f"Article {n} may help, see {linked(held_site, 2)}."))
             for n in range(4)]
    # Besides the checks the saves queued, the same work twice more, for two workers at once.
    call_command("check_content", "--all", "--enqueue")
    call_command("check_links", "--all", "--enqueue")
    workers.start()
    workers.start()
    out = StringIO()
    call_command("check_content", "--all", "--enqueue", "--wait", stdout=out, stderr=StringIO())
    call_command("check_links", "--all", "--enqueue", "--wait", stdout=out, stderr=StringIO())
    live = Page.objects.live().filter(depth__gt=1).count()  # the articles, their index, the home pages
    assert "Done: 4 checked, 0 failed" in out.getvalue()
    assert f"Done: {live} pages checked, 0 failed" in out.getvalue()
    wait_for(lambda: not DBTaskResult.objects.exclude(status__in=[TaskResultStatus.SUCCESSFUL,
                                                                  TaskResultStatus.FAILED]).exists(),
             "every queued job to finish", timeout=180)
    assert not DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).exists(), workers.logs()
    assert {len(task.worker_ids) for task in DBTaskResult.objects.all()} == {1}  # each job ran once
    for page in pages:
        revision = Page.objects.get(pk=page.pk).get_latest_revision()
        runs = CheckRun.objects.filter(revision=revision)
        assert runs.count() == 1, list(runs.values("id", "timings"))
        assert runs.get().findings.filter(rule="test.promise").count() == 1
        assert PageLink.objects.filter(page=page, version=PageLink.Version.LIVE, kind=PageLink.Kind.EXTERNAL
                                       ).count() == 2


def test_a_publish_during_a_running_check_waits_then_refuses(workers, index, held_site, client, make_user):
    workers.start()
    client.force_login(make_user("admin", superuser=True))
    page = make_article(index, "pending", publish=False, body=paragraphs("Wash gently."))
    wait_for(lambda: stored(page), "the first check")
    form = article_form("Pending", "pending", f"Wash gently; see {linked(held_site, 1)}.", action="action-publish")

    response = client.post(f"/admin/pages/{page.pk}/edit/", form, follow=True)
    assert held_site.asked.is_set() and held_site.answered == 0  # the check was running throughout
    text = response.content.decode()
    assert "checks still running" in text, text[:2000]
    assert not Page.objects.get(pk=page.pk).live
    revision = Page.objects.get(pk=page.pk).get_latest_revision()
    result = gate.evaluate_revision(revision)
    assert result.still_running and not result.allowed

    held_site.release.set()
    wait_for(lambda: stored(page) and stored(page).revision_id == revision.pk, "the check")
    assert gate.evaluate_revision(revision).allowed
    client.post(f"/admin/pages/{page.pk}/edit/", form, follow=True)
    assert Page.objects.get(pk=page.pk).live
