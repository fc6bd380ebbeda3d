"""Selling cues that make a sentence a finding whatever else it does: a superlative or an
exclusive comparison, a prescription-only medicine offered without a prescription, and a
cure or reversal promised as how-to. Vocabularies: validators/data/claims_functions.yaml.
"""

import re
from dataclasses import dataclass

from validators.claims.matching import Probe, Vocabulary


@dataclass(frozen=True)
class PromotionLexicon:
    superlative_words: Vocabulary
    hype_superlatives: Vocabulary
    market_scope: Vocabulary
    weak_scope: Vocabulary
    product_nouns: Vocabulary
    superlative_exceptions: Vocabulary
    exclusive_comparisons: Vocabulary
    without_prescription: Vocabulary
    supply_verbs: Vocabulary
    supply_warnings: Vocabulary
    prescription_only: Vocabulary
    cure_howto: Vocabulary


def promotion_lexicon(data: dict) -> PromotionLexicon:
    return PromotionLexicon(**{name: Vocabulary(data[name]) for name in PromotionLexicon.__dataclass_fields__})


_NEEDED = re.compile(r"\b(?:needed|required|necessary)\b", re.IGNORECASE)
_WINDOW = 40
# The superlative is said of the subject: "is the best", "are simply the strongest", "X – the best".
_SAID_OF = re.compile(r"(?:\b(?:is|are|was|were|be|remains?|'s|’s)\s+(?:\w+\s+)?|[–—:]\s*)(?:the|our|a)\s+(?:\w+\s+)?$",
                      re.IGNORECASE)  # characters after a superlative where its product noun or market scope must be


def superlative_spans(probe: Probe, px: PromotionLexicon) -> list[tuple[int, int]]:
    """"the strongest treatment available", "this is the best cream for eczema", "nothing else works as well".

    Any superlative of quality counts with a market scope ("on the market", "in the world"); a hype superlative
    ("best", "strongest", "number one") also with a weak scope ("available") and when it is said of a product ("X
    is the best cream"). Not "refer you for the best treatment", "the most effective medicines for lowering
    cholesterol" or "the most effective treatment available for severe acne" (a clinical ranking)."""
    spans = list(px.exclusive_comparisons.spans(probe))
    if px.superlative_exceptions.any(probe):
        return sorted(spans)
    hype = {start for start, _ in px.hype_superlatives.spans(probe)}
    for start, end in px.superlative_words.spans(probe):
        window = min(len(probe.text), end + _WINDOW + 20)
        scope = px.market_scope.search(probe, end, window)
        if scope is None and start in hype:
            scope = px.weak_scope.search(probe, end, window)
        if scope is not None:
            spans.append((start, scope[1]))
            continue
        noun = px.product_nouns.search(probe, end, min(len(probe.text), end + _WINDOW))
        if start in hype and noun is not None and _only_words_between(probe, end, noun[0], 2) \
                and _SAID_OF.search(probe.text[max(0, start - 30) : start]):
            spans.append((start, noun[1]))
    return sorted(spans)


def _only_words_between(probe: Probe, start: int, end: int, most: int) -> bool:
    between = probe.text[start:end]
    return not any(mark in between for mark in ",;:.") and len(between.split()) <= most


def unlawful_supply_spans(probe: Probe, px: PromotionLexicon, drug_on_page: bool) -> list[tuple[int, int]]:
    """"Order sildenafil online, no prescription needed", "Get semaglutide without a prescription": the phrase with a
    prescription-only medicine and a supply verb, or said as "no prescription needed" on a page that names one; not
    a warning against it. "You can buy hydrocortisone cream without a prescription" names no such medicine."""
    spans = px.without_prescription.spans(probe)
    if not spans or px.supply_warnings.any(probe):
        return []
    needed = any(_NEEDED.search(probe.text, start, end) for start, end in spans)
    if px.prescription_only.any(probe) and (needed or px.supply_verbs.any(probe)) or drug_on_page and needed:
        return spans
    return []


def cure_howto_spans(probe: Probe, px: PromotionLexicon) -> list[tuple[int, int]]:
    """"learn how to reverse arthritis naturally", "how to cure eczema in a week"."""
    return px.cure_howto.spans(probe)
