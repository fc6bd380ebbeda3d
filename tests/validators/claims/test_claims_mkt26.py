"""Issue 9, marketing recall round 26 (evaluation/RESULTS_claims_mkt26.md), on a page that sells:

- a sentence that restates the uncited statistic before it as a share ("Migraine affects 10 million people in the UK.
  That's about 1 in 7 adults": classify.Classifier._restated_figure, claims_statistics.yaml restating_openers) is the
  same uncited statistic;
- a complaint given a one-word verdict of its end after a colon or dash, whatever follows ("Hot flushes and night
  sweats: gone without hormones", "Your metabolism, rebooted": claims_functions.yaml settled_complaints), and two
  results in a verbless headline, each a noun and the way it goes ("Cravings down, energy up": paired_shifts), are
  promised results;
- a prescription-only medicine sent without checking the buyer's medical history or health records ("We dispatch your
  order without checking your medical history": claims_functions.yaml gatekeepers, gate_removed_before) is unlawful
  supply, and the seller's own refusal ("We never dispatch without a prescription": supply_warnings) is not.
"""

import pytest
from claim_helpers import INFO, SHOP, claim_findings, on_info, on_shop

RESTATED_FIGURES = [
    ("Migraine affects 10 million people in the UK.", "That's about 1 in 7 adults."),
    ("Hay fever troubles 13 million Britons every summer.", "That means one in every five people you meet."),
    ("Almost 40 million Americans live with chronic back pain.", "In other words, 1 in every 6 adults."),
    ("By the age of 50, 40% of women notice thinning hair.", "That is two in every five women you know."),
]
RESTATED_FIGURE_TWINS = [
    ("A tub of 60 gummies costs £30.", "That is £1 a day, or 1 in every 30 pounds of a monthly budget."),
    ("Migraine affects 10 million people in the UK.", "That is why we made Calmhead."),
    ("Every pack holds 60 capsules.", "That's two a day for a month."),
]


def _statistic_on(page: str, line: str) -> bool:
    return any(line.rstrip(".")[:30] in f.sentence and f.rule == "claim.uncited-statistic"
               for f in claim_findings(page))


@pytest.mark.parametrize(("before", "line"), RESTATED_FIGURES)
def test_a_share_restating_the_uncited_statistic_before_it_is_that_statistic(before, line):
    assert _statistic_on(f"{SHOP}<p>{before} {line}</p>", line)


@pytest.mark.parametrize(("before", "line"), RESTATED_FIGURE_TWINS)
def test_a_restatement_of_a_price_no_figure_or_no_share_is_not(before, line):
    assert not _statistic_on(f"{SHOP}<p>{before} {line}</p>", line)


@pytest.mark.parametrize(("before", "line"), RESTATED_FIGURES[:2])
def test_a_restated_share_on_a_page_that_informs_is_not_read(before, line):
    assert not _statistic_on(f"{INFO}<p>{before} {line}</p>", line)


def test_a_share_restating_a_cited_statistic_is_not():
    page = (f"{SHOP}<p>Migraine affects 10 million people in the UK "
            '(<a href="https://www.nhs.uk/conditions/migraine/">NHS</a>). That is about 1 in 7 adults.</p>')
    assert not _statistic_on(page, "That is about 1 in 7 adults.")


SETTLED_COMPLAINTS = [
    "Hot flushes and night sweats: gone without hormones.",
    "Heartburn after every meal: banished.",
    "Your metabolism, rebooted.",
    "Period pain – gone, and no painkillers needed.",
]
SETTLED_TWINS = [
    "Delivery: sorted.",
    "Your password, reset.",
    "Queues: gone.",
]
PAIRED_SHIFTS = [
    "Cravings down, energy up.",
    "Bloating out, confidence back.",
    "Blood pressure down, spirits up.",
    "Stress down, sleep up.",
]
PAIRED_SHIFT_TWINS = [
    "Lights down, volume up.",
    "Orders in, parcels out.",
    "Prices down, quality up.",
    "Shoes off, feet up.",
]


@pytest.mark.parametrize("line", SETTLED_COMPLAINTS + PAIRED_SHIFTS)
def test_a_complaint_settled_in_a_word_or_two_results_in_a_headline_are_a_claim_on_a_page_that_sells(line):
    assert on_shop(line)


@pytest.mark.parametrize("line", SETTLED_TWINS + PAIRED_SHIFT_TWINS)
def test_the_same_shapes_about_trade_or_ordinary_life_are_not(line):
    assert not on_shop(line)


@pytest.mark.parametrize("line", [SETTLED_COMPLAINTS[0], PAIRED_SHIFTS[0]])
def test_the_same_headlines_on_a_page_that_sells_nothing_are_not_read_as_sales_copy(line):
    assert not on_info(line)


POM_SHOP = "<h1>Buy finasteride online</h1><p>Finasteride 1 mg tablets, £25 a month, free delivery.</p>"
HISTORY_SKIPPED = [
    "We dispatch your order without checking your medical history.",
    "Tablets posted to you without ever reviewing your health records.",
    "No medical history needed, just add to basket.",
    "Order finasteride with no medical records required.",
]
HISTORY_TWINS = [
    "Our pharmacist checks your medical history before every order.",
    "Tell us your medical history so we can check the tablets are safe for you.",
    "We never dispatch without checking your medical history.",
    "We never dispatch without a prescription.",
    "We cannot supply finasteride without a prescription.",
]


def _supply_on(page: str, line: str) -> bool:
    return any(line.rstrip(".")[:30] in f.sentence and f.rule == "claim.unlawful-supply"
               for f in claim_findings(page))


@pytest.mark.parametrize("line", HISTORY_SKIPPED)
def test_a_prescription_medicine_sent_without_checking_medical_history_is_unlawful_supply(line):
    assert _supply_on(f"{POM_SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize("line", HISTORY_TWINS)
def test_the_history_checked_asked_for_or_the_sellers_refusal_is_not(line):
    assert not _supply_on(f"{POM_SHOP}<p>{line}</p>", line)
