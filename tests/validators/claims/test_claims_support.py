"""Support: cited and uncited twins of the same claim, reference lists, dangling markers."""

import pytest
from claim_helpers import by_rule, claim_findings, rules_of

from validators.claims.normalise import normalise_claim
from validators.config import Config
from validators.engine import check_documents
from validators.sources import from_text

CLAIM = "Studies show that zinc lozenges shorten colds by two days"
REFERENCES = """
<h2>References</h2>
<ol>
<li>Hemilä H. Zinc lozenges and the common cold. JRSM Open. 2017. doi:10.1177/2054270417694291</li>
<li>Science M, et al. Zinc for the treatment of the common cold. CMAJ. 2012. PMID: 22566526</li>
<li>Smith J. Colds and what to do about them. Health Press; 2015.</li>
<li>Eby GA. Zinc lozenges as cure for the common cold. <a href="https://www.sciencedirect.com/x">Article</a></li>
</ol>
"""


def test_uncited_twin_is_an_appeal_to_unnamed_evidence():
    findings = claim_findings(f"<p>{CLAIM}.</p>")
    assert rules_of(findings) == ["claim.unnamed-evidence"]
    finding = findings[0]
    assert finding.severity == "error"
    assert finding.excerpt == "Studies show"
    assert finding.sentence == f"{CLAIM}."
    assert "add a citation to the peer-reviewed source" in finding.message.lower()


@pytest.mark.parametrize(
    "cited",
    [
        f'<p>{CLAIM} (<a href="https://pubmed.ncbi.nlm.nih.gov/28515951/">Hemilä 2017</a>).</p>',
        f'<p>{CLAIM} (<a href="https://doi.org/10.1177/2054270417694291">study</a>).</p>',
        f'<p>{CLAIM} (<a href="https://www.cdc.gov/common-cold/">CDC</a>).</p>',
        f"<p>{CLAIM} [1].</p>{REFERENCES}",
        f"<p>{CLAIM} [1, 2].</p>{REFERENCES}",
        f"<p>{CLAIM} [1–3].</p>{REFERENCES}",
        f"<p>{CLAIM}<sup>2</sup>.</p>{REFERENCES}",
        f'<p>{CLAIM} <sup>[<a href="#ref-1">1</a>]</sup>.</p><ol><li id="ref-1">doi:10.1177/2054270417694291</li></ol>',
        f"<p>{CLAIM} [4].</p>{REFERENCES}",
    ],
)
def test_cited_twin_has_no_support_finding(cited):
    findings = claim_findings(cited)
    assert [f for f in findings if f.rule != "claim.reference-without-source"] == []


def test_a_link_anywhere_in_the_list_item_supports_its_sentences():
    html = (f'<ul><li>{CLAIM}. Source: <a href="https://www.nhs.uk/conditions/common-cold/">NHS</a></li></ul>')
    assert claim_findings(html) == []


def test_a_link_to_a_page_that_is_not_a_source_is_no_citation():
    findings = claim_findings(f'<p>{CLAIM} (see <a href="/health/colds/">our colds page</a>).</p>')
    assert rules_of(findings) == ["claim.unnamed-evidence"]


def test_marker_pointing_to_a_missing_reference_is_an_error():
    findings = claim_findings(f"<p>{CLAIM} [7].</p>{REFERENCES}")
    dangling = by_rule(findings, "claim.dangling-citation")
    assert len(dangling) == 1
    assert dangling[0].excerpt == "[7]"
    assert dangling[0].severity == "error"
    assert "4 entries" in dangling[0].message
    # A marker to nothing supports nothing: the claim is still uncited.
    assert by_rule(findings, "claim.unnamed-evidence")


def test_marker_without_any_reference_list_is_dangling():
    findings = claim_findings(f"<p>{CLAIM} [1].</p>")
    assert rules_of(findings) == ["claim.dangling-citation", "claim.unnamed-evidence"]
    assert "no reference list" in by_rule(findings, "claim.dangling-citation")[0].message


def test_anchor_link_to_a_missing_reference_is_dangling():
    html = f'<p>{CLAIM} [<a href="#ref-9">9</a>].</p><ol><li id="ref-1">doi:10.1177/2054270417694291</li></ol>'
    dangling = by_rule(claim_findings(html), "claim.dangling-citation")
    assert len(dangling) == 1
    assert set(dangling[0].details["missing"]) == {"9", "#ref-9"}


def test_range_marker_reports_only_the_missing_numbers():
    dangling = by_rule(claim_findings(f"<p>{CLAIM} [3–6].</p>{REFERENCES}"), "claim.dangling-citation")
    assert dangling[0].details["missing"] == ["5", "6"]


def test_reference_without_identifier_does_not_support_on_a_page_that_sells_and_is_flagged():
    findings = claim_findings(f"<p>Buy now for only £9.99.</p><p>{CLAIM} [3].</p>{REFERENCES}")
    assert rules_of(findings) == ["claim.reference-without-source", "claim.unnamed-evidence"]
    weak = by_rule(findings, "claim.reference-without-source")[0]
    assert weak.severity == "warning"
    assert weak.excerpt.startswith("Smith J.")
    assert "[3] has no DOI" in by_rule(findings, "claim.unnamed-evidence")[0].message


def test_reference_without_identifier_is_flagged_once_on_a_page_that_sells_nothing():
    # (round 29, citations.listed: the entry names the source; its missing identifier is reported on the entry)
    findings = claim_findings(f"<p>{CLAIM} [3].</p>{REFERENCES}")
    assert rules_of(findings) == ["claim.reference-without-source"]


def test_reference_entries_are_not_classified_as_claims():
    html = ("<p>Retinol may smooth fine lines [1].</p><h2>Sources</h2><ul>"
            "<li>Kong R. Retinol reduces wrinkles in 12 weeks. doi:10.1111/jocd.12193</li></ul>")
    assert claim_findings(html) == []


def test_plain_text_reference_list():
    text = (f"{CLAIM} [1].\n\nAcne clears faster with zinc [2].\n\nReferences\n\n"
            "1. Hemilä H. Zinc lozenges and the common cold. doi:10.1177/2054270417694291\n")
    report = check_documents([from_text(text)], Config(disabled=frozenset({"copy", "link"}))).reports[0]
    assert sorted((f.rule, f.excerpt) for f in report.findings) == [
        ("claim.dangling-citation", "[2]"), ("claim.uncited", "Acne clears faster with zinc [2].")]


def test_details_give_the_cms_what_it_needs():
    finding = claim_findings("<p>Tea tree oil kills the bacteria that cause acne [2].</p>")
    finding = [f for f in finding if f.rule != "claim.dangling-citation"][0]
    assert finding.rule == "claim.uncited"
    assert finding.details["claim_kind"] == "efficacy"
    assert finding.details["normalised_claim"] == "tea tree oil kills the bacteria that cause acne"
    assert finding.details["cited"] is False


def test_normalise_claim_ignores_markers_quotes_case_and_spacing():
    a = normalise_claim("Zinc  helps “heal” wounds [1, 2].")
    b = normalise_claim('zinc helps "heal" wounds')
    assert a == b == 'zinc helps "heal" wounds'
    assert normalise_claim("Zinc helps heal burns.") != a


@pytest.mark.parametrize(
    ("heading", "entry", "is_reference_list"),
    [
        ("References", "Hemilä H. Zinc and colds. doi:10.1177/2054270417694291", True),
        ("Citations:", "Hemilä H. Zinc and colds. doi:10.1177/2054270417694291", True),
        ("Sources and further reading", "Hemilä H, et al. Zinc and colds. JRSM Open. 2017;8:5.", True),
        ("Food sources of zinc", "oysters, beef and pumpkin seeds", False),
    ],
)
def test_reference_list_headings(heading, entry, is_reference_list):
    html = f"<p>{CLAIM} [1].</p><h2>{heading}</h2><ul><li>{entry}</li></ul>"
    rules = rules_of(claim_findings(html))
    # Not a reference list: the marker leads nowhere.
    assert ("claim.dangling-citation" not in rules) == is_reference_list
