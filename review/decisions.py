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


def decide(finding: StoredFinding, user, decision: str, reason: str) -> FindingDecision:
    return decide_many(finding.run.page.specific, [finding], user, decision, reason)[0]


@transaction.atomic
def decide_many(page, findings: list[StoredFinding], user, decision: str, reason: str) -> list[FindingDecision]:
    """The same decision with one reason on several findings of `page`, all or none: a refusal
    of any finding (e.g. text the user wrote) decides nothing. Each decision is recorded and
    audited as if taken alone."""
    if decision not in FindingDecision.Kind.values:
        raise DecisionInvalid(f"Unknown decision {decision!r}.")
    findings = list({finding.fingerprint: finding for finding in findings}.values())
    if not findings:
        raise DecisionInvalid("Select the findings to decide on.")
    authors = author_ids(findings) if decision in FindingDecision.RESOLVING and is_reviewer(user) else None
    refused = [(finding, why) for finding in findings if (why := refusal(user, finding, decision, authors))]
    if refused:
        if len(findings) == 1:
            raise DecisionRefused(refused[0][1])
        raise DecisionRefused("Nothing was decided. " + " ".join(f"“{finding.excerpt}”: {why}"
                                                                 for finding, why in refused))
    reason = (reason or "").strip()
    if not reason:
        raise DecisionInvalid("Give a reason for approving or waiving." if decision in FindingDecision.RESOLVING
                              else "Say what has to change.")
    lock_page_checks(page.pk)
    current = newest_run(page.pk)
    if current is None:
        raise DecisionInvalid("The page's newest version is still being checked; reload and decide again.")
    present = set(current.findings.filter(fingerprint__in=[f.fingerprint for f in findings])
                  .values_list("fingerprint", flat=True))
    if len(present) < len(findings):
        raise DecisionInvalid("This finding is not in the page's latest version any more; review the new findings."
                              if len(findings) == 1 else
                              "Nothing was decided: some of these findings are not in the page's latest version any "
                              "more; review the new findings.")
    return [_record(page, finding, user, decision, reason, current.revision) for finding in findings]


def _record(page, finding: StoredFinding, user, decision: str, reason: str, revision) -> FindingDecision:
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
        revision=revision,
    )
    log(
        instance=page,
        action=LOG_ACTIONS[decision],
        user=user,
        revision=revision,
        data={
            "finding": {"rule": finding.rule, "severity": finding.severity, "excerpt": finding.excerpt,
                        "fingerprint": finding.fingerprint, "message": finding.message},
            "reason": reason,
            "decision_id": record.pk,
        },
    )
    if decision == FindingDecision.Kind.REQUEST_CHANGES:
        _comment_for_editor(page, finding, user, reason, revision)
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
