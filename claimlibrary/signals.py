"""Apply the approved-claims library to every stored check run of a saved revision.

The review app checks each saved revision (in a task-queue worker, or at once in tests) and
sends `review.checks.revision_checked` with the stored run; this receiver then records
automatic approvals for claim findings that match the library, before any publish step
reads them.
"""

from django.dispatch import receiver

from claimlibrary.library import accept_approved_claims
from review.checks import revision_checked
from review.models import CheckRun


@receiver(revision_checked, sender=CheckRun, dispatch_uid="claimlibrary.accept_approved_claims")
def accept_on_checked_revision(sender, run: CheckRun, **kwargs):
    accept_approved_claims(run)
