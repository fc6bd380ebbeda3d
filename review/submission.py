"""Say what really happened when an editor submits an article for review.

The workflow's first task (the automatic content checks) decides at once. When it sends the
page back, Wagtail's green "submitted for moderation" banner would be untrue: this hook (after
the editor's create/edit view submitted) replaces it with "Sent back: N blocking findings" and
the list, and returns the editor to the page, where the findings panel shows them.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.html import format_html, format_html_join
from wagtail.models import WorkflowState

from review import gate
from review.workflow import editor_must_fix
from review.workflow_task import ContentCheckTask

SUBMIT_ACTIONS = ("action-submit", "action-restart-workflow")


def report_sent_back(request, page):
    """`after_create_page` / `after_edit_page` hook."""
    if request.method != "POST" or not any(action in request.POST for action in SUBMIT_ACTIONS):
        return None
    state = WorkflowState.objects.active().for_instance(page).first()
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = state.current_task_state
    if task_state is None or not isinstance(task_state.task.specific, ContentCheckTask):
        return None
    _drop_success_messages(request)
    result = gate.evaluate_revision(task_state.revision)
    to_fix = editor_must_fix(result)
    lines = result.lines()[:1] if result.unchecked else [f"{f.rule}: “{f.excerpt}” — {f.message}" for f in to_fix]
    count = len(to_fix)
    messages.error(request, format_html(
        "Sent back: {} blocking finding{} to fix before review (the automatic content checks). <ul>{}</ul>",
        count, "" if count == 1 else "s", format_html_join("", "<li>{}</li>", ((line,) for line in lines)),
    ))
    return redirect("wagtailadmin_pages:edit", page.pk)


def _drop_success_messages(request) -> None:
    """Remove this request's success banner ("…submitted for moderation"); keep other messages."""
    storage = messages.get_messages(request)
    kept = [message for message in storage if message.level != messages.SUCCESS]  # iterating consumes them
    for message in kept:
        messages.add_message(request, message.level, message.message, extra_tags=message.extra_tags)
