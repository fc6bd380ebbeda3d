"""Issue 9, marketing recall round 24 (evaluation/RESULTS_claims_mkt24.md), on a page that sells:

- a rival treatment set against the product and a drawback denied after it ("Unlike sleeping pills, it won't leave
  you groggy") is a comparison, not a denial (classify.Classifier._rival_falls_short);
- professionals endorsing the sold thing with a place between them and the verb, or a brand name as the object
  ("Midwives up and down the country recommend SootheBub": claims_evidence.yaml endorser_places, endorsers);
- a question inviting the reader to a result ("Ready to feel like yourself again?": promotion.inviting_assertion);
- a customer's result told in the third person, in a testimonial or caption that opens with the customer's name
  ("Marcus, 58, no longer needs his stick": promotion.named_customer, claims_functions.yaml customer_results).
"""

import pytest
from claim_helpers import SHOP, claim_findings, on_info, on_shop

RIVAL_SHORTFALLS = [
    "Unlike the little blue pill, the results don't wear off after a few hours.",
    "Unlike nasal sprays, our drops never sting.",
    "Unlike sleeping pills, DreamEase won't leave you groggy in the morning.",
    "Unlike painkillers, the gel doesn't upset your stomach.",
]
RIVAL_SHORTFALL_TWINS = [
    "Unlike other shops, we never charge for delivery.",
    "Unlike tablets, the patch doesn't need to be taken every day.",
    "Unlike injections, the spray does not need a prescription.",
    "Unlike a cold, flu does not come on gradually.",
]


@pytest.mark.parametrize("line", RIVAL_SHORTFALLS)
def test_a_drawback_denied_after_a_rival_treatment_is_a_claim_on_a_page_that_sells(line):
    assert on_shop(line)


@pytest.mark.parametrize("line", RIVAL_SHORTFALL_TWINS)
def test_a_drawback_of_trade_or_dosing_or_no_rival_treatment_is_not(line):
    assert not on_shop(line)


@pytest.mark.parametrize("line", RIVAL_SHORTFALLS[:3])
def test_a_rival_drawback_on_a_page_that_sells_nothing_is_not(line):
    assert not on_info(line)


ENDORSEMENTS = [
    "Midwives up and down the country recommend SootheBub.",
    "Vets across Britain swear by it.",
    "Podiatrists nationwide trust our insoles.",
    "Health visitors all over the country recommend NightCalm.",
]
ENDORSEMENT_TWINS = [
    "Midwives up and down the country recommend skin-to-skin contact.",
    "Our midwives recommend it to every new mum.",
    "Midwives across the country support new parents at home.",
    "Health visitors recommend tummy time every day.",
]


@pytest.mark.parametrize("line", ENDORSEMENTS)
def test_professionals_endorsing_the_sold_thing_across_a_place_or_by_brand_are_unnamed_evidence(line):
    assert any(
        line.rstrip(".")[:40] in f.sentence and f.rule == "claim.unnamed-evidence"
        for f in claim_findings(f"{SHOP}<p>{line}</p>")
    )


@pytest.mark.parametrize("line", ENDORSEMENT_TWINS)
def test_an_action_recommended_or_the_sellers_own_staff_or_a_service_is_not(line):
    assert not on_shop(line)


INVITATIONS = [
    "Ready to feel like yourself again?",
    "Want to sleep through the night again?",
    "Ready for clearer skin?",
    "Are you ready to say goodbye to bloating?",
]
INVITATION_TWINS = [
    "Ready to order?",
    "Want to book a free call?",
    "Ready to get started?",
    "Ready for your first delivery?",
]


@pytest.mark.parametrize("line", INVITATIONS)
def test_a_question_inviting_the_reader_to_a_result_is_a_claim_on_a_page_that_sells(line):
    assert on_shop(line)


@pytest.mark.parametrize("line", INVITATION_TWINS)
def test_a_question_inviting_an_order_or_a_booking_is_not(line):
    assert not on_shop(line)


@pytest.mark.parametrize("line", INVITATIONS[:3])
def test_an_inviting_question_on_a_page_that_sells_nothing_is_not(line):
    assert not on_info(line)


CUSTOMER_RESULTS = [
    "Dana, 41, back at her desk every day after her second round.",
    "Four-week-old Alfie, asleep through the evening for the first time.",
    "Marcus, 58, no longer needs his stick on the stairs.",
    "Priya has her energy back after six weeks.",
]
CUSTOMER_RESULT_TWINS = [
    "Tom ordered for the first time in March.",
    "Sarah, 34, joined us for the first time last spring.",
    "Dana, our head nurse, runs the clinic on Tuesdays.",
    "Our founder can finally open a second shop.",
]


@pytest.mark.parametrize("line", CUSTOMER_RESULTS)
def test_a_named_customers_result_in_the_third_person_is_a_claim_on_a_page_that_sells(line):
    assert on_shop(line)


@pytest.mark.parametrize("line", CUSTOMER_RESULT_TWINS)
def test_a_named_customers_purchase_or_a_staff_member_is_not(line):
    assert not on_shop(line)


@pytest.mark.parametrize("line", CUSTOMER_RESULTS[:3])
def test_a_named_persons_result_on_a_page_that_sells_nothing_is_not(line):
    assert not on_info(line)
