"""Admin views behind the findings panel's buttons: record a reviewer's decision on one
finding or on several at once, and apply a safe suggestion. All are POST-only, act on the
page's latest check, and return to the editor with a message — or, asked for JSON by the
panel's script (static/review/js/findings-decisions.js), answer with the message and the
panel's new HTML, so a decision needs no page reload. The services (review.decisions,
review.fixes) enforce who may do what, so these views only translate their refusals.

`check_status` is what the panel polls while the latest version's check is queued or running
(static/review/js/findings-checking.js): whether it is done, and then the panel's new HTML."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Page

from pages.models import ArticlePage
from review import decisions, fixes
from review.checks import latest_run
from review.models import FindingDecision
from review.panels import render_panel


def _article(request, page_id: int) -> ArticlePage:
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, ArticlePage):
        raise Http404("Only articles have content findings.")
    if not page.permissions_for_user(request.user).can_edit() and not decisions.is_reviewer(request.user):
        raise PermissionDenied
    return page


def _back(request, page) -> str:
    wanted = request.POST.get("next", "")
    if wanted and url_has_allowed_host_and_scheme(wanted, {request.get_host()}, request.is_secure()):
        return wanted
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def _errors(error: ValidationError) -> str:
    return " ".join(error.messages)


@require_POST
def decide(request, page_id: int, fingerprint: str):
    """Approve, waive or request changes on a finding of the page's latest version."""
    page = _article(request, page_id)
    run = latest_run(page)
    finding = run.findings.filter(fingerprint=fingerprint).first() if run is not None else None
    if finding is None:
        messages.error(request, "This finding is not in the page's latest version any more; review the new findings.")
        return redirect(_back(request, page))
    kind = request.POST.get("decision", "")
    if kind not in FindingDecision.Kind.values:
        messages.error(request, "Choose approve, waive or request changes.")
        return redirect(_back(request, page))
    try:
        record = decisions.decide(finding, request.user, kind, request.POST.get("reason", ""))
    except PermissionDenied as refusal:  # DecisionRefused: not a reviewer, or their own text
        messages.error(request, str(refusal))
        return redirect(_back(request, page))
    except ValidationError as error:
        messages.error(request, _errors(error))
        return redirect(_back(request, page))
    messages.success(request, f"{record.get_decision_display()}: {finding.rule} “{finding.excerpt}”.")
    return redirect(_back(request, page))


@require_POST
def decide_many(request, page_id: int):
    """One decision with one reason on the selected findings (`fingerprint`, repeated)."""
    page = _article(request, page_id)
    wanted = set(request.POST.getlist("fingerprint"))
    run = latest_run(page)
    findings = list(run.findings.filter(fingerprint__in=wanted)) if run is not None and wanted else []
    kind = request.POST.get("decision", "")
    if not wanted:
        return _answer(request, page, "Select the findings to decide on.", status=400)
    if len(findings) < len(wanted):
        return _answer(request, page, "Nothing was decided: some of these findings are not in the page's latest "
                       "version any more; review the new findings.", status=409)
    if kind not in FindingDecision.Kind.values:
        return _answer(request, page, "Choose approve, waive or request changes.", status=400)
    try:
        records = decisions.decide_many(page, findings, request.user, kind, request.POST.get("reason", ""))
    except PermissionDenied as refusal:  # DecisionRefused: not a reviewer, or their own text
        return _answer(request, page, str(refusal), status=403)
    except ValidationError as error:
        return _answer(request, page, _errors(error), status=400)
    label = records[0].get_decision_display()
    if len(records) == 1:
        done = f"{label}: {findings[0].rule} “{findings[0].excerpt}”."
    else:
        done = f"{label}: {len(records)} findings."
    return _answer(request, page, done, decided=[record.fingerprint for record in records])


def _answer(request, page, message: str, *, status: int = 200, decided=()):
    """JSON for the panel's script (message, decided fingerprints, the panel's new HTML);
    otherwise the message and a redirect back to the editor."""
    if request.accepts("application/json") and not request.accepts("text/html"):
        return JsonResponse({"ok": status == 200, "message": message, "decided": list(decided),
                             "panel": render_panel(page, request)}, status=status)
    (messages.success if status == 200 else messages.error)(request, message)
    return redirect(_back(request, page))


@require_POST
def apply_suggestion(request, page_id: int, fingerprint: str):
    """Replace the flagged text with the finding's safe suggestion and save a new draft."""
    page = _article(request, page_id)
    try:
        index = int(request.POST.get("index", "0"))
    except ValueError:
        index = -1
    try:
        applied = fixes.apply_suggestion(page, fingerprint, index, request.user)
    except (PermissionDenied, ValidationError) as error:
        messages.error(request, _errors(error) if isinstance(error, ValidationError) else str(error))
        return redirect(_back(request, page))
    messages.success(request, f"Replaced “{applied.before}” with “{applied.after}” and saved a new draft.")
    return redirect(_back(request, page))


@require_GET
def check_status(request, page_id: int):
    """{"checking": true} while the page's latest version has no stored check; then
    {"checking": false, "html": <the findings panel>} (the panel's forms return to `next`)."""
    page = _article(request, page_id)
    if latest_run(page) is None:
        return JsonResponse({"checking": True})
    wanted = request.GET.get("next", "")
    next_url = wanted if url_has_allowed_host_and_scheme(wanted, {request.get_host()}, request.is_secure()) else ""
    return JsonResponse({"checking": False, "html": render_panel(page, request, next_url or None)})
