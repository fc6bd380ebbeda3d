"""The second gate of vocabulary regexes (`matching.regex_clauses`) and a probe's live vocabularies are speed-ups
only: they must never change what a vocabulary finds."""

import re

import pytest
from claim_helpers import tuned_sentences
from hypothesis import example, given, settings
from hypothesis import strategies as st

from validators.claims import matching
from validators.claims.absolute_rules import AbsolutePromise
from validators.claims.build_gates import vocabularies_of
from validators.claims.lexicon import lexicon_for
from validators.claims.matching import (
    DIGIT,
    LazyRegex,
    Probe,
    Vocabulary,
    _clause_holds,
    _clause_regex,
    _letter_first,
    implied_by_gates,
    regex_clauses,
)
from validators.config import Config

SENTENCES = tuned_sentences(6)
WORDS = st.sampled_from(
    "within 2 weeks after six months 95% of patients #1 No. 1 Zinc+ ™ ® take 3 tablets one in ten "
    "İn wıthin ſix Kelvin K days rash clears up SuperCream completely safe cure no prescription needed".split()
)
TEXTS = st.lists(WORDS, min_size=1, max_size=25).map(" ".join)


def _vocabularies():
    return list(vocabularies_of(lexicon_for()))


def _check(text):
    """Every vocabulary finds in `text` what it finds with no clause gate, and no regex that matches is skipped."""
    probe = Probe(text)
    found = [vocabulary.spans(probe) for vocabulary in _vocabularies()]
    for vocabulary in _vocabularies():
        for regex in vocabulary.regexes():
            if any(m.end() > m.start() for m in regex.compiled.finditer(text)):
                assert regex.admits(probe), f"{regex.pattern!r} matches {text!r} but its clauses skip it"
    admits = LazyRegex.admits
    LazyRegex.admits = lambda self, probe: True
    try:
        unguarded = Probe(text)
        assert [vocabulary.spans(unguarded) for vocabulary in _vocabularies()] == found
    finally:
        LazyRegex.admits = admits


@pytest.mark.parametrize("text", SENTENCES[:300])
def test_clauses_never_skip_a_regex_that_matches_an_evaluation_sentence(text):
    _check(text)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
@example("wıthin ſix days")  # letters that match ASCII ones only case-insensitively
@example("Try SuperCream+ today")
def test_clauses_never_skip_a_regex_that_matches(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.one_of(TEXTS, st.sampled_from(SENTENCES)))
def test_a_probe_answers_as_every_vocabulary_would_without_its_live_set(text):
    probe = Probe(text)
    for vocabulary in _vocabularies():
        found, anywhere = vocabulary.spans(probe), vocabulary.any(probe)
        probe.live.add(vocabulary.id)  # as if it might match: the full lookup
        assert (vocabulary.spans(probe), vocabulary.any(probe)) == (found, anywhere)


@pytest.mark.parametrize(
    ("source", "clauses"),
    [
        (r"#1\b|\bno\.\s?1\b", [{"#1", "no."}]),
        (r"\b[A-Z][A-Za-z]+\+", [{"+"}]),
        ("[™®]", [{"™", "®"}]),
        (r"\b\d+\s?%\s+off\b", [{DIGIT}, {"%"}, {"off"}]),
        (r"\bwithin\s+(?:\d+|two|three)\s+(?:days|weeks)\b", [{"days", "weeks"}, {DIGIT, "three", "two"}, {"within"}]),
        (r"\b(?:in|of)\s+the\b", []),  # common words: a clause nearly every sentence holds is not worth a look
        (r"(?:a|b)?cure", [{"cure"}]),
    ],
)
def test_regex_clauses(source, clauses):
    assert sorted(map(sorted, regex_clauses(source, re.IGNORECASE))) == sorted(map(sorted, clauses))


def test_a_vocabulary_regex_whose_clause_the_sentence_lacks_is_not_run():
    vocabulary = Vocabulary([r"re:\bwithin\s+\d+\s+(?:days|weeks)\b"])
    assert vocabulary.spans(Probe("Results come within days.")) == []
    assert vocabulary.spans(Probe("Results come within 3 days.")) == [(13, 26)]
    assert vocabulary.any(Probe("Results come WITHIN 3 DAYS."))


@pytest.mark.parametrize(
    ("clause", "gates", "implied"),
    [
        ({"safe", "good"}, ("=safe", "=good"), True),  # each gate word holds a string of the clause
        ({"cure"}, ("^cured", "=curing"), False),  # "curing" lacks "cure"
        ({"week", DIGIT}, (DIGIT, "^weeks"), True),
        ({"week"}, (DIGIT, "^weeks"), False),  # a digit gate says nothing of "week"
        ({"we'll"}, ("=we'll",), False),  # the sentence may spell it with a curly apostrophe
        ({"ll"}, ("=we'll",), True),
        ({"safe"}, None, False),  # an ungated regex: no gate says anything
    ],
)
def test_a_clause_is_left_out_only_when_every_gate_of_its_regex_satisfies_it(clause, gates, implied):
    assert implied_by_gates(frozenset(clause), gates) is implied


def test_leaving_out_implied_clauses_keeps_every_regex_that_matches_an_evaluation_sentence():
    """The clauses left out are those every gate satisfies: a regex whose gate a sentence opens is still run."""
    for vocabulary in _vocabularies():
        for regex in vocabulary.regexes():
            kept = set(regex.clauses())
            for clause in regex_clauses(regex.pattern, regex.flags):
                if _clause_regex(clause) not in kept:
                    assert implied_by_gates(clause, regex.gates)


def test_a_clause_keeps_only_strings_that_hold_no_other_of_its_strings():
    assert _clause_regex(frozenset({"treatments", "treatment", "days", "day", "week"})) == ("treatment", "week", "day")
    assert _clause_regex(frozenset({"cures", "cure"})) == "cure"
    assert _clause_regex(frozenset({"percent", "cent", DIGIT})).pattern == r"cent|\d"


def test_a_shortened_clause_answers_as_the_whole_clause_on_evaluation_sentences():
    clauses = {
        clause
        for vocabulary in _vocabularies()
        for regex in vocabulary.regexes()
        for clause in regex_clauses(regex.pattern, regex.flags)
    }
    for text in SENTENCES:
        probe = Probe(text)
        lower = probe.lower
        for clause in clauses:
            whole = any(s in lower for s in clause if s != DIGIT) or (DIGIT in clause and probe.has_digit)
            assert _clause_holds(_clause_regex(clause), probe, lower) is whole, (clause, text)


def _same_matches_letter_first(text):
    """Every vocabulary regex, compiled letter first (`_letter_first`), finds what the regex as written finds."""
    for vocabulary in _vocabularies():
        for regex in vocabulary.regexes():
            written = re.compile(regex.pattern, regex.flags)
            assert [m.span() for m in regex.compiled.finditer(text)] == [m.span() for m in written.finditer(text)]


@pytest.mark.parametrize("text", SENTENCES[:100])
def test_a_regex_compiled_letter_first_matches_as_written_on_evaluation_sentences(text):
    _same_matches_letter_first(text)


@settings(max_examples=60, deadline=None)
@given(TEXTS)
@example("Kelvin K days: ſix KK sick")  # letters that match "k" and "s" only case-insensitively
def test_a_regex_compiled_letter_first_matches_as_written(text):
    _same_matches_letter_first(text)


@pytest.mark.parametrize(
    ("pattern", "flags", "compiled"),
    [
        (r"\bcall\s+us\b", re.IGNORECASE, r"c(?<=\bc)all\s+us\b"),
        (r"\bready\s+to\b", re.IGNORECASE, r"r(?<=\br)eady\s+to\b"),
        (r"\bat\s+(?-i:[A-Z]\w+)", re.IGNORECASE, r"a(?<=\ba)t\s+(?-i:[A-Z]\w+)"),
        (r"\ba?cure", re.IGNORECASE, r"\ba?cure"),  # a quantified letter: as written
        (r"\b(?:cure|heal)", re.IGNORECASE, r"\b(?:cure|heal)"),  # no letter first
        (r"\bcure", re.IGNORECASE | re.VERBOSE, r"\bcure"),  # a verbose regex: as written
    ],
)
def test_letter_first(pattern, flags, compiled):
    assert _letter_first(pattern, flags) == compiled


@pytest.mark.parametrize(
    ("text", "lookalikes"),
    [
        ("Results come within 3 days.", False),  # ASCII: known when the probe is made
        ("Zinc+ clears a rash.", False),
        ("", False),
        ("Café au lait spots fade — slowly.", False),  # not ASCII, but no letter case folding turns into ASCII
        ("A 95 % rate, £20 a month ™", False),
        ("İn six weeks", True),  # the dotted capital I folds to "i"
        ("wıthin days", True),  # the dotless i
        ("ſix months", True),  # the long s
        ("273 \u212a", True),  # the Kelvin sign folds to "k"
    ],
)
def test_a_probe_knows_whether_its_text_holds_case_folding_lookalike_letters(text, lookalikes):
    assert Probe(text).lookalikes is lookalikes


def _forget_compiled(vocabularies):
    """The vocabularies as a process that has loaded them but run none of their regexes holds them."""
    for vocabulary in vocabularies:
        for regex in vocabulary.regexes():
            regex._compiled = None
    matching._compiled_through[0] = -1


def _all_compiled(vocabularies) -> bool:
    return all(regex._compiled is not None for vocabulary in vocabularies for regex in vocabulary.regexes())


def test_the_claim_rules_compile_the_regexes_before_a_worker_is_forked():
    """`prepare` runs in the engine's process before the documents go to a worker: a worker forked from it holds
    them compiled."""
    vocabularies = _vocabularies()
    _forget_compiled(vocabularies)
    AbsolutePromise(Config()).prepare([])
    assert _all_compiled(vocabularies)


def test_the_claim_rules_compile_nothing_ahead_when_they_run_in_this_process():
    vocabularies = _vocabularies()
    _forget_compiled(vocabularies)
    AbsolutePromise(Config(isolate_checks=False)).prepare([])
    assert not any(regex._compiled for vocabulary in vocabularies for regex in vocabulary.regexes())
