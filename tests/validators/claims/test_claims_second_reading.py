"""A page that names a journal and leans on unnamed evidence is read a second time with journals taken as no
citation (`analysis._leans_on_unnamed_evidence`). That reading keeps the first reading's sentence (classification,
support, dangling markers, context for the next sentence) wherever the sentence names no journal and follows the
same context (`analysis._Reading`): the analysis must be the one a full second reading gives."""

import pytest

from validators.claims import analysis
from validators.claims.classify import Classifier
from validators.config import Config
from validators.sources import from_html

_LEANING = (
    "<h1>Cherry juice and gout</h1>"
    "<p>Research has shown that cherry juice lowers uric acid. Studies show that it calms inflamed joints. "
    "Experts agree that cherry juice prevents gout attacks. Research shows that tart cherries work best.</p>"
    "<p>{}</p><p>Drink a glass every morning [4].</p>"
    "<h2>References</h2><ol><li>Smith J. Cherries. Journal of Fruit. 2020.</li></ol>"
)

PAGES = [
    # the journal sentence is read again; the sentence after it too when its context changes
    _LEANING.format("A study published in the Journal of Rheumatology found that cherry juice halved flares. "
                    "It also eased pain within 2 weeks."),
    _LEANING.format("A trial published in The Lancet found that people who drank cherry juice had fewer attacks."),
    _LEANING.format("A review published in Arthritis Care and Research found that tart cherries lowered uric acid. "
                    "Our clinic offers tests."),
]
# twins: pages that are not read again (no journal named, or no unnamed evidence leaned on)
TWINS = [
    _LEANING.format("A study found that cherry juice halved flares."),
    "<p>A trial published in The Lancet found that people who drank cherry juice had fewer attacks.</p>"
    "<p>Drink a glass every morning.</p>",
    _LEANING.format("Cherry juice is sold in most supermarkets."),
]


def _state(claims: analysis.DocumentClaims) -> list:
    """Everything the claim rules read of the analysis, comparable between two analyses."""
    rows = []
    for claim in claims.sentences:
        found = dict(vars(claim.classification))
        probe = found.pop("probe")
        found["probe"] = None if probe is None else probe.text
        support = claim.support
        rows.append((claim.start, claim.end, claim.text, found, support.cited,
                     [r.number for r in support.references], len(support.dangling)))
    dangling = [(d.marker.start, d.missing) for d in claims.dangling]
    return [rows, dangling]


def _analyse(html: str) -> analysis.DocumentClaims:
    return analysis.claims_of(from_html(html, "page.html"), Config())


def _analyse_reading_everything_again(html: str, monkeypatch) -> analysis.DocumentClaims:
    classify_sentences = analysis._classify_sentences

    def without_earlier(*args, earlier=None, **kwargs):
        return classify_sentences(*args, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(analysis, "_classify_sentences", without_earlier)
        return _analyse(html)


def _second_reading_classifications(html: str, monkeypatch) -> int:
    """How many sentences the second reading classifies (`Classifier._classify` with an earlier reading)."""
    counted = []
    classify = Classifier._classify

    def counting(self, *args):
        if self._earlier is not None:
            counted.append(args[0])
        return classify(self, *args)

    with monkeypatch.context() as patched:
        patched.setattr(Classifier, "_classify", counting)
        _analyse(html)
    return len(counted)


@pytest.mark.parametrize("html", PAGES + TWINS)
def test_the_second_reading_gives_the_analysis_of_a_full_one(html, monkeypatch):
    assert _state(_analyse(html)) == _state(_analyse_reading_everything_again(html, monkeypatch))


@pytest.mark.parametrize("html", PAGES)
def test_a_page_read_again_classifies_only_what_a_journal_changes(html, monkeypatch):
    document = from_html(html, "page.html")
    read = len(document.sentences)
    assert 1 <= _second_reading_classifications(html, monkeypatch) <= 2 < read


@pytest.mark.parametrize("html", TWINS)
def test_a_page_not_read_again_classifies_nothing_twice(html, monkeypatch):
    assert _second_reading_classifications(html, monkeypatch) == 0
