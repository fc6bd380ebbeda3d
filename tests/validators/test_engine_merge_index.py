"""`engine._merge_second_opinions` looks kept findings up by position (`_KeptSpans`); it must keep, merge and
order findings exactly as comparing each finding with every kept one does."""

import copy
import random

from validators import engine
from validators.findings import Category, Finding, Severity, Suggestion

RULES = [*engine.SECOND_OPINIONS, "copy.spelling", "copy.verb-agreement", "copy.missing-article", "claim.uncited"]


def _reference(findings: list[Finding]) -> list[Finding]:
    """The merge comparing each finding with every kept one (the engine before the position index)."""
    kept, kept_copy, kept_second_opinions = [], [], []
    for finding in sorted(findings, key=engine._precedence):
        same = None
        if finding.category == Category.COPY:
            candidates = kept_copy if finding.rule in engine.SECOND_OPINIONS else kept_second_opinions
            same = next((k for k in candidates if engine._same_mistake(k, finding)), None)
        if same is None:
            kept.append(finding)
            if finding.category == Category.COPY:
                kept_copy.append(finding)
                if finding.rule in engine.SECOND_OPINIONS:
                    kept_second_opinions.append(finding)
            continue
        known = {s.replacement for s in same.suggestions}
        same.suggestions += tuple(s for s in finding.suggestions if s.replacement not in known)
        same.details = {**same.details, "also_reported_by": [*same.details.get("also_reported_by", []), finding.rule]}
    order = {id(f): n for n, f in enumerate(findings)}
    return sorted(kept, key=lambda f: order[id(f)])


def _finding(chooser: random.Random, text_length: int, long_spans: bool) -> Finding:
    rule = chooser.choice(RULES)
    start = chooser.randrange(text_length)
    length = chooser.choice([0, 1, 2, 3, 5, 8, 13]) if not long_spans else chooser.randrange(0, text_length)
    return Finding(
        rule=rule,
        category=Category.CLAIM if rule.startswith("claim.") else Category.COPY,
        severity=chooser.choice(list(Severity)),
        message=f"m{chooser.randrange(1000)}",
        start=start,
        end=start + length,
        excerpt="",
        sentence="",
        suggestions=tuple(Suggestion(f"s{chooser.randrange(4)}") for _ in range(chooser.randrange(3))),
    )


def _summary(findings: list[Finding]) -> list[tuple]:
    return [(f.rule, f.start, f.end, f.severity, f.message, f.suggestions, f.details) for f in findings]


def test_the_position_index_merges_as_comparing_every_pair():
    chooser = random.Random(13)
    for case in range(600):
        text_length = chooser.choice([5, 20, 80, 400])
        findings = [_finding(chooser, text_length, long_spans=case % 5 == 0) for _ in range(chooser.randrange(60))]
        expected = _summary(_reference(copy.deepcopy(findings)))
        assert _summary(engine._merge_second_opinions(copy.deepcopy(findings))) == expected, case


def test_only_overlapping_findings_are_the_same_mistake():
    a = Finding("copy.spelling", Category.COPY, Severity.ERROR, "a", 10, 15, "", "")
    touching = Finding("copy.word-in-context", Category.COPY, Severity.WARNING, "b", 15, 20, "", "")
    inside = Finding("copy.verb-form", Category.COPY, Severity.WARNING, "c", 11, 12, "", "")
    merged = engine._merge_second_opinions([a, touching, inside])
    assert [f.message for f in merged] == ["a", "b"]
    assert merged[0].details["also_reported_by"] == ["copy.verb-form"]


def test_sentences_holding_a_word_are_those_one_set_test_per_sentence_finds():
    """`copy.base.sentences_holding` (an index of the sentences by word) against testing every sentence."""
    import random

    from validators.copy import text
    from validators.copy.base import sentence_words, sentences_holding
    from validators.sources import from_text

    rnd = random.Random(14)
    vocabulary = "the a cat cats dog runs run It it's well-known 2.5 café ! ?".split()
    body = " ".join(" ".join(rnd.choice(vocabulary) for _ in range(rnd.randint(1, 9))) + "." for _ in range(300))
    document = from_text(body)
    document.start_run()
    words_of = sentence_words(document)
    assert len(text.sentences(document)) > 50
    lower = sorted({word for words in words_of for word in words})
    for _ in range(300):
        asked = frozenset(rnd.sample([*lower, "absent", "missing"], rnd.randint(1, len(lower) + 2)))
        expected = [n for n, words in enumerate(words_of) if not asked.isdisjoint(words)]
        assert sentences_holding(document, asked) == expected
