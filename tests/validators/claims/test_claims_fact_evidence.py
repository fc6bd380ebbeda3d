"""Unnamed evidence behind a fact (issue 9): on an information page an appeal to research or experts that backs a
safety warning, a background fact or a disease's course claims no benefit ("Research has linked smoking in
pregnancy to stillbirth"): fact-evidence, off in both profiles. Behind a benefit it is still unnamed evidence, and
in a short draft every appeal needs its source. Examples unrelated to each other and to the evaluation texts."""

import pytest
from claim_helpers import claim_findings
from test_claims_page_genre import EDITORIAL, INFORMATION_PAGE, PROMOTIONAL

FACTS = [
    "Research has linked smoking in pregnancy to stillbirth.",
    "Experts recommend that babies sleep on their backs.",
    "Research suggests that heavy drinking can cause liver damage.",
]


def _evidence(sentence: str, html: str, config=PROMOTIONAL) -> list[str]:
    return [f.rule for f in claim_findings(html, config) if f.sentence == sentence]


@pytest.mark.parametrize("sentence", FACTS)
def test_unnamed_evidence_behind_a_fact_on_an_information_page_is_not_reported(sentence):
    page = INFORMATION_PAGE.format(timing=f"<p>{sentence}</p>", slips="")
    assert _evidence(sentence, page) == []
    assert _evidence(sentence, page, EDITORIAL) == []


@pytest.mark.parametrize("sentence", FACTS)
def test_the_same_appeal_in_a_short_draft_needs_a_source(sentence):
    assert _evidence(sentence, f"<h1>Note</h1><p>Keep the area clean. {sentence}</p>") == ["claim.unnamed-evidence"]


@pytest.mark.parametrize("sentence", [
    "Evidence shows that breastfeeding lowers the risk of ear infections in babies.",
    "Studies show that fish oil capsules ease joint pain.",
    "Research has proven that a warm compress clears a stye overnight.",
])
def test_unnamed_evidence_behind_a_benefit_on_an_information_page_is_still_reported(sentence):
    page = INFORMATION_PAGE.format(timing=f"<p>{sentence}</p>", slips="")
    assert "claim.unnamed-evidence" in _evidence(sentence, page)
    assert "claim.unnamed-evidence" in _evidence(sentence, page, EDITORIAL)
