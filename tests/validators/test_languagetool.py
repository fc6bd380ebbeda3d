"""copy.languagetool against a local HTTP server that speaks LanguageTool's /v2/check protocol,
and against the real LanguageTool when one is available."""

import sys
import time
from pathlib import Path

import pytest
from languagetool_fake import FakeLanguageTool

from validators.config import Config
from validators.copy.languagetool import (
    SENTENCE_CACHE,
    LanguageToolCheck,
    LocalServer,
    check_url,
    find_local_install,
)
from validators.engine import CHECK_FAILED, check_documents
from validators.registry import all_rules
from validators.sources import from_html, from_text


@pytest.fixture
def languagetool():
    SENTENCE_CACHE.clear()
    server = FakeLanguageTool()
    yield server
    server.close()
    SENTENCE_CACHE.clear()


def run(documents, url, **config):
    config = Config.from_mapping(config).replace(languagetool_url=url)
    return check_documents(documents, config, rules=[LanguageToolCheck])


HTML = (
    "<h1>Scabies &amp; you</h1>\n"
    "<p>In <b>winter</b>, <a href='/x'>she</a> <i>go</i>es &mdash; no: "
    "<a href='/y'>she</a>  g<!-- -->o to teh clinic.</p>\n"
    "<ul><li>It go away.</li><li>Use <code>it go</code> in code.</li></ul>\n"
    "<script>he go</script><p>We recieve mail in order to reply.</p>"
)


def test_offsets_map_back_to_visible_text_and_source_through_markup(languagetool):
    document = from_html(HTML, "a.html")
    findings = run([document], languagetool.url).reports[0].findings
    excerpts = [(f.excerpt, f.details["languagetool_rule"]) for f in findings]
    assert excerpts == [("go", "HE_VERB_AGR"), ("teh", "TEH"), ("go", "HE_VERB_AGR"), ("in order to", "IN_ORDER_TO")]
    for finding in findings:
        assert document.text[finding.start : finding.end] == finding.excerpt
        assert finding.source == document.source_location(finding.start)
        for k, char in enumerate(finding.excerpt):
            if not char.isspace():
                assert HTML[document.source_location(finding.start + k).offset] == char
    assert document.text[findings[0].start - 4 : findings[0].end + 3] == "she go to"
    assert findings[2].sentence == "It go away."
    # Inline code went as markup read as itself; the engine dropped the match inside it.
    assert any('"markup": "it go"' in form["data"] for form in languagetool.requests)
    assert "he go" not in "".join(languagetool.plain_texts()).replace("she go", "")


def test_matches_become_findings_with_severity_by_category_and_suggestions(languagetool):
    document = from_text("She go home. Read teh label. We recieve it in order to act.")
    findings = {f.details["languagetool_rule"]: f for f in run([document], languagetool.url).reports[0].findings}
    assert set(findings) == {"HE_VERB_AGR", "TEH", "IN_ORDER_TO"}  # LanguageTool's spelling is left out
    assert findings["HE_VERB_AGR"].severity == "error"
    assert findings["TEH"].severity == "error"
    assert findings["IN_ORDER_TO"].severity == "info"
    assert findings["TEH"].details == {"languagetool_rule": "TEH", "languagetool_category": "TYPOS",
                                       "issue_type": "typographical"}
    assert [s.replacement for s in findings["HE_VERB_AGR"].suggestions] == ["goes"]
    assert findings["HE_VERB_AGR"].message == "Possible mistake: 'goes'"
    assert all(f.category == "copy" and f.rule == "copy.languagetool" for f in findings.values())


def test_uncategorised_matches_are_warnings_and_configured_severity_wins(languagetool):
    document = from_text("It is is fine. She go home.")
    findings = run([document], languagetool.url).reports[0].findings
    assert [(f.excerpt, f.severity) for f in findings] == [("is is", "warning"), ("go", "error")]
    overridden = run([document], languagetool.url, severity={"copy.languagetool": "info"}).reports[0].findings
    assert [f.severity for f in overridden] == ["info", "info"]


def test_several_sentences_go_in_one_request_within_the_size_limit(languagetool):
    sentences = [f"Patient {n} said she go to the clinic on day {n}." for n in range(40)]
    document = from_text(" ".join(sentences))
    findings = run([document], languagetool.url, rules={"copy.languagetool": {"max_request_chars": 500}})
    assert len(findings.reports[0].findings) == 40
    assert 1 < len(languagetool.requests) < 40
    assert all(len(text) <= 500 for text in languagetool.plain_texts())
    languagetool.requests.clear()
    SENTENCE_CACHE.clear()
    run([document], languagetool.url)
    assert len(languagetool.requests) == 1


def test_requests_carry_language_and_disabled_rules(languagetool):
    options = {"copy.languagetool": {"language": "en-GB", "disabled_rules": ["A", "B"]}}
    run([from_text("She go home.")], languagetool.url, rules=options)
    assert languagetool.requests[0]["language"] == "en-GB"
    assert languagetool.requests[0]["disabledRules"] == "A,B"


def test_sentences_are_cached_so_only_changed_ones_are_sent_again(languagetool):
    first = from_text("She go home. The rash is red.\n\nIt go away soon.")
    run([first], languagetool.url)
    assert len(languagetool.requests) == 1
    again = run([first], languagetool.url)
    assert len(languagetool.requests) == 1  # all from the cache
    assert [f.excerpt for f in again.reports[0].findings] == ["go", "go"]
    edited = from_text("She go home. The rash is very red.\n\nIt go away soon.")
    findings = run([edited], languagetool.url).reports[0].findings
    assert languagetool.plain_texts()[1:] == ["The rash is very red."]
    assert [edited.text[f.start : f.end] for f in findings] == ["go", "go"]


def test_identical_sentences_are_sent_once(languagetool):
    document = from_text("She go home.\n\nShe go home.")
    findings = run([document], languagetool.url).reports[0].findings
    assert languagetool.plain_texts() == ["She go home."]
    assert [f.start for f in findings] == [4, document.text.rindex("go")]


def test_a_server_that_is_down_gives_check_failed_not_a_silent_pass(languagetool):
    url = languagetool.url
    languagetool.close()
    report = run([from_text("She go home.")], url).reports[0]
    assert [(f.rule, f.severity) for f in report.findings] == [(CHECK_FAILED, "error")]
    assert "copy.languagetool" in report.findings[0].message
    assert "unreachable" in report.findings[0].message
    assert report.has_errors


def test_a_server_error_gives_check_failed_with_the_status(languagetool):
    languagetool.fail_with = 500
    report = run([from_text("She go home.")], languagetool.url).reports[0]
    assert [f.rule for f in report.findings] == [CHECK_FAILED]
    assert "HTTP 500" in report.findings[0].message
    assert report.findings[0].details == {"failed_rule": "copy.languagetool"}


def test_an_answer_that_is_not_json_gives_check_failed(languagetool):
    languagetool.answer = lambda form: (200, "<html>proxy error</html>")
    report = run([from_text("She go home.")], languagetool.url).reports[0]
    assert "did not answer JSON" in report.findings[0].message


def test_not_configured_the_rule_does_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("LTP_PATH", str(tmp_path))  # no local install there
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    assert find_local_install() is None
    report = check_documents([from_text("She go home.")], Config(), rules=[LanguageToolCheck]).reports[0]
    assert report.findings == []
    assert list(tmp_path.iterdir()) == []  # looked, downloaded nothing


def test_a_local_install_is_found_where_language_tool_python_keeps_it(monkeypatch, tmp_path):
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    for version in ("6.4", "6.10"):
        (tmp_path / f"LanguageTool-{version}").mkdir()
        (tmp_path / f"LanguageTool-{version}" / "languagetool-server.jar").write_bytes(b"")
    monkeypatch.setenv("PATH", str(tmp_path / "nojava"))
    assert find_local_install() is None  # no Java: no local LanguageTool
    java = tmp_path / "bin" / "java"
    java.parent.mkdir()
    java.write_text("#!/bin/sh\n")
    java.chmod(0o755)
    monkeypatch.setenv("PATH", str(java.parent))
    assert find_local_install() == tmp_path / "LanguageTool-6.10" / "languagetool-server.jar"


@pytest.mark.parametrize(
    "given", ["http://lt:8010", "http://lt:8010/", "http://lt:8010/v2", "http://lt:8010/v2/check"]
)
def test_server_addresses_are_normalised_to_the_check_endpoint(given):
    assert check_url(given) == "http://lt:8010/v2/check"


def test_real_languagetool_when_available():
    config = Config.from_mapping({})
    if not config.languagetool_url and find_local_install() is None:
        reason = "no LanguageTool: set LANGUAGETOOL_URL or install LanguageTool under ~/.cache/language_tool_python"
        print(reason)
        pytest.skip(reason)
    SENTENCE_CACHE.clear()
    document = from_html("<p>He go to the clinic every week.</p><p>Wash your hands before meals.</p>")
    report = check_documents([document], config, rules=[LanguageToolCheck]).reports[0]
    assert CHECK_FAILED not in [f.rule for f in report.findings]
    flagged = [f for f in report.findings if f.start <= document.text.index("go") < f.end]
    assert flagged, [f.to_json() for f in report.findings]
    assert any("goes" in s.replacement for f in flagged for s in f.suggestions)
    assert not [f for f in report.findings if f.start >= document.text.index("Wash")]


def test_the_rule_is_registered_with_the_copy_family():
    assert all_rules()["copy.languagetool"] is LanguageToolCheck


def test_the_server_comes_from_the_languagetool_url_environment_variable(languagetool, monkeypatch):
    monkeypatch.setenv("LANGUAGETOOL_URL", languagetool.url + "/v2")
    config = Config.from_mapping({})
    report = check_documents([from_text("She go home.")], config, rules=[LanguageToolCheck]).reports[0]
    assert [f.excerpt for f in report.findings] == ["go"]


@pytest.fixture
def local_install(tmp_path, monkeypatch):
    """A LanguageTool "install" whose `java` runs the fake server: the real start-up path, no Java needed."""
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    (tmp_path / "LanguageTool-6.6").mkdir()
    (tmp_path / "LanguageTool-6.6" / "languagetool-server.jar").write_bytes(b"")
    java = tmp_path / "bin" / "java"
    java.parent.mkdir()
    fake = Path(__file__).with_name("languagetool_fake.py")
    java.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{fake}" "$@"\n')
    java.chmod(0o755)
    monkeypatch.setenv("PATH", f"{java.parent}:/usr/bin:/bin")
    SENTENCE_CACHE.clear()
    LocalServer.stop()
    yield java
    LocalServer.stop()


def test_a_local_install_is_started_once_and_used(local_install):
    config = Config()
    first = check_documents([from_text("She go home.")], config, rules=[LanguageToolCheck]).reports[0]
    assert [f.excerpt for f in first.findings] == ["go"]
    process = LocalServer._process
    second = check_documents([from_text("It go away.")], config, rules=[LanguageToolCheck]).reports[0]
    assert [f.excerpt for f in second.findings] == ["go"]
    assert LocalServer._process is process and process.poll() is None
    LocalServer.stop()
    assert process.poll() is not None


def test_a_local_install_that_cannot_start_gives_check_failed(local_install):
    local_install.write_text("#!/bin/sh\nexit 3\n")
    report = check_documents([from_text("She go home.")], Config(), rules=[LanguageToolCheck]).reports[0]
    assert [f.rule for f in report.findings] == [CHECK_FAILED]
    assert "exited with code 3 on start" in report.findings[0].message


def test_a_local_install_is_not_used_when_the_rule_says_so(local_install):
    config = Config.from_mapping({"rules": {"copy.languagetool": {"local": False}}})
    report = check_documents([from_text("She go home.")], config, rules=[LanguageToolCheck]).reports[0]
    assert report.findings == [] and LocalServer._process is None


def test_all_documents_of_a_run_share_requests(languagetool):
    documents = [from_text("She go home.", "a.txt"), from_text("It go away.", "b.txt")]
    run = check_documents(documents, Config(languagetool_url=languagetool.url), rules=[LanguageToolCheck])
    assert len(languagetool.requests) == 1
    assert [[f.excerpt for f in r.findings] for r in run.reports] == [["go"], ["go"]]


def test_a_server_slower_than_the_budget_gives_check_failed_promptly(languagetool):
    languagetool.delay = 5
    started = time.monotonic()
    report = run([from_text("She go home.")], languagetool.url, time_budget=0.3).reports[0]
    assert time.monotonic() - started < 4  # the budget, not the server, decides
    assert [f.rule for f in report.findings] == [CHECK_FAILED]
    assert "did not answer within 0.3 s" in report.findings[0].message


def test_the_rule_also_checks_a_document_it_was_not_prepared_for(languagetool):
    rule = LanguageToolCheck(Config(languagetool_url=languagetool.url))
    document = from_text("Then she go home.")
    assert [(f.excerpt, f.sentence) for f in rule.check(document)] == [("go", "Then she go home.")]
