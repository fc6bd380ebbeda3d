"""The approved-claims library: reviewers approve claims, exact matches (after
normalisation) are approved automatically and audited, near matches only suggested."""

from io import StringIO

import pytest
from claimlibrary_testing import DOI_REFERENCE, SHOP_LINE, WALKING, article, claim_findings, finding_of
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from wagtail.models import ModelLogEntry, PageLogEntry

from claimlibrary import library
from claimlibrary.library import ClaimRefused, approve_claim, approve_from_finding, deactivate_claim
from claimlibrary.models import ApprovedClaim, AutomaticApproval
from claimlibrary.suggestions import suggest_approved_claims
from review import decisions, gate
from review.models import FindingDecision

STATISTIC = "claim.uncited-statistic"


def blocking_rules(page):
    return [f.rule for f in gate.evaluate_revision(page.get_latest_revision()).blocking]


@pytest.fixture
def approved(reviewer):
    return approve_claim(reviewer, WALKING, [DOI_REFERENCE], notes="Adults with stage 1 hypertension.")


def test_reviewer_approves_a_claim_from_its_finding_and_the_finding_is_approved(index, editor, reviewer):
    page = article(index, "walking", "Wash gently.", WALKING, author=editor)
    finding = finding_of(page, STATISTIC)
    assert blocking_rules(page) == [STATISTIC]

    claim = approve_from_finding(finding, reviewer, [DOI_REFERENCE], notes="Checked against the meta-analysis.")

    assert claim.text == WALKING
    assert claim.normalised_text == "daily walking lowers blood pressure in 60% of adults"
    assert claim.approved_by == reviewer and claim.active and claim.source_page_id == page.pk
    assert [r.doi for r in claim.references.all()] == [DOI_REFERENCE["doi"]]
    decision = FindingDecision.objects.get(page=page, fingerprint=finding.fingerprint)
    assert decision.decision == FindingDecision.Kind.APPROVE and decision.user is None
    assert decision.reason.startswith(f"Matches approved claim #{claim.pk} (approved by reviewer on ")
    assert AutomaticApproval.objects.get(decision=decision).claim == claim
    assert blocking_rules(page) == []
    approval_log = ModelLogEntry.objects.get(action=library.APPROVE_ACTION)
    assert approval_log.user == reviewer and approval_log.data["claim_id"] == claim.pk
    assert approval_log.data["references"][0]["doi"] == DOI_REFERENCE["doi"]


def test_approving_from_a_finding_defaults_to_the_references_the_sentence_cites(index, reviewer):
    # On a page that sells, a reference without DOI/PubMed/link leaves the claim uncited (and the
    # library refuses it as substantiation); with a URL it substantiates the claim.
    weak = {"title": "Walking trial", "publisher": "Hypertension"}
    page = article(index, "weak", WALKING.replace(".", " [1]."), SHOP_LINE, references=[weak])
    finding = finding_of(page, STATISTIC)
    assert finding.details["references"] == [1]
    with pytest.raises(ValidationError, match="DOI, PubMed id or URL"):
        approve_from_finding(finding, reviewer)
    assert not ApprovedClaim.objects.exists()

    sourced = article(index, "sourced", WALKING.replace(".", " [1]."), SHOP_LINE,
                      references=[{**weak, "url": "https://example.org/trial"}])
    assert not claim_findings(sourced, "Daily walking"), "a cited statistic is supported"


@pytest.mark.parametrize("variant", [
    "DAILY walking lowers BLOOD pressure in 60% of adults.",  # case
    "Daily  walking lowers blood\u00a0pressure in 60%   of adults.",  # white space
    "Daily walking lowers blood pressure in 60% of adults!",  # closing punctuation
    "Daily walking lowers blood pressure in 60% of adults",  # none
])
def test_the_same_claim_elsewhere_is_approved_automatically(index, editor, approved, variant):
    other = article(index, "elsewhere", "Rinse well.", variant, author=editor)

    finding = finding_of(other, STATISTIC)
    decision = FindingDecision.objects.get(page=other, fingerprint=finding.fingerprint)
    assert decision.decision == FindingDecision.Kind.APPROVE and decision.lapsed_at is None
    assert decision.reason.startswith(f"Matches approved claim #{approved.pk}")
    assert blocking_rules(other) == []
    other.get_latest_revision().publish()  # the gate lets it through
    other.refresh_from_db()
    assert other.live
    entry = PageLogEntry.objects.get(page=other, action=library.AUTO_APPROVE_ACTION)
    assert entry.data["claim_id"] == approved.pk and entry.data["automatic"] is True
    assert entry.data["finding"]["fingerprint"] == finding.fingerprint


def test_quotes_are_normalised_both_ways(index, reviewer):
    claim = approve_claim(reviewer, 'Walking lowers "resting" blood pressure in 60% of adults.', [DOI_REFERENCE])
    page = article(index, "quoted", "Walking lowers \u201cresting\u201d blood pressure in 60% of adults.")
    finding = finding_of(page, STATISTIC)
    assert FindingDecision.objects.get(page=page, fingerprint=finding.fingerprint).reason.startswith(
        f"Matches approved claim #{claim.pk}")


def test_a_near_match_is_suggested_but_never_accepted(index, editor, approved):
    near = "Daily walking lowers blood pressure in 40% of adults."
    page = article(index, "near", near, author=editor)

    finding = finding_of(page, STATISTIC)
    assert not FindingDecision.objects.filter(page=page).exists()
    assert blocking_rules(page) == [STATISTIC]
    suggestions = suggest_approved_claims(finding.sentence)
    assert [(s.claim.pk, s.exact) for s in suggestions] == [(approved.pk, False)]
    assert 0.8 <= suggestions[0].score < 1
    assert suggestions[0].added == ("60",) and suggestions[0].missing == ("40",)
    assert suggest_approved_claims("Sunscreen lowers the risk of skin cancer.") == []


def test_an_exact_match_is_listed_first_among_suggestions(reviewer, approved):
    similar = approve_claim(reviewer, "Daily walking lowers blood pressure in 50% of older adults.", [DOI_REFERENCE])
    suggestions = suggest_approved_claims("daily walking lowers blood pressure in 60% of adults")
    assert [(s.claim.pk, s.exact, s.score) for s in suggestions][0] == (approved.pk, True, 1.0)
    assert similar.pk in [s.claim.pk for s in suggestions[1:]]
    assert len(suggest_approved_claims(WALKING, limit=1)) == 1


def test_a_claim_approved_later_is_applied_to_pages_already_checked(index, editor, reviewer):
    page = article(index, "earlier", WALKING, author=editor)
    assert blocking_rules(page) == [STATISTIC]
    approve_claim(reviewer, WALKING, [DOI_REFERENCE])
    assert blocking_rules(page) == []


def test_editors_cannot_add_to_the_library(index, editor):
    page = article(index, "walking", WALKING)
    with pytest.raises(ClaimRefused):
        approve_claim(editor, WALKING, [DOI_REFERENCE])
    with pytest.raises(ClaimRefused):
        approve_from_finding(finding_of(page, STATISTIC), editor, [DOI_REFERENCE])
    assert not ApprovedClaim.objects.exists()
    assert blocking_rules(page) == [STATISTIC]


def test_a_reviewer_cannot_approve_a_claim_they_wrote(index, reviewer):
    page = article(index, "own", WALKING, author=reviewer)
    with pytest.raises(ClaimRefused, match="You wrote this text"):
        approve_from_finding(finding_of(page, STATISTIC), reviewer, [DOI_REFERENCE])
    assert not ApprovedClaim.objects.exists()


def test_a_library_claim_does_not_approve_text_its_approver_wrote(index, reviewer, make_user):
    own = article(index, "own", WALKING, author=reviewer)
    approve_claim(reviewer, WALKING, [DOI_REFERENCE])
    assert blocking_rules(own) == [STATISTIC]
    colleague = make_user("colleague", "Compliance reviewers")
    theirs = article(index, "theirs", WALKING, author=colleague)
    assert blocking_rules(theirs) == []


def test_absolute_promises_are_not_resolved_by_the_library(index, reviewer):
    promise = "This cream cures acne."
    page = article(index, "promise", promise)
    finding = finding_of(page, "claim.absolute-promise")
    with pytest.raises(ValidationError, match="not resolved by the approved-claims library"):
        approve_from_finding(finding, reviewer, [DOI_REFERENCE])
    approve_claim(reviewer, promise, [DOI_REFERENCE])  # approved directly, it still does not resolve it
    assert blocking_rules(page) == ["claim.absolute-promise"]


def test_a_reviewers_own_decision_is_not_overridden(index, editor, reviewer, approved):
    page = article(index, "walking", "Rinse well.", WALKING, author=editor)
    finding = finding_of(page, STATISTIC)
    # The automatic approval happened when the revision was saved; a reviewer then asks for changes.
    decisions.request_changes(finding, reviewer, "Say which adults.")
    assert library.accept_approved_claims(finding.run) == []
    assert blocking_rules(page) == [STATISTIC]


def test_deactivating_a_claim_withdraws_its_automatic_approvals(index, editor, reviewer, approved):
    page = article(index, "walking", WALKING, author=editor)
    assert blocking_rules(page) == []
    with pytest.raises(ValidationError):
        deactivate_claim(approved, reviewer, "  ")
    with pytest.raises(ClaimRefused):
        deactivate_claim(approved, editor, "Outdated")

    assert deactivate_claim(approved, reviewer, "Superseded by the 2025 guideline.") == 1

    assert blocking_rules(page) == [STATISTIC]
    withdrawn = PageLogEntry.objects.get(page=page, action=library.WITHDRAW_ACTION)
    assert withdrawn.user == reviewer and "Superseded by the 2025 guideline." in withdrawn.data["reason"]
    assert ModelLogEntry.objects.filter(action=library.DEACTIVATE_ACTION, object_id=str(approved.pk)).exists()
    again = article(index, "again", WALKING)
    assert blocking_rules(again) == [STATISTIC], "an inactive claim approves nothing"


def test_approving_an_inactive_claim_again_reactivates_it(index, reviewer, approved):
    deactivate_claim(approved, reviewer, "Under re-review.")
    again = approve_claim(reviewer, WALKING.upper(), [{**DOI_REFERENCE, "pmid": "33000001"}])
    assert again.pk == approved.pk and again.active and again.text == WALKING.upper()
    assert [r.pmid for r in again.references.all()] == ["33000001"]
    with pytest.raises(ValidationError, match=f"already approved as claim #{approved.pk}"):
        approve_claim(reviewer, WALKING, [DOI_REFERENCE])
    assert ApprovedClaim.objects.count() == 1


@pytest.mark.parametrize(("text", "references", "message"), [
    ("  ", [DOI_REFERENCE], "Enter the claim sentence"),
    (WALKING, [], "at least one substantiating reference"),
    (WALKING, [{"title": "No source"}], "at least one substantiating reference"),
    (WALKING, [{**DOI_REFERENCE, "doi": "doi.org/10.1/x"}], "Enter a DOI"),
    (WALKING, [{**DOI_REFERENCE, "volume": "3"}], "Unknown reference field"),
    ("x" * 1001, [DOI_REFERENCE], "at most 1000"),
])
def test_bad_input_is_refused_and_nothing_is_saved(reviewer, text, references, message):
    with pytest.raises(ValidationError, match=message):
        approve_claim(reviewer, text, references)
    assert not ApprovedClaim.objects.exists()


def test_renormalising_after_a_normaliser_change_restores_matching(index, editor, reviewer, approved):
    # As if the claim had been stored by an older normaliser that kept the full stop.
    ApprovedClaim.objects.filter(pk=approved.pk).update(normalised_text=approved.normalised_text + ".")
    page = article(index, "walking", WALKING, author=editor)
    assert blocking_rules(page) == [STATISTIC]
    output = StringIO()
    call_command("renormalise_claims", stdout=output)
    assert "1 of 1 approved claims renormalised" in output.getvalue()
    assert blocking_rules(page) == []


def test_renormalising_refuses_claims_that_would_collide(reviewer, approved):
    other = approve_claim(reviewer, "Walking helps.", [DOI_REFERENCE])
    ApprovedClaim.objects.filter(pk=other.pk).update(text=WALKING.upper())
    with pytest.raises(CommandError, match=f"claim #{other.pk} now matches claim #{approved.pk}"):
        call_command("renormalise_claims")
    assert ApprovedClaim.objects.get(pk=other.pk).normalised_text == "walking helps"
