"""The approved-claims library: claim sentences a Compliance reviewer has verified, with
the references that substantiate them, and the automatic approvals they gave."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from pages.models import CitationSource
from validators.claims.normalise import normalise_claim

MAX_CLAIM_LENGTH = 1000


class ApprovedClaim(ClusterableModel):
    """A claim sentence approved as substantiated. The same claim (equal `normalised_text`)
    found anywhere is approved automatically while the entry is active."""

    text = models.TextField(max_length=MAX_CLAIM_LENGTH, validators=[MaxLengthValidator(MAX_CLAIM_LENGTH)],
                            help_text="The claim sentence as approved.")
    normalised_text = models.CharField(
        max_length=MAX_CLAIM_LENGTH, unique=True, editable=False,
        help_text="The sentence as matched: lower case, single spaces, plain quotes, no markers or end punctuation.",
    )
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    editable=False, related_name="+")
    approved_at = models.DateTimeField(default=timezone.now, editable=False)
    notes = models.TextField(blank=True, help_text="Scope and conditions of the approval, for other reviewers.")
    active = models.BooleanField(default=True, help_text="Inactive claims are no longer accepted automatically.")
    source_page = models.ForeignKey("wagtailcore.Page", on_delete=models.SET_NULL, null=True, blank=True,
                                    editable=False, related_name="+", help_text="The page it was approved from.")

    class Meta:
        ordering = ["-approved_at", "-id"]
        verbose_name = "approved claim"

    def __str__(self):
        return f"#{self.pk}: {self.text[:80]}"

    def clean(self):
        super().clean()
        self.normalised_text = normalise_claim(self.text or "")
        if not self.normalised_text:
            raise ValidationError({"text": "Enter the claim sentence."})
        clash = ApprovedClaim.objects.filter(normalised_text=self.normalised_text).exclude(pk=self.pk).first()
        if clash is not None:
            raise ValidationError({"text": f"This claim is already in the library as claim #{clash.pk}"
                                           f"{'' if clash.active else ' (inactive: reactivate it instead)'}."})

    def save(self, *args, **kwargs):
        self.normalised_text = normalise_claim(self.text or "")
        super().save(*args, **kwargs)


class ApprovedClaimReference(CitationSource, Orderable):
    """One source substantiating an approved claim (the same fields as an article reference)."""

    claim = ParentalKey(ApprovedClaim, on_delete=models.CASCADE, related_name="references")

    class Meta(Orderable.Meta):
        verbose_name = "substantiating reference"


class AutomaticApproval(models.Model):
    """Links an approve decision recorded by the library to the claim that justified it, so
    deactivating the claim withdraws exactly those decisions."""

    decision = models.OneToOneField("review.FindingDecision", on_delete=models.CASCADE,
                                    related_name="approved_claim_link")
    claim = models.ForeignKey(ApprovedClaim, on_delete=models.PROTECT, related_name="automatic_approvals")

    def __str__(self):
        return f"decision {self.decision_id} by claim #{self.claim_id}"
