"""Alternations that open without look-behinds (`lexicon.alternation(after_word_break=True)`) are a speed-up only:
the timeline and duration patterns must match exactly where they match with a look-behind on every entry."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from validators.claims import lexicon
from validators.vocabulary import load_vocabulary

NUMBERS = load_vocabulary("claims_statistics")
WORDS = st.sampled_from(
    "in within after by as soon early little less than just only under 2 10 3.5 one two a an few couple of days "
    "weeks week-long months hours - – to or tofive oneto the first next about up at least ago later ſix İn wıthin "
    "x4 3-4 six-week 5to6 10or12 within2 in-2 day treatment".split()
)
SEPARATORS = st.sampled_from([" ", "-", "", "  ", ", ", "\n"])
TEXTS = st.lists(st.tuples(WORDS, SEPARATORS), min_size=1, max_size=10).map(
    lambda pairs: "".join(word + separator for word, separator in pairs)
)


def _with_lookbehinds(build) -> re.Pattern:
    """The pattern `build` makes when every alternation keeps its entries' look-behinds."""
    alternation = lexicon.alternation
    lexicon.alternation = lambda entries, after_word_break=False: alternation(entries)
    try:
        return re.compile(build(NUMBERS), lexicon.FLAGS)
    finally:
        lexicon.alternation = alternation


@pytest.mark.parametrize("build", [lexicon._timeline_pattern, lexicon._duration_pattern])
@settings(max_examples=400, deadline=None)
@given(text=TEXTS)
@example(text="Most people feel better within 2 weeks, and in as little as three to five days.")
@example(text="about 6 tofive weeks after oneto two days")
def test_alternations_without_lookbehinds_match_the_same(build, text):
    fast, plain = re.compile(build(NUMBERS), lexicon.FLAGS), _with_lookbehinds(build)
    assert fast.pattern != plain.pattern
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
