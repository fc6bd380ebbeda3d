"""Fair balance: an article that mentions a prescription drug with serious label risks
must state those risks."""

from collections.abc import Iterable

from validators.claims.analysis import claims_of
from validators.claims.lexicon import Drug, lexicon_for
from validators.document import BlockKind, Document
from validators.findings import Category, Finding, Severity
from validators.registry import Rule, register


@register
class FairBalance(Rule):
    """A prescription drug with serious label risks is discussed without stating them.

    Why: FDA's fair-balance rule for drug promotion requires the main risks to accompany
    claims about a prescription drug; a patient reading about isotretinoin must learn that
    it causes birth defects and may affect mental health. The drug -> risk topics list is
    data (claims_fair_balance.yaml) that reviewers extend.
    Example: an Accutane article that never mentions pregnancy -> "add the pregnancy warning".
    """

    id = "claim.fair-balance"
    category = Category.CLAIM
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterable[Finding]:
        lexicon = lexicon_for(tuple(self.config.vocabulary_dirs))
        analysis = claims_of(document, self.config)
        skipped = analysis.references.blocks
        body = [b for i, b in enumerate(document.blocks) if i not in skipped]
        text = "\n".join(document.block_text(b) for b in body)
        for drug in lexicon.drugs:
            mention = self._mention(document, drug, analysis, skipped)
            if mention is None:
                continue
            start, end = mention
            named = document.text[start:end]
            for topic in drug.risks:
                if topic.covered_by.search(text):
                    continue
                message = (f"Fair balance: the article discusses {drug.label} ({named}), a prescription drug whose "
                           f"label carries serious risks, but never mentions {topic.label}. To resolve, "
                           f"{topic.resolve}.")
                yield self.finding(document, start, end, message,
                                   details={"claim_kind": "fair-balance", "drug": drug.key, "topic": topic.key})

    @staticmethod
    def _mention(document: Document, drug: Drug, analysis, skipped: set[int]) -> tuple[int, int] | None:
        """Where to show the finding: the drug's first mention in a claim, else its first mention in body text."""
        claims = [(c.start, c.end) for c in analysis.claims]
        first = None
        for match in drug.names.finditer(document.text):
            block = document.block_at(match.start())
            if block is None or block.kind is BlockKind.HEADING or document.blocks.index(block) in skipped:
                continue
            if any(a <= match.start() < b for a, b in claims):
                return match.span()
            first = first or match.span()
        return first
