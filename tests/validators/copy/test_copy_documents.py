"""All built-in copy rules together on whole articles: every planted error found, nothing else."""

from pathlib import Path

import pytest

from validators.config import Config
from validators.engine import check_documents
from validators.sources import load

FIXTURES = Path(__file__).with_name("fixtures")
BUILT_IN_ONLY = Config(disabled=frozenset({"claim", "link", "copy.languagetool"}))


def copy_findings(name: str):
    (report,) = check_documents([load(FIXTURES / name)], BUILT_IN_ONLY).reports
    return [(f.rule, f.excerpt.strip()) for f in report.findings if f.category == "copy"]


@pytest.mark.parametrize("name", ["clean_patient_info.html", "clean_chronic_conditions.html"])
def test_clean_patient_information_raises_no_copy_findings(name):
    assert copy_findings(name) == []


def test_planted_errors_are_each_found_once():
    assert copy_findings("patient_info_with_errors.html") == [
        ("copy.verb-agreement", "crawls"),
        ("copy.verb-agreement", "needs"),
        ("copy.confused-words", "then"),
        ("copy.verb-agreement", "checks"),
        ("copy.missing-word", "more"),
        ("copy.article-a-an", "a"),
        ("copy.repeated-word", "the"),
        ("copy.confused-words", "Its"),
        ("copy.apposition-number", "bite"),
        ("copy.verb-agreement", "are"),
        ("copy.space-before-paren", "("),
    ]
