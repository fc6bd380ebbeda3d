"""A document's classifier remembers its answers (`Classifier(remember=True)`): a sentence met again with the same
arguments (text, list item or not, the context before it, a prescription-only medicine on the page, a page that
sells) takes a copy of the first answer instead of being classified again. The analysis must be the one a classifier
that remembers nothing gives, and each copy must be a separate object (the page's later readings change one sentence's
answer, a heading's, without changing its twin's)."""

import pytest
from test_claims_second_reading import _state

from validators.claims import analysis
from validators.claims.classify import Classifier
from validators.config import Config
from validators.sources import from_html

PAGES = [
    # a question-and-answer page that repeats its answer after each question
    "<h1>Vitamin D</h1><p>Do I need vitamin D?</p><p>Vitamin D keeps bones strong.</p>"
    "<p>Can children take it?</p><p>Vitamin D keeps bones strong.</p><p>Ask a pharmacist first.</p>",
    # a shop page that repeats its promise, once as a heading and once as a list item (the same arguments)
    "<h1>Calm Patch</h1><h2>Relieves back pain in 10 minutes</h2><p>Buy now for only £29.99.</p>"
    "<ul><li>Relieves back pain in 10 minutes</li><li>Free delivery</li></ul>"
    "<p>Relieves back pain in 10 minutes.</p><p>Relieves back pain in 10 minutes.</p>",
    # a long page: an article repeated, with a journal named and unnamed evidence leaned on (read twice)
    ("<p>Research has shown that cherry juice lowers uric acid. Studies show that it calms inflamed joints. "
     "Experts agree that cherry juice prevents gout attacks. Research shows that tart cherries work best.</p>"
     "<p>A study published in the Journal of Rheumatology found that cherry juice halved flares. "
     "It also eased pain within 2 weeks.</p>") * 3,
]
# twins: pages without a repeated sentence
TWINS = [
    "<h1>Vitamin D</h1><p>Do I need vitamin D?</p><p>Vitamin D keeps bones strong.</p>"
    "<p>Can children take it?</p><p>Ask a pharmacist first.</p>",
    "<h1>Calm Patch</h1><h2>Relieves back pain in 10 minutes</h2><p>Buy now for only £29.99.</p>"
    "<ul><li>Free delivery</li></ul>",
    "<p>Research has shown that cherry juice lowers uric acid. Studies show that it calms inflamed joints.</p>",
]


def _analyse(html: str) -> analysis.DocumentClaims:
    return analysis.claims_of(from_html(html, "page.html"), Config())


class _Forgetful(Classifier):
    def __init__(self, *args, remember: bool = False, **kwargs):
        super().__init__(*args, **kwargs)


def _analyse_remembering_nothing(html: str, monkeypatch) -> analysis.DocumentClaims:
    with monkeypatch.context() as patched:
        patched.setattr(analysis, "Classifier", _Forgetful)
        return _analyse(html)


def _classified(html: str, monkeypatch) -> tuple[int, int]:
    """(sentences classified, distinct argument sets among them) in the page's analysis."""
    arguments = []
    classify = Classifier._classify

    def counting(self, *args):
        arguments.append((id(self), *args))
        return classify(self, *args)

    with monkeypatch.context() as patched:
        patched.setattr(Classifier, "_classify", counting)
        _analyse(html)
    return len(arguments), len(set(arguments))


@pytest.mark.parametrize("html", PAGES + TWINS)
def test_remembered_answers_give_the_analysis_of_fresh_ones(html, monkeypatch):
    assert _state(_analyse(html)) == _state(_analyse_remembering_nothing(html, monkeypatch))


@pytest.mark.parametrize("html", PAGES + TWINS)
def test_each_argument_set_is_classified_once(html, monkeypatch):
    classified, distinct = _classified(html, monkeypatch)
    assert classified == distinct


@pytest.mark.parametrize("html", PAGES)
def test_a_repeated_sentence_gets_a_separate_copy(html):
    claims = _analyse(html)
    by_text: dict[str, list] = {}
    for claim in claims.sentences:
        by_text.setdefault(claim.text, []).append(claim.classification)
    repeated = [found for found in by_text.values() if len(found) > 1]
    assert repeated
    for found in repeated:
        assert len({id(f) for f in found}) == len(found)


def test_a_heading_changed_by_the_page_leaves_its_twin_list_item_alone():
    claims = _analyse(PAGES[1])
    heading, item = (c.classification for c in claims.sentences if c.text == "Relieves back pain in 10 minutes")
    assert heading.is_claim and item.is_claim
    assert vars(heading) == vars(item)
    heading.is_claim = False
    assert item.is_claim
