"""Every rule documents itself as ruff's rules do (What it does / Why is this bad? / Example), and
the example is real: checked on its own, with only that rule, the rule flags it."""

import re

import pytest

from validators.config import Config
from validators.engine import check_documents
from validators.registry import all_rules
from validators.sources import from_html

SECTIONS = ("What it does:", "Why is this bad?", "Example:")
# The example's text: the first quotation after "Example:", followed by its fix ("->"), a note in
# brackets, or nothing.
EXAMPLE = re.compile(r'Example:\s*"((?:[^"\\]|\\.)+)"\s*(?:->|\(|;|$)')
# Rules whose example is more than a sentence of prose, each tested with what it needs where the rule is.
NEEDS_MORE_THAN_A_SENTENCE = {
    "claim.dangling-citation": "a reference list (tests/validators/claims/test_claims_rules.py)",
    "claim.fair-balance": "a page that names the risk elsewhere (tests/validators/claims/test_fair_balance.py)",
    "claim.reference-without-source": "a reference list (tests/validators/claims/test_claims_rules.py)",
    "copy.duplicate-paragraph": "two paragraphs (tests/validators/copy/test_copy_structure.py)",
    "copy.list-numbering": "a numbered list (tests/validators/copy/test_copy_structure.py)",
    "copy.languagetool": "a LanguageTool server (tests/validators/test_languagetool.py)",
    "link.anchor": "a target page (tests/validators/links)",
    "link.internal": "the CMS's pages (tests/cms/linkcheck/test_linkcheck_engine.py)",
    "link.http-status": "a link server (tests/validators/links)",
    "link.malformed": "an href (tests/validators/links)",
    "link.missing": "links in HTML (tests/validators/links)",
    "link.permanent-redirect": "a link server (tests/validators/links)",
    "link.scheme": "an href (tests/validators/links)",
}
# Opt-in rules are switched on to be tested.
OPT_IN = {
    "rules": {
        "copy.harper": {"enabled": True},
        "copy.house-style.organism-name": {"enabled": True},
        "copy.house-style.brand-generic": {"enabled": True},
        "copy.bare-count-noun": {"enabled": True},
    }
}


def _docstring(rule_id: str) -> str:
    return " ".join((all_rules()[rule_id].__doc__ or "").split())


@pytest.mark.parametrize("rule_id", sorted(all_rules()))
def test_every_rule_says_what_it_does_why_that_is_bad_and_gives_an_example(rule_id):
    docstring = _docstring(rule_id)
    assert [section for section in SECTIONS if section not in docstring] == []


@pytest.mark.parametrize("rule_id", sorted(set(all_rules()) - set(NEEDS_MORE_THAN_A_SENTENCE)))
def test_a_rule_flags_its_own_example(rule_id):
    example = EXAMPLE.search(_docstring(rule_id))
    assert example, f"{rule_id}: no quoted example after 'Example:'"
    config = Config.from_mapping(OPT_IN, skip_external=True)
    document = from_html(f"<p>{example.group(1)}</p>", "example.html")
    run = check_documents([document], config, rules=[all_rules()[rule_id]])
    assert rule_id in {finding.rule for finding in run.reports[0].findings}, example.group(1)


def test_the_example_pattern_reads_an_example_and_its_fix():
    assert EXAMPLE.search('Example: "a infection" -> "an infection".').group(1) == "a infection"
    assert EXAMPLE.search('Example: "P. acnes" (opt-in)').group(1) == "P. acnes"
    assert EXAMPLE.search("Example: the same paragraph twice.") is None
