"""`python -m validators`: exit status, the three output formats, and clear errors on bad input.

Findings come from copy.languagetool talking to a local fake LanguageTool server, with every
other rule disabled, so the expected output does not depend on the other rules' vocabularies."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from languagetool_fake import FakeLanguageTool

from validators.cli import main
from validators.copy.languagetool import SENTENCE_CACHE
from validators.registry import all_rules
from validators.sources import load


def engine_rules():
    """The engine's own rules. Under pytest-django the CMS apps register theirs (e.g.
    link.internal) in the same registry, but a plain `python -m validators` has only these."""
    return {rule_id: cls for rule_id, cls in all_rules().items() if cls.__module__.startswith("validators.")}

ARTICLE = "<h1>Scabies</h1>\n<p>It spreads fast.\n  She go to <b>the</b> clinic.</p>\n<p>Act in order to heal.</p>\n"
CLEAN = "<p>Act in order to heal.</p>\n"
PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture
def languagetool():
    SENTENCE_CACHE.clear()
    server = FakeLanguageTool()
    yield server
    server.close()


@pytest.fixture
def workdir(tmp_path, monkeypatch, languagetool):
    """Files to check, and a config that leaves only copy.languagetool on."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LANGUAGETOOL_URL", raising=False)
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    monkeypatch.setenv("LTP_PATH", str(tmp_path))  # no local LanguageTool install either
    others = [rule_id for rule_id in engine_rules() if rule_id != "copy.languagetool"]
    (tmp_path / "only-lt.toml").write_text(
        f"[tool.validators]\ndisable = {json.dumps(others)}\nlanguagetool_url = \"{languagetool.url}\"\n"
    )
    (tmp_path / "article.html").write_text(ARTICLE)
    (tmp_path / "clean.html").write_text(CLEAN)
    return tmp_path


def check(capsys, *args):
    status = main(["check", "--config", "only-lt.toml", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_exit_1_with_error_findings_and_compiler_style_text(workdir, capsys):
    status, out, err = check(capsys, "article.html")
    assert status == 1
    lines = out.splitlines()
    assert lines[0] == "article.html:3:7: error copy.languagetool Possible mistake: 'goes' (suggestion: 'goes')"
    assert lines[1].startswith("article.html:4:8: info copy.languagetool ")
    assert lines[-1] == "1 document(s): 1 error(s), 0 warning(s), 1 note(s)"
    assert err == ""


def test_exit_0_without_error_findings(workdir, capsys):
    status, out, _ = check(capsys, "clean.html")
    assert status == 0
    assert out.splitlines()[-1] == "1 document(s): 0 error(s), 0 warning(s), 1 note(s)"


def test_json_output_follows_the_contract(workdir, capsys):
    status, out, _ = check(capsys, "--format", "json", "article.html", "clean.html")
    assert status == 1
    report = json.loads(out)
    assert report["version"] == 1
    assert [d["path"] for d in report["documents"]] == ["article.html", "clean.html"]
    text = load("article.html").text
    for finding in report["documents"][0]["findings"]:
        assert {"rule", "category", "severity", "message", "excerpt", "sentence", "start", "end", "suggestions"} <= set(
            finding
        )
        assert finding["category"] in ("copy", "claim", "link")
        assert finding["severity"] in ("error", "warning", "info")
        assert text[finding["start"] : finding["end"]] == finding["excerpt"]
        assert finding["excerpt"] in finding["sentence"] and finding["sentence"] in text
    first = report["documents"][0]["findings"][0]
    assert (first["excerpt"], first["sentence"], first["suggestions"]) == ("go", "She go to the clinic.", ["goes"])
    assert first["details"]["languagetool_rule"] == "HE_VERB_AGR"


def test_sarif_output_has_the_2_1_0_shape(workdir, capsys):
    status, out, _ = check(capsys, "--format", "sarif", "article.html")
    assert status == 1
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0" and "sarif-2.1.0" in sarif["$schema"]
    [run] = sarif["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] and driver["version"]
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert rule_ids == ["copy.languagetool"]
    assert all(rule["shortDescription"]["text"] for rule in driver["rules"])
    assert [r["level"] for r in run["results"]] == ["error", "note"]
    for result in run["results"]:
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        assert result["message"]["text"]
        [location] = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == "article.html"
        region = physical["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert ARTICLE[region["charOffset"] : region["charOffset"] + region["charLength"]] == region["snippet"]["text"]
        assert result["partialFingerprints"]
    fix = run["results"][0]["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert fix["insertedContent"]["text"] == "goes"


def test_unreadable_input_exits_2_with_a_message_and_still_checks_the_rest(workdir, capsys):
    (workdir / "binary.html").write_bytes(b"\xff\xfe\x00<p>")
    status, out, err = check(capsys, "--format", "json", "missing.html", "clean.html", "binary.html")
    assert status == 2
    assert "error: cannot read missing.html" in err and "error: cannot read binary.html" in err
    assert [d["path"] for d in json.loads(out)["documents"]] == ["clean.html"]


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("[tool.validators]\ndisable = [\"copy.nonexistent\"]\n", "unknown rule ids in disable: copy.nonexistent"),
        ("[tool.validators]\nseverity = { \"copy.languagetool\" = \"fatal\" }\n", "severity must be one of"),
        ("[tool.validators]\ncolour = 1\n", "unknown configuration keys: colour"),
        ("[tool.validators\n", "cannot read"),
    ],
)
def test_bad_configuration_exits_2_with_a_message(workdir, capsys, config, message):
    (workdir / "bad.toml").write_text(config)
    assert main(["check", "--config", "bad.toml", "clean.html"]) == 2
    out, err = capsys.readouterr()
    assert message in err and out == ""
    assert main(["check", "--config", "absent.toml", "clean.html"]) == 2
    assert "cannot read absent.toml" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["check"], ["check", "--format", "xml", "a.html"], ["frobnicate"], []])
def test_bad_usage_exits_2(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_languagetool_down_is_an_error_not_a_pass(workdir, languagetool, capsys):
    languagetool.close()
    status, out, _ = check(capsys, "clean.html")
    assert status == 1
    assert "error engine.check-failed Rule copy.languagetool" in out


def test_the_module_runs_as_a_command(workdir):
    result = subprocess.run(
        [sys.executable, "-m", "validators", "check", "--config", "only-lt.toml", "--skip-external", "article.html"],
        capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(PROJECT)},
    )
    assert result.returncode == 1, result.stderr
    assert "article.html:3:7: error copy.languagetool" in result.stdout


def test_rules_lists_every_rule_with_severity_and_description():
    result = subprocess.run(
        [sys.executable, "-m", "validators", "rules"], capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
    )
    assert result.returncode == 0, result.stderr
    listed = {line.split()[0]: line.split()[1] for line in result.stdout.splitlines()}
    rules = engine_rules()
    assert listed == {rule_id: str(cls.severity) for rule_id, cls in rules.items()}
    for line in result.stdout.splitlines():
        assert rules[line.split()[0]].description() in line


def test_configuration_from_pyproject_in_the_working_directory(workdir, capsys):
    (workdir / "pyproject.toml").write_text((workdir / "only-lt.toml").read_text())
    assert main(["check", "article.html"]) == 1
    assert "error copy.languagetool" in capsys.readouterr().out
    (workdir / "pyproject.toml").write_text("[tool.validators\n")
    assert main(["check", "article.html"]) == 2
    assert "error: cannot read" in capsys.readouterr().err


def test_the_languagetool_server_can_be_named_on_the_command_line(workdir, languagetool, capsys):
    others = [rule_id for rule_id in engine_rules() if rule_id != "copy.languagetool"]
    (workdir / "no-url.toml").write_text(f"[tool.validators]\ndisable = {json.dumps(others)}\n")
    assert main(["check", "--config", "no-url.toml", "clean.html"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith("0 note(s)")
    assert main(["check", "--config", "no-url.toml", "--languagetool-url", languagetool.url, "clean.html"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith("1 note(s)")
