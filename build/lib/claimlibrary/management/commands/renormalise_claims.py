"""Recompute the matching form of every library claim after `normalise_claim` changed.

Claims are matched on their stored normalised text (an indexed column), so a change to the
normaliser needs this once; it reports claims that now collide instead of merging them.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from claimlibrary.library import apply_claims
from claimlibrary.models import ApprovedClaim
from validators.claims.normalise import normalise_claim


class Command(BaseCommand):
    help = "Recompute the normalised text of every approved claim (after the claim normaliser changed)."

    @transaction.atomic
    def handle(self, *args, **options):
        claims = list(ApprovedClaim.objects.order_by("pk"))
        wanted = {claim.pk: normalise_claim(claim.text) for claim in claims}
        owners: dict[str, int] = {}
        clashes = []
        for claim in claims:
            owner = owners.setdefault(wanted[claim.pk], claim.pk)
            if owner != claim.pk:
                clashes.append(f"claim #{claim.pk} now matches claim #{owner}")
        if clashes:
            raise CommandError("Nothing changed; edit one claim of each pair first: " + "; ".join(clashes) + ".")
        changed = [claim for claim in claims if claim.normalised_text != wanted[claim.pk]]
        # Two passes, so swapping forms between claims never trips the unique index (a normalised
        # form never starts with a space, so the placeholders collide with nothing).
        for claim in changed:
            ApprovedClaim.objects.filter(pk=claim.pk).update(normalised_text=f" renormalising {claim.pk}")
        for claim in changed:
            claim.normalised_text = wanted[claim.pk]
            ApprovedClaim.objects.filter(pk=claim.pk).update(normalised_text=claim.normalised_text)
        apply_claims(changed)
        self.stdout.write(f"{len(changed)} of {len(claims)} approved claims renormalised.")
