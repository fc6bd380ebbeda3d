"""Classes of absolute-promise finding that blocked correct professional pages (issue 9, edit42: fresh_prof21 and
single-sentence probes on a short information page), each with >= 3 correct sentences left alone and >= 3 claims of
the same shape still found:

- a cure weighed as a prospect or named by its route ("Finding cancer early gives you the best chance of a cure",
  "Surgery to remove the tumour is the only way to cure this type of cancer") on a page that sells nothing;
- a regimen named with its length ("The only treatment is a strict gluten-free diet for life")."""

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
    ],
)
def test_a_lifelong_result_is_still_a_promise(sentence):
    assert _absolute(_INFO_PAGE, sentence)
