"""Citation markers that resolve to nothing, and references that cannot support a claim."""

from collections.abc import Iterable

from validators.claims.base import ClaimRule
from validators.document import Document
from validators.findings import Finding, Severity
from validators.registry import register


@register
class DanglingCitation(ClaimRule):
    """A citation marker ([3], a superscript, a #ref link) that matches no reference entry.

    What it does: flags a citation marker in the text whose number or target has no entry in the
    page's reference list.
    Why is this bad? A marker that leads nowhere looks like support but is none; usually a reference
    was deleted or the numbering shifted.
    Example: "... clears acne [4]." with a three-entry reference list.
    """

    id = "claim.dangling-citation"
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterable[Finding]:
        analysis = self.claims(document)
        count = len(analysis.references.by_number)
        where = (f"the reference list has {count} entr{'y' if count == 1 else 'ies'}" if count
                 else "the article has no reference list")
        for item in analysis.dangling:
            marker = item.marker
            shown = document.text[marker.start : marker.end]
            message = (f"Citation marker “{shown}” points to no reference entry ({', '.join(item.missing)}); {where}. "
                       f"Fix the number or add the missing reference with its DOI, PubMed id or source link.")
            yield self.finding(document, marker.start, marker.end, message,
                               details={"claim_kind": "citation", "missing": item.missing})


@register
class ReferenceWithoutSource(ClaimRule):
    """A reference-list entry with no DOI, PubMed/PMC id or source link.

    What it does: flags each entry of a reference list that gives neither a DOI, a PubMed or PMC id
    nor a link to its source.
    Why is this bad? A claim is supported only if a reviewer can find the source; an entry without
    an identifier or link cannot be checked, so claims citing it count as uncited.
    Example: "1. Smith J. Acne and diet." -> add "doi:10.1001/..." or a PubMed link.
    """

    id = "claim.reference-without-source"
    severity = Severity.WARNING

    def check(self, document: Document) -> Iterable[Finding]:
        references = self.claims(document).references
        entries = {id(r): r for r in (*references.by_number.values(), *references.by_id.values())}
        for reference in sorted(entries.values(), key=lambda r: r.block):
            if reference.has_source:
                continue
            block = document.blocks[reference.block]
            message = (f"Reference {reference.number} has no DOI, PubMed id or source link, so claims citing it "
                       f"cannot be verified. Add its DOI, PubMed id or a link to the source.")
            yield self.finding(document, block.start, block.end, message,
                               details={"claim_kind": "reference", "reference": reference.number})
