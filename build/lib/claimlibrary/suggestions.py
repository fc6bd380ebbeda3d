"""`suggest_approved_claims`: library claims like a sentence, for the reviewer to consider.

An exact match (after normalisation) is listed first with `exact=True` — it is accepted
automatically already. Near matches are suggestions only; nothing here records a decision.
"""

from dataclasses import dataclass

from claimlibrary.models import ApprovedClaim
from claimlibrary.similarity import THRESHOLD, rank
from validators.claims.normalise import normalise_claim


@dataclass(frozen=True)
class ClaimSuggestion:
    claim: ApprovedClaim
    score: float
    exact: bool
    added: tuple[str, ...] = ()  # words the library claim has and the sentence lacks
    missing: tuple[str, ...] = ()  # words of the sentence the library claim lacks

    def as_dict(self) -> dict:
        return {
            "claim_id": self.claim.pk, "text": self.claim.text, "score": self.score, "exact": self.exact,
            "added_words": list(self.added), "missing_words": list(self.missing),
            "references": [reference.as_fields() for reference in self.claim.references.all()],
        }


def suggest_approved_claims(sentence: str, limit: int = 3, threshold: float = THRESHOLD) -> list[ClaimSuggestion]:
    """Up to `limit` active library claims whose similarity to `sentence` is at least
    `threshold`, best first."""
    return suggest_for_sentences([sentence], limit, threshold)[sentence]


def suggest_for_sentences(sentences, limit: int = 3, threshold: float = THRESHOLD) -> dict[str, list[ClaimSuggestion]]:
    """`suggest_approved_claims` for many sentences, reading the library once."""
    library = {claim.pk: claim for claim in ApprovedClaim.objects.filter(active=True).prefetch_related("references")}
    by_text = {claim.normalised_text: claim for claim in library.values()}
    candidates = [(claim.pk, claim.normalised_text) for claim in library.values()]
    results = {}
    for sentence in sentences:
        exact = by_text.get(normalise_claim(sentence))
        found = [ClaimSuggestion(exact, 1.0, True)] if exact is not None else []
        for pk, comparison in rank(sentence, candidates, threshold, limit + len(found)):
            if exact is None or pk != exact.pk:
                found.append(ClaimSuggestion(library[pk], comparison.score, False, comparison.added,
                                             comparison.missing))
        results[sentence] = found[:limit]
    return results
