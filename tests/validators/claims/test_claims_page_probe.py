"""The page probe (`matching.PageProbe`) lists a vocabulary's tokens when it is first asked about: every answer must
be the one a `Probe` that indexes every token for every vocabulary gives, whichever way the tokens were found (a scan
for the first vocabularies asked, each word's tokens after them)."""

from pathlib import Path

import pytest

from validators.claims import matching
from validators.claims.analysis import claims_of, page_pieces
from validators.config import Config
from validators.sources import from_html

_EVALUATION = Path(__file__).resolve().parents[3] / "evaluation"
PAGES = [
    "<h1>Gout</h1><p>A study published in The Lancet found that cherry juice halved flares. Book a consultation "
    "with our nurses today.</p><ul><li>Call us on 0800 123 456</li></ul>",
    "<p>Ibuprofen eases pain within an hour. It can cause stomach ulcers, and it isn't safe for everyone.</p>"
    "<p>Don’t take it with aspirin. İstanbul’s clinics stock it.</p>",
    "<p>Our #1 serum erases wrinkles for good! Only £29.99 with free delivery.</p>",
    *(path.read_text(encoding="utf-8") for path in sorted(_EVALUATION.glob("*/*/article.html"))[::200]),
]


def _vocabularies() -> list[matching.Vocabulary]:
    return [vocabulary for _, vocabulary in sorted(matching._VOCABULARIES.items())]


@pytest.mark.parametrize("html", PAGES)
def test_the_page_probe_answers_as_a_full_index(html):
    document = from_html(html, "page.html")
    claims_of(document, Config())  # every vocabulary of the claim rules loaded
    full = matching.Probe(document.text, page_pieces(document))
    page = matching.PageProbe(document.text, page_pieces(document))
    assert page.live == full.live
    assert page.gates == full.gates
    for vocabulary in _vocabularies():
        assert page.hits.get(vocabulary.id) == full.hits.get(vocabulary.id)
        assert vocabulary.any(page) == vocabulary.any(full)
        assert vocabulary.spans(page) == vocabulary.spans(full)


@pytest.mark.parametrize("html", PAGES)
def test_each_way_of_finding_tokens_gives_the_same_hits(html):
    document = from_html(html, "page.html")
    claims_of(document, Config())
    full = matching.Probe(document.text, page_pieces(document))
    asked = [vocabulary.id for vocabulary in _vocabularies() if full.hits.get(vocabulary.id)]
    for first in range(len(asked)):  # the vocabulary asked first is scanned for; asked after the others, listed
        page = matching.PageProbe(document.text, page_pieces(document))
        order = asked[first:] + asked[:first]
        assert [page.hits.get(vid) for vid in order] == [full.hits.get(vid) for vid in order]
