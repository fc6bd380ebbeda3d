"""Reviewers' decisions on findings: approve, waive, request changes.

- approve: the text is acceptable as it is (e.g. a claim the reviewer verified);
- waive: the risk is accepted;
- request changes: the editor must change the text; the comment reaches the editor as a
  Wagtail comment on the flagged block and in the page history.

Only members of the Compliance reviewers group (or superusers) decide, a reason is
mandatory, and nobody approves or waives a finding in text they wrote themselves (the
author of its flagged words, see review.authorship). Every decision is written to
Wagtail's audit log, so it shows in the page's history with who, when, which finding and why.

A decision is taken under the page's check lock (`review.checks.lock_page_checks`), on the
run of the page's newest revision as the database has it then: a save whose check is still
running cannot slip a decision on the old text past the lapse of decisions.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from wagtail.log_actions import log
from wagtail.models import Comment

from review import conf
from review.capping import CAPPED
from review.checks import lock_page_checks, newest_run
from review.models import FindingDecision, StoredFinding

LOG_ACTIONS = {kind: f"review.finding.{kind}" for kind in FindingDecision.Kind.values}


class DecisionRefused(PermissionDenied):
    """This user may not take this decision."""


class DecisionInvalid(ValidationError):
    """The decision is incomplete (no reason) or about a finding that no longer applies."""


def is_reviewer(user) -> bool:
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_review_is_reviewer"):  # asked once per finding by the panel: once per request
        user._review_is_reviewer = user.groups.filter(name=conf.reviewer_group()).exists()
    return user._review_is_reviewer


def author_ids(findings) -> dict[int, int | None]:
    """Finding id -> id of the user who wrote its flagged words, as recorded durably when the
    finding appeared (review.authorship; a purge of old revisions changes nothing)."""
    return {finding.pk: finding.author_id for finding in findings}


def author_of(finding: StoredFinding):
    """The user who wrote the flagged text (None when unknown)."""
    from django.contrib.auth import get_user_model

    author = author_ids([finding]).get(finding.pk)
    return get_user_model().objects.filter(pk=author).first() if author is not None else None


def refusal(user, finding: StoredFinding, decision: str, authors: dict[int, int | None] | None = None) -> str | None:
    """Why `user` may not take `decision` on `finding`, or None when they may (`authors`: from
    `author_ids`, when deciding this for many findings at once)."""
    if not is_reviewer(user):
        return "Only Compliance reviewers can decide on findings."
    if decision in FindingDecision.RESOLVING:
        if finding.rule == CAPPED:
            return "Too many findings to review them one by one: fix the flagged text and save again."
        author = (authors if authors is not None else author_ids([finding])).get(finding.pk)
        if author is not None and author == user.pk:
            return "You wrote this text, so another reviewer has to approve or waive this finding."
    return None


def approve(finding, user, reason):
    return decide(finding, user, FindingDecision.Kind.APPROVE, reason)


def waive(finding, user, reason):
    return decide(finding, user, FindingDecision.Kind.WAIVE, reason)


def request_changes(finding, user, comment):
    return decide(finding, user, FindingDecision.Kind.REQUEST_CHANGES, comment)


@transaction.atomic
def decide(finding: StoredFinding, user, decision: str, reason: str) -> FindingDecision:
    if decision not in FindingDecision.Kind.values:
        raise DecisionInvalid(f"Unknown decision {decision!r}.")
    why = refusal(user, finding, decision)
    if why:
        raise DecisionRefused(why)
    reason = (reason or "").strip()
    if not reason:
        raise DecisionInvalid("Give a reason for approving or waiving." if decision in FindingDecision.RESOLVING
                              else "Say what has to change.")
    page = finding.run.page.specific
    lock_page_checks(page.pk)
    current = newest_run(page.pk)
    if current is None:
        raise DecisionInvalid("The page's newest version is still being checked; reload and decide again.")
    if not current.findings.filter(fingerprint=finding.fingerprint).exists():
        raise DecisionInvalid("This finding is not in the page's latest version any more; review the new findings.")
    record = FindingDecision.objects.create(
        page=page,
        fingerprint=finding.fingerprint,
        rule=finding.rule,
        severity=finding.severity,
        excerpt=finding.excerpt,
        sentence=finding.sentence,
        decision=decision,
        reason=reason,
        user=user,
        revision=current.revision,
    )
    log(
        instance=page,
        action=LOG_ACTIONS[decision],
        user=user,
        revision=current.revision,
        data={
            "finding": {"rule": finding.rule, "severity": finding.severity, "excerpt": finding.excerpt,
                        "fingerprint": finding.fingerprint, "message": finding.message},
            "reason": reason,
            "decision_id": record.pk,
        },
    )
    if decision == FindingDecision.Kind.REQUEST_CHANGES:
        _comment_for_editor(page, finding, user, reason, current.revision)
    return record


def _comment_for_editor(page, finding: StoredFinding, user, text: str, revision) -> Comment:
    """A Wagtail comment on the flagged block: the editor sees it in the editor's comments."""
    if finding.block_id:
        contentpath = f"body.{finding.block_id}"
    elif finding.origin in ("title", "seo_title", "search_description", "summary"):
        contentpath = finding.origin
    else:
        contentpath = "title"  # references have no comment anchor; the title is always there
    quoted = f"“{finding.excerpt}”: " if finding.excerpt else ""
    # The editor's comments script parses `position` as JSON; "[]" is a comment on the whole field.
    return Comment.objects.create(page=page, user=user, text=f"{quoted}{text}", contentpath=contentpath, position="[]",
                                  revision_created=revision)
