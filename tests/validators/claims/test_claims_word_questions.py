"""`Vocabulary.matches_word`, `matching_words` and `starts_at` answer a question about one token from the probe's hits
instead of listing every match of the sentence: they must answer exactly as the `search` they replace, for every
vocabulary (regexes included), on evaluation sentences and on random texts."""

import pytest
from claim_helpers import tuned_sentences
from hypothesis import example, given, settings
from hypothesis import strategies as st

from validators.claims.build_gates import vocabularies_of
from validators.claims.lexicon import lexicon_for
from validators.claims.matching import Probe, Vocabulary

SENTENCES = tuned_sentences(4)
WORDS = st.sampled_from(
    "visible younger skin stronger bones side effects joint pain relief contains ships fits sells 2 weeks 95% "
    "No more aching knees hair loss back pain low back pain İn ſix Kelvin its it's don’t SuperCream+ — : ,".split()
)
TEXTS = st.lists(WORDS, min_size=1, max_size=20).map(" ".join)


def _check(text: str, vocabularies: list[Vocabulary]) -> None:
    for vocabulary in vocabularies:
        probe = Probe(text)  # a fresh probe: the answers must not depend on the questions asked before
        expected_words = set()
        for index, start in enumerate(probe.starts):
            end = probe.ends[index]
            within = vocabulary.search(probe, start, end) is not None
            found = vocabulary.search(probe, start)
            begins = found is not None and found[0] == start
            assert vocabulary.matches_word(probe, index) == within, (text, index, vocabulary.regexes())
            assert vocabulary.starts_at(probe, index) == begins, (text, index, vocabulary.regexes())
            if within:
                expected_words.add(index)
        assert vocabulary.matching_words(Probe(text)) == expected_words, text


@pytest.fixture(scope="module")
def vocabularies():
    return list(vocabularies_of(lexicon_for()))


@pytest.mark.parametrize("text", SENTENCES[:200])
def test_word_questions_answer_as_search_on_evaluation_sentences(text, vocabularies):
    _check(text, vocabularies)


@settings(max_examples=80, deadline=None)
@given(TEXTS)
@example("Visible difference overnight")
@example("İn visible")  # "İ" lower-cased is two characters: the last word ends past the text
@example("Stronger bones, healthier joints, fewer aches")
@example("SoundPure sells hearing aids that ease tinnitus")
def test_word_questions_answer_as_search_on_random_texts(text):
    _check(text, list(vocabularies_of(lexicon_for())))


def test_a_phrase_of_several_words_is_no_match_within_its_first_word():
    vocabulary = Vocabulary(["back pain", "back"])
    probe = Probe("Low back pain, and back again")
    back, later_back = probe.words.index("back"), len(probe.words) - 2
    assert not vocabulary.matches_word(probe, back)  # the longest match there is "back pain"
    assert vocabulary.starts_at(probe, back)
    assert vocabulary.matches_word(probe, later_back)
    assert vocabulary.matching_words(probe) == {later_back}


def test_a_regex_entry_is_asked_through_search():
    vocabulary = Vocabulary([r"re:\bsells?\b", "ships"])
    probe = Probe("It sells and ships")
    assert [vocabulary.matches_word(probe, i) for i in range(4)] == [False, True, False, True]
    assert [vocabulary.starts_at(probe, i) for i in range(4)] == [False, True, False, True]
    assert vocabulary.matching_words(probe) == {1, 3}
