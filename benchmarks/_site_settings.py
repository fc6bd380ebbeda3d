"""Settings of benchmarks/site.py's processes: production settings (the bench supplies their
environment) on the bench's PostgreSQL database, with the review pipeline installed ("with")
or without all three of its apps ("without", the baseline for readers)."""

import os

from cms.settings.production import *  # noqa: F403
from cms.settings.production import INSTALLED_APPS, MIDDLEWARE

# Readers fetch HTML only: no collected, hashed static files are needed.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}

PIPELINE_APPS = ("review", "linkcheck", "claimlibrary")

if os.environ.get("BENCH_PIPELINE") == "without":
    INSTALLED_APPS = [app for app in INSTALLED_APPS if app not in PIPELINE_APPS]
    MIDDLEWARE = [m for m in MIDDLEWARE if m.split(".")[0] not in PIPELINE_APPS]
    WAGTAIL_FINISH_WORKFLOW_ACTION = "wagtail.workflows.publish_workflow_state"
