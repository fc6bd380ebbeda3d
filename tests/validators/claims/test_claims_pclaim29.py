"""Claims on professional pages, round 29 (issue 9, branch pclaim29): a numbered reference list that ends at the page's
own text, a sentence citing a reference entry that has no identifier on a page that sells nothing, a denial hedged
by likelihood, and a publisher's surveillance record of where a disease was counted most. Each class with at least
three unrelated examples and three correct twins; examples are unrelated to the evaluation texts."""

import pytest
from claim_helpers import GOUT_SHOP_PAGE, INFO_PAGE, claim_findings, reference_entry_findings, sentence_rules

from validators.claims.analysis import analyse_document
from validators.claims.lexicon import lexicon_for
from validators.sources import from_html


def _reading(page: str, sentence: str):
    analysis = analyse_document(from_html(page.format(sentence)), lexicon_for(()))
    return next(s.classification for s in analysis.sentences if s.text == sentence)


# 1. A reference list whose entries carry their own numbers ends at the first block without one that does not look
# like a reference (citations._ends_numbered_list).
_NUMBERED = (
    "<h1>Gout</h1><p>Colchicine lowers the number of flares in the first months of allopurinol [1].</p>"
    "<h2>References</h2><p>[1] Smith A and others. Colchicine before allopurinol. doi:10.1000/xyz123</p>{}"
)


def _reference_findings(html: str) -> list[str]:
    return reference_entry_findings(_NUMBERED.format(html))


@pytest.mark.parametrize(
    "after",
    [
        "<p>Contact the rheumatology nurses on 0113 496 0021, Monday to Friday.</p>",
        "<p>Our full audit, with its methods, is available from the clinical governance office.</p>",
        "<p>This leaflet was written by the pharmacy team and reviewed by two patients.</p>",
    ],
)
def test_the_page_text_after_a_numbered_reference_list_is_no_entry(after):
    assert _reference_findings(after) == []


@pytest.mark.parametrize(
    "after",
    [
        "<p>[2] Jones B. Gout in women. Rheumatology, 2019.</p>",
        "<p>2. Jones B. Gout in women. Rheumatology, 2019.</p>",
        "<p>[2] British Society for Rheumatology. Gout guideline, 2017.</p>",
    ],
)
def test_a_later_numbered_entry_without_a_source_is_still_reported(after):
    assert _reference_findings(after) != []


def test_an_unnumbered_continuation_shaped_like_a_reference_stays_in_the_list():
    html = _NUMBERED.format("<p>Jones B, et al. Gout in women. BMJ 2019;364:l123.</p>")
    entries = reference_entry_findings(html)
    assert entries != []


# 2. A marker resolving to a reference entry without an identifier cites the sentence on a page that sells nothing
# (citations.listed); the entry is reported once (claim.reference-without-source).
_REFERENCED = (
    INFO_PAGE.replace("<p>{}</p>", "<p>{}</p>")
    + "<h2>References</h2><ol><li>Patel R, et al. Diet and gout flares. Arthritis Care, 2020.</li>"
    "<li>National Institute for Clinical Standards. Gout: diagnosis and management, 2022.</li></ol>"
)
_SOLD_REFERENCED = (
    GOUT_SHOP_PAGE + "<h2>References</h2><ol><li>Patel R, et al. Diet and gout flares. Arthritis Care, 2020.</li>"
    "<li>National Institute for Clinical Standards. Gout: diagnosis and management, 2022.</li></ol>"
)
_CITATION_RULES = {"claim.unnamed-evidence", "claim.uncited-statistic", "claim.uncited-timeline", "claim.uncited"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A cohort study found that people who drank sugary drinks every day had more gout flares [1].",
        "In a national analysis, about 1 in 40 adults had gout [2].",
        "A trial found that allopurinol started during a flare lowered uric acid by 40% within a month [1].",
    ],
)
def test_a_sentence_citing_a_listed_entry_is_cited_on_a_page_that_sells_nothing(sentence):
    assert not _CITATION_RULES & set(sentence_rules(_REFERENCED, sentence))
    assert "claim.reference-without-source" in {f.rule for f in claim_findings(_REFERENCED.format(sentence))}


@pytest.mark.parametrize(
    "page, sentence",
    [
        (_SOLD_REFERENCED, "A trial found that GoutAway capsules cut gout flares by 60% [1]."),
        (_REFERENCED, "A trial found that cherry extract cut gout flares by 60% [7]."),  # resolves to nothing
        (_REFERENCED, "A trial found that cherry extract cut gout flares by 60%."),  # no marker
    ],
)
def test_a_sellers_or_a_dangling_or_an_unmarked_appeal_is_still_uncited(page, sentence):
    assert _CITATION_RULES & set(sentence_rules(page, sentence))


# 3. A denial hedged by likelihood (claims_functions.yaml hedged_denials; function.is_hedged_denial).
@pytest.mark.parametrize(
    "sentence",
    [
        "Cherry juice is unlikely to prevent gout attacks in most people.",
        "Copper bracelets are not likely to ease joint pain.",
        "A low-purine diet on its own is very unlikely to bring uric acid down to the target level.",
    ],
)
def test_a_hedged_denial_is_no_claim(sentence):
    found = _reading(INFO_PAGE, sentence)
    assert not found.is_claim and found.function == "negative"


@pytest.mark.parametrize(
    "page, sentence",
    [
        (INFO_PAGE, "Cherry juice prevents gout attacks in most people."),
        (INFO_PAGE, "Cherry juice is likely to prevent gout attacks in most people."),
        (GOUT_SHOP_PAGE, "GoutAway capsules clear gout attacks in most people."),
    ],
)
def test_an_undenied_or_likely_effect_stays_a_claim(page, sentence):
    assert _reading(page, sentence).is_claim


# 4. A publisher's surveillance record of where or in whom a disease was counted most (claims_functions.yaml
# superlative_exceptions): no ranking of anything sold.
@pytest.mark.parametrize(
    "sentence",
    [
        "We recorded the highest numbers of gout admissions in coastal towns and the north east.",
        "Our laboratories reported the highest rates of raised uric acid among men over 60.",
        "Our surveillance team found the largest number of cases in people aged 50 to 64.",
    ],
)
def test_a_surveillance_record_of_where_a_disease_was_counted_most_is_no_superlative(sentence):
    assert "claim.superlative" not in sentence_rules(INFO_PAGE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We recorded the lowest complication rates in the region.",
        "Our success rates are the highest in the country.",
        "We recorded the highest success rates in the north east.",
    ],
)
def test_a_ranking_of_the_speakers_results_stays_a_superlative(sentence):
    assert "claim.superlative" in sentence_rules(INFO_PAGE, sentence)
