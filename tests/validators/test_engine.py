"""The engine: failures become findings, the time budget holds, configuration applies, fingerprints
are stable. Throwaway rules are passed to `check_documents(rules=...)`, never registered."""

import json
import re
import threading
import time

import pytest

from validators.config import Config, ConfigError
from validators.engine import CHECK_FAILED, check_documents
from validators.findings import Category, Severity, Suggestion
from validators.registry import Rule, all_rules
from validators.report import to_sarif
from validators.sources import from_html, from_text

RELEASE = threading.Event()  # lets a hanging rule's thread end once its test is over


class FlagBad(Rule):
    """Flags the word "bad" (test rule)."""

    id = "test.bad"
    category = Category.COPY
    severity = Severity.WARNING

    def check(self, document):
        for match in re.finditer(r"\bbad\b", document.text):
            yield self.finding(document, match.start(), match.end(), "Avoid 'bad'.", [Suggestion("poor", safe=True)])


class FlagClaim(Rule):
    """Flags the word "cures" as a claim, with severity error (test rule)."""

    id = "test.cures"
    category = Category.CLAIM
    severity = Severity.ERROR

    def check(self, document):
        for match in re.finditer(r"\bcures\b", document.text):
            yield self.finding(document, match.start(), match.end(), "Unsupported claim.")


class Crashes(Rule):
    """Raises while checking (test rule)."""

    id = "test.crashes"
    category = Category.COPY

    def check(self, document):
        raise ZeroDivisionError("division by zero in a test rule")


class CrashesInPrepare(Rule):
    """Raises while preparing (test rule)."""

    id = "test.prepare-crashes"
    category = Category.LINK

    def prepare(self, documents):
        raise ConnectionError("no network in a test rule")

    def check(self, document):
        return []


class Hangs(Rule):
    """Never finishes within any budget (test rule)."""

    id = "other.hangs"
    category = Category.COPY

    def check(self, document):
        RELEASE.wait(60)
        return []


@pytest.fixture(autouse=True)
def release_hanging_rules():
    RELEASE.clear()
    yield
    RELEASE.set()


def rules_of(report):
    return [f.rule for f in report.findings]


def test_findings_carry_excerpt_sentence_source_and_suggestions():
    html = "<p>Fine here.</p>\n<p>This is <b>bad</b> copy. Next.</p>"
    report = check_documents([from_html(html, "a.html")], rules=[FlagBad]).reports[0]
    [finding] = report.findings
    assert (finding.excerpt, finding.sentence) == ("bad", "This is bad copy.")
    assert (finding.source.origin, finding.source.line) == ("a.html", 2)
    assert html[finding.source.offset : finding.source.offset + 3] == "bad"
    assert finding.suggestions == (Suggestion("poor", safe=True),)
    assert finding.fingerprint
    assert "test.bad" in report.timings


def test_a_rule_that_raises_becomes_a_check_failed_error_and_others_still_report():
    report = check_documents([from_text("A bad day.")], rules=[Crashes, FlagBad]).reports[0]
    assert sorted(rules_of(report)) == [CHECK_FAILED, "test.bad"]
    failed = next(f for f in report.findings if f.rule == CHECK_FAILED)
    assert failed.severity == Severity.ERROR
    assert "test.crashes" in failed.message and "ZeroDivisionError" in failed.message
    assert failed.details == {"failed_rule": "test.crashes"}
    assert report.has_errors


def test_a_rule_that_fails_to_prepare_fails_every_document():
    run = check_documents([from_text("One."), from_text("Two.")], rules=[CrashesInPrepare])
    for report in run.reports:
        [failed] = report.findings
        assert failed.rule == CHECK_FAILED
        assert "before checking" in failed.message and "ConnectionError" in failed.message
        assert failed.category == Category.LINK


def test_a_rule_that_hangs_past_the_budget_becomes_check_failed_and_the_run_returns():
    config = Config(time_budget=0.2)
    started = time.monotonic()
    report = check_documents([from_text("A bad day.")], config, rules=[FlagBad, Hangs]).reports[0]
    assert time.monotonic() - started < 10  # not the 60 s the rule would take
    assert sorted(rules_of(report)) == [CHECK_FAILED, "test.bad"]
    failed = next(f for f in report.findings if f.rule == CHECK_FAILED)
    assert "other.hangs" in failed.message and "0.2 s budget" in failed.message


def test_check_failed_severity_is_configurable():
    config = Config.from_mapping({"check_failed_severity": "warning"})
    report = check_documents([from_text("x")], config, rules=[Crashes]).reports[0]
    assert [f.severity for f in report.findings] == [Severity.WARNING]
    assert not report.has_errors


def test_severity_overrides_from_configuration():
    config = Config.from_mapping({"severity": {"test.bad": "error", "test.cures": "info"}})
    report = check_documents([from_text("A bad drug cures all.")], config, rules=[FlagBad, FlagClaim]).reports[0]
    assert [(f.rule, f.severity) for f in report.findings] == [("test.bad", "error"), ("test.cures", "info")]


def test_rules_are_disabled_by_id_and_by_family_prefix():
    document = from_text("A bad drug cures all.")
    by_id = check_documents([document], Config.from_mapping({"disable": ["test.bad"]}), rules=[FlagBad, FlagClaim])
    assert rules_of(by_id.reports[0]) == ["test.cures"]
    by_family = check_documents([document], Config.from_mapping({"disable": ["test"]}), rules=[FlagBad, FlagClaim])
    assert rules_of(by_family.reports[0]) == []
    by_registered_family = check_documents([document], Config.from_mapping({"disable": ["copy"]}))
    assert not [f for f in by_registered_family.reports[0].findings if f.category == Category.COPY]


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"disable": ["copy.no-such-rule"]}, "unknown rule ids in disable: copy.no-such-rule"),
        ({"disable": ["nofamily"]}, "unknown rule ids in disable: nofamily"),
        ({"severity": {"test.typo": "error"}}, "unknown rule ids in [severity]: test.typo"),
        ({"rules": {"test.typo": {"x": 1}}}, "unknown rule ids in [rules]: test.typo"),
    ],
)
def test_unknown_rule_ids_in_the_configuration_are_clear_errors(mapping, message):
    with pytest.raises(ConfigError) as error:
        check_documents([from_text("x")], Config.from_mapping(mapping), rules=[FlagBad])
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"severity": {"test.bad": "fatal"}}, "severity must be one of error, warning, info"),
        ({"disabel": ["x"]}, "unknown configuration keys: disabel"),
        ({"links": {"timeuot": 3}}, "[links]"),
        ({"disable": "copy"}, "disable must be a list of rule ids or families, not 'copy'"),
        ({"severity": "error"}, "severity must be a table of rule id = severity"),
        ({"rules": {"test.bad": True}}, "rules.test.bad must be a table of options"),
        ({"time_budget": "fast"}, "time_budget must be a positive number of seconds, not 'fast'"),
        ({"time_budget": 0}, "time_budget must be a positive number of seconds, not 0"),
    ],
)
def test_bad_configuration_values_are_clear_errors(mapping, message):
    with pytest.raises(ConfigError, match=re.escape(message)):
        Config.from_mapping(mapping)


def test_configuration_is_read_from_toml(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.validators]\ndisable = ["test.bad"]\ntime_budget = 3\n'
                    '[tool.validators.severity]\n"test.cures" = "warning"\n')
    config = Config.from_toml(path)
    assert (config.disabled, config.time_budget, config.severities) == (
        frozenset({"test.bad"}), 3.0, {"test.cures": Severity.WARNING})
    path.write_text("[tool.validators\n")
    with pytest.raises(ConfigError, match="cannot read"):
        Config.from_toml(path)


def test_copy_findings_inside_code_are_dropped_but_claims_are_not():
    document = from_html("<p>A bad <code>bad</code> idea that cures <code>cures</code>.</p>")
    report = check_documents([document], rules=[FlagBad, FlagClaim]).reports[0]
    assert [(f.rule, document.is_ignored(f.start, f.end)) for f in report.findings] == [
        ("test.bad", False), ("test.cures", False), ("test.cures", True)
    ]


def test_every_document_gets_its_own_report():
    run = check_documents([from_text("bad", "a.txt"), from_text("fine", "b.txt")], rules=[FlagBad])
    assert [(r.document.path, len(r.findings)) for r in run.reports] == [("a.txt", 1), ("b.txt", 0)]
    assert run.seconds >= 0


def fingerprints(text):
    return [f.fingerprint for f in check_documents([from_html(text)], rules=[FlagBad]).reports[0].findings]


def test_fingerprints_survive_edits_elsewhere_and_lapse_when_the_sentence_changes():
    original = "<p>Intro.</p><p>This is bad copy. Another bad line.</p>"
    [first, second] = fingerprints(original)
    assert first != second
    assert fingerprints("<h1>New title</h1><p>A new intro, much longer.</p><p>This is bad copy. Another bad line.</p>"
                        ) == [first, second]
    assert fingerprints("<p>Intro.</p><p>This  is   bad copy.</p><p>Another bad line.</p>") == [first, second]
    assert fingerprints("<p>Intro.</p><p>This is really bad copy. Another bad line.</p>") == [
        fingerprints("<p>This is really bad copy.</p>")[0], second]


def test_identical_findings_in_identical_sentences_get_distinct_fingerprints():
    prints = fingerprints("<p>So bad.</p><p>So bad.</p>")
    assert len(set(prints)) == 2
    assert fingerprints("<p>Intro.</p><p>So bad.</p><p>So bad.</p>") == prints


def test_every_registered_rule_has_an_id_a_category_and_a_docstring():
    for rule_id, cls in all_rules().items():
        assert rule_id == cls.id and re.fullmatch(r"[a-z]+(\.[a-z0-9-]+)+", rule_id)
        assert cls.category in Category and cls.severity in Severity
        assert cls.description()


def test_each_failed_rule_gets_its_own_check_failed_finding_and_fingerprint():
    run = check_documents([from_text("x")], rules=[Crashes, CrashesInPrepare])
    failed = run.reports[0].findings
    assert sorted(f.details["failed_rule"] for f in failed) == ["test.crashes", "test.prepare-crashes"]
    alone = check_documents([from_text("x")], rules=[CrashesInPrepare]).reports[0].findings
    # An approval of one rule's failure must never carry over to another rule's failure.
    assert alone[0].fingerprint == next(f for f in failed if f.details["failed_rule"] == "test.prepare-crashes"
                                        ).fingerprint
    assert len({f.fingerprint for f in failed}) == 2


class FlagBadCopy(Rule):
    """Flags "bad copy" (test rule)."""

    id = "test.bad-copy"
    category = Category.COPY

    def check(self, document):
        for match in re.finditer(r"bad copy", document.text):
            yield self.finding(document, match.start(), match.end(), "Avoid it.", ["good copy"])


def test_sarif_regions_cover_the_excerpt_in_the_source_even_across_markup():
    html = "<p>Intro.</p>\n<p>This is <b>bad</b> copy.</p>"
    run = check_documents([from_html(html, "a.html")], rules=[FlagBadCopy])
    [result] = json.loads(to_sarif(run))["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert html[region["charOffset"] : region["charOffset"] + region["charLength"]] == "bad</b> copy"
    assert (region["startLine"], region["startColumn"]) == (2, 15)
    assert region["snippet"]["text"] == "bad copy"


def _copy_finding(rule, start, end, severity="error", suggestions=()):
    from validators.findings import Category, Finding, Suggestion

    return Finding(rule=rule, category=Category.COPY, severity=severity, message=rule, start=start, end=end,
                   excerpt="x" * (end - start), sentence="", suggestions=tuple(Suggestion(s) for s in suggestions))


def test_two_engines_on_the_same_words_give_one_finding_with_both_suggestions():
    from validators.engine import _merge_second_opinions

    merged = _merge_second_opinions([
        _copy_finding("copy.harper", 10, 14, suggestions=["than"]),
        _copy_finding("copy.confused-words", 10, 14, suggestions=["than", "that"]),
        _copy_finding("copy.languagetool", 12, 20, severity="warning", suggestions=["then"]),
    ])
    assert [f.rule for f in merged] == ["copy.confused-words"]
    assert [s.replacement for s in merged[0].suggestions] == ["than", "that", "then"]
    assert merged[0].details["also_reported_by"] == ["copy.harper", "copy.languagetool"]


def test_the_more_severe_engine_finding_is_kept():
    from validators.engine import _merge_second_opinions

    merged = _merge_second_opinions([
        _copy_finding("copy.spelling", 0, 5, severity="warning"),
        _copy_finding("copy.languagetool", 0, 5, severity="error"),
    ])
    assert [(f.rule, f.severity) for f in merged] == [("copy.languagetool", "error")]


def test_different_words_or_two_built_in_rules_stay_separate():
    from validators.engine import _merge_second_opinions

    apart = [_copy_finding("copy.harper", 0, 4), _copy_finding("copy.confused-words", 5, 9)]
    built_in = [_copy_finding("copy.spelling", 0, 4), _copy_finding("copy.house-style.banned", 0, 9)]
    assert len(_merge_second_opinions(apart)) == 2
    assert len(_merge_second_opinions(built_in)) == 2
