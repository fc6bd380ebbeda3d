"""Workflow actions (approve, reject…) taken once, even when the button is pressed twice.

Wagtail's editor reads the page and its workflow state when a request arrives and acts on
them later: a second "Approve and Publish" that arrived while the first was publishing saved
its stale copy of the page (still a draft) over the published one, then failed with
"'NoneType' object has no attribute 'on_action'" (the workflow had ended meanwhile) — the
page stayed a draft while History said "Published" and the editor was told "approved".

Here an action takes the page's row lock before anything is read, in one transaction with
the action, so competing actions on a page run one after the other and each sees what the
previous one did; an action whose task is no longer waiting does nothing and says what
happened instead. On SQLite the transaction's IMMEDIATE start serialises writers the same way.
"""

from django.db import transaction
from django.shortcuts import redirect
from django.utils.functional import cached_property
from wagtail.admin import messages
from wagtail.models import TaskState, WorkflowState

from review.checks import lock_page_checks

WORKFLOW_ACTION_FIELD = "action-workflow-action"  # the editor's footer button posts this


class LockedWorkflowActionMixin:
    """For Wagtail's page EditView: a workflow action runs under the page's row lock, and one
    whose task has already been acted on is refused without saving anything."""

    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST" and request.POST.get(WORKFLOW_ACTION_FIELD):
            with transaction.atomic():
                lock_page_checks(kwargs.get("page_id", args[0] if args else None))
                return super().dispatch(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def action_name_and_method(self):
        chosen = super().action_name_and_method
        if self.request.POST.get(WORKFLOW_ACTION_FIELD) and chosen[0] == "save":
            # Wagtail would save the form as a draft instead: a second click would add a revision
            # ("Live + draft") or, on a draft, overwrite what the first click did.
            return "workflow_action_taken", self.workflow_action_taken
        return chosen

    def workflow_action_taken(self):
        messages.warning(self.request, already_acted_message(self.real_page_record))
        return redirect(self.get_edit_url())


def already_acted_message(page) -> str:
    """What happened to the page's workflow, for a user whose action came too late."""
    state = page.workflow_states.order_by("-created_at").select_related("current_task_state__finished_by").first()
    title = page.get_admin_display_title()
    if state is None:
        return f"Nothing was done: “{title}” is not in a workflow."
    task_state = state.current_task_state
    by = ""
    if task_state is not None and task_state.finished_by is not None:
        by = f" by {task_state.finished_by.get_full_name() or task_state.finished_by.get_username()}"
    page.refresh_from_db(fields=["live", "has_unpublished_changes"])
    if state.status == WorkflowState.STATUS_APPROVED:
        done = "approved and published" if page.live and not page.has_unpublished_changes else "approved"
        return f"Nothing more was done: “{title}” was already {done}{by}."
    if task_state is not None and task_state.status == TaskState.STATUS_REJECTED:
        return f"Nothing was done: changes to “{title}” were already requested{by}."
    return f"Nothing was done: “{title}” is no longer waiting for this action ({state.get_status_display()})."
