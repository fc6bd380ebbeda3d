"""Selling claims no source can make acceptable: superlatives and exclusive comparisons, and
prescription-only medicines offered without a prescription."""

from collections.abc import Iterable

from validators.claims.base import ClaimRule
from validators.claims.lexicon import lexicon_for
from validators.claims.profiles import profile_severity
from validators.document import Document
from validators.findings import Finding, Severity
from validators.registry import register


class _CueRule(ClaimRule):
    cue_list = ""

    def check(self, document: Document) -> Iterable[Finding]:
        profiles = lexicon_for(tuple(self.config.vocabulary_dirs)).profiles
        for claim in self.claims(document).claims:
            severity = profile_severity(self.config, profiles, self.id, claim.classification)
            if severity is None:
                continue
            for cue in getattr(claim.classification, self.cue_list):
                yield self.finding(document, claim.start + cue.start, claim.start + cue.end, self.message(cue.text),
                                   severity=severity, details=claim.details(trigger=cue.kind))

    def message(self, text: str) -> str:
        raise NotImplementedError


@register
class Superlative(_CueRule):
    """A superlative or an exclusive comparison ("the strongest treatment available", "nothing else works as well").

    What it does: flags wording that ranks a product above every other ("the best cream for
    eczema", "the only treatment that ...").

    Why is this bad? A claim of superiority over all alternatives needs head-to-head evidence
    against every one of them, which does not exist; advertising codes (CAP, FDA, FTC) treat such
    wording as misleading. A citation rarely fixes it: the wording must change.

    Example: "It is the best immune supplement on the market." -> "It contains vitamin C and zinc",
    with any benefit claim cited.
    """

    id = "claim.superlative"
    severity = Severity.ERROR
    cue_list = "superlatives"

    def message(self, text):
        return (f"Superlative or exclusive claim: “{text}” ranks this above every alternative, which no study "
                f"shows. State what it does, with a source, instead of ranking it.")


@register
class UnlawfulSupply(_CueRule):
    """A prescription-only medicine offered without a prescription ("order it online, no prescription needed").

    What it does: flags an offer to supply a prescription-only medicine ("buy sildenafil without a
    prescription") with no prescriber in the way.

    Why is this bad? Supplying a prescription-only medicine without a prescription is unlawful
    (UK Human Medicines Regulations, US FD&C Act) and puts buyers at risk: nobody checks who
    should not take it. For a compliance reviewer it is the most serious finding on a page.

    Example: "Get semaglutide without a prescription." -> "Our prescribers assess whether
    semaglutide is suitable for you before it is prescribed."
    """

    id = "claim.unlawful-supply"
    severity = Severity.ERROR
    cue_list = "supply"

    def message(self, text):
        return (f"Prescription-only medicine offered without a prescription: “{text}”. Supplying it without a "
                f"prescription is unlawful; say that a prescriber assesses each patient, or remove the offer.")
