"""The admin side: the library listing (read by all, changed by reviewers only) and the
finding actions the editor's findings panel links to (cite, approve, suggestions)."""

import pytest
from claimlibrary_testing import DOI_REFERENCE, WALKING, ZINC, article, claim_findings, finding_of
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import ModelLogEntry, Page

from claimlibrary import library
from claimlibrary.actions import finding_actions
from claimlibrary.citing import attach_reference
from claimlibrary.models import ApprovedClaim
from review.models import FindingDecision


def action_url(name, page, finding):
    return reverse(f"claimlibrary:{name}", args=[page.pk, finding.fingerprint])


def denied(response) -> bool:
    """Wagtail's admin answers a permission refusal with a redirect to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def library_form(text, **reference):
    """POST data of the library's add form with one substantiating reference."""
    data = {"text": text, "notes": "", "active": "on",
            "references-TOTAL_FORMS": "1", "references-INITIAL_FORMS": "0",
            "references-MIN_NUM_FORMS": "1", "references-MAX_NUM_FORMS": "1000",
            "references-0-id": "", "references-0-ORDER": "1", "references-0-DELETE": ""}
    data.update({f"references-0-{name}": value for name, value in reference.items()})
    return data


def test_a_reviewer_adds_a_claim_in_the_library_admin_and_it_applies_everywhere(client, index, editor, reviewer):
    page = article(index, "walking", WALKING, author=editor)
    client.force_login(reviewer)
    response = client.post(reverse("claimlibrary_approvedclaim:add"),
                           library_form(WALKING, title="Walking trial", doi="10.1000/walk.1"))
    assert response.status_code == 302, response.content.decode()[-3000:]
    claim = ApprovedClaim.objects.get()
    assert claim.approved_by == reviewer and claim.normalised_text == library.normalise_claim(WALKING)
    assert [r.doi for r in claim.references.all()] == ["10.1000/walk.1"]
    assert ModelLogEntry.objects.filter(action=library.APPROVE_ACTION, user=reviewer).exists()
    finding = finding_of(page, "claim.uncited-statistic")
    assert FindingDecision.objects.get(fingerprint=finding.fingerprint).reason.startswith(
        f"Matches approved claim #{claim.pk}")

    listing = client.get(reverse("claimlibrary_approvedclaim:index"))
    assert listing.status_code == 200 and "Daily walking lowers blood pressure" in listing.content.decode()
    found = client.get(reverse("claimlibrary_approvedclaim:index"), {"q": "walking"}).content.decode()
    missed = client.get(reverse("claimlibrary_approvedclaim:index"), {"q": "sunscreen"}).content.decode()
    assert "Daily walking lowers blood pressure" in found and "Daily walking lowers blood pressure" not in missed

    # Deactivating it in the edit form withdraws the automatic approval.
    edit = library_form(WALKING, title="Walking trial", doi="10.1000/walk.1")
    edit.update({"references-INITIAL_FORMS": "1", "references-0-id": str(claim.references.get().pk)})
    del edit["active"]
    assert client.post(reverse("claimlibrary_approvedclaim:edit", args=[claim.pk]), edit).status_code == 302
    assert FindingDecision.objects.get(fingerprint=finding.fingerprint).lapsed_at is not None


def test_the_library_form_needs_a_reference_with_a_source_and_a_new_claim(client, reviewer):
    client.force_login(reviewer)
    response = client.post(reverse("claimlibrary_approvedclaim:add"), library_form(WALKING, title="No source"))
    assert response.status_code == 200 and "DOI, PubMed id or URL" in response.content.decode()
    library.approve_claim(reviewer, WALKING, [DOI_REFERENCE])
    response = client.post(reverse("claimlibrary_approvedclaim:add"),
                           library_form(WALKING.upper(), title="T", pmid="123"))
    assert response.status_code == 200 and "already in the library" in response.content.decode()
    assert ApprovedClaim.objects.count() == 1


def test_editors_read_the_library_but_cannot_change_it(client, index, editor, reviewer):
    claim = library.approve_claim(reviewer, WALKING, [DOI_REFERENCE])
    page = article(index, "walking", "Daily walking lowers blood pressure in 40% of adults.")
    client.force_login(editor)
    assert client.get(reverse("claimlibrary_approvedclaim:index")).status_code == 200
    assert denied(client.get(reverse("claimlibrary_approvedclaim:add")))
    assert denied(client.post(reverse("claimlibrary_approvedclaim:add"),
                              library_form(ZINC, title="T", doi="10.1000/z")))
    assert denied(client.post(reverse("claimlibrary_approvedclaim:edit", args=[claim.pk]),
                              library_form("Changed", title="T", doi="10.1000/z")))
    finding = finding_of(page, "claim.uncited-statistic")
    assert denied(client.get(action_url("approve", page, finding)))
    assert denied(client.post(action_url("approve", page, finding), {"doi": "10.1000/x", "title": "T"}))
    assert list(ApprovedClaim.objects.values_list("text", flat=True)) == [WALKING]


def test_a_reviewer_approves_a_claim_from_the_finding_page(client, index, editor, reviewer):
    page = article(index, "walking", WALKING, author=editor)
    finding = finding_of(page, "claim.uncited-statistic")
    client.force_login(reviewer)
    form = client.get(action_url("approve", page, finding))
    assert form.status_code == 200 and WALKING in form.content.decode()

    response = client.post(action_url("approve", page, finding),
                           {"title": "Walking trial", "pmid": "33000001", "notes": "Adults only."})

    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    claim = ApprovedClaim.objects.get()
    assert claim.notes == "Adults only." and claim.references.get().pmid == "33000001"
    assert FindingDecision.objects.filter(fingerprint=finding.fingerprint, decision="approve").exists()


def test_the_finding_page_shows_errors_and_keeps_the_input(client, index, editor, reviewer):
    page = article(index, "walking", WALKING, author=editor)
    finding = finding_of(page, "claim.uncited-statistic")
    client.force_login(reviewer)
    response = client.post(action_url("approve", page, finding), {"title": "No source", "notes": "kept"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "DOI, PubMed id or URL" in body and "kept" in body
    assert not ApprovedClaim.objects.exists()


def test_an_editor_cites_a_reference_from_the_finding_page(client, index, editor):
    page = article(index, "zinc", ZINC, references=[DOI_REFERENCE])
    finding = finding_of(page, "claim.uncited")
    client.force_login(editor)
    form = client.get(action_url("attach", page, finding))
    assert form.status_code == 200 and DOI_REFERENCE["title"] in form.content.decode()

    response = client.post(action_url("attach", page, finding) + "?next=/admin/pages/", {"reference": "1"})

    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    content = Page.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert content.body[0].value.source == "<p>Zinc supplements speed up wound healing [1].</p>"
    assert claim_findings(page) == []


def test_citing_a_new_reference_from_the_finding_page(client, index, editor):
    page = article(index, "zinc", ZINC)
    finding = finding_of(page, "claim.uncited")
    client.force_login(editor)
    missing_title = client.post(action_url("attach", page, finding), {"reference": "new", "doi": "10.1000/z"})
    assert missing_title.status_code == 200 and "title" in missing_title.content.decode()
    response = client.post(action_url("attach", page, finding),
                           {"reference": "new", "title": "Zinc trial", "doi": "10.1000/z", "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    content = Page.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert [r.doi for r in content.references.all()] == ["10.1000/z"]


def test_suggestions_as_json_for_the_findings_panel(client, index, editor, reviewer):
    claim = library.approve_claim(reviewer, WALKING, [DOI_REFERENCE])
    page = article(index, "near", "Daily walking lowers blood pressure in 40% of adults.")
    finding = finding_of(page, "claim.uncited-statistic")
    client.force_login(editor)
    data = client.get(action_url("suggestions", page, finding)).json()
    assert data["library_finding"] is True
    assert [(s["claim_id"], s["exact"]) for s in data["suggestions"]] == [(claim.pk, False)]
    assert data["suggestions"][0]["references"][0]["doi"] == DOI_REFERENCE["doi"]
    assert not FindingDecision.objects.filter(page=page).exists()


@pytest.mark.parametrize("name", ["attach", "approve", "suggestions"])
def test_finding_pages_are_not_found_for_unknown_findings_and_closed_to_outsiders(client, index, make_user, name):
    page = article(index, "zinc", ZINC)
    finding = finding_of(page, "claim.uncited")
    client.force_login(make_user("reviewer", "Compliance reviewers"))
    assert client.get(reverse(f"claimlibrary:{name}", args=[page.pk, "0" * 20])).status_code == 404
    # An admin user with no permission on the page (and not a reviewer).
    viewers = Group.objects.create(name="Admin viewers")
    viewers.permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(make_user("outsider", "Admin viewers"))
    assert denied(client.get(action_url(name, page, finding)))
    client.logout()
    assert client.get(action_url(name, page, finding))["Location"].startswith("/admin/login/")


def test_library_actions_read_clearly_in_the_page_and_claim_history(client, index, editor, reviewer):
    page = article(index, "walking", WALKING, ZINC, references=[DOI_REFERENCE], author=editor)
    claim = library.approve_claim(reviewer, WALKING, [DOI_REFERENCE])
    attach_reference(page, finding_of(page, "claim.uncited", "Zinc"), 1, user=editor)
    library.deactivate_claim(claim, reviewer, "Superseded.")
    client.force_login(reviewer)

    page_history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert "Automatically approved finding claim.uncited-statistic" in page_history
    assert f"Matches approved claim #{claim.pk}" in page_history
    assert "Cited reference [1]" in page_history
    assert "Withdrew the automatic approval of finding claim.uncited-statistic" in page_history
    claim_history = client.get(reverse("claimlibrary_approvedclaim:history", args=[claim.pk])).content.decode()
    assert f"Approved claim #{claim.pk}" in claim_history and f"Deactivated approved claim #{claim.pk}" in claim_history


def test_finding_actions_offer_what_the_user_may_do(index, editor, reviewer):
    page = article(index, "walking", "This cream cures acne.", WALKING, summary=ZINC)
    statistic = finding_of(page, "claim.uncited-statistic")
    promise = finding_of(page, "claim.absolute-promise")
    in_summary = finding_of(page, "claim.uncited", "Zinc")
    assert set(finding_actions(page, statistic, editor)) == {"cite", "suggestions"}
    assert set(finding_actions(page, statistic, reviewer)) == {"cite", "approve", "suggestions"}
    assert finding_actions(page, statistic, reviewer)["cite"] == action_url("attach", page, statistic)
    assert set(finding_actions(page, promise, reviewer)) == {"cite", "suggestions"}
    assert set(finding_actions(page, in_summary, reviewer)) == {"approve", "suggestions"}


def test_rewording_a_claim_is_a_new_approval_that_moves_its_automatic_approvals(client, index, editor, make_user):
    first = make_user("first", "Compliance reviewers")
    second = make_user("second", "Compliance reviewers")
    claim = library.approve_claim(first, WALKING, [DOI_REFERENCE])
    old_page = article(index, "old", WALKING, author=editor)
    reworded = "Daily walking lowers blood pressure in 60% of older adults."
    new_page = article(index, "new", reworded, author=editor)
    assert FindingDecision.objects.filter(page=old_page, lapsed_at__isnull=True).exists()

    client.force_login(second)
    edit = library_form(reworded, title=DOI_REFERENCE["title"], doi=DOI_REFERENCE["doi"])
    edit.update({"references-INITIAL_FORMS": "1", "references-0-id": str(claim.references.get().pk)})
    assert client.post(reverse("claimlibrary_approvedclaim:edit", args=[claim.pk]), edit).status_code == 302

    claim.refresh_from_db()
    assert claim.approved_by == second and claim.text == reworded
    assert not FindingDecision.objects.filter(page=old_page, lapsed_at__isnull=True).exists()
    assert FindingDecision.objects.get(page=new_page).reason.startswith(f"Matches approved claim #{claim.pk}")
