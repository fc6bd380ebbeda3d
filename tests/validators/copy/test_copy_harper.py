"""copy.harper: the real Harper engine (harper-py), its lint kinds mapped by validators/data/copy_harper.yaml."""

import pytest

from validators.config import Config
from validators.copy.harper_engine import HarperCheck, HarperLinters
from validators.engine import check_documents
from validators.sources import from_text

ENABLED = {"rules": {"copy.harper": {"enabled": True}}}


def harper_findings(text: str, **settings):
    config = Config.from_mapping({**ENABLED, **settings})
    return check_documents([from_text(text)], config, rules=[HarperCheck]).reports[0].findings


@pytest.mark.parametrize(
    ("text", "excerpt", "harper_rule", "suggestion"),
    [
        ("The gel absorbs more easily then the cream.", "then", "ThenThan", "than"),
        ("I have threw away the old inhaler.", "threw", "SimplePastToPastParticiple", "thrown"),
        ("He go to the clinic on Mondays.", "go", "PronounVerbAgreement", "goes"),
        ("Their is a small charge for delivery.", "Their", "TheirToThere", "There"),
    ],
)
def test_harper_lints_become_error_findings_with_its_rule_and_suggestions(text, excerpt, harper_rule, suggestion):
    [finding] = harper_findings(text)
    assert (finding.excerpt, finding.details["harper_rule"], finding.severity) == (excerpt, harper_rule, "error")
    assert finding.suggestions[0].replacement == suggestion
    assert len({s.replacement for s in finding.suggestions}) == len(finding.suggestions)
    assert "`" not in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "The gel absorbs more easily than the cream.",
        "I have thrown away the old inhaler.",
        "He goes to the clinic on Mondays.",
        "There is a small charge for delivery.",
        # Rules switched off because they fired on clean edited articles:
        "Avoid tea, coffee and milk for an hour.",  # OxfordComma
        "Eat more beans, tofu and soya.",  # SplitWords
        "Bring these levels back down to normal.",  # ToTwoToo
        "If you have wheezing or chest pain, call 999.",  # ProgressiveNeedsBe
    ],
)
def test_correct_text_and_switched_off_rules_give_nothing(text):
    assert harper_findings(text) == []


def test_a_kind_mapped_to_warning_is_a_warning():
    [finding] = harper_findings("Take it with with food.")
    assert (finding.excerpt, finding.severity, finding.details["harper_kind"]) == ("with with", "warning", "Repetition")


def test_the_dialect_comes_from_the_site_setting():
    import harper

    for dialect, expected in (("en-US", harper.Dialect.AMERICAN), ("en-GB", harper.Dialect.BRITISH)):
        rule = HarperCheck(Config.from_mapping({**ENABLED, "dialect": dialect}))
        assert harper_findings("He go home.", dialect=dialect)[0].excerpt == "go"
        _, linter = HarperLinters.get(dialect, rule.off_rules)
        assert linter.dialect == expected


def test_off_by_default():
    report = check_documents([from_text("He go to the clinic.")], Config(), rules=[HarperCheck]).reports[0]
    assert report.findings == []
