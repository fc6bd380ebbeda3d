"""Shortcuts of the claim analysis that must answer exactly as the longer way (speedclaim43)."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from validators.claims.analysis import claims_of, sentence_probes
from validators.claims.function import is_negative
from validators.claims.lexicon import lexicon_for
from validators.claims.matching import Probe, pieces_between, split_words
from validators.claims.statistical import stem
from validators.config import Config
from validators.sources import from_html

PAGES = [
    "Don't stop. It’s 10mg—twice a day! O'Neil's dogs' toys, 3'x and “quoted” words.",
    "Ibuprofen eases pain within an hour. Our clinic's nurses can't promise a cure: ask your GP.",
    "Zinc lozenges (10 mg) shorten colds by 2 days in 1 of 3 trials - see ref [2]. Naïve café users' reviews.",
]


def _pieces_of_slice(text: str, start: int, end: int) -> list[str] | None:
    pieces = split_words(text)
    page = Probe(text, pieces)
    return pieces_between(pieces, page.starts, page.ends, start, end)


@pytest.mark.parametrize("text", PAGES)
def test_pieces_cut_from_the_page_are_those_of_the_slice_split_again(text):
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            cut = _pieces_of_slice(text, start, end)
            if cut is not None:
                assert cut == split_words(text[start:end]), (start, end)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab9 '’-.,İK\u212a", max_size=40), st.data())
@example("ab’c d", None)
def test_pieces_cut_from_any_text_are_those_of_the_slice_split_again(text, data):
    if len(text.lower()) != len(text):
        return  # the caller cuts only where lower-casing kept the length
    start = data.draw(st.integers(0, len(text))) if data else 0
    end = data.draw(st.integers(start, len(text))) if data else len(text)
    cut = _pieces_of_slice(text, start, end)
    if cut is not None:
        assert cut == split_words(text[start:end])


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Ibuprofen eases pain.", 2, 21),  # starts within "Ibuprofen"
    ("Ibuprofen eases pain.", 0, 12),  # ends within "eases"
    ("It’s here now.", 0, 3),  # ends within "It’s"
])
def test_a_slice_that_cuts_a_word_is_split_again(text, start, end):
    assert _pieces_of_slice(text, start, end) is None


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Ibuprofen eases pain. Rest helps.", 22, 33),
    ("  Ibuprofen eases pain.  ", 1, 24),
    ("One. Two.", 4, 5),  # a gap only
])
def test_a_slice_between_words_is_cut_out_of_the_page(text, start, end):
    assert _pieces_of_slice(text, start, end) == split_words(text[start:end])


@pytest.mark.parametrize("html", [
    "<p>Ibuprofen eases pain within an hour. Studies show zinc shortens colds.</p>",
    "<p>İstanbul clinic: our cream cures eczema for good. Order now, only £29.99!</p>",  # lower-casing lengthens it
    "<ul><li>Fewer aches</li><li>Calmer nights</li></ul><p>Don’t wait: it’s proven.</p>",
])
def test_the_sentence_probes_made_from_the_page_are_those_made_from_the_sentences(html):
    document = from_html(html, "page.html")
    claims_of(document, Config())
    probes = sentence_probes(document)
    assert probes
    for text, probe in probes.items():
        fresh = Probe(text)
        assert (probe.words, probe.starts, probe.ends, probe.hits, probe.gates, probe.live) == \
            (fresh.words, fresh.starts, fresh.ends, fresh.hits, fresh.gates, fresh.live)


@pytest.mark.parametrize("words", [
    "these remedies reduce swelling and relieve itching".split(),
    "the pain went away".split(),
    "it",
    [],
])
def test_verb_forms_positions_are_the_words_in_the_verb_forms(words):
    forms = lexicon_for(()).effect_verb_forms
    assert forms.positions(list(words)) == [index for index, word in enumerate(words) if word in forms]


@pytest.mark.parametrize(("words", "negative"), [
    # a negator on the first auxiliary after a long subject, as far as the reading goes (`_DENIAL_REACH`)
    ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
     "does not help".split(), True),
    ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
     "does really not help".split(), True),
    ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
     "does really truly not help".split(), False),
    ("zinc doesn't shorten colds".split(), True),
    ("zinc shortens colds".split(), False),
    ("zinc never stings".split(), True),
])
def test_a_denial_is_read_within_the_main_clause_words_it_reaches(words, negative):
    assert is_negative(words) is negative


@pytest.mark.parametrize(("word", "stemmed"), [("loosening", "loosen"), ("quickly", "quick"), ("calm", "calm")])
def test_stem_answers_the_same_when_asked_again(word, stemmed):
    assert stem(word) == stem(word) == stemmed
