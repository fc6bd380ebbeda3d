"""The gate's refusals as the admin shows them: an error message listing the blocking
findings, and a redirect back to where the user can act on them. Called from
wagtail_hooks.py (editor publish, bulk publish) and middleware.py (anything else that
raised PublishBlocked inside the admin, e.g. approving the workflow's last task)."""

from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from wagtail.admin import messages
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.log_actions import log

from review import gate

REFUSED_ACTION = "review.publish.refused"


def _message(result) -> str:
    return format_html(
        "{}<ul>{}</ul>", result.summary(), format_html_join("", "<li>{}</li>", ((line,) for line in result.lines()))
    )


def _record(result, user) -> None:
    """Refusals go to the page history, so editors and reviewers see what was tried."""
    page = result.page
    if getattr(page, "pk", None):
        log(instance=page, action=REFUSED_ACTION, user=user,
            data={"blocking": [{"rule": f.rule, "excerpt": f.excerpt} for f in result.blocking[:20]],
                  "check_failed": result.run_failed, "still_running": result.still_running})


def refuse_editor_publish(request, page):
    """before_publish_page: the revision just saved by the editor is what would go live."""
    if not gate.is_gated(page) or gate.bypassed():
        return None
    revision = page.get_latest_revision()
    result = gate.evaluate_revision(revision) if revision else gate.evaluate(page.specific)
    if result.allowed:
        return None
    _record(result, request.user)
    messages.error(request, _message(result))
    # The draft and its revision are saved: the editor lands back in the editor, nothing lost.
    return redirect("wagtailadmin_pages:edit", page.pk)


def refuse_bulk_publish(request, action_type, objects, action):
    """before_bulk_action: refuse the whole batch when any page (or, with "include
    descendants", any draft below it) would go live with open blocking findings."""
    if action_type != "publish" or gate.bypassed():
        return None
    pages = list(objects)
    form = getattr(action, "cleaned_form", None)
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in objects:
            pages.extend(page.get_descendants().not_live().specific())
    refused = []
    for page in pages:
        if not gate.is_gated(page):
            continue
        revision = page.get_latest_revision()
        result = gate.evaluate_revision(revision) if revision else gate.evaluate(page.specific)
        if not result.allowed:
            refused.append(result)
            _record(result, request.user)
    if not refused:
        return None
    each = format_html_join("", "<div>{}</div>", ((_message(result),) for result in refused))
    messages.error(request, format_html("Nothing was published. {}", each))
    return redirect(action.next_url)


def refusal_response(request, error: gate.PublishBlocked):
    """A PublishBlocked that reached the admin's view layer (e.g. approving a workflow)."""
    _record(error.result, request.user)
    target = reverse("wagtailadmin_pages:edit", args=[error.page_id]) if error.page_id else reverse("wagtailadmin_home")
    if "/api/" in request.path:
        return JsonResponse({"detail": error.result.summary(), "errors": error.result.lines()}, status=400)
    messages.error(request, _message(error.result))
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        # Workflow action modals expect this JSON and then follow the redirect.
        return render_modal_workflow(request, "", None, {}, json_data={"step": "success", "redirect": target})
    return redirect(target)
