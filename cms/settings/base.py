"""Settings shared by every environment (dev, test, production).

The database comes from DATABASE_URL (dj-database-url); without it the project uses a local
SQLite file so `make run` works on a fresh machine with nothing else installed.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "pages",
    # Before wagtail: its publish_scheduled command wraps Wagtail's with the content gate.
    "review",
    "linkcheck",  # before wagtail.admin: overrides its unpublish confirmation template
    "claimlibrary",  # after review: its revision signal reads the run review stores
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail.api.v3",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "ninja",  # API v3's docs: Swagger UI from django-ninja's static files, not a CDN
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Wagtail's search index on PostgreSQL uses its full-text fields (postgres.E005 without it);
    # harmless on SQLite.
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "review.middleware.PublishRefusalMiddleware",
    "review.workflow_actions.WorkflowActionOnceMiddleware",
    "pages.api_v3.BearerChallengeMiddleware",
    "pages.api_guards.ApiV3InputGuard",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent editors on the default SQLite file: readers never wait for the writer (WAL);
    # a write transaction takes the write lock when it begins (IMMEDIATE), so two saves queue
    # up instead of failing on a lock upgrade with "database is locked"; and a writer waits up
    # to `timeout` seconds for its turn. A save that still cannot get the lock fails with an
    # error response: an edit is never lost silently.
    DATABASES["default"].setdefault("OPTIONS", {}).update({
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        "transaction_mode": "IMMEDIATE",
        "timeout": int(os.environ.get("SQLITE_BUSY_TIMEOUT", "30")),
    })
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
# Let Django itself serve MEDIA_URL (dev, or a single-container trial without a web server).
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "").lower() in {"1", "true", "yes"}

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Background work (the pre-publish checks of every saved revision, external link fetches,
# site-wide re-checks, Wagtail's reference index and image renditions) goes through django-tasks
# to a queue stored in the CMS's own database (django-tasks-db), run by separate worker processes:
# `python manage.py db_worker` (one per core, on any number of machines sharing the database).
# A task is a row written inside the saving transaction (django-tasks 0.12 enqueues at once): the
# revision and its pending check are committed together, so no crash can lose the check.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# How long a publish waits for the pending check of the revision being published before it is
# refused with "checks still running" (fail closed).
REVIEW_CHECK_WAIT = float(os.environ.get("REVIEW_CHECK_WAIT", "10"))
# A task a worker claimed but never finished (the worker was killed, its machine lost) is run
# again by the next worker that starts, or after this many seconds by any worker (see
# review/management/commands/db_worker.py). Longer than any check takes.
TASKS_RUNNING_LEASE = int(os.environ.get("TASKS_RUNNING_LEASE", "900"))

WAGTAIL_SITE_NAME = "Health CMS"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
# The content gate (review app): workflows publish through it when their last task is approved.
WAGTAIL_FINISH_WORKFLOW_ACTION = "review.workflow.publish_approved_content"
# Check engine configuration for the CMS (same keys as [tool.validators]); see review/conf.py.
VALIDATORS = {
    "links": {
        # The CMS's one link configuration: the engine's link rules and the linkcheck app both
        # read it (linkcheck/conf.py); e.g. "allow_hosts": ["staging.internal:8080"].
        # Links to this site's own pages are judged from the database (linkcheck's link.internal),
        # so no base_url: the CMS never fetches itself while an editor saves.
        # Checks run while an editor saves: a slow external site must not hold the request long.
        "timeout": float(os.environ.get("LINK_CHECK_TIMEOUT", "5")),
        "skip_external": os.environ.get("LINK_CHECK_SKIP_EXTERNAL", "").lower() in {"1", "true", "yes"},
    },
}
# A check that crashed or timed out blocks publishing like an error finding.
REVIEW_FAIL_CLOSED = True
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Size limit for uploaded/imported request bodies (rich pages with many blocks).
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOG_LEVEL = os.environ.get("LOG_LEVEL", "WARNING")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    # Django's default config gives its "django" logger a console handler of its own (with DEBUG
    # on); with it, every request warning ("Not Found: …") was printed twice. Root prints it once.
    "loggers": {"django": {"handlers": [], "level": LOG_LEVEL, "propagate": True}},
}

# Django 6.1 mailers. Workflow notifications (submitted / approved) go to the console by default;
# production swaps in SMTP from the environment.
# Mail sent inside a transaction (workflow notices) leaves when it commits, never if it rolls
# back (cms/mail.py); the console backend prints it (production configures SMTP).
MAILERS = {"default": {"BACKEND": "cms.mail.AfterCommitBackend",
                       "OPTIONS": {"backend": "django.core.mail.backends.console.EmailBackend"}}}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "cms@example.org")
