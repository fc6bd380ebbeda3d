"""Claims on professional pages, round 26 (issue 9): professionals agreeing stay an appeal, a publication named by
its author in the possessive, and a service's own measure of the papers and invitations it handles. Each class with
at least three unrelated examples and three correct twins; examples are unrelated to the evaluation texts."""

import pytest
from claim_helpers import GOUT_SHOP_PAGE, INFO_PAGE, claim_findings

_CITATION_RULES = {"claim.unnamed-evidence", "claim.uncited-statistic", "claim.uncited-timeline", "claim.uncited"}


def _citation_findings(page: str, sentence: str) -> list[str]:
    return sorted(f.rule for f in claim_findings(page.format(sentence))
                  if f.sentence == sentence and f.rule in _CITATION_RULES)


# 1. Professionals agreeing stay an appeal to unnamed evidence on every page. (Round 26 tried reading a named field's
# consensus on a page that does not sell as the page's own statement; it cost a held-out blog claim and removed wrong
# findings only on its own author's pages, so it was taken out at the merge: RESULTS_claims_prof26.md.)
@pytest.mark.parametrize(
    "page, sentence",
    [
        (INFO_PAGE, "Experts agree that cherry juice stops gout attacks for good."),
        (INFO_PAGE, "Many doctors agree that our gout diet works better than tablets."),
        (INFO_PAGE, "Rheumatologists agree that colchicine eases a gout attack when it is started early."),
        (GOUT_SHOP_PAGE, "Rheumatologists agree that colchicine eases a gout attack when it is started early."),
        (GOUT_SHOP_PAGE, "Experts broadly agree that losing weight lowers the number of gout attacks."),
        (INFO_PAGE, "Rheumatologists at the clinic say that cherry juice stops gout attacks."),
    ],
)
def test_professionals_agreeing_stay_an_appeal_to_unnamed_evidence(page, sentence):
    assert "claim.unnamed-evidence" in _citation_findings(page, sentence)


# 2. A publication named by its author in the possessive (claims_evidence.yaml authored_sources): two capitalised words
# or more, or an acronym, then 's and the publication noun.
@pytest.mark.parametrize(
    "sentence",
    [
        "Public Health England's evaluation estimated that the campaign cut gout admissions by 12%.",
        "The CDC's latest survey found that 4% of adults have had gout.",
        "Versus Arthritis's analysis shows that 1 in 40 adults in the UK has gout.",
    ],
)
def test_a_publication_named_by_its_author_in_the_possessive_is_a_named_source(sentence):
    assert _citation_findings(INFO_PAGE, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Harvard's study found that 80% of people had fewer gout attacks.",
        "A charity's survey found that 80% of people had fewer gout attacks.",
        "Last year's survey found that 80% of people had fewer gout attacks.",
    ],
)
def test_one_capitalised_word_or_a_lower_case_owner_names_no_source(sentence):
    assert _citation_findings(INFO_PAGE, sentence) != []


# 3. A service's own measure of the papers and invitations it handles (claims_functions.yaml own_records): "we sent",
# "we invited", "our laboratory reported" a figure, on a page that sells nothing.
@pytest.mark.parametrize(
    "sentence",
    [
        "We sent 91% of blood test results to GPs within 5 working days.",
        "Last year we invited 18,000 people with gout for a medicines review.",
        "Our laboratory reported 97% of uric acid tests within 48 hours.",
    ],
)
def test_a_services_measure_of_its_own_work_needs_no_citation(sentence):
    assert _citation_findings(INFO_PAGE, sentence) == []


@pytest.mark.parametrize(
    "page, sentence",
    [
        (INFO_PAGE, "Colchicine relieves the pain of 91% of gout attacks within 5 days."),  # a treatment's result
        (INFO_PAGE, "Studies show that 91% of people are free of attacks after a year of allopurinol."),
        (GOUT_SHOP_PAGE, "We sent 91% of our customers a free gout guide, and 88% were pain-free within a week."),
    ],
)
def test_a_result_of_treatment_or_a_sellers_count_keeps_its_finding(page, sentence):
    assert _citation_findings(page, sentence) != []
