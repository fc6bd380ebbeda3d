"""The editorial profile asks a reviewer about an appeal to unnamed evidence on a page that sells nothing (warning),
and still blocks it in sales copy; promises and superlatives block everywhere (profiles._appeal_kind,
claims_profiles.yaml information-unnamed-evidence)."""

import pytest

from tests.validators.claims.claim_helpers import GOUT_SHOP_PAGE, INFO_PAGE, by_rule, claim_findings
from validators.config import Config
from validators.findings import Severity

PROMOTIONAL = Config(disabled=frozenset({"copy", "link"}))
EDITORIAL = Config(disabled=frozenset({"copy", "link"}), claim_profile="editorial")

APPEALS = [
    "Studies show that cherry juice cuts the number of gout attacks by half.",
    "Research has shown that losing weight lowers uric acid in most people.",
    "Experts say that a low-purine diet stops attacks coming back.",
]


def _severities(html: str, rule: str, sentence: str, config: Config) -> list[Severity]:
    return [f.severity for f in by_rule(claim_findings(html, config), rule) if f.sentence == sentence]


@pytest.mark.parametrize("sentence", APPEALS)
def test_an_appeal_on_an_information_page_needs_a_reviewer_in_editorial(sentence):
    page = INFO_PAGE.format(sentence)
    assert _severities(page, "claim.unnamed-evidence", sentence, PROMOTIONAL) == [Severity.ERROR]
    assert _severities(page, "claim.unnamed-evidence", sentence, EDITORIAL) == [Severity.WARNING]


@pytest.mark.parametrize("sentence", APPEALS)
def test_the_same_appeal_in_sales_copy_blocks_in_editorial(sentence):
    page = GOUT_SHOP_PAGE.format(sentence)
    assert _severities(page, "claim.unnamed-evidence", sentence, EDITORIAL) == [Severity.ERROR]


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Febuxostat is the strongest medicine for lowering uric acid.", "claim.superlative"),
        ("Allopurinol is the best treatment for gout.", "claim.superlative"),
        ("Allopurinol cures gout for good.", "claim.absolute-promise"),
        ("Cutting out beer guarantees you will never have another attack.", "claim.absolute-promise"),
        ("Colchicine is 100% safe for everyone.", "claim.absolute-promise"),
    ],
)
def test_a_superlative_or_promise_on_an_information_page_still_blocks_in_editorial(sentence, rule):
    assert Severity.ERROR in _severities(INFO_PAGE.format(sentence), rule, sentence, EDITORIAL)
