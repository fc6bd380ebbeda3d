"""Classes of absolute-promise finding that blocked correct professional pages (issue 9, edit42: fresh_prof21 and
single-sentence probes on a short information page), each with >= 3 correct sentences left alone and >= 3 claims of
the same shape still found:

- a cure weighed as a prospect or named by its route ("Finding cancer early gives you the best chance of a cure",
  "Surgery to remove the tumour is the only way to cure this type of cancer") on a page that sells nothing;
- a regimen named with its length ("The only treatment is a strict gluten-free diet for life", "You will be on blood
  thinners forever");
- a guarantee or cure denied by the subject "nobody" ("Nobody can guarantee that you will not have side effects");
- a result stated as the aim of a treatment ("The aim of treatment is to get rid of the infection for good") on a page
  that sells nothing;
- a universal bounded by an age or a group ("The vaccine is safe for everyone over 6 months old") on a page that sells
  nothing."""

import pytest

from tests.validators.claims.claim_helpers import claim_findings
from validators.config import Config

EDITORIAL = Config(disabled=frozenset({"copy", "link"}), claim_profile="editorial")
PROMOTIONAL = Config(disabled=frozenset({"copy", "link"}))

_INFO_PAGE = (
    "<h1>Treatment</h1><p>This page explains the condition. Ask your GP if you are worried. Side effects can include "
    "headache and nausea.</p><p>{sentence}</p>"
)
_SHOP_PAGE = _INFO_PAGE + "<p>Order today for next-day delivery. Add to basket now, only £19.99.</p>"


def _absolute(page: str, sentence: str, config: Config = EDITORIAL) -> list[str]:
    found = claim_findings(page.format(sentence=sentence), config)
    return [f.excerpt for f in found if f.rule == "claim.absolute-promise"]


# 1. A cure weighed as a prospect or named by its route, on a page that sells nothing.
_CURE_PROSPECTS = [
    "Finding cancer early gives you the best chance of a cure.",
    "Surgery offers the best chance of curing bowel cancer.",
    "A stem cell transplant may offer the only chance of a cure for some people with leukaemia.",
    "For some people, a liver transplant is the only hope of a cure.",
    "Surgery to remove the tumour is the only way to cure this type of cancer.",
    "A bone marrow transplant is the only treatment that can cure sickle cell disease.",
]


@pytest.mark.parametrize("config", [EDITORIAL, PROMOTIONAL], ids=["editorial", "promotional"])
@pytest.mark.parametrize("sentence", _CURE_PROSPECTS)
def test_a_cure_weighed_as_a_prospect_is_no_promise(sentence, config):
    assert _absolute(_INFO_PAGE, sentence, config) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Surgery cures bowel cancer.",
        "This treatment is a guaranteed cure for leukaemia.",
        "Radiotherapy will cure the cancer completely.",
        "The operation cures the hernia for good.",
    ],
)
def test_a_cure_promised_outright_is_still_a_promise(sentence):
    assert _absolute(_INFO_PAGE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our capsules give you the best chance of a cure.",
        "With our capsules you have every chance of a cure.",
        "Our detox programme is the only way to cure type 2 diabetes.",
        "Our herbal tincture is the only treatment that can cure eczema.",
    ],
)
def test_a_cure_prospect_in_sales_copy_is_still_a_promise(sentence):
    assert _absolute(_SHOP_PAGE, sentence)


# 2. A regimen named with its length.
@pytest.mark.parametrize(
    "sentence",
    [
        "The only treatment is a strict gluten-free diet for life, which allows the gut to heal.",
        "If your kidneys fail, dialysis is needed for life unless you have a transplant.",
        "People with type 1 diabetes need insulin for life.",
        "After the thyroid is removed, treatment is continued for life with a daily tablet.",
        "You will be on blood thinners forever.",
        "Most people need to take levothyroxine forever.",
    ],
)
def test_a_regimen_for_life_is_no_promise(sentence):
    assert _absolute(_INFO_PAGE, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our diet gives you clear skin for life.",
        "The vaccine protects you for life.",
        "This treatment for life-long relief cures back pain completely.",
        "One course of our tablets keeps you free of migraines for life.",
        "Our tablets keep you healthy forever.",
    ],
)
def test_a_lifelong_result_is_still_a_promise(sentence):
    assert _absolute(_INFO_PAGE, sentence)


# 3. A guarantee or a cure denied by the subject "nobody".
@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody can guarantee that you will not have side effects.",
        "Nobody can guarantee that the operation will work.",
        "Nobody has found a cure for the common cold.",
        "No-one can guarantee that a lump is harmless without a biopsy.",
    ],
)
def test_a_guarantee_denied_by_nobody_is_no_promise(sentence):
    assert _absolute(_INFO_PAGE, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our surgeon guarantees that you will not have side effects.",
        "Our cream guarantees that you will get no side effects.",
        "Everybody who takes our tablets is cured for good.",
    ],
)
def test_a_guarantee_given_is_still_a_promise(sentence):
    assert _absolute(_INFO_PAGE, sentence)


# 4. A result stated as the aim of a treatment, on a page that sells nothing.
@pytest.mark.parametrize(
    "sentence",
    [
        "The aim of treatment is to get rid of the infection for good.",
        "Treatment aims to cure the cancer.",
        "The goal of surgery is to remove the tumour completely.",
        "Radiotherapy is given with the aim of curing the cancer.",
    ],
)
def test_a_result_stated_as_an_aim_is_no_promise(sentence):
    assert _absolute(_INFO_PAGE, sentence) == []


@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        (_INFO_PAGE, "Treatment gets rid of the infection for good."),
        (_INFO_PAGE, "Surgery removes the tumour completely and cures the cancer for good."),
        (_SHOP_PAGE, "Our programme aims to cure your diabetes for good."),
        (_SHOP_PAGE, "Our herbal tea aims to cure arthritis."),
    ],
)
def test_a_result_promised_or_aimed_at_in_sales_copy_is_still_a_promise(page, sentence):
    assert _absolute(page, sentence)


# 5. A universal bounded by an age or a group, on a page that sells nothing.
@pytest.mark.parametrize(
    "sentence",
    [
        "The vaccine is safe for everyone over 6 months old, including pregnant women.",
        "The flu vaccine is free and safe for everyone aged 65 or over.",
        "The test is safe for anyone with a pacemaker.",
        "Regular walking is safe for everyone with stable heart disease.",
    ],
)
def test_a_universal_bounded_by_a_group_is_no_promise(sentence):
    assert _absolute(_INFO_PAGE, sentence) == []


@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        (_INFO_PAGE, "The vaccine is safe for everyone."),
        (_INFO_PAGE, "This supplement works for everyone."),
        (_SHOP_PAGE, "Our capsules are safe for everyone over 18."),
        (_SHOP_PAGE, "Our detox tea is safe for anyone with diabetes."),
    ],
)
def test_an_unbounded_or_sold_universal_is_still_a_promise(page, sentence):
    assert _absolute(page, sentence)
