"""The compliance workflow's logic: the automatic check task's verdict, and publishing when
the last task is approved.

The check task sends the page back only for open errors the editor can fix alone. Claims
(`REVIEW_REVIEWER_CATEGORIES`) need a reviewer's judgement — approve or waive with a
reason — so they go on to the reviewers' task; the page still cannot go live until they
are decided, because the workflow ends in the same gate as every other publish.

This module is imported by Wagtail's `WorkflowState` (WAGTAIL_FINISH_WORKFLOW_ACTION) before
the app registry is ready: imports of models stay inside functions.
"""

NO_USER = None  # the automatic task acts as the system, not as the submitting editor


def editor_must_fix(result) -> list:
    """The blocking findings the editor has to fix before reviewers see the page."""
    from review import conf

    reviewer_categories = conf.reviewer_categories()
    return [f for f in result.blocking if f.category not in reviewer_categories or f.rule == "engine.check-failed"]


def decide_check_task(task_state) -> None:
    """Approve or reject a just-started ContentCheckTask state (without advancing the
    workflow: Wagtail's WorkflowState.update does that when a started task is finished)."""
    from wagtail.log_actions import LogContext

    # Wagtail logs a task's action as the request's user when given none: the history would
    # credit the submitting editor with this task's verdict. Log it as nobody's (the system).
    with LogContext(user=NO_USER):
        _give_verdict(task_state)


def _give_verdict(task_state) -> None:
    from review import gate

    revision = task_state.revision
    skipped = gate.bypassed() or ("not an article" if not gate.is_gated_model(revision.content_type.model_class())
                                  else None)
    if skipped:
        task_state.approve(user=NO_USER, update=False, comment=f"Content checks skipped: {skipped}.")
        return
    result = gate.evaluate_revision(revision)
    to_fix = editor_must_fix(result)
    if result.unchecked or to_fix:
        lines = result.lines() if result.unchecked else [f"{f.rule}: “{f.excerpt}” — {f.message}" for f in to_fix]
        comment = "The content checks found errors to fix before review:\n" + "\n".join(f"• {line}" for line in lines)
        task_state.reject(user=NO_USER, update=False, comment=comment)
    else:
        waiting = len(result.blocking)
        comment = "Content checks passed." if not waiting else (
            f"Content checks: {waiting} claim finding(s) need a reviewer's decision before publishing.")
        task_state.approve(user=NO_USER, update=False, comment=comment)


def publish_approved_content(workflow_state, user=None):
    """WAGTAIL_FINISH_WORKFLOW_ACTION: publish the latest revision once the last task is
    approved — refused (and the approval rolled back) while error findings are open."""
    from review import gate

    revision = workflow_state.content_object.get_latest_revision()
    if gate.is_gated_model(revision.content_type.model_class()):
        gate.assert_publishable(revision.as_object(), revision)
    revision.publish(user=user)
