"""Fair balance: where an article presents a prescription drug with serious label risks, it
must state those risks about the drug (where that is: validators.claims.fair_balance_scopes)."""

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from validators.claims.analysis import page_probe, page_words
from validators.claims.base import ClaimRule
from validators.claims.fair_balance_scopes import DrugScope, Mention, PageCues, scope_words
from validators.claims.function import PROMOTED, FunctionLexicon, is_dosing
from validators.claims.lexicon import Drug, RiskTopic, lexicon_for
from validators.claims.matching import Probe
from validators.claims.outline import Outline
from validators.document import BlockKind, Document
from validators.findings import Finding, Severity
from validators.registry import register

# What a sentence does when it only directs: how to take the drug, or a warning about it (function.py).
_DIRECTING = frozenset(("dosing", "warning", "negative"))
_INSTRUCTING = frozenset(("instruction", "advice"))  # when they forbid or offer no benefit
_PROHIBITION = re.compile(r"\s*(?:do\s+not|don['’]t|never)\b", re.IGNORECASE)  # "Do not stop taking it suddenly"
# The reader's own medicine as a condition: "If you take warfarin, ...", "When your child is on methotrexate, ..."
# An infinitive after a wh-word ending right before a word: "when to stop", "how to use", "whether to restart".
_WH_INFINITIVE = re.compile(r"\b(?:when|where|how|whether)\s+to\s+$", re.IGNORECASE)
_READERS_MEDICINE = re.compile(r"\s*(?:if|when|while)\s+(?:you|your\s+\w+)\s+(?:already\s+|still\s+|regularly\s+)?"
                               r"(?:take|takes|are\s+taking|is\s+taking|use|uses|are\s+using|are\s+on|is\s+on"
                               r"|have\s+been\s+prescribed|has\s+been\s+prescribed)\b[^,]*,", re.IGNORECASE)


@lru_cache(maxsize=16)
def _needles(vocabulary_dirs: tuple[Path, ...]) -> dict[str, list[tuple[str, Drug]]]:
    """First word of each drug name -> (the whole name, its drug): a quick test before any matching."""
    index: dict[str, list[tuple[str, Drug]]] = {}
    for drug in lexicon_for(vocabulary_dirs).drugs:
        for needle in drug.needles:
            index.setdefault(needle.split(" ", 1)[0], []).append((needle, drug))
    return index


def _drugs_named(words: list[str], vocabulary_dirs: tuple[Path, ...]) -> list[Drug]:
    """The drugs whose names may be among the page's `words` (`analysis.page_words`; the vocabulary matching
    confirms them)."""
    index = _needles(vocabulary_dirs)
    found: dict[str, Drug] = {}
    joined = None
    for word in set(words) & index.keys():
        for needle, drug in index[word]:
            if drug.key in found:
                continue
            if " " in needle:
                joined = joined if joined is not None else " ".join(words)
                if needle not in joined:
                    continue
            found[drug.key] = drug
    return [d for d in lexicon_for(vocabulary_dirs).drugs if d.key in found]


@register
class FairBalance(ClaimRule):
    """A prescription drug with serious label risks is presented without stating them.

    What it does: finds the prescription drugs of claims_fair_balance.yaml that the article
    presents, and for each of the drug's risk topics looks for words stating it *about the
    drug*: anywhere in a warning section ("Side effects", "Who should not take it") or warning
    box of the drug's page or section; elsewhere in a sentence that states a risk ("can cause",
    "do not take"), or a list led in by one, within the sentence, paragraph, list or section
    that names the drug (a sentence opening "It ..." after the drug's continues it).

    Why is this bad? Fair balance (FDA's rule for drug promotion, and the MLR standard): the
    main risks must accompany what is said about a prescription drug. A reader who learns
    that isotretinoin clears acne must also learn that it causes birth defects. Risk words
    elsewhere on the page ("acne can affect your mental health") do not tell them.

    When does a page present a drug? Under the `promotional` profile (marketing pages), any
    mention does: naming a prescription drug on a page that sells care promotes it. Under
    `editorial` (public-health information), a mention presents the drug when it is in a
    benefit statement about it, in an offer to sell or supply it ("order it online"), or in the
    title or a heading (the page or a section is about the drug); a passing mention in a list
    of treatment options does not. A drug named as the yardstick for another product ("nature's
    Ozempic") is never presented, nor, on a page that sells nothing, in a sentence that only doses,
    instructs or warns ("you will usually start on 25 mg of sertraline a day", "do not stop taking
    it suddenly"): directions for a drug a doctor prescribed do not promote it.

    On an information page (function.is_information_page: it sells nothing, mostly warns, instructs, doses and
    tells a disease's course) no profile reads a plain statement, a passing mention, the title or a heading as
    presenting the drug ("Methotrexate can help control severe psoriasis", "Some people are offered sertraline"):
    the publisher informs, it does not promote. Only the speaker's own product or a customer's word
    (`Classification.sold`), the seller's voice ("our own finasteride tablets ...") or an offer to supply it
    presents it there.

    Example: "Accutane clears severe acne for good." on a page that mentions pregnancy only
    in an unrelated section -> "add the pregnancy warning".
    """

    id = "claim.fair-balance"
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterable[Finding]:
        dirs = tuple(self.config.vocabulary_dirs)
        drugs = _drugs_named(page_words(document), dirs)
        if not drugs:
            return
        analysis = self.claims(document)
        skipped = analysis.references.blocks
        probe = page_probe(document)
        outline = Outline.of(document)
        claims = {c.sentence.start: c for c in analysis.claims}
        directions = _Directions(analysis, lexicon_for(dirs).functions)
        cues = PageCues.of(document, probe, outline, scope_words(dirs))
        mentioned = {d.key: self._mentions(document, probe, outline, d, claims, skipped, cues, directions)
                     for d in drugs}
        named = [key for key, mentions in mentioned.items() if mentions]
        informing = bool(analysis.sentences) and analysis.sentences[0].classification.on_information_page
        editorial = self.config.claim_profile == "editorial"
        for drug in drugs:
            mentions = mentioned[drug.key]
            presenting = [m for m in mentions if m.presents not in ("comparison", "directions")
                          and (m.presents or not editorial)
                          and not (informing and not _promotes(m, claims, document))]
            if not presenting:
                continue
            scopes = DrugScope(document, outline, mentions, cues, only=named == [drug.key])
            places = _places(document, presenting)
            unstated = []
            for index, topic in enumerate(drug.risks):
                spans = [s for s in topic.covered_by.spans(probe) if outline.block_of(s[0]) not in skipped]
                if not any(scopes.about_drug(start, outline.block_of(start)) for start, _ in spans):
                    unstated.append((index, topic))
            name = document.text[presenting[0].start : presenting[0].end]
            for (start, end), topics in _spread(unstated, places):
                labels = " and ".join(t.label for t in topics)
                resolve = "; and ".join(t.resolve for t in topics)
                message = (f"Fair balance: the article presents {drug.label} ({name}), a prescription drug whose "
                           f"label carries serious risks, but does not state {labels} where it discusses "
                           f"the drug (in the same sentence, list or section, or under a heading such as "
                           f"'Side effects'). To resolve, {resolve}.")
                yield self.finding(document, start, end, message, details={
                    "claim_kind": "fair-balance", "drug": drug.key, "topic": topics[0].key,
                    "topics": [t.key for t in topics], "presented_in": presenting[0].presents or "mention",
                })

    @staticmethod
    def _mentions(document: Document, probe: Probe, outline: Outline, drug: Drug, claims: dict,
                  skipped: set[int], cues: "PageCues", directions: "_Directions") -> list[Mention]:
        """The drug's mentions outside the reference list, those that present it first (benefit
        claims, then body text, then titles and headings: where a reviewer expects the risks)."""
        found = []
        for start, end in drug.names.spans(probe):
            block = outline.block_of(start)
            if block < 0 or block in skipped:
                continue
            kind = document.blocks[block].kind
            sentence = document.sentence_at(start)
            if sentence is not None and cues.yardstick(document, sentence.start, start):
                presents = "comparison"
            elif sentence is not None and sentence.start in claims and \
                    claims[sentence.start].classification.claim_kind != "risk":  # a warning is not a benefit
                presents = "benefit claim"
            elif sentence is not None and sentence.start in cues.offers:
                presents = "offer"
            elif sentence is not None and sentence.start in directions:
                presents = "directions"
            else:
                presents = {BlockKind.TITLE: "title", BlockKind.HEADING: "heading"}.get(kind, "")
            found.append(Mention(start, end, block, presents))
        order = {"benefit claim": 0, "offer": 1, "": 2, "title": 3, "heading": 3, "directions": 4, "comparison": 4}
        return sorted(found, key=lambda m: (order[m.presents], m.start))


def _promotes(mention: Mention, claims: dict, document: Document) -> bool:
    """On an information page: the mention sells the drug (an offer, or a benefit claim by the seller or a
    customer, or in the seller's voice: "our own finasteride tablets"), not a publisher's plain statement about it."""
    if mention.presents == "offer":
        return True
    sentence = document.sentence_at(mention.start)
    if mention.presents != "benefit claim" or sentence is None:
        return False
    found = claims[sentence.start].classification
    return found.sold or found.register == PROMOTED


class _Directions:
    """Sentences (by start) that only tell how to take a drug or warn about it ("If your GP prescribes sertraline,
    you will usually start on 25 mg a day", "Do not stop taking it suddenly"), or tell a reader who already takes it
    what to do, with no benefit stated ("If you take warfarin, you will need a blood test before the operation"), on
    a page that sells nothing: they present no drug. On a page that sells, naming the drug promotes it whatever the
    sentence does. A sentence is judged when first asked about: only those naming a drug ever are."""

    def __init__(self, analysis, functions: FunctionLexicon):
        self.sentences = {sentence.sentence.start: sentence for sentence in analysis.sentences}
        self.functions = functions
        self.judged: dict[int, bool] = {}

    def __contains__(self, start: int) -> bool:
        directs = self.judged.get(start)
        if directs is None:
            sentence = self.sentences.get(start)
            directs = self.judged[start] = sentence is not None and self._directs(sentence)
        return directs

    def _directs(self, sentence) -> bool:
        found_as = sentence.classification
        if found_as.is_claim or found_as.on_selling_page:
            return False
        probe = found_as.probe  # the classifier's, unless it masked a quotation or never made one
        if probe is None or probe.text != sentence.text:
            probe = Probe(sentence.text)
        # An instruction directs when it forbids or offers no benefit (not "Try sertraline for calmer days").
        benefit = self._states_benefit(probe)
        return bool(found_as.function in _DIRECTING or is_dosing(probe, self.functions)
                    or found_as.function in _INSTRUCTING and (_PROHIBITION.match(sentence.text) or not benefit)
                    or _READERS_MEDICINE.match(sentence.text) and not benefit)

    def _states_benefit(self, probe: Probe) -> bool:
        """A benefit word outside an infinitive after "when"/"where"/"how"/"whether" ("your care team will tell you when
        to stop it" tells the reader what to do, it states no benefit of the drug)."""
        return any(not _WH_INFINITIVE.search(probe.text, 0, start) for start, _ in self.functions.benefit.spans(probe))


def _places(document: Document, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Where findings about the drug go, best first: its names, then their sentences and blocks."""
    places = [(m.start, m.end) for m in mentions]
    for mention in mentions:
        sentence = document.sentence_at(mention.start)
        if sentence is not None:
            places.append((sentence.start, sentence.end))
    places += [(document.blocks[m.block].start, document.blocks[m.block].end) for m in mentions]
    return list(dict.fromkeys(places))


def _spread(topics: list[tuple[int, RiskTopic]], places: list[tuple[int, int]]) -> list[tuple[tuple[int, int], list]]:
    """The drug's Nth risk topic sits on the Nth place, so each finding keeps its place (and
    fingerprint) when another topic is fixed; topics beyond the last place share it (a lone
    "Accutane" in a list has one place)."""
    by_place: dict[tuple[int, int], list[RiskTopic]] = {}
    for index, topic in topics:
        by_place.setdefault(places[min(index, len(places) - 1)], []).append(topic)
    return list(by_place.items())
