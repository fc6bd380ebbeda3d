"""Claims without support: appeals to unnamed evidence, uncited statistics and timelines,
and other uncited health claims.

A sentence gets at most one of these findings: the most specific enabled rule wins
(unnamed evidence, then statistic, then timeline, then the general rule), so a reviewer
sees one "needs a citation" item per sentence with the reason that matters most.
"""

from collections.abc import Iterable

from validators.claims.analysis import ClaimSentence, rule_enabled
from validators.claims.base import ClaimRule
from validators.claims.classify import Cue
from validators.claims.lexicon import lexicon_for
from validators.claims.profiles import profile_severity
from validators.document import Document
from validators.findings import Finding, Severity
from validators.registry import register

# Most specific first; the rules of SELLING_RULES cover citing in their own messages.
_PRIORITY = ("claim.unnamed-evidence", "claim.uncited-statistic", "claim.uncited-timeline", "claim.uncited")
SELLING_RULES = ("claim.absolute-promise", "claim.superlative", "claim.unlawful-supply")
# The rules whose finding the veto model (veto.py) drops on a sentence it reads as no claim.
VETOED_RULES = ("claim.unnamed-evidence", "claim.uncited-statistic", "claim.uncited-timeline")


class _UncitedRule(ClaimRule):

    def check(self, document: Document) -> Iterable[Finding]:
        profiles = lexicon_for(tuple(self.config.vocabulary_dirs)).profiles
        for claim in self.claims(document).claims:
            if claim.support.cited:
                continue
            severity = self._owns(claim, profiles)
            if severity is not None:
                yield from self.findings_for(document, claim, severity)

    def _owns(self, claim: ClaimSentence, profiles) -> Severity | None:
        """This rule's severity for the claim, when it is the most specific enabled rule its profile reports."""
        for rule_id in _PRIORITY:
            if rule_id == "claim.uncited" and self._sold(claim, profiles):
                return None  # a promise, superlative or unlawful offer is reported by its own rule
            severity = profile_severity(self.config, profiles, rule_id, claim.classification)
            if rule_enabled(self.config, rule_id) and severity is not None:
                if claim.classification.vetoed and (rule_id in VETOED_RULES or claim.classification.on_selling_page):
                    return None  # read as no claim (veto.py): on an information page, or any citation rule on a
                    # page that sells (`veto.apply_on_selling_page`)
                return severity if rule_id == self.id else None
        return None

    def _sold(self, claim: ClaimSentence, profiles) -> bool:
        return any(rule_enabled(self.config, rule_id)
                   and profile_severity(self.config, profiles, rule_id, claim.classification) is not None
                   for rule_id in SELLING_RULES)

    def findings_for(self, document: Document, claim: ClaimSentence, severity: Severity) -> Iterable[Finding]:
        raise NotImplementedError

    def cue_finding(self, document: Document, claim: ClaimSentence, cue: Cue, message: str,
                    severity: Severity) -> Finding:
        return self.finding(document, claim.start + cue.start, claim.start + cue.end, message + _weak_note(claim),
                            severity=severity, details=claim.details(trigger=cue.kind))


def _weak_note(claim: ClaimSentence) -> str:
    weak = claim.support.weak_references
    if not weak:
        return ""
    numbers = ", ".join(f"[{r.number}]" for r in weak)
    return f" The cited reference {numbers} has no DOI, PubMed id or source link, so it does not count as support."


def _kind(claim: ClaimSentence) -> str:
    return claim.classification.claim_kind or "health"


@register
class UnnamedEvidence(_UncitedRule):
    """Appeal to unnamed evidence without a citation ("studies show", "a recent study").

    What it does: flags an appeal to research, experts, doctors or a crowd ("studies show",
    "clinically proven", "doctors recommend") that names no source a reader can check.
    Why is this bad? "research has shown" asks readers to trust evidence they cannot check; the FTC's
    standard is competent and reliable scientific evidence, which means a named, citable
    source. A journal named without a citation is the same problem.
    Example: "Research has shown that Accutane can cause dryness." -> cite the study.
    """

    id = "claim.unnamed-evidence"
    severity = Severity.ERROR

    def findings_for(self, document, claim, severity):
        cue = claim.classification.evidence[0]
        if cue.kind == "journal":
            message = (f"A journal is named (“{cue.text}”) but the article is not cited. Link the article "
                       f"(DOI or PubMed) or add it to the references and cite it with a marker such as [1].")
        else:
            message = (f"Appeal to unnamed evidence: “{cue.text}” points to research, but this {_kind(claim)} "
                       f"claim cites none. Add a citation to the peer-reviewed source (a reference with a DOI or "
                       f"PubMed id, or a link to the paper), or remove the appeal to research.")
        yield self.cue_finding(document, claim, cue, message, severity)


@register
class UncitedStatistic(_UncitedRule):
    """A statistic about a health outcome without a citation ("cured 95% of patients").

    What it does: flags a figure (a percentage, "1 in N", "doubles your chance") in a claim about a
    health outcome when the sentence carries no citation.
    Why is this bad? Numbers are what readers remember and act on; an uncited figure cannot be checked
    and is often wrong or out of date. An efficacy figure blocks in both profiles; a
    population or risk figure is a warning on a page that sells (a selling point) and not
    reported on an information page (an agency's own figures).
    Example: "1 in 5 users saw clearer skin." -> cite the study the figure comes from.
    """

    id = "claim.uncited-statistic"
    severity = Severity.ERROR

    def findings_for(self, document, claim, severity):
        cue = claim.classification.statistics[0]
        message = (f"Uncited statistic in this {_kind(claim)} claim: “{cue.text}” is a figure readers will rely on. "
                   f"Add a citation to the source of the figure (a peer-reviewed study or a health agency), "
                   f"or remove the number.")
        yield self.cue_finding(document, claim, cue, message, severity)


@register
class UncitedTimeline(_UncitedRule):
    """A timeline of effect without a citation ("within 1 week", "6 months post-treatment").

    What it does: flags a time of effect ("within 1 week", "by week three") in a claim of what a
    treatment does, when the sentence carries no citation.
    Why is this bad? A timeline sets readers' expectations of when a treatment works; an unsupported
    one leads people to stop too early or wait too long.
    Example: "Our gel clears acne within 1 week." -> cite the trial that measured it.
    """

    id = "claim.uncited-timeline"
    severity = Severity.ERROR

    def findings_for(self, document, claim, severity):
        cue = claim.classification.timelines[0]
        message = (f"Uncited timeline of effect: “{cue.text}” tells readers when to expect an effect. Cite the "
                   f"study that measured it, or soften it (e.g. 'some people notice changes after several weeks') "
                   f"and cite.")
        yield self.cue_finding(document, claim, cue, message, severity)


@register
class UncitedClaim(_UncitedRule):
    """A benefit claim with no citation (a link to a recognised source or a reference marker).

    What it does: flags a sentence that asserts a benefit or effect of a treatment, product or
    behaviour when it carries no citation; the profile decides which kinds of claim are reported. On a page that
    sells, a sentence no phrase rule reads as a claim that the statistical model (`statistical`, trained on our
    labelled sentences) scores as one at its threshold, and that names a health outcome, treatment or product, is a
    promoted benefit too ("Mornings without stiffness, evenings without aches").
    Why is this bad? A statement of what a treatment, product or behaviour does for health made while
    selling needs substantiation a reviewer can check (the MLR standard of the promotional
    profile). A warning: the reviewer decides. Plain statements of what a medicine does on an
    information page, warnings, instructions and facts about a disease are not reported.
    Example: "Zinc speeds up wound healing." -> add a citation, or soften to "may help" and cite.
    """

    id = "claim.uncited"
    severity = Severity.WARNING

    def findings_for(self, document, claim, severity):
        message = (f"Uncited health claim ({_kind(claim)}): this sentence states an effect on health but cites "
                   f"no source. Add a citation to a peer-reviewed source or a health agency, or soften it to "
                   f"'may help' and cite.")
        yield self.finding(document, claim.start, claim.end, message + _weak_note(claim), severity=severity,
                           details=claim.details(trigger="claim"))
