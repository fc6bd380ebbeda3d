"""Apply the approved-claims library to every check run of a saved revision.

The review app's own post_save receiver on `Revision` (connected first: `review` comes
before `claimlibrary` in INSTALLED_APPS) stores the run; this one then records automatic
approvals for claim findings that match the library, before any publish step reads them.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Revision

from claimlibrary.library import accept_approved_claims
from review.models import CheckRun


@receiver(post_save, sender=Revision, dispatch_uid="claimlibrary.accept_approved_claims")
def accept_on_saved_revision(sender, instance: Revision, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and "content" not in update_fields):
        return
    run = CheckRun.objects.latest_of_revision(instance.pk)
    if run is not None:
        accept_approved_claims(run)
