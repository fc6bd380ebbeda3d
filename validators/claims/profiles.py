"""Claim policy profiles: which kinds of claim finding a profile reports, at what severity.

`promotional` (the default) is the MLR standard for marketing copy: every benefit claim made
while selling needs a source. `editorial` is for public-health information: it reports
promises, unnamed evidence, uncited efficacy numbers and timelines of effect, superlatives and
unlawful supply, not plain statements of what a medicine does. The table is data:
validators/data/claims_profiles.yaml.
"""

from validators.claims.classify import Classification
from validators.config import Config
from validators.findings import Severity

# claim rule -> the kind of finding it makes of a sentence (None: the rule does not apply)
_KIND = {
    "claim.absolute-promise": lambda c: "absolute" if c.absolute else None,
    "claim.unnamed-evidence": lambda c: _appeal_kind(c) if c.evidence else None,
    "claim.uncited-statistic": lambda c: _statistic_kind(c) if c.statistics else None,
    "claim.uncited-timeline": lambda c: _timeline_kind(c) if c.timelines and c.is_claim else None,
    "claim.superlative": lambda c: "superlative" if c.superlatives else None,
    "claim.unlawful-supply": lambda c: "unlawful-supply" if c.supply else None,
    "claim.uncited": lambda c: _benefit_kind(c) if c.is_claim else None,
}


def _appeal_kind(classification: Classification) -> str:
    """`unnamed-evidence` on a page that sells; `information-unnamed-evidence` on a page that sells nothing.

    What it does: an appeal to unnamed evidence ("Research shows that ...") on a page that sells nothing is its own
    kind, which a profile may report at a lower severity than the same appeal in sales copy.
    Why is this bad? A public-health page that states the consensus as "Research shows that people who keep taking it
    have fewer flares" needs a reviewer to add the source, but it is not the deceptive appeal of sales copy ("Studies
    show our tea melts fat"); blocking it blocked one clean professional page in four under the editorial profile.
    Example: "Studies have found that regular exercise lowers blood pressure" on a health service's page is
    `information-unnamed-evidence`; "Studies show ImmunoMax halves colds. Order now" stays `unnamed-evidence`.
    """
    return "unnamed-evidence" if classification.on_selling_page else "information-unnamed-evidence"


def _benefit_kind(classification: Classification) -> str:
    if classification.on_information_page and not classification.sold:
        # "Honey can help soothe a cough", "Ibuprofen works better than paracetamol for period pain", "Our
        # physiotherapists will help you get moving again" on a health service's page: its plain statements
        return "consensus-benefit"
    if classification.register == "consensus" and classification.on_selling_page:
        return "promoted-benefit"  # sales copy, though it names no seller
    return "comparison" if classification.register == "comparison" else f"{classification.register}-benefit"


def _statistic_kind(classification: Classification) -> str:
    if classification.on_selling_page:
        return f"{classification.statistic_kind}-statistic"
    if classification.statistic_kind != "efficacy":
        return f"{classification.statistic_kind}-fact"  # a figure about a disease in plain information
    return "consensus-statistic" if _consensus(classification) else "efficacy-statistic"


def _timeline_kind(classification: Classification) -> str:
    if not _consensus(classification):
        return "effect-timeline"
    # "Symptoms usually start to improve within 1 to 2 days of starting treatment": a disease's usual course
    if classification.typical:
        return "typical-timeline"
    # "The steroid starts to work within a few hours" on a health service's page: what its publisher states as consensus
    return "information-timeline" if classification.on_information_page else "consensus-timeline"


def _consensus(classification: Classification) -> bool:
    """A plain statement about a medicine, vaccine or behaviour on a page that sells nothing."""
    return classification.register == "consensus" and not classification.on_selling_page


def profile_severity(config: Config, profiles: dict[str, dict[str, str]], rule_id: str,
                     classification: Classification) -> Severity | None:
    """The severity `rule_id` reports `classification` at under the configured profile; None: not reported."""
    kind = _KIND[rule_id](classification)
    if kind is None:
        return None
    level = profiles[config.claim_profile].get(kind, "off")
    return None if level == "off" else Severity(level)
