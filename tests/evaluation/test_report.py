"""evaluation/report.py's own logic, without running the checker: the temporary configuration and
the per-class tallies (matching is the shared scorer's)."""

from pathlib import Path

import pytest

from evaluation.report import Case, Tally, load_scorer, score, write_config
from validators.config import Config
from validators.findings import Severity

SCORER = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "score.py"


def test_disabled_rules_are_added_to_the_base_configuration(tmp_path):
    base = {"disable": ["link"], "severity": {"claim.uncited": "warning"}, "dialect": "en-GB"}
    config = Config.from_toml(write_config(base, ["copy.spelling", "link"], tmp_path))
    assert config.disabled == {"link", "copy.spelling"}
    assert config.severities == {"claim.uncited": Severity.WARNING}
    assert config.dialect == "en-GB"


@pytest.fixture(scope="module")
def scorer():
    if not SCORER.exists():
        pytest.skip("../shared/eval/score.py is not beside the project")
    return load_scorer(str(SCORER))


def _finding(category, rule, excerpt, sentence, severity="error"):
    return {"category": category, "rule": rule, "excerpt": excerpt, "sentence": sentence, "severity": severity}


def test_tallies_per_class_and_per_non_claim_class(scorer):
    expected = {
        "kind": "marketing",
        "copy": [{"excerpt": "you're", "context": "check you're blood pressure", "class": "your-youre"},
                 {"excerpt": "then", "context": "better then before", "class": "confusable"}],
        "claim": [{"contains": "cures acne in 3 days", "class": "absolute-promise"},
                  {"contains": "isotretinoin", "class": "missing-fair-balance"}],
        "not_claim": ["Take one isotretinoin capsule a day", "Keep out of reach of children"],
        "not_claim_class": ["dosing", "warning"],
    }
    findings = [
        _finding("copy", "copy.your-youre", "you're", "Always check you're blood pressure."),
        _finding("copy", "copy.spelling", "urate", "Urate crystals form in joints."),
        _finding("claim", "claim.absolute", "cures", "This gel cures acne in 3 days."),
        # an uncited-claim finding on the drug's dosing line: the fair-balance label does not count it
        _finding("claim", "claim.uncited", "isotretinoin", "Take one isotretinoin capsule a day."),
        _finding("claim", "claim.uncited", "reach", "Keep out of reach of children.", severity="warning"),
    ]
    case = Case("x", "tune", Path("x.html"), expected, words=100, findings=findings)
    tally, notes = Tally(), []
    score(case, scorer, "http://127.0.0.1:1", tally, notes)

    assert tally.counts["copy"] == [1, 1, 1]
    assert tally.counts["claim"] == [2, 0, 1]  # as score.py counts: the drug name matches the dosing line
    assert tally.class_found[("copy", "your-youre")] == 1 and tally.class_found[("copy", "confusable")] == 0
    assert tally.class_found[("claim", "absolute-promise")] == 1
    assert tally.class_found[("claim", "missing-fair-balance")] == 0
    assert dict(tally.not_claim_fp) == {"warning": 1}
    assert dict(tally.copy_fp_rules) == {"copy.spelling": 1}
    assert (tally.blocked, tally.blocked_by_claims, tally.claim_findings) == (1, 1, 3)



def test_a_page_with_nothing_labelled_counts_each_blocking_rule_once(scorer):
    findings = [
        _finding("claim", "claim.uncited-statistic", "1 in 5", "That is 1 in 5 adults."),
        _finding("claim", "claim.uncited-statistic", "40%", "About 40% recover."),
        _finding("copy", "copy.spelling", "teh", "Read teh leaflet."),
        _finding("copy", "copy.style", "utilize", "Utilize the inhaler.", severity="warning"),
    ]
    tally = Tally()
    for name in ("a", "b"):
        score(Case(name, "tune", Path("x.html"), {"kind": "professional"}, 100, findings), scorer,
              "http://127.0.0.1:1", tally, [])
    score(Case("c", "tune", Path("x.html"), {"kind": "professional"}, 100, findings[3:]), scorer,
          "http://127.0.0.1:1", tally, [])

    assert (tally.clean, tally.blocked_clean) == (3, 2)
    assert dict(tally.blocked_clean_rules) == {"claim.uncited-statistic": 2, "copy.spelling": 2}

def test_the_checker_run_leaves_no_temporary_files_behind(scorer, tmp_path, monkeypatch):
    """Each run writes the cases' articles to a temporary folder; it is removed after the run, also on a failure."""
    import argparse
    import shlex
    import sys
    import tempfile

    from evaluation.report import run_checker

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    article = tmp_path / "article.html"
    article.write_text("<p>Plain text.</p>", encoding="utf-8")
    case = Case("x", "tune", article, {"kind": "marketing"}, words=2)
    printer = f"{shlex.quote(sys.executable)} -c 'print(\"{{}}\")'"
    args = argparse.Namespace(cmd=printer, disable=[], config=None, profile=None, timeout=60)
    run_checker([case], args, scorer)
    broken = argparse.Namespace(cmd=f"{shlex.quote(sys.executable)} -c 'print(1 +)'", disable=[], config=None,
                                profile=None, timeout=60)
    with pytest.raises(SystemExit, match="stdout is not JSON"):
        run_checker([case], broken, scorer)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.html"]
