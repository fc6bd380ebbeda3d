"""Evidence reported against an effect (classify._finds_against, claims_evidence.yaml findings_against) and a reporter
word that ends a body's name (classify._names_a_body) are no appeals to unnamed evidence on a page that sells nothing;
a harm denied, a benefit reported, an unnamed professional and every page that sells keep the appeal."""

import pytest

from tests.validators.claims.claim_helpers import GOUT_SHOP_PAGE, INFO_PAGE, sentence_rules

AGAINST = [
    "Decades of research have found no link between the MMR vaccine and autism.",
    "Large studies have found no association between the flu vaccine and miscarriage.",
    "For most people with long-term back pain, research shows that opioids help little more than other painkillers.",
    "Trials have found that vitamin C does little or no good once a cold has started.",
]
NAMED_BODIES = [
    "A steroid injection can ease symptoms for several months, and the American Academy of Orthopaedic Surgeons "
    "guideline supports its use when splinting has not been enough.",
    "The American College of Physicians guideline found that exercise eases back pain.",
    "The Royal College of Obstetricians and Gynaecologists review found that the vaccine protects newborn babies.",
    "The Royal College of Psychiatrists guidance suggests that talking therapy helps most people with mild depression.",
]
STILL_APPEALS = [
    "Studies have found that cherry juice cuts gout attacks by half.",
    "Studies show that our tea has no harmful effects.",
    "Research shows that cherry juice works better than allopurinol.",
    "Many Dermatologists recommend it for gout.",
    "Doctors say that a low-purine diet stops attacks coming back.",
]


@pytest.mark.parametrize("sentence", AGAINST + NAMED_BODIES)
def test_no_appeal_on_an_information_page(sentence):
    assert "claim.unnamed-evidence" not in sentence_rules(INFO_PAGE, sentence)


@pytest.mark.parametrize("sentence", AGAINST + NAMED_BODIES)
def test_the_same_sentence_in_sales_copy_stays_an_appeal(sentence):
    assert "claim.unnamed-evidence" in sentence_rules(GOUT_SHOP_PAGE, sentence)


@pytest.mark.parametrize("sentence", STILL_APPEALS)
def test_a_benefit_a_harm_denied_or_unnamed_professionals_stay_appeals(sentence):
    assert "claim.unnamed-evidence" in sentence_rules(INFO_PAGE, sentence)
