"""Settings of benchmarks/save.py's servers and worker: the test settings on a temporary SQLite
file (DATABASE_URL), external links to the benchmark's slow site allowed, and either the
in-process task backend ("immediate": the checks run inside the editor's request, as before the
task queue) or the database queue run by a `db_worker` process ("database")."""

import os

from cms.settings.test import *  # noqa: F403

DEBUG = False
REVIEW_GATE_ENABLED = True
SLOW_HOST = os.environ.get("BENCH_SLOW_HOST", "127.0.0.1")
# Every rule family runs (not LanguageTool: no server here); links are fetched from the slow site.
VALIDATORS = {"disable": ["copy.languagetool"], "links": {"allow_hosts": [SLOW_HOST], "timeout": 30, "deadline": 60}}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
if os.environ.get("BENCH_QUEUE") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
