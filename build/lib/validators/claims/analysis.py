"""One pass over a document that every claim rule reads: each sentence's classification
and support, the reference list, and citation markers that resolve to nothing.

The claim rules are separate (each has its own id and configurable severity) but look
at the same analysis, so it is computed once per document and lexicon and cached while
the document lives; each engine run starts afresh (`forget`, called by the rules'
`prepare`).
"""

import threading
import weakref
from dataclasses import dataclass, field

from validators.claims.citations import Marker, ReferenceList, Support, support_for
from validators.claims.classify import Classification, Classifier
from validators.claims.lexicon import ClaimLexicon, lexicon_for
from validators.claims.normalise import normalise_claim
from validators.config import Config
from validators.document import BlockKind, Document, Sentence

# Blocks whose sentences are never claims: headings name sections, they do not assert.
_NOT_CLASSIFIED = (BlockKind.HEADING,)


@dataclass
class ClaimSentence:
    sentence: Sentence
    text: str
    classification: Classification
    support: Support

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end

    @property
    def is_claim(self) -> bool:
        return self.classification.is_claim

    def details(self, **extra) -> dict:
        """What the CMS needs to act on a finding about this sentence."""
        data = {
            "claim_kind": self.classification.claim_kind,
            "claim_cues": self.classification.cues,
            "normalised_claim": normalise_claim(self.text),
            "cited": self.support.cited,
            "references": [r.number for r in self.support.references],
        }
        data.update(extra)
        return data


@dataclass
class DanglingMarker:
    marker: Marker
    missing: list[str]  # the numbers / anchors that resolve to nothing


@dataclass
class DocumentClaims:
    sentences: list[ClaimSentence]
    references: ReferenceList
    dangling: list[DanglingMarker] = field(default_factory=list)

    @property
    def claims(self) -> list[ClaimSentence]:
        return [s for s in self.sentences if s.is_claim]


def analyse_document(document: Document, lexicon: ClaimLexicon) -> DocumentClaims:
    classifier = Classifier(lexicon)
    references = ReferenceList(document, lexicon)
    sentences: list[ClaimSentence] = []
    dangling: list[DanglingMarker] = []
    links_by_block: dict[int, list] = {}
    for link in document.links:
        links_by_block.setdefault(link.block, []).append(link)
    for sentence in document.sentences:
        if sentence.block in references.blocks:
            continue
        block = document.blocks[sentence.block]
        span = (sentence.start, sentence.end)
        in_list = block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)
        block_links = links_by_block.get(sentence.block, [])
        classification = None
        if block.kind not in _NOT_CLASSIFIED:
            classification = classifier.classify(document.sentence_text(sentence), in_list)
        # Every marker is resolved (a dangling one is an error anywhere); source links matter only for claims.
        support = support_for(document, span, block_links, in_list, references, lexicon,
                              links=bool(classification and classification.is_claim))
        dangling += [_dangling(marker, references) for marker in support.dangling]
        if classification is not None:
            sentences.append(ClaimSentence(sentence, document.sentence_text(sentence), classification, support))
    return DocumentClaims(sentences, references, dangling)


def _dangling(marker: Marker, references: ReferenceList) -> DanglingMarker:
    missing = [str(n) for n in marker.numbers if n not in references.by_number]
    missing += [f"#{a}" for a in marker.anchors if a not in references.by_id]
    return DanglingMarker(marker, missing or [str(n) for n in marker.numbers])


_cache: dict[int, tuple[weakref.ref, ClaimLexicon, DocumentClaims]] = {}
_lock = threading.Lock()


def claims_of(document: Document, config: Config) -> DocumentClaims:
    """The (cached) claim analysis of `document` under `config`'s vocabularies."""
    lexicon = lexicon_for(tuple(config.vocabulary_dirs))
    key = id(document)
    with _lock:
        cached = _cache.get(key)
        if cached and cached[0]() is document and cached[1] is lexicon:
            return cached[2]
    analysis = analyse_document(document, lexicon)
    with _lock:
        _cache[key] = (weakref.ref(document, lambda _ref, key=key: _cache.pop(key, None)), lexicon, analysis)
    return analysis


def forget(documents: list[Document]) -> None:
    """Drop the cached analyses of `documents` (the start of a new run)."""
    with _lock:
        for document in documents:
            _cache.pop(id(document), None)


def rule_enabled(config: Config, rule_id: str) -> bool:
    """Whether `rule_id` runs under `config` ("claim" disables the family, "claim.x" one rule)."""
    return not any(rule_id == d or rule_id.startswith(d + ".") for d in config.disabled)
