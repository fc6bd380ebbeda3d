"""The approved-claims library's services.

- `approve_claim` / `approve_from_finding`: a Compliance reviewer saves a claim sentence with
  its substantiating references. Editors cannot (the library approves claims site-wide).
- `accept_approved_claims(run)`: a claim finding of a check run whose normalised sentence
  equals an active library claim gets an automatic approve decision (recorded in the review
  app's `FindingDecision`, linked to the claim, and in the page's audit log). Only exact
  matches after normalisation count; near matches are only suggested (`similarity`).
- `deactivate_claim` / `sync_claim`: withdrawing or editing a claim lapses the automatic
  decisions it no longer justifies.

Which findings a library claim can resolve is a setting, `CLAIMLIBRARY_RULES`: by default the
rules that ask for substantiation. An absolute promise ("cures", "no side effects") is not in
it: substantiation does not make a guarantee acceptable, the wording has to change (a
reviewer can still approve such a finding by hand).
"""

from collections import defaultdict

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from claimlibrary.models import ApprovedClaim, ApprovedClaimReference, AutomaticApproval
from review.decisions import author_of, is_reviewer, refusal
from review.models import CheckRun, FindingDecision, StoredFinding
from validators.claims.normalise import normalise_claim

DEFAULT_RULES = ("claim.uncited", "claim.unnamed-evidence", "claim.uncited-statistic", "claim.uncited-timeline")

APPROVE_ACTION = "claimlibrary.claim.approve"
DEACTIVATE_ACTION = "claimlibrary.claim.deactivate"
AUTO_APPROVE_ACTION = "claimlibrary.finding.auto_approve"
WITHDRAW_ACTION = "claimlibrary.finding.auto_approval_withdrawn"


class ClaimRefused(PermissionDenied):
    """This user may not change the approved-claims library."""


def covered_rules() -> frozenset[str]:
    return frozenset(getattr(settings, "CLAIMLIBRARY_RULES", DEFAULT_RULES))


def claim_key(finding) -> str:
    """The normalised claim sentence of a finding (the claim rules store it in details)."""
    details = finding.details or {}
    return details.get("normalised_claim") or normalise_claim(finding.sentence or "")


def is_library_finding(finding) -> bool:
    return finding.category == "claim" and finding.rule in covered_rules()


# -- approving ---------------------------------------------------------------------------------
@transaction.atomic
def approve_claim(user, text: str, references, notes: str = "", source_page=None) -> ApprovedClaim:
    """Save `text` as an approved claim substantiated by `references` (field dicts, or
    objects with the reference fields such as `ArticleReference`). Reactivates an inactive
    entry for the same claim; refuses a claim that is already approved."""
    if not is_reviewer(user):
        raise ClaimRefused("Only Compliance reviewers can add claims to the approved-claims library.")
    entries = [_reference(reference) for reference in references]
    if not any(entry.has_source for entry in entries):
        raise ValidationError("Add at least one substantiating reference with a DOI, PubMed id or URL.")
    normalised = normalise_claim(text or "")
    claim = ApprovedClaim.objects.select_for_update().filter(normalised_text=normalised).first() if normalised else None
    if claim is not None and claim.active:
        raise ValidationError(f"This claim is already approved as claim #{claim.pk}.")
    claim = claim or ApprovedClaim()
    claim.text, claim.notes, claim.active = (text or "").strip(), notes.strip(), True
    claim.approved_by, claim.approved_at = user, timezone.now()
    claim.source_page, claim.normalised_text = source_page, normalised
    claim.full_clean()
    claim.references = entries
    try:
        with transaction.atomic():
            claim.save()
    except IntegrityError:  # the same claim approved at the same moment by someone else
        raise ValidationError("This claim has just been approved by another reviewer.") from None
    _log_approval(claim, user)
    apply_claims([claim])
    return claim


def saved_in_admin(claim: ApprovedClaim, user, created: bool) -> None:
    """After the library's admin form saved `claim` (the form checked the user's rights)."""
    if created:
        _log_approval(claim, user)
        apply_claims([claim])
    else:
        sync_claim(claim, user)


def _log_approval(claim: ApprovedClaim, user) -> None:
    log(instance=claim, action=APPROVE_ACTION, user=user, data={
        "claim_id": claim.pk, "text": claim.text, "source_page": claim.source_page_id,
        "references": [reference.as_fields() for reference in claim.references.all()],
    })


def approve_from_finding(finding: StoredFinding, user, references=None, notes: str = "") -> ApprovedClaim:
    """Save the sentence of a claim finding as approved. Without `references`, the page
    references the sentence cites are used. The author of the flagged text cannot do this
    (it would approve their own finding)."""
    if not is_library_finding(finding):
        raise ValidationError(f"Findings of {finding.rule} are not resolved by the approved-claims library.")
    why = refusal(user, finding, FindingDecision.Kind.APPROVE)
    if why:
        raise ClaimRefused(why)
    page = finding.run.page.specific
    if references is None:
        # The numbers are those of the checked revision's reference list.
        checked = finding.run.revision.as_object() if finding.run.revision_id else page
        cited = set((finding.details or {}).get("references") or [])
        references = [ref for number, ref in enumerate(checked.references.all(), start=1) if number in cited]
    return approve_claim(user, finding.sentence, references, notes=notes, source_page=page)


def _reference(reference) -> ApprovedClaimReference:
    if isinstance(reference, dict):
        unknown = set(reference) - set(ApprovedClaimReference.FIELDS)
        if unknown:
            raise ValidationError(f"Unknown reference field(s): {', '.join(sorted(unknown))}.")
        fields = reference
    else:
        fields = {name: getattr(reference, name, "") for name in ApprovedClaimReference.FIELDS}
    entry = ApprovedClaimReference(**{name: value for name, value in fields.items() if value not in (None, "")})
    entry.full_clean(exclude=["claim", "sort_order"])
    return entry


# -- automatic acceptance ----------------------------------------------------------------------
def accept_approved_claims(run: CheckRun) -> list[FindingDecision]:
    """Record an approve decision for each claim finding of `run` that matches an active
    library claim exactly (after normalisation) and has no decision in force yet."""
    if run.pk is None or run.status != CheckRun.Status.OK:
        return []
    findings = [f for f in run.findings.filter(category="claim", rule__in=covered_rules())]
    keys = {claim_key(f) for f in findings}
    claims = {c.normalised_text: c for c in ApprovedClaim.objects.filter(active=True, normalised_text__in=keys)}
    return _accept(run, findings, claims)


def apply_claims(claims) -> list[FindingDecision]:
    """Apply `claims` to the latest check run of every page (a newly approved claim is
    accepted where it already appears)."""
    by_key = {claim.normalised_text: claim for claim in claims if claim.active}
    if not by_key:
        return []
    runs = _latest_runs()
    findings = defaultdict(list)
    for finding in StoredFinding.objects.filter(run__in=runs, category="claim", rule__in=covered_rules()):
        if claim_key(finding) in by_key:
            findings[finding.run_id].append(finding)
    decisions = []
    for run_id, matched in findings.items():
        decisions += _accept(runs[run_id], matched, by_key)
    return decisions


def _latest_runs() -> dict[int, CheckRun]:
    """The newest successful run of each page's latest revision, by run id."""
    runs = CheckRun.objects.current().filter(status=CheckRun.Status.OK).select_related("page", "revision")
    return {run.pk: run for run in runs}


@transaction.atomic
def _accept(run: CheckRun, findings, claims: dict[str, ApprovedClaim]) -> list[FindingDecision]:
    matched = [(f, claims[claim_key(f)]) for f in findings if claim_key(f) in claims]
    if not matched:
        return []
    decided = set(FindingDecision.objects.not_lapsed().for_findings(run.page_id, [f.fingerprint for f, _ in matched])
                  .values_list("fingerprint", flat=True))
    decisions = []
    for finding, claim in matched:
        if finding.fingerprint in decided:
            continue  # a reviewer's own decision (or an earlier automatic one) stands
        if claim.approved_by_id is not None and getattr(author_of(finding), "pk", None) == claim.approved_by_id:
            continue  # four eyes: a reviewer's library entry does not approve text they wrote
        decided.add(finding.fingerprint)
        decisions.append(_record(run, finding, claim))
    return decisions


def _record(run: CheckRun, finding: StoredFinding, claim: ApprovedClaim) -> FindingDecision:
    approver = claim.approved_by.get_username() if claim.approved_by else "a reviewer"
    reason = f"Matches approved claim #{claim.pk} (approved by {approver} on {claim.approved_at:%Y-%m-%d})."
    decision = FindingDecision.objects.create(
        page_id=run.page_id, fingerprint=finding.fingerprint, rule=finding.rule, severity=finding.severity,
        excerpt=finding.excerpt, sentence=finding.sentence, decision=FindingDecision.Kind.APPROVE,
        reason=reason, user=None, revision=run.revision,
    )
    AutomaticApproval.objects.create(decision=decision, claim=claim)
    # The log entry's user is whoever's action triggered the check (e.g. the editor who
    # saved); `automatic` and the claim say that the library, not that user, approved it.
    log(instance=run.page, action=AUTO_APPROVE_ACTION, revision=run.revision, data={
        "finding": {"rule": finding.rule, "severity": finding.severity, "excerpt": finding.excerpt,
                    "fingerprint": finding.fingerprint, "message": finding.message},
        "reason": reason, "decision_id": decision.pk, "claim_id": claim.pk, "automatic": True,
    })
    return decision


# -- withdrawing -------------------------------------------------------------------------------
@transaction.atomic
def deactivate_claim(claim: ApprovedClaim, user, reason: str) -> int:
    """Take a claim out of use; its automatic approvals lapse. Returns how many lapsed."""
    if not is_reviewer(user):
        raise ClaimRefused("Only Compliance reviewers can change the approved-claims library.")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Say why the claim is no longer approved.")
    claim.active = False
    claim.save(update_fields=["active"])
    log(instance=claim, action=DEACTIVATE_ACTION, user=user, data={"claim_id": claim.pk, "reason": reason})
    return _withdraw(claim.automatic_approvals.all(), user, f"Claim #{claim.pk} is no longer approved: {reason}")


@transaction.atomic
def sync_claim(claim: ApprovedClaim, user) -> None:
    """After an edit in the admin: decisions the claim no longer justifies (it was
    deactivated or its text changed) lapse, and an active claim is applied everywhere."""
    links = claim.automatic_approvals.select_related("decision")
    stale = [link.pk for link in links
             if not claim.active or normalise_claim(link.decision.sentence) != claim.normalised_text]
    _withdraw(AutomaticApproval.objects.filter(pk__in=stale), user, f"Claim #{claim.pk} was changed.")
    if claim.active:
        apply_claims([claim])


def _withdraw(links, user, reason: str) -> int:
    now = timezone.now()
    count = 0
    for link in links.select_related("decision__page").filter(decision__lapsed_at__isnull=True):
        decision = link.decision
        decision.lapsed_at = now
        decision.save(update_fields=["lapsed_at"])
        log(instance=decision.page, action=WITHDRAW_ACTION, user=user, data={
            "finding": {"rule": decision.rule, "excerpt": decision.excerpt, "fingerprint": decision.fingerprint},
            "reason": reason, "decision_id": decision.pk, "claim_id": link.claim_id,
        })
        count += 1
    return count
