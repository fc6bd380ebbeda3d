"""Test runs. The database still comes from DATABASE_URL so the same suite runs on SQLite and
on PostgreSQL (CI does both)."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-1f7e3a9d"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast, tests only
# Most tests want a check (or a link fetch) done by the time `save_revision()` returns, so they
# run tasks in-process and at once. The task-queue tests (tests/cms/queue) switch to the
# database queue and run real `db_worker` processes against the test database.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
REVIEW_CHECK_WAIT = 5
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not Django's in-memory test database: worker processes (tests/cms/queue) open it too.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(Path(tempfile.gettempdir()) / f"healthcms-test-{os.getpid()}.sqlite3")
    }
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = "http://testserver"
# Tests never fetch external sites. Most CMS tests publish fixtures that are not about review,
# so the content gate is off here; tests/cms/review turns it on with its own test rules.
REVIEW_GATE_ENABLED = False
VALIDATORS = {"links": {"skip_external": True}}
