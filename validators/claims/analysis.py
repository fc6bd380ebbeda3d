"""One pass over a document that every claim rule reads: each sentence's classification
and support, the reference list, and citation markers that resolve to nothing.

The claim rules are separate (each has its own id and configurable severity) but look
at the same analysis, so it is computed once per document, lexicon and engine run, as
work the run shares (`Document.shared`).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from validators.claims import statistical, veto
from validators.claims.citations import Marker, ReferenceList, Support, author_dated, listed, support_for
from validators.claims.classify import Classification, Classifier
from validators.claims.function import (
    BACKGROUND,
    DESCRIBING_PAGE_MIN,
    INFORMATION_PAGE_SLIPS,
    INFORMING,
    NO_CONTEXT,
    OWN,
    PROMOTED,
    Context,
    fee_and_ranking_sell,
    is_genre_proof,
    is_information_page,
    is_seller_speaking,
    listed_price_sells,
    offer_sells,
    publisher_voice,
    speaks_as_organisation,
    speaks_as_seller,
    states_specialty_consensus,
)
from validators.claims.lexicon import ClaimLexicon, lexicon_for
from validators.claims.matching import Probe, pieces_between, split_words
from validators.claims.normalise import normalise_claim
from validators.config import Config
from validators.document import BlockKind, Document, Sentence
from validators.registry import is_disabled

_DESCRIBING = frozenset((*INFORMING, BACKGROUND))  # informing and background sentences (function)
_QUOTATION = re.compile(r"[“\"][^“”\"]{0,300}[”\"]")
# A sum of money: on a page its sentences already show selling, the price of what it sells ("The cap costs £699").
_MONEY = re.compile(r"[£$€]\s?\d")


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

    @cached_property
    def claims(self) -> list[ClaimSentence]:
        """The reportable sentences, listed once: every claim rule reads them, and the analysis is complete (no
        classification changes) before a rule first asks."""
        return [s for s in self.sentences if s.classification.reportable]


def analyse_document(document: Document, lexicon: ClaimLexicon) -> DocumentClaims:
    """Every sentence classified once; again, read as sales copy, when the page turns out to sell only from what its
    sentences do (see `_read_as_selling`)."""
    references = ReferenceList(document, lexicon)
    unquoted = _QUOTATION.sub(" ", document.text)  # a page warning about scams quotes "Order now!"
    unquoted_lower = unquoted.lower()  # lower-cased once for every page term
    selling_page = _sells(unquoted, unquoted_lower, lexicon)
    # a price said plainly as the page's own sells only on a page that does not inform (function.listed_price_sells)
    own_price = not selling_page and lexicon.listed_prices.search(unquoted, unquoted_lower)
    drug_on_page = bool(lexicon.prescription_only_named.search(document.text))
    journal_named = lexicon.journal_named.any(page_probe(document))
    classifier = Classifier(lexicon, sentence_probes(document), remember=True)
    supports: dict[tuple[int, int, bool], Support] = {}  # each reading's `support_for` answers, for the next
    # each sentence's first reading, for a page read again with journals taken as no citation
    first: list[_Reading] | None = [] if journal_named else None
    sentences, dangling = _classify_sentences(document, classifier, references, selling_page, drug_on_page, supports,
                                              readings=first)
    if journal_named and _leans_on_unnamed_evidence(sentences):
        classifier = Classifier(lexicon, sentence_probes(document), journals_cite=False, earlier=classifier,
                                remember=True)
        sentences, dangling = _classify_sentences(document, classifier, references, selling_page, drug_on_page,
                                                  supports, earlier=first)
    # An unlawful offer or a promise made while selling (by the seller, of a remedy or brand: "Cherry juice cures
    # gout") makes a page sales copy; plain promises, superlatives and the seller's own benefit claims do when there
    # are several: one promise about a medicine on an information page is a slip to flag, not a page that sells.
    priced = bool(_MONEY.search(document.text))

    def publisher() -> bool:
        return publisher_voice(page_probe(document), lexicon.functions)

    own_voice = _own_voice(sentences, lexicon, priced, publisher)
    speaking = [_seller_speaks(s.classification, lexicon) and not own for s, own in zip(sentences, own_voice,
                                                                                       strict=True)]
    selling = sum(bool(s.classification.superlatives or s.classification.absolute or s.classification.is_claim
                       and speaks) for s, speaks in zip(sentences, speaking, strict=True))
    promised = any(s.classification.absolute and s.classification.register == PROMOTED and not own
                   for s, own in zip(sentences, own_voice, strict=True))
    functions = [s.classification.function for s in sentences]
    seller_sentences = sum(speaking)
    ranked = sum(bool(s.classification.superlatives or s.classification.absolute) for s in sentences)
    benefits = sum(bool(s.classification.is_claim and not (s.classification.superlatives or s.classification.absolute))
                   for s in sentences)

    sells = bool(selling_page
                 or offer_sells(sum(bool(s.classification.supply) for s in sentences), selling, seller_sentences,
                                functions, publisher)
                 or speaks_as_seller(selling, promised, functions, publisher, seller_sentences, priced)
                 or fee_and_ranking_sell(priced, ranked, benefits, functions)
                 or own_price and listed_price_sells(selling, functions))
    if sells and not selling_page and (_read_as_selling(sentences, seller_sentences) or priced):
        sentences, dangling = _classify_sentences(document, classifier, references, True, drug_on_page, supports)
    # Not selling: the sentences were not classified again, so `functions` are still theirs.
    if not sells:
        for claim in sentences:
            claim.support = author_dated(listed(claim.support), claim.text)
    # a named field's consensus ("Radiologists agree that ...") is no slip of a page that sells nothing
    consensus = [not sells and states_specialty_consensus(s.classification, lexicon.specialty_consensus)
                 for s in sentences]
    informing = not sells and is_information_page(
        functions, sum(_slip(s.classification) and not s.support.cited and not agreed
                       for s, agreed in zip(sentences, consensus, strict=True)), publisher)
    for claim, agreed in zip(sentences, consensus, strict=True):
        if document.blocks[claim.sentence.block].kind == BlockKind.HEADING:
            _headline(claim.classification, sells)
        if sells:
            claim.classification.on_selling_page = True
        found = claim.classification
        found.on_information_page = informing and not (found.is_claim and found.probe is not None
                                                       and is_genre_proof(found.probe, lexicon.functions))
        if agreed and found.on_information_page:
            found.evidence = []  # the consensus an information page states (function.states_specialty_consensus)
    if sells:
        _read_statistically(document, lexicon, references, sentences)
    else:
        veto.apply(document, sentences, lexicon, sentence_probes(document))
    return DocumentClaims(sentences, references, dangling)


def _read_statistically(document: Document, lexicon: ClaimLexicon, references: ReferenceList,
                        sentences: list[ClaimSentence]) -> None:
    """uncited-benefit on a page that sells: a sentence the rules left alone that the statistical model reads as a
    claim (`statistical.promote`) is a promoted benefit claim; its source links are looked for now."""
    veto.apply_on_selling_page(document, sentences, lexicon, sentence_probes(document))
    for claim in statistical.promote(document, sentences, lexicon, sentence_probes(document)):
        block = document.blocks[claim.sentence.block]
        in_list = block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)
        claim.support = support_for(document, (claim.start, claim.end), document.links_in(block.start, block.end),
                                    in_list, references, lexicon)


def page_probe(document: Document) -> Probe:
    """The whole text prepared for matching page-level cues, once per run for every claim rule."""
    return document.shared("claims.page-probe", lambda: Probe(document.text, page_pieces(document)))


def page_pieces(document: Document) -> list[str]:
    """The whole text split into gaps and words (`matching.split_words`), once per run: the page probe and
    fair-balance's drug names (`page_words`) read the same words."""
    return document.shared("claims.page-pieces", lambda: split_words(document.text))


def page_words(document: Document) -> list[str]:
    """The whole text's words as the page probe has them (`TOKEN`, lower-cased, apostrophes straight)."""
    return page_pieces(document)[1::2]


def sentence_probes(document: Document) -> dict[str, Probe]:
    """The probes of the document's sentences (and of the words the classifier looks up alone), by text, made once
    per run: the page re-read as sales copy asks about the same sentences again."""
    return document.shared("claims.sentence-probes", dict)


def _seller_speaks(found: Classification, lexicon: ClaimLexicon) -> bool:
    """A reportable sentence in the seller's own voice ("our clinic", "we guarantee")."""
    return found.reportable and found.probe is not None and is_seller_speaking(found.probe, lexicon.functions)


def _own_voice(sentences: list[ClaimSentence], lexicon: ClaimLexicon, priced: bool,
               publisher: Callable[[], bool]) -> list[bool]:
    """Class: an organisation speaking of its own work is no seller on a page with no commerce sign.

    What it does: on a page of at least `DESCRIBING_PAGE_MIN` informing and background sentences (a short draft cannot
    show a publisher's voice) that names no sum of money (`priced`) and speaks in a publisher's voice (`publisher()`,
    asked only when some sentence needs it: no "Book an appointment", "call us", "our patients", "we offer"), a
    sentence whose only promotion cue is the organisation's first person plural ("our", "we": function.
    speaks_as_organisation; no product, remedy, brand or customer named) does not count as the seller speaking when the
    page decides whether it sells (`speaks_as_seller`, `offer_sells`, `_read_as_selling`): its benefit claim is not a
    seller's claim and its promise not a promise made while selling. Its own rules still read the sentence.

    Why is this bad? A hospital's, charity's or health department's page says "our" of its nurses, advisers and
    services ("Our advisers help you choose a stop smoking medicine", "Our nurses help families manage symptoms at
    home"); two such sentences, or one promise in that voice, made the whole page sales copy, so every consensus
    statement, disease course and own figure on it was flagged as an uncited benefit (issue 9: two held-out
    professional pages read as sales copy carried 17 of 48 wrong findings; fresh_prof12 p03).

    Example: "Our advisers help you set a quit date and choose a medicine." and "Our nurses help carers feel less
    alone." on a council page with no price or booking invitation: the organisation speaks. The same sentences on a
    page with "A course of 6 sessions costs £240" or "Book a consultation", or "Our capsules calm your gut" (a product
    named), are a seller's."""
    fx = lexicon.functions
    describing = sum(s.classification.function in _DESCRIBING for s in sentences)
    if priced or describing < DESCRIBING_PAGE_MIN:
        return [False] * len(sentences)  # a short draft cannot show a publisher's voice
    candidates = [_seller_speaks(s.classification, lexicon)
                  and speaks_as_organisation(s.classification.probe, fx, False) for s in sentences]
    if not any(candidates) or not publisher():
        return [False] * len(sentences)
    return candidates


def _slip(found: Classification) -> bool:
    """A sentence no information page needs: an appeal to unnamed evidence, a promise, a superlative, unlawful
    supply (function.is_information_page). An appeal the sentence cites (a marker to a reference entry, a source link)
    names its evidence and is no slip: the caller counts only uncited sentences."""
    return bool(found.evidence or found.absolute or found.superlatives or found.supply)


def _leans_on_unnamed_evidence(sentences: list[ClaimSentence]) -> bool:
    """Class: a page that leans on unnamed evidence does not cite by naming a journal.

    What it does: a page with more than `INFORMATION_PAGE_SLIPS` sentences that appeal to unnamed evidence, promise,
    rank or offer unlawfully (`_slip`) is read again with journals named in prose taken as no citation
    (`Classifier(journals_cite=False)`).
    Why is this bad? On a professional page "A trial published in The Lancet found ..." names its source; on a blog
    that says "Research has shown ..." again and again, "a study published in <a journal> documented cases ..." is
    one more appeal of the same kind, and the shared corpus labels it so.
    Example: three "research shows" sentences and "a study published in Infectious Diseases in Clinical Practice
    documented cases ..." keep its appeal; a society's page with one slip does not."""
    return sum(map(_slip, (s.classification for s in sentences))) > INFORMATION_PAGE_SLIPS


def _read_as_selling(sentences: list[ClaimSentence], seller_sentences: int) -> bool:
    """uncited-benefit, uncited-timeline: a page with no shop phrase or sales price that still sells (an unlawful
    offer, several promises, superlatives or seller claims) is read again as sales copy, where a result promised
    to the reader is no disease's course ("Your cravings will vanish", "Better sleep from week one"). Only when the
    seller itself speaks at least twice, or offers a prescription-only medicine unlawfully: one promise quoted on an
    information page does not make all of it sales copy. A cure promised as how-to ("learn how to reverse diabetes
    naturally") is a sales funnel's opening, as an unlawful offer is a shop's. A page that sells by what its sentences
    do and names a sum of money (`_MONEY`, checked by the caller) is a shop whose price the shop phrases missed ("The
    cap costs £699, with a two-year warranty")."""
    return seller_sentences > 1 or any(
        s.classification.supply or any(cue.kind == "cure-howto" for cue in s.classification.absolute)
        for s in sentences)


@dataclass(slots=True)
class _Reading:
    """One sentence as a reading of the page found it: what the sentence before said (`Context`), the sentence
    classified and supported, its dangling markers, and what it tells the sentence after it."""

    before: Context
    claim: ClaimSentence
    dangling: list[DanglingMarker]
    after: Context


def _classify_sentences(document: Document, classifier: Classifier, references: ReferenceList,
                        selling_page: bool, drug_on_page: bool, supports: dict[tuple[int, int, bool], Support],
                        readings: list[_Reading] | None = None, earlier: list[_Reading] | None = None
                        ) -> tuple[list[ClaimSentence], list[DanglingMarker]]:
    """`drug_on_page`: a prescription-only medicine is named on the page (looked for once per document);
    `supports`: what supports each sentence (`support_for`), by its span and whether its links count, kept for the
    page's next reading (a page read again finds the same support for nearly every sentence); `readings`: a list
    to which each sentence's reading is added (`_Reading`), for the page's reading with journals taken as no
    citation; `earlier`: those readings, when this is that reading (same `selling_page` and `drug_on_page`): a
    sentence that names no journal and follows the same context as in the first reading is read the same
    (`Classifier.classify` with `earlier`), so the first reading's sentence, markers and context stand as they
    are, not classified, supported and followed again (the first reading is discarded)."""
    lexicon = classifier.lx
    sentences: list[ClaimSentence] = []
    dangling: list[DanglingMarker] = []
    links_by_block: dict[int, list] = {}
    for link in document.links:
        links_by_block.setdefault(link.block, []).append(link)
    context = NO_CONTEXT  # what the sentence before said, within a section
    position = -1  # of the sentence among those read (`earlier`)
    from_page = _SentenceCutter(document)
    for sentence in document.sentences:
        if sentence.block in references.blocks:
            continue
        position += 1
        block = document.blocks[sentence.block]
        if block.kind == BlockKind.HEADING:
            context = NO_CONTEXT
        if earlier is not None:
            first = earlier[position]
            if first.before == context and not lexicon.journal_named.any(classifier.probe(first.claim.text)):
                sentences.append(first.claim)
                dangling += first.dangling
                context = first.after
                continue
        before = context
        from_page.prepare(sentence)
        span = (sentence.start, sentence.end)
        in_list = block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)
        block_links = links_by_block.get(sentence.block, [])
        if block.kind == BlockKind.HEADING:
            classification = classifier.classify(document.sentence_text(sentence), True, context, drug_on_page,
                                                 selling_page)  # read as a title or not once the page is known
        else:
            classification = classifier.classify(document.sentence_text(sentence), in_list, context, drug_on_page,
                                                 selling_page)
        # Every marker is resolved (a dangling one is an error anywhere); source links matter only for claims.
        key = (*span, classification.reportable)
        support = supports.get(key)
        if support is None:
            support = supports[key] = support_for(document, span, block_links, in_list, references, lexicon,
                                                  links=classification.reportable)
        if block.kind != BlockKind.HEADING:
            context = Context(benefit=classification.is_claim,
                              agent=classification.is_claim or classification.names_treatment
                              and classification.function not in ("negative", "warning"),
                              promoted=classification.is_claim and is_seller_speaking(classification.probe,
                                                                                       lexicon.functions),
                              record=classification.function == OWN
                              or context.record and not classification.is_claim,
                              statistic=classification.statistic_kind
                              if classification.statistics and not support.cited else "")
        found = [_dangling(marker, references) for marker in support.dangling]
        dangling += found
        claim = ClaimSentence(sentence, document.sentence_text(sentence), classification, support)
        sentences.append(claim)
        if readings is not None:
            readings.append(_Reading(before, claim, found, context))
    return sentences, dangling


class _SentenceCutter:
    """Makes a sentence's probe (`sentence_probes`) from the page's words (`page_pieces`, `matching.pieces_between`)
    before the classifier asks for it, instead of splitting the sentence into words again (the page was split for the
    page probe): the same probe. Only where the pieces' offsets are the page's (lower-casing kept its length: no "İ")
    and a sentence's ends fall outside words; any other sentence the classifier prepares itself."""

    def __init__(self, document: Document):
        self.document = document
        self.page = page_probe(document)
        self.pieces = page_pieces(document) if len(self.page.lower) == len(self.page.text) else None
        self.probes = sentence_probes(document)

    def prepare(self, sentence: Sentence) -> None:
        text = self.document.sentence_text(sentence)
        if self.pieces is None or text in self.probes:
            return
        pieces = pieces_between(self.pieces, self.page.starts, self.page.ends, sentence.start, sentence.end)
        if pieces is not None:
            self.probes[text] = Probe(text, pieces)


def _headline(found: Classification, selling_page: bool) -> Classification:
    """A section heading is read like a title on a page that sells, whatever shows that it sells (a shop phrase or
    price, several seller claims, unlawful supply: "Regrow Your Hair in 90 Days"); on any other
    page it names a section ("Treating an attack", "How long it lasts"), and only a cue no page may carry counts:
    an absolute promise, a superlative, a cure promised as how-to, unlawful supply."""
    if selling_page or not found.reportable:
        return found
    found.is_claim = bool(found.absolute) and found.is_claim
    found.evidence, found.statistics, found.timelines = [], [], []
    return found


def _sells(text: str, lower: str, lexicon: ClaimLexicon) -> bool:
    """The page sells something: a shop phrase or a sales price ("only £29.99", "£149 a month"), or a price said
    plainly together with the shop's own order terms (`_prices_and_orders`); `text` is the page outside quotations,
    `lower` the same lower-cased."""
    return bool(lexicon.shop_phrases.search(text, lower) or lexicon.sales_prices.search(text, lower)
                or _prices_and_orders(text, lower, lexicon))


def _prices_and_orders(text: str, lower: str, lexicon: ClaimLexicon) -> bool:
    """Class: uncited-benefit on a shop's page that names its price plainly and its order terms in sentences.

    What it does: a page with a price said plainly (claims_functions.yaml plain_prices: "It costs $69", "A pair costs
    £22", "A box of 14 shots costs £29") and the shop's own order terms (order_terms: "Shipping is free within the
    contiguous United States", "UK delivery is free on orders over £40", "Unworn socks can be returned within 30
    days") sells, so its benefits are read as sales copy.
    Why is this bad? A shop that never writes "free delivery" or "only £29.99" sells all the same; its page was read
    as information and nearly all its benefit claims were missed (fresh26: a neck pillow, compression socks, a
    juice shot). Neither sign alone sells: a public charge is priced on an information page ("Prescriptions cost
    £9.90 per item"), and an order term without a price is a charity's leaflet service.
    Example: "The pillow costs $69." and "Shipping is free within the US." on one page; not "A prescription costs
    £9.90." alone."""
    return bool(lexicon.plain_prices.search(text, lower) and lexicon.order_terms.search(text, lower))


def _dangling(marker: Marker, references: ReferenceList) -> DanglingMarker:
    missing = [str(n) for n in marker.numbers if n not in references.by_number]
    missing += [f"#{a}" for a in marker.anchors if a not in references.by_id]
    return DanglingMarker(marker, missing or [str(n) for n in marker.numbers])


def claims_of(document: Document, config: Config) -> DocumentClaims:
    """The claim analysis of `document` under `config`'s vocabularies, once per run (`Document.shared`)."""
    vocabulary_dirs = tuple(config.vocabulary_dirs)
    return document.shared((claims_of, vocabulary_dirs),
                           lambda: analyse_document(document, lexicon_for(vocabulary_dirs)))


def rule_enabled(config: Config, rule_id: str) -> bool:
    """Whether `rule_id` runs under `config` ("claim" disables the family, "claim.x" one rule)."""
    return not is_disabled(rule_id, config.disabled)
