"""Issue 9, marketing round 28 (evaluation/RESULTS_claims_mkt28.md), on a page that sells:

- an -ing word between a determiner, quantifier or adjective and a plural noun modifies that noun ("fewer racing
  thoughts", "no more aching joints": classify._modifying_participle), so a verbless benefit bullet around it is
  read as the fragment it is, not as a sentence with a finite verb;
- a numbered period followed by a colon and a title of what that part of a course holds ("Week 2: the liver-friendly
  shopping list": Classifier._outline_entry) is an outline entry, not a timeline of effect; a state after the colon
  ("Week 2: cravings gone") stays one.
"""

import pytest
from claim_helpers import INFO, SHOP, claim_findings


def _rules(page: str, line: str) -> list[str]:
    return [f.rule for f in claim_findings(f"{page}<ul><li>{line}</li></ul>") if line[:25] in f.sentence]


MODIFIER_BENEFITS = [
    "Quieter evenings and fewer racing thoughts",
    "Fewer nagging aches after a long walk",
    "Steadier hands and fewer shaking mornings",
]
MODIFIER_TWINS = [
    "Fewer shipping boxes and less plastic",
    "Calmer packaging with fewer printing inks",
    "Our team is packing new orders every morning",
    "Customers ordering two tubs save 10%",
]


@pytest.mark.parametrize("line", MODIFIER_BENEFITS)
def test_a_verbless_benefit_with_an_ing_modifier_is_a_claim(line):
    assert "claim.uncited" in _rules(SHOP, line)


@pytest.mark.parametrize("line", MODIFIER_TWINS)
def test_an_ing_word_in_a_line_about_the_shop_is_no_claim(line):
    assert not _rules(SHOP, line)


@pytest.mark.parametrize("line", MODIFIER_BENEFITS[:2])
def test_the_same_benefit_on_a_page_that_informs_is_not_read_as_sales_copy(line):
    assert not _rules(INFO, line)


OUTLINE_ENTRIES = [
    "Week 2: the liver-friendly shopping list",
    "Day 3: your first batch of recipes",
    "Day 1: setting up your sleep diary",
    "Month 2: the gut-friendly pantry",
]
TIMELINES = [
    "Week 2: cravings gone",
    "Day 3: joints already looser",
    "Week 3: your joints feel looser",
    "Day 5: your skin, transformed",
    "By day 3 your joints feel looser",
]


@pytest.mark.parametrize("line", OUTLINE_ENTRIES)
@pytest.mark.parametrize("page", [SHOP, INFO])
def test_an_outline_entry_is_no_timeline(page, line):
    assert not _rules(page, line)


@pytest.mark.parametrize("line", TIMELINES)
def test_a_state_after_a_numbered_period_is_a_timeline(line):
    assert "claim.uncited-timeline" in _rules(SHOP, line)


def test_an_outline_entry_in_running_text_is_no_timeline():
    page = f"{SHOP}<p>Week 2: the liver-friendly shopping list.</p>"
    assert not [f for f in claim_findings(page) if "shopping list" in f.sentence]
