"""Settings: production refuses to start without its three required variables; tests honour
DATABASE_URL (so the same suite really runs on PostgreSQL in CI)."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.db import connection

PROJECT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-secret-for-this-test-only-0123456789abcdef",
    "ALLOWED_HOSTS": "cms.example.org,www.example.org",
    "DATABASE_URL": "postgres://cms:pw@db.example.org:5432/cms",
}


def load_production(**overrides) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV}
    env.update({key: value for key, value in overrides.items() if value is not None})
    env["DJANGO_SETTINGS_MODULE"] = "cms.settings.production"
    code = (
        "import django; from django.conf import settings; django.setup(); "
        "print(settings.ALLOWED_HOSTS, settings.DATABASES['default']['ENGINE'], settings.DEBUG, "
        "settings.STORAGES['staticfiles']['BACKEND'], settings.MIDDLEWARE[1])"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=60
    )


def test_production_refuses_to_start_without_required_settings():
    result = load_production()
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL" in result.stderr

    only_secret = load_production(SECRET_KEY=PRODUCTION_ENV["SECRET_KEY"], ALLOWED_HOSTS=" ")
    assert only_secret.returncode != 0
    assert "ALLOWED_HOSTS, DATABASE_URL" in only_secret.stderr


def test_production_starts_with_required_settings():
    result = load_production(**PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "['cms.example.org',",
        "'www.example.org']",
        "django.db.backends.postgresql",
        "False",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "whitenoise.middleware.WhiteNoiseMiddleware",
    ]


def test_tests_use_the_database_from_database_url():
    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if url.startswith("postgres") else "sqlite"
    assert connection.vendor == expected
    assert settings.TASKS["default"]["BACKEND"] == "django_tasks.backends.immediate.ImmediateBackend"


def test_a_request_warning_is_logged_once_in_development():
    """Django's own console handler and the root one both printed "Not Found: …" (make run)."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"}
    code = ("import django, logging; django.setup(); "
            "logging.getLogger('django.request').warning('Not Found: /no-such-page/')")
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == ["Not Found: /no-such-page/"]


def test_dev_and_production_settings_pass_the_system_checks_on_postgresql():
    """`check` on PostgreSQL settings (it needs no server): Wagtail's search index needs
    django.contrib.postgres there (postgres.E005 otherwise, and migrate would fail)."""
    for module, extra in (("cms.settings.production", ["--deploy"]), ("cms.settings.dev", [])):
        env = {**os.environ, **PRODUCTION_ENV, "DJANGO_SETTINGS_MODULE": module}
        result = subprocess.run([sys.executable, "manage.py", "check", *extra], cwd=PROJECT, env=env,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert "postgres.E005" not in result.stderr + result.stdout
