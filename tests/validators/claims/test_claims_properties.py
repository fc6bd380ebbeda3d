"""Any text is classified and checked without raising, and findings stay inside the text."""

import json
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from validators.claims.build_gates import shipped_clauses, shipped_gates
from validators.claims.classify import Classifier
from validators.claims.lexicon import PageTerms, lexicon_for
from validators.claims.matching import (
    CLAUSES_FILE,
    DIGIT,
    GATES_FILE,
    LazyRegex,
    Probe,
    Vocabulary,
    gate_key,
    known_clauses,
    regex_clauses,
    required_literals,
    required_symbols,
)
from validators.claims.normalise import normalise_claim
from validators.config import Config
from validators.engine import check_documents
from validators.sources import from_html

WORDS = st.sampled_from(
    "Studies show that zinc cures acne 95% of patients within 2 weeks [1] [2–4] “miracle” no side effects "
    "Apply the cream Accutane isotretinoin References doi:10.1000/x , . ? : ; ( ) <sup>3</sup> don't "
    "should be treated Our team we guaranteed 1 in 3 adults by 40% permanently".split()
)
SENTENCES = st.lists(WORDS, min_size=0, max_size=40).map(" ".join)
CLASSIFIER = Classifier(lexicon_for())
ONLY_CLAIMS = Config(disabled=frozenset({"copy", "link"}))


@settings(max_examples=200, deadline=None)
@given(st.one_of(SENTENCES, st.text(max_size=300)))
def test_any_text_is_classified(text):
    result = CLASSIFIER.classify(text)
    assert result.reason
    for cue in result.evidence + result.absolute + result.statistics + result.timelines:
        assert text[cue.start : cue.end] == cue.text
    assert normalise_claim(text) == normalise_claim(normalise_claim(text))


@settings(max_examples=60, deadline=None)
@given(st.lists(SENTENCES, min_size=1, max_size=6))
def test_any_article_is_checked_without_a_crash(paragraphs):
    html = "".join(f"<p>{p}</p>" if i % 3 else f"<h2>{p}</h2>" for i, p in enumerate(paragraphs))
    report = check_documents([from_html(html)], ONLY_CLAIMS).reports[0]
    assert all(f.rule != "engine.check-failed" for f in report.findings)
    for finding in report.findings:
        assert report.document.text[finding.start : finding.end] == finding.excerpt


def _all_regexes(vocabulary: Vocabulary):
    gated = [r for regexes in vocabulary.word_gated.values() for r in regexes]
    gated += [r for regexes in vocabulary.substring_gated.values() for r in regexes]
    return list(vocabulary.ungated) + gated


FIXTURE_SENTENCES = [
    sentence
    for path in sorted((Path(__file__).parent / "fixtures").glob("*.yaml"))
    for group in yaml.safe_load(path.read_text(encoding="utf-8")).values()
    for sentence in group
]


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.sampled_from(FIXTURE_SENTENCES), SENTENCES))
def test_regex_gates_never_skip_a_regex_that_matches(sentence):
    """The speed-up must not change results: a regex left out by its gate cannot match."""
    probe = Probe(sentence)
    for vocabulary in vars(lexicon_for()).values():
        if not isinstance(vocabulary, Vocabulary):
            continue
        runnable = set(map(id, vocabulary._runnable(probe)))
        missed = [r.pattern for r in _all_regexes(vocabulary)
                  if r.compiled.search(sentence) and id(r.compiled) not in runnable]
        assert missed == []


@pytest.mark.parametrize(
    ("source", "gates"),
    [
        (r"\bfor\s+(?:anyone|everyone)\b", ("=anyone", "=everyone")),
        (r"(?<!\w)cure[sd]?", ("^cure",)),
        (r"\w+itis", ("itis",)),
        (r"\b\d+\s?%", (DIGIT,)),
        (r"(?:a|b)c", None),
        (r"\b(?:is|are)\s+(?:\w+\s+){0,2}?(?:safe|good)\s+for", ("=good", "=safe")),
    ],
)
def test_required_literals(source, gates):
    assert required_literals(source, re.IGNORECASE) == gates


def test_a_bad_vocabulary_regex_is_reported_when_the_vocabulary_is_built():
    # Regexes are compiled when a sentence first needs them; a typo must still fail at once.
    with pytest.raises(ValueError, match=r"'re:\(unclosed' is not a valid regex"):
        Vocabulary(["cure", "re:(unclosed"])


def test_the_precomputed_regex_gates_are_those_of_the_shipped_vocabularies():
    """A cold run reads the gates of the shipped regexes from a file instead of the regexes:
    the file must say what reading them says (else: python -m validators.claims.build_gates)."""
    stored = json.loads(GATES_FILE.read_text(encoding="utf-8"))
    assert stored == shipped_gates()


def test_the_precomputed_regex_clauses_are_those_of_the_shipped_vocabularies():
    """The clauses of the shipped regexes are read from a file too: it must say what parsing them says, clause for
    clause and in order (else: python -m validators.claims.build_gates)."""
    stored = json.loads(CLAUSES_FILE.read_text(encoding="utf-8"))
    assert stored == shipped_clauses()
    for key, clauses in list(stored.items())[:40]:
        flags, source = key.split(":", 1)
        assert tuple(map(frozenset, clauses)) == regex_clauses(source, int(flags))


def test_a_regex_outside_the_precomputed_clauses_is_parsed_when_first_needed():
    regex = LazyRegex(r"\bzzq\s+within\s+\d+\s+weeks\b", re.IGNORECASE, ("=zzq",))
    assert gate_key(regex.pattern, regex.flags) not in known_clauses()
    assert set(regex.clauses()) == {"within", "weeks", None}


def test_a_regex_outside_the_precomputed_gates_is_read_when_built():
    vocabulary = Vocabulary([r"re:\bzzqcures?\b"])  # an editor's entry: in no precomputed file
    assert list(vocabulary.word_gated) == ["^zzqcure"]
    assert vocabulary.spans(Probe("It zzqcures everything.")) == [(3, 11)]


@pytest.mark.parametrize(
    ("entries", "text", "expected"),
    [
        (["harm*"], "It can harm an unborn baby.", ["harm"]),
        (["side effect*"], "Side effects are usually mild.", ["Side effects"]),
        (["tell your doctor"], "Please tell your doctor at once.", ["tell your doctor"]),
    ],
)
def test_a_vocabulary_loaded_after_the_probe_still_matches(entries, text, expected):
    # A rule's data may be read on first use, after the probe of its text was made.
    probe = Probe(text)
    vocabulary = Vocabulary(entries)
    assert [text[a:b] for a, b in vocabulary.spans(probe)] == expected
    assert vocabulary.any(probe)
    assert not Vocabulary(entries).any(Probe("Nothing to see here."))


PAGE_WORDS = st.sampled_from(
    "Order now only £29.99 $5 € 4 per month 20% off add-to-cart add to  cart Viagra Viagrax vıagra ſildenafil "
    "SILDENAFIL Accutane-like antibiotics antibioticİ checkout checkouts Free Delivery money-back guarantee "
    "Ketoconazole was £ save $ 10 a box the and . , “ ”".split(" ")
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PAGE_WORDS, max_size=30).map(" ".join))
@example("Viagrax and ſildenafil")  # a needle without its phrase, and a phrase matched only case-insensitively
@example("checkouts, add-to-cart")  # a phrase matched without its needle
@example("\u212aetoconazole, only $ 5")
def test_page_terms_find_what_one_alternation_finds(text):
    """The speed-up must not change results: each page vocabulary answers what its phrases' one
    alternation (after the needle test) and its regexes answer."""
    for terms in vars(lexicon_for()).values():
        if isinstance(terms, PageTerms):
            lower = text.lower()
            expected = any(needle in lower for needle in terms.needles) and terms.phrases.search(text) is not None \
                or any(regex.search(text) for _, regex in terms.regexes)
            assert terms.search(text) == expected


@pytest.mark.parametrize(
    ("source", "symbols"),
    [
        (r"\b(?:only|just)\s+[£$€]\s?\d", ("£$€",)),
        (r"\b\d+\s?%\s+off\b", ("%",)),
        (r"\$+\d", ("$",)),
        (r"(?:^|\n)[^\n:.]{1,60}:\s*(?:from\s+)?[£$€]\s?\d", (":", "£$€")),  # every match holds both
        (r"(?:£\d+|\$\d+)", ()),  # an alternation of sequences: not read
        (r"\bcures?\b", ()),  # letters: in nearly every page
        (r"[\u24b6\u24b7]\d", ()),  # circled letters: no letter, but with case (ⓐ matches Ⓐ ignoring case)
    ],
)
def test_required_symbols(source, symbols):
    assert required_symbols(source, re.IGNORECASE) == symbols
