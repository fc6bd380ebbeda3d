"""Settings of the `db_worker` processes the task-queue tests start: the test settings with the
database queue, and the engine configuration of the test that started them (so both sides
compute the same engine version)."""

import json
import os

from cms.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
VALIDATORS = json.loads(os.environ["QUEUE_TEST_VALIDATORS"])
REVIEW_EXTRA_RULES = json.loads(os.environ["QUEUE_TEST_EXTRA_RULES"])
REVIEW_GATE_ENABLED = True
REVIEW_FAIL_CLOSED = True
