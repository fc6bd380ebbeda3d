"""The learned veto (validators/claims/veto.py, issue 9: professional precision): on an information page a sentence
with a figure, a time of effect or an appeal to evidence that the veto model reads as no claim (a drug's
pharmacology, a side effect's rate, a background figure) gets no citation finding; a claim of what a treatment does
keeps its finding, and so does the same sentence on a page that is no information page. Examples in our own words,
unrelated to each other and to the evaluation texts."""


import pytest
from claim_helpers import claim_findings
from test_claims_page_genre import INFORMATION_PAGE

from validators.claims import veto
from validators.claims.analysis import analyse_document
from validators.claims.classify import Classification, Cue
from validators.claims.lexicon import lexicon_for
from validators.claims.matching import Probe
from validators.config import Config
from validators.sources import from_html

PROMOTIONAL = Config(disabled=frozenset({"copy", "link"}))
EDITORIAL = Config(disabled=frozenset({"copy", "link"}), claim_profile="editorial")
CITATION_RULES = {
    "claim.unnamed-evidence", "claim.uncited-statistic", "claim.uncited-timeline", "claim.uncited"}

# An information page of a health service (it instructs, doses, warns and tells the course; it sells nothing).
PAGE = INFORMATION_PAGE.replace("{timing}", "<p>{sentence}</p>").replace("{slips}", "")

# Read as no claim by the model: a side effect's rate on a lab value, how much of a dose is absorbed.
VETOED = [
    "The tablets can raise blood sugar in about 1 in 20 people who take them for more than a year.",
    "Around 40% of an oral dose is absorbed, and a fatty meal slows absorption a little.",
    "The pills can lower potassium in about 1 in 25 people who take them for longer than six months.",
    "The tablets can lower sodium in about 1 in 40 people who take them for longer than a year.",
]
# (each well below the threshold the build fits, 0.05 with fresh24: the refit moves it, RESULTS_claims_prof26.md)
# Claims of what a treatment does: still flagged on the same page.
TWINS = [
    "Studies show that the new tablet halves the number of gout attacks.",
    "Clinical trials show that the injection prevents 90% of flares.",
    "Evidence suggests that the gel relieves joint pain within 20 minutes.",
]


def _citation_rules(html: str, sentence: str, config: Config = PROMOTIONAL) -> list[str]:
    return sorted(f.rule for f in claim_findings(html, config) if f.sentence == sentence and f.rule in CITATION_RULES)


def _analysed(sentence: str, html: str):
    result = analyse_document(from_html(html, "article.html"), lexicon_for(()))
    return next(c for c in result.sentences if c.text == sentence)


@pytest.mark.parametrize("sentence", VETOED)
def test_a_sentence_read_as_no_claim_on_an_information_page_needs_no_citation(sentence):
    page = PAGE.format(sentence=sentence)
    found = _analysed(sentence, page).classification
    assert found.on_information_page and found.statistics and found.vetoed
    assert _citation_rules(page, sentence) == []
    assert _citation_rules(page, sentence, EDITORIAL) == []


@pytest.mark.parametrize("sentence", VETOED)
def test_the_same_sentence_off_an_information_page_keeps_its_finding(sentence):
    """A short draft shows no information page's voice: the veto does not read it."""
    draft = f"<h1>Note</h1><p>Keep the joint raised. {sentence}</p>"
    assert not _analysed(sentence, draft).classification.vetoed
    assert _citation_rules(draft, sentence) == ["claim.uncited-statistic"]


@pytest.mark.parametrize("sentence", TWINS)
def test_a_claim_of_what_a_treatment_does_is_still_flagged_on_an_information_page(sentence):
    page = PAGE.format(sentence=sentence)
    assert not _analysed(sentence, page).classification.vetoed
    assert _citation_rules(page, sentence) == ["claim.unnamed-evidence"]
    assert _citation_rules(page, sentence, EDITORIAL) == ["claim.unnamed-evidence"]


@pytest.mark.parametrize("cue", ["absolute", "superlatives", "supply"])
def test_a_promise_a_superlative_or_an_unlawful_offer_is_never_vetoed(cue):
    statistic = Cue("statistic", 0, 3, "90%")
    found = Classification(True, "test", statistics=[statistic], on_information_page=True)
    assert veto.vetoable(found)
    setattr(found, cue, [Cue(cue, 0, 3, "xyz")])
    assert not veto.vetoable(found)


def test_nothing_on_a_page_that_sells_is_vetoable():
    found = Classification(True, "test", statistics=[Cue("statistic", 0, 3, "90%")], on_information_page=True,
                           on_selling_page=True)
    assert not veto.vetoable(found)


def test_scores_below_the_threshold_veto():
    lexicon = lexicon_for(())
    assert veto.vetoes(Probe(VETOED[0]), lexicon)
    assert not veto.vetoes(Probe(TWINS[0]), lexicon)



def _scored(claim_scores, non_claim_scores=()):
    return ([("professional", (1, "unnamed-evidence"), s) for s in claim_scores]
            + [("professional", (0, "org-statistic"), s) for s in non_claim_scores])


def test_the_threshold_is_the_highest_step_that_loses_no_claim():
    """veto_cv.choose_threshold: with fewer than 50 claims the 2 % budget allows none to be lost."""
    from validators.claims import veto_cv

    assert veto_cv.choose_threshold(_scored([0.12, 0.6, 0.9], [0.01, 0.3])) == 0.1
    assert veto_cv.choose_threshold(_scored([0.26, 0.6], [0.01])) == 0.25
    assert veto_cv.choose_threshold(_scored([0.55, 0.9])) == 0.5


def test_no_step_within_the_budget_switches_the_veto_off():
    from validators.claims import veto_cv

    assert veto_cv.choose_threshold(_scored([0.01, 0.6, 0.9])) == 0.0
    assert veto_cv.choose_threshold(_scored([0.015, 0.016])) == 0.0


def test_a_larger_sample_may_lose_its_two_percent():
    """100 claims: 2 may fall below the threshold, not 3."""
    from validators.claims import veto_cv

    assert veto_cv.choose_threshold(_scored([0.12, 0.13] + [0.9] * 98)) == 0.5
    assert veto_cv.choose_threshold(_scored([0.12, 0.13, 0.14] + [0.9] * 97)) == 0.1


def test_unlabelled_findings_do_not_move_the_threshold():
    from validators.claims import veto_cv

    rows = _scored([0.3]) + [("professional", None, 0.01)] * 5
    assert veto_cv.choose_threshold(rows) == 0.3
