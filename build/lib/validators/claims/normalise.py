"""`normalise_claim`: the form in which two claim sentences count as the same claim.

The approved-claims library accepts a claim automatically only on an exact match of
this form, so it removes what does not change what is claimed (case, quote and dash
styles, white space, citation markers, closing punctuation) and nothing else.
"""

import re
import unicodedata

_MARKER = re.compile(r"\s*\[\s*\d+(?:\s*[-–—,]\s*\d+)*\s*\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})
_DASHES = re.compile(r"[‐‑‒–—―−]")
_SPACE = re.compile(r"\s+")
_EDGE = re.compile(r"^[\s\"'(]+|[\s\"'.!;:,)]+$")


def normalise_claim(text: str) -> str:
    """Lower-cased, marker-free, single-spaced text of a claim sentence.

    >>> normalise_claim("Zinc  helps “heal” wounds [1, 2].")
    'zinc helps "heal" wounds'
    """
    text = unicodedata.normalize("NFKC", _MARKER.sub("", text))
    text = text.translate(_QUOTES)
    text = _DASHES.sub("-", text)
    text = _SPACE.sub(" ", text).casefold()
    return _EDGE.sub("", text)
