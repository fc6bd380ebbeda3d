"""Settings of the child processes of benchmarks/publish.py and benchmarks/decisions.py: the
test settings on a temporary SQLite file (DATABASE_URL), with the review pipeline on ("with")
or not installed at all ("without", publish.py's baseline for reader page and API timings)."""

import os

from cms.settings.test import *  # noqa: F403
from cms.settings.test import INSTALLED_APPS, MIDDLEWARE

DEBUG = False
REVIEW_GATE_ENABLED = True
# Every rule family runs; link results come from the cache warmed before timing.
VALIDATORS = {"disable": ["copy.languagetool"], "links": {"allow_hosts": ["127.0.0.1"], "timeout": 5}}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}

# The review pipeline and the apps built on it (they import review's models).
PIPELINE_APPS = ("review", "claimlibrary")

if os.environ.get("BENCH_PIPELINE") == "without":
    INSTALLED_APPS = [app for app in INSTALLED_APPS if app not in PIPELINE_APPS]
    MIDDLEWARE = [m for m in MIDDLEWARE if m.split(".")[0] not in PIPELINE_APPS]
    WAGTAIL_FINISH_WORKFLOW_ACTION = "wagtail.workflows.publish_workflow_state"
