"""Absolute or guaranteed outcomes, flagged whether cited or not."""

from collections.abc import Iterable

from validators.claims.base import ClaimRule
from validators.claims.lexicon import lexicon_for
from validators.claims.profiles import profile_severity
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register


@register
class AbsolutePromise(ClaimRule):
    """An absolute or guaranteed health outcome ("cures", "100% effective", "no side effects"), a cure
    promised as how-to ("how to reverse arthritis naturally").

    What it does: flags wording that promises a certain or risk-free outcome (a cure, a guarantee,
    100%, no side effects, never again) and cure promises put as how-to, in any profile, cited or
    not.
    Why is this bad? No treatment is certain to work or free of risk, so a promise that it is misleads
    readers; regulators treat such wording as unsubstantiable. A citation does not fix it:
    the wording must change.
    Example: "Oral ivermectin is a safe alternative with no side effects." -> "side effects
    are usually mild", and cite.
    """

    id = "claim.absolute-promise"
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterable[Finding]:
        lexicon = lexicon_for(tuple(self.config.vocabulary_dirs))
        softer = lexicon.softer
        for claim in self.claims(document).claims:
            severity = profile_severity(self.config, lexicon.profiles, self.id, claim.classification)
            if severity is None:
                continue
            for cue in claim.classification.absolute:
                advice = "Soften it (e.g. 'may help', 'side effects are usually mild')"
                advice += "." if claim.support.cited else " and cite a peer-reviewed source."
                kind = claim.classification.claim_kind or "health"
                message = (f"Absolute promise in this {kind} claim: “{cue.text}” "
                           f"guarantees an outcome no treatment can; a citation does not make it acceptable. {advice}")
                replacement = softer.get(" ".join(cue.text.lower().split()))
                yield self.finding(
                    document, claim.start + cue.start, claim.start + cue.end, message,
                    suggestions=[Suggestion(replacement)] if replacement else [], severity=severity,
                    details=claim.details(trigger="absolute"),
                )
