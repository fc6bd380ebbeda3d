"""What a user can do about a finding with this app, as links for the editor's findings
panel: cite a reference, approve the claim into the library, fetch library suggestions."""

import re

from django.urls import reverse

from claimlibrary.library import is_library_finding
from review.decisions import is_reviewer

_CITABLE_ORIGIN = re.compile(r"^body\.\d+\.(?:value|items\.\d+|text)$")


def finding_actions(page, finding, user) -> dict[str, str]:
    """Action name -> admin URL, for the actions `user` may take on `finding` of `page`.

    - "cite": the finding is a claim in body text and the user can edit the page;
    - "approve": a claim the library resolves, and the user is a Compliance reviewer;
    - "suggestions": JSON of similar approved claims, for any claim finding.
    """
    if finding.category != "claim":
        return {}
    args = [page.pk, finding.fingerprint]
    actions = {"suggestions": reverse("claimlibrary:suggestions", args=args)}
    if _CITABLE_ORIGIN.match(finding.origin or "") and page.permissions_for_user(user).can_edit():
        actions["cite"] = reverse("claimlibrary:attach", args=args)
    if is_library_finding(finding) and is_reviewer(user):
        actions["approve"] = reverse("claimlibrary:approve", args=args)
    return actions
