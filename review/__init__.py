"""Server-side content review for articles (issue 6).

Module map (services first; the admin UI builds on these):
- documents.py  — ArticlePage (or revision) → `validators.Document`, findings located at block paths.
- models.py     — runs, findings, decisions, and the questions asked of them as QuerySet methods:
                  `CheckRun.objects.current()` / `latest_of_page(page)`, `FindingDecision.objects.in_force()`,
                  `StoredFinding.objects.of_page(page).open_blocking()`.
- checks.py     — `check_revision` / `check_page` / `latest_run` / `findings_of`: run and store per revision.
- gate.py       — `evaluate`, `assert_publishable`, `PublishBlocked`, `open_blocking`, `effective_decisions`.
- decisions.py  — `approve` / `waive` / `request_changes`, `is_reviewer`, `refusal` (who may decide).
- workflow.py + workflow_task.py — the automatic check task and the workflow's publish step.
- signals.py    — queue the check of a saved revision; the pre_save publish backstop; invalidation.
- tasks.py      — the queued checks, run by `manage.py db_worker` (it recovers killed workers' jobs).
- admin_refusals.py, middleware.py, actions.py, wagtail_hooks.py — how refusals reach users.
- conf.py       — settings (VALIDATORS, REVIEW_*).
"""
