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
from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.admin import messages
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.models import Page, TaskState, WorkflowState

from review.admin_refusals import refusal_response
from review.checks import lock_page_checks
from review.gate import PublishBlocked

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


class WorkflowActionOnceMiddleware:
    """The same for the workflow action view (the Status panel's and the dashboard's Approve /
    Request changes): its POST runs under the page's row lock, and a task state that is no
    longer in progress is answered with what happened instead of being acted on again."""

    VIEW = "wagtailadmin_pages:workflow_action"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match is None or match.view_name != self.VIEW:
            return None
        try:
            with transaction.atomic():
                lock_page_checks(view_kwargs["page_id"])
                if request.user.has_perm("wagtailadmin.access_admin") and not TaskState.objects.filter(
                        pk=view_kwargs["task_state_id"], status=TaskState.STATUS_IN_PROGRESS).exists():
                    return _too_late(request, view_kwargs["page_id"])
                return view_func(request, *view_args, **view_kwargs)
        except PublishBlocked as refused:  # raised here, not in the view: process_exception would not see it
            return refusal_response(request, refused)


def _too_late(request, page_id: int):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return None
    messages.warning(request, already_acted_message(page))
    target = reverse("wagtailadmin_pages:edit", args=[page_id])
    if request.headers.get("x-requested-with") == "XMLHttpRequest":  # the action modal follows this
        return render_modal_workflow(request, "", None, {}, json_data={"step": "success", "redirect": target})
    return redirect(target)


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
