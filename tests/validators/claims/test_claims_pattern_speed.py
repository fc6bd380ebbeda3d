"""Speed-ups of the claim patterns that must never change a match: alternations that open without look-behinds
(`lexicon.alternation(after_word_break=True)`) match exactly where their twins with a look-behind on every entry do,
and a gate before a regex (`classify._indication_before`) never hides one of its matches."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from validators.claims import classify, lexicon
from validators.claims.build_gates import vocabularies_of

WORDS = st.sampled_from(
    "in within after by as soon early little less than just only under 2 10 3.5 one two a an few couple of days "
    "weeks week-long months hours - – to or tofive oneto the first next about up at least ago later ſix İn wıthin "
    "x4 3-4 six-week 5to6 10or12 within2 in-2 day treatment make sure always please don't relief from support for "
    "boost twice three times as effective more powerful faster than how whether what why it works used prescribed "
    "Make Sure".split()
)
SEPARATORS = st.sampled_from([" ", "-", "", "  ", ", ", "\n"])
TEXTS = st.lists(st.tuples(WORDS, SEPARATORS), min_size=1, max_size=10).map(
    lambda pairs: "".join(word + separator for word, separator in pairs)
)


def _patterns(built: lexicon.ClaimLexicon) -> dict[str, re.Pattern]:
    """Every compiled pattern of a lexicon: its own fields and its vocabularies' regexes, by where they are."""
    found = {name: value for name, value in vars(built).items() if isinstance(value, re.Pattern)}
    for number, vocabulary in enumerate(vocabularies_of(built)):
        for position, regex in enumerate(vocabulary.regexes()):
            found[f"vocabulary {number} regex {position}"] = regex.compiled
    return found


def _lexicon(with_lookbehinds: bool) -> lexicon.ClaimLexicon:
    alternation = lexicon.alternation
    if with_lookbehinds:
        lexicon.alternation = lambda entries, after_word_break=False: alternation(entries)
    try:
        return lexicon.build_lexicon()
    finally:
        lexicon.alternation = alternation


FAST, PLAIN = _patterns(_lexicon(False)), _patterns(_lexicon(True))
CHANGED = sorted(name for name in FAST if FAST[name].pattern != PLAIN[name].pattern)


def test_the_timeline_and_instruction_patterns_open_without_lookbehinds():
    assert {"duration", "instruction_leader", "embedded_question_tail"} <= set(CHANGED)
    assert len(CHANGED) >= 6  # and the timeline, benefit-noun and multiplied-comparison regexes of vocabularies


@pytest.mark.parametrize("name", CHANGED)
@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
@example(text="Most people feel better within 2 weeks, and in as little as three to five days.")
@example(text="about 6 tofive weeks after oneto two days")
@example(text="Make sure to apply it twice a day; it is used to treat how it works")
def test_alternations_without_lookbehinds_match_the_same(name, text):
    fast, plain = FAST[name], PLAIN[name]
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert _span(fast.match(text)) == _span(plain.match(text))


def _span(match: re.Match | None) -> tuple[int, int] | None:
    return match.span() if match else None


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
@example(text="it is used to ")
@example(text="often PRESCRIBED For\n")
@example(text="used to treat")
def test_the_indication_gate_never_hides_a_match(text):
    assert classify._indication_before(text) == (classify._INDICATION.search(text) is not None)
