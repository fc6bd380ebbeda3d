"""Round mclaim42 (RESULTS_claims_mclaim42.md): the claim model reads each word's stem as well as the word.

`statistical.stem` takes an inflection or adverb ending off a word ("calmed" -> "calm", "strengthened" ->
"strengthen"); `statistical.features` adds the stem of every word of more than three letters ("t:calm"), so a
benefit written with a form of a word the labelled pages used in another form shares that form's weight. Grouped
5-fold cross-validation over the tuned sets: the model alone reaches its threshold on 605 of 1011 labelled marketing
claims with stems, 563 without (non-claims 11 and 9).

The claims below are written for this test (no tuned page holds them); in a section that sells (threshold 0.70) the
model promotes them, and their twins, sentences about packaging and dispatch built the same way (a plural noun and
a past participle), stay unflagged.
"""

import pytest
from claim_helpers import claim_findings

from validators.claims import statistical
from validators.claims.lexicon import lexicon_for
from validators.claims.matching import Probe

# a page that sells: a section of promises the rules read, then the sentence
SELLING_SECTION = ("<h1>SootheWell balm</h1><p>Free delivery on every order.</p><h2>What it does</h2>"
                   "<p>Clinically proven to relieve muscle pain in 7 days.</p>"
                   "<p>Guaranteed to work or your money back.</p><p>{}</p>")

# benefit lines whose participles the labelled pages use in other forms
INFLECTED_CLAIMS = [
    "Flaky scalps calmed and comforted.",
    "Aching backs straightened and strengthened.",
    "Throbbing heads quieted without tablets.",
]
# the same shape about packaging and dispatch
INFLECTED_NON_CLAIMS = [
    "Our labels are printed with vegetable inks.",
    "Spare straps are sold separately.",
    "Refills are delivered monthly.",
]


@pytest.mark.parametrize(("word", "expected"), [
    ("loosened", "loosen"), ("loosening", "loosen"), ("loosens", "loosen"), ("calmed", "calm"),
    ("quickly", "quick"), ("strengthened", "strengthen"), ("markedly", "mark"),
])
def test_a_stem_drops_the_inflection_or_adverb_ending(word, expected):
    assert statistical.stem(word) == expected


@pytest.mark.parametrize("word", ["calm", "eyes", "used", "bring", "only"])
def test_a_word_that_would_keep_fewer_than_four_letters_stays_whole(word):
    assert statistical.stem(word) == word


def test_the_forms_of_a_word_share_one_stem_feature():
    first = statistical.features("Soothes tired feet")
    second = statistical.features("Soothing tired feet")
    assert "t:sooth" in first and "t:sooth" in second
    assert "w:soothes" in first and "w:soothes" not in second


def test_short_words_and_figures_have_no_stem_feature():
    found = statistical.features("Use it 2 times a day")
    assert not [f for f in found if f.startswith("t:") and f[2:] in ("use", "it", "0", "a", "day")]
    assert "t:times" not in found and "t:time" in found


@pytest.mark.parametrize("sentence", INFLECTED_CLAIMS)
def test_the_claims_reach_the_selling_sections_threshold(sentence):
    score = statistical.sentence_score(Probe(sentence), lexicon_for(()))
    assert score >= statistical.SELLING_SECTION_THRESHOLD


@pytest.mark.parametrize("sentence", INFLECTED_CLAIMS)
def test_an_inflected_benefit_in_a_selling_section_is_promoted(sentence):
    found = [f for f in claim_findings(SELLING_SECTION.format(sentence)) if f.sentence == sentence]
    assert [f.rule for f in found] == ["claim.uncited"]


@pytest.mark.parametrize("sentence", INFLECTED_NON_CLAIMS)
def test_a_packaging_twin_in_the_same_section_is_no_claim(sentence):
    assert not [f for f in claim_findings(SELLING_SECTION.format(sentence)) if f.sentence == sentence]


def test_an_instruction_needs_the_instruction_threshold_outside_a_selling_section():
    from types import SimpleNamespace

    instruction, statement = SimpleNamespace(function="instruction"), SimpleNamespace(function="background")
    assert statistical._threshold(1, set(), set(), instruction) == statistical.INSTRUCTION_THRESHOLD
    assert statistical._threshold(1, set(), {1}, instruction) == statistical.INSTRUCTION_THRESHOLD
    assert statistical._threshold(1, {1}, {1}, instruction) == statistical.SELLING_SECTION_THRESHOLD
    assert statistical._threshold(1, set(), {1}, statement) == statistical.LEANING_SECTION_THRESHOLD
    assert statistical._threshold(1, set(), set(), statement) == statistical.PAGE_THRESHOLD
