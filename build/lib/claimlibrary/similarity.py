"""Near matches of claim sentences, for suggesting library claims to a reviewer.

Plain Python (difflib), no Django. The score is a token-set similarity: both sentences are
normalised (`normalise_claim`), reduced to their sets of words, and the sorted word sets are
compared with difflib's ratio. Word order and repeated words do not matter; a changed number
or an added "not" lowers the score but keeps it near — which is exactly why near matches are
only ever suggested: "Zinc heals wounds" and "Zinc never heals wounds" score 0.85.
"""

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from validators.claims.normalise import normalise_claim

THRESHOLD = 0.8
_WORD = re.compile(r"[^\W_]+(?:['.,][^\W_]+)*")  # keeps "95.5", "1,000", "don't" whole


def claim_tokens(text: str) -> frozenset[str]:
    """The set of words of a claim sentence, after normalisation."""
    return frozenset(_WORD.findall(normalise_claim(text)))


@dataclass(frozen=True)
class Comparison:
    score: float  # 0..1
    added: tuple[str, ...]  # words of the candidate the sentence lacks
    missing: tuple[str, ...]  # words of the sentence the candidate lacks


def compare(sentence: frozenset[str], candidate: frozenset[str], threshold: float = 0.0) -> Comparison | None:
    """Token-set similarity of two word sets; None when it cannot reach `threshold`."""
    if not sentence or not candidate:
        return None
    left, right = " ".join(sorted(sentence)), " ".join(sorted(candidate))
    # difflib's ratio is at most 2*min/(len1+len2): skip candidates of very different length.
    if 2 * min(len(left), len(right)) / (len(left) + len(right)) < threshold:
        return None
    matcher = SequenceMatcher(None, left, right, autojunk=False)
    if matcher.quick_ratio() < threshold:
        return None
    score = matcher.ratio()
    if score < threshold:
        return None
    return Comparison(round(score, 3), tuple(sorted(candidate - sentence)), tuple(sorted(sentence - candidate)))


def rank(sentence: str, candidates, threshold: float = THRESHOLD, limit: int = 3):
    """The best `limit` of `candidates` ((key, text) pairs) scoring at least `threshold`
    against `sentence`, as (key, Comparison), best first."""
    words = claim_tokens(sentence)
    scored = []
    for key, text in candidates:
        comparison = compare(words, claim_tokens(text), threshold)
        if comparison is not None:
            scored.append((key, comparison))
    scored.sort(key=lambda item: -item[1].score)
    return scored[:limit]
