"""Fair balance: an article that mentions a prescription drug with serious label risks
must state those risks."""

import bisect
from collections.abc import Iterable

from validators.claims.base import ClaimRule
from validators.claims.lexicon import Drug, lexicon_for
from validators.claims.matching import TOKEN, Probe
from validators.document import BlockKind, Document
from validators.findings import Finding, Severity
from validators.registry import register


@register
class FairBalance(ClaimRule):
    """A prescription drug with serious label risks is discussed without stating them.

    Why: FDA's fair-balance rule for drug promotion requires the main risks to accompany
    claims about a prescription drug; a patient reading about isotretinoin must learn that
    it causes birth defects and may affect mental health. The drug -> risk topics list is
    data (claims_fair_balance.yaml) that reviewers extend.
    Example: an Accutane article that never mentions pregnancy -> "add the pregnancy warning".
    """

    id = "claim.fair-balance"
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterable[Finding]:
        lexicon = lexicon_for(tuple(self.config.vocabulary_dirs))
        analysis = self.claims(document)
        skipped = analysis.references.blocks
        lower = " ".join(TOKEN.findall(document.text.lower().replace("’", "'")))
        drugs = [d for d in lexicon.drugs if any(needle in lower for needle in d.needles)]
        probe = Probe(document.text) if drugs else None
        for drug in drugs:
            mentions = self._mentions(document, probe, drug, analysis, skipped)
            if not mentions:
                continue
            used: set[tuple[int, int]] = set()
            for index, topic in enumerate(drug.risks):
                if self._covered(document, probe, topic.covered_by, skipped):
                    continue
                start, end = self._place(document, mentions, index, used)
                named = document.text[mentions[0][0] : mentions[0][1]]
                message = (f"Fair balance: the article discusses {drug.label} ({named}), a prescription drug whose "
                           f"label carries serious risks, but never mentions {topic.label}. To resolve, "
                           f"{topic.resolve}.")
                yield self.finding(document, start, end, message,
                                   details={"claim_kind": "fair-balance", "drug": drug.key, "topic": topic.key})

    @staticmethod
    def _covered(document: Document, probe: Probe, words, skipped: set[int]) -> bool:
        """Whether the article's text (headings included, its reference list not) names the topic."""
        starts = [b.start for b in document.blocks]
        return any(bisect.bisect_right(starts, start) - 1 not in skipped for start, _ in words.spans(probe))

    @staticmethod
    def _place(document: Document, mentions: list[tuple[int, int]], index: int,
               used: set[tuple[int, int]]) -> tuple[int, int]:
        """Topic N sits on the drug's Nth mention, so each finding keeps its place (and fingerprint)
        when another topic is fixed; with fewer mentions than topics, the mention's sentence is used."""
        span = mentions[min(index, len(mentions) - 1)]
        if span in used:
            sentence = document.sentence_at(span[0])
            span = (sentence.start, sentence.end) if sentence else span
        used.add(span)
        return span

    @staticmethod
    def _mentions(document: Document, probe: Probe, drug: Drug, analysis, skipped: set[int]) -> list[tuple[int, int]]:
        """The drug's mentions in body text, those inside claims first (where a reviewer expects the risks)."""
        claims = [(c.start, c.end) for c in analysis.claims]
        in_claims, elsewhere = [], []
        for span in drug.names.spans(probe):
            sentence = document.sentence_at(span[0])
            if sentence is None or sentence.block in skipped:
                continue
            if document.blocks[sentence.block].kind is BlockKind.HEADING:
                continue
            inside = any(a <= span[0] < b for a, b in claims)
            (in_claims if inside else elsewhere).append(span)
        return in_claims + elsewhere
