"""Test runs. The database still comes from DATABASE_URL so the same suite runs on SQLite and
on PostgreSQL (CI does both)."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-1f7e3a9d"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast, tests only
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
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
