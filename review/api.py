"""The review in API v3: a page's latest findings with the decisions in force, submitting a
page for review, and reviewers' decisions.

Same rules as the admin: a token reads the findings of pages its user may edit (reviewers:
every article); submitting needs the user's "submit for moderation" permission on the page;
decisions go through `review.decisions`, so only Compliance reviewers decide, a reason is
required and nobody approves or waives text they wrote. Mounted under `/api/v3/pages/` by
`pages.api`.
"""

from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError
from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.models import Page, WorkflowState

from pages.models import ArticlePage
from review import decisions, gate
from review.checks import latest_run
from review.models import CheckRun, FindingDecision, StoredFinding
from review.status import status_of
from review.workflow import editor_must_fix

router = Router(auth=BearerTokenAuth(), tags=["review"])


class DecisionOut(Schema):
    decision: str
    reason: str
    user: str | None
    created_at: datetime


class FindingOut(Schema):
    fingerprint: str
    rule: str
    category: str
    severity: str
    message: str
    excerpt: str
    sentence: str
    origin: str
    suggestions: list[dict]
    url: str | None
    blocking: bool  # an error that blocks publishing while it is open
    open: bool  # no approve/waive decision in force
    decision: DecisionOut | None  # the latest decision in force, if any


class FindingsOut(Schema):
    page_id: int
    revision_id: int | None
    checked_at: datetime | None
    check_failed: str | None
    status: str  # blocking | needs_review | clear | unchecked
    open_errors: int
    open_warnings: int
    findings: list[FindingOut]


class DecisionIn(Schema):
    decision: str  # approve | waive | request_changes
    reason: str


class SubmitOut(Schema):
    page_id: int
    revision_id: int
    outcome: str  # in_review | sent_back
    task: str | None
    message: str
    blocking: list[FindingOut]


def _article(request, page_id: int) -> ArticlePage:
    """The article, if the token's user may see its review (editors of it, or reviewers)."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, ArticlePage):
        raise Http404("Only articles have content findings.")
    if not (page.permissions_for_user(request.user).can_edit() or decisions.is_reviewer(request.user)):
        raise PermissionDenied(f"User “{request.user.get_username()}” may not edit this page, and is not a "
                               "Compliance reviewer, so cannot see or decide on its findings.")
    return page


def _decision_out(decision: FindingDecision | None) -> dict | None:
    if decision is None:
        return None
    return {"decision": decision.decision, "reason": decision.reason,
            "user": decision.user.get_username() if decision.user else None, "created_at": decision.created_at}


def _findings_out(page, findings) -> list[dict]:
    in_force = {decision.fingerprint: decision for decision in FindingDecision.objects.in_force().for_findings(
        page.pk, [f.fingerprint for f in findings]).select_related("user")}
    out = []
    for finding in findings:
        decision = in_force.get(finding.fingerprint)
        out.append({
            "fingerprint": finding.fingerprint, "rule": finding.rule, "category": finding.category,
            "severity": finding.severity, "message": finding.message, "excerpt": finding.excerpt,
            "sentence": finding.sentence, "origin": finding.origin, "suggestions": finding.suggestions,
            "url": finding.url, "blocking": gate.is_blocking_kind(finding),
            "open": not (decision is not None and decision.resolves), "decision": _decision_out(decision),
        })
    return out


@router.get("/{page_id}/findings/", response=FindingsOut, url_name="review_findings",
            summary="Latest findings of a page, with the decisions in force", operation_id="review_findings")
def findings(request, page_id: int):
    page = _article(request, page_id)
    run = latest_run(page)
    status = status_of(page)
    return {
        "page_id": page.pk,
        "revision_id": page.latest_revision_id,
        "checked_at": run.created_at if run else None,
        "check_failed": run.error if run and run.status == CheckRun.Status.FAILED else None,
        "status": status.key,
        "open_errors": status.open_errors,
        "open_warnings": status.open_warnings,
        "findings": _findings_out(page, list(run.findings.all())) if run else [],
    }


@router.post("/{page_id}/findings/{fingerprint}/decision/", response={201: DecisionOut},
             url_name="review_decide", summary="Approve, waive or request changes on a finding",
             operation_id="review_decide")
def decide(request, page_id: int, fingerprint: str, data: DecisionIn):
    page = _article(request, page_id)
    if data.decision not in FindingDecision.Kind.values:
        raise ValidationError(f"decision must be one of {', '.join(FindingDecision.Kind.values)}.")
    finding = StoredFinding.objects.of_page(page).filter(fingerprint=fingerprint).first()
    if finding is None:
        raise Http404("No finding with this fingerprint in the page's latest version.")
    # DecisionRefused (a PermissionDenied) answers 403 with its reason; DecisionInvalid 422.
    record = decisions.decide(finding, request.user, data.decision, data.reason)
    return 201, _decision_out(record)


@router.post("/{page_id}/actions/submit_for_review/", response=SubmitOut, url_name="review_submit",
             summary="Submit the page's latest revision to its review workflow", operation_id="review_submit")
def submit_for_review(request, page_id: int):
    page = get_object_or_404(Page, pk=page_id).specific
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        raise HttpError(409, f"“{page.title}” is already in review ({state.current_task_state.task.name}).")
    if not page.permissions_for_user(request.user).can_submit_for_moderation():
        raise PermissionDenied(f"User “{request.user.get_username()}” lacks the permission to submit this page "
                               "for review (page permission “change” or “add”, with a workflow on the page).")
    if page.latest_revision_id is None:
        page.save_revision(user=request.user)
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        page.get_workflow().start(page, request.user)
    return _submission_outcome(page)


def _submission_outcome(page) -> dict:
    """What happened to the submission: the automatic check task may have sent it back already."""
    page.refresh_from_db()
    revision = page.get_latest_revision()
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        task = state.current_task_state.task.name
        return {"page_id": page.pk, "revision_id": revision.pk, "outcome": "in_review", "task": task,
                "message": f"Submitted: “{page.title}” is waiting for {task}.", "blocking": []}
    result = gate.evaluate_revision(revision)
    to_fix = editor_must_fix(result)
    problems = [*(result.lines()[:1] if result.unchecked else []),
                f"{len(to_fix)} blocking finding{'s' if len(to_fix) != 1 else ''} to fix before review"]
    return {"page_id": page.pk, "revision_id": revision.pk, "outcome": "sent_back", "task": None,
            "message": "Sent back: " + "; ".join(problems) + ".", "blocking": _findings_out(page, to_fix)}
