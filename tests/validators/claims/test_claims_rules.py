"""Each claim rule with positive and negative fixtures, severities and the fair-balance rule."""

from pathlib import Path

import pytest
from claim_helpers import by_rule, claim_findings, rules_of

from validators.config import Config
from validators.findings import Severity
from validators.registry import all_rules

DEMO = Path(__file__).resolve().parents[3] / "pages" / "demo_content"
ONLY_CLAIMS = frozenset({"copy", "link"})


def test_every_claim_rule_is_registered_with_a_docstring():
    claim_rules = {rule_id: cls for rule_id, cls in all_rules().items() if rule_id.startswith("claim.")}
    assert set(claim_rules) == {
        "claim.unnamed-evidence", "claim.absolute-promise", "claim.uncited-statistic", "claim.uncited-timeline",
        "claim.uncited", "claim.dangling-citation", "claim.reference-without-source", "claim.fair-balance",
        "claim.superlative", "claim.unlawful-supply",
    }
    assert all(cls.description() for cls in claim_rules.values())


# -- unnamed evidence -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("html", "excerpt"),
    [
        ("<p>Research has shown that retinol reduces fine lines.</p>", "Research has shown"),
        ("<p>Experts agree that vitamin D protects against colds.</p>", "Experts agree"),
        ("<p>Dermatologists say niacinamide calms redness.</p>", "Dermatologists say"),
        ("<p>According to a recent study, green tea lowers cholesterol.</p>", "According to a recent study"),
    ],
)
def test_unnamed_evidence_is_an_error(html, excerpt):
    findings = by_rule(claim_findings(html), "claim.unnamed-evidence")
    assert [f.excerpt for f in findings] == [excerpt]
    assert findings[0].severity == "error"


def test_a_journal_named_but_not_cited():
    html = "<p>A trial published in the Journal of Investigative Dermatology found that zinc clears acne.</p>"
    [finding] = by_rule(claim_findings(html), "claim.unnamed-evidence")
    assert "Journal of Investigative Dermatology" in finding.excerpt
    assert "journal is named" in finding.message


def test_research_as_an_instruction_is_not_evidence():
    assert claim_findings("<p>Research the clinic and its doctors before you book a treatment.</p>") == []


# -- absolute promises ----------------------------------------------------------------------

def test_absolute_promise_is_an_error_even_when_cited():
    uncited = "<p>Oral ivermectin is a safe alternative with no side effects.</p>"
    cited = ('<p>Oral ivermectin is a safe alternative with no side effects '
             '(<a href="https://pubmed.ncbi.nlm.nih.gov/1/">trial</a>).</p>')
    for html, advice in ((uncited, "and cite"), (cited, "Soften it")):
        [finding] = claim_findings(html)
        assert finding.rule == "claim.absolute-promise"
        assert finding.excerpt == "no side effects"
        assert finding.severity == "error"
        assert advice in finding.message
        assert [s.replacement for s in finding.suggestions] == ["few reported side effects"]
    assert "and cite" not in claim_findings(cited)[0].message


@pytest.mark.parametrize(
    "html",
    [
        "<p>Our supplements are guaranteed to boost your immune system.</p>",
        "<p>This serum is clinically proven to fade dark spots.</p>",
        "<p>The cream is 100% effective against head lice.</p>",
        "<p>Laser treatment permanently removes unwanted hair.</p>",
    ],
)
def test_absolute_promises(html):
    assert "claim.absolute-promise" in rules_of(claim_findings(html))


@pytest.mark.parametrize(
    "html",
    [
        "<p>There is no cure for eczema, but moisturisers help control it.</p>",
        "<p>Don’t believe promises like “cures arthritis overnight.”</p>",
        "<p>Be wary of products that claim to be completely safe.</p>",
        "<h2>Myth: Accutane cures acne</h2>",
        "<h2>Does Accutane cure acne?</h2>",
        "<p>Delivery is guaranteed within two days.</p>",
    ],
)
def test_not_absolute_promises(html):
    assert by_rule(claim_findings(html), "claim.absolute-promise") == []


# -- statistics and timelines -------------------------------------------------------------------

def test_uncited_statistic():
    [finding] = claim_findings("<p>Over 80% of users reported fewer breakouts.</p>")
    assert finding.rule == "claim.uncited-statistic"
    assert finding.excerpt == "80%"
    assert finding.severity == "error"


def test_a_strength_is_not_a_statistic():
    # a product being sold ("our"): its benefit claim needs a source, but the strength is not a statistic
    [finding] = claim_findings("<p>Our 5% benzoyl peroxide gel reduces acne lesions.</p>")
    assert finding.rule == "claim.uncited"


def test_cited_statistic_twin():
    html = ('<p>Over 80% of users reported fewer breakouts '
            '(<a href="https://doi.org/10.1000/xyz">study</a>).</p>')
    assert claim_findings(html) == []


def test_uncited_timeline():
    findings = claim_findings("<ul><li>Within 2 weeks: the serum fades redness and swelling</li></ul>")
    assert [(f.rule, f.excerpt) for f in findings] == [("claim.uncited-timeline", "Within 2 weeks")]


@pytest.mark.parametrize(
    ("html", "excerpt"),
    [
        ("<p>The nasal spray starts working about 15 minutes after you use it.</p>", "about 15 minutes"),
        ("<p>It may take 4 to 6 weeks for the tablets to take full effect.</p>", "4 to 6 weeks"),
        ("<p>Protection from the jab develops over the first two weeks.</p>", "the first two weeks"),
    ],
)
def test_a_duration_next_to_an_onset_verb_is_an_uncited_timeline(html, excerpt):
    findings = claim_findings(html)
    assert [(f.rule, f.excerpt) for f in findings] == [("claim.uncited-timeline", excerpt)]
    cited = html.replace(".</p>", ' (<a href="https://www.nhs.uk/vaccinations/">NHS</a>).</p>')
    assert claim_findings(cited) == []


@pytest.mark.parametrize(
    "html",
    [
        "<p>Take the second dose 14 days after the first.</p>",
        "<p>The second dose is given 14 days after the first.</p>",
        "<p>The vaccination team started working at the centre 3 years ago.</p>",
        "<p>Use the drops twice a day; the infection usually clears up.</p>",
        "<p>Apply the cream every evening for 2 weeks.</p>",
        "<p>The lotion is applied to the whole body and repeated after a week [1].</p>"
        "<h2>References</h2><ol><li>doi:10.1000/abc</li></ol>",
        "<p>Your order ships within 2 business days.</p>",
    ],
)
def test_not_timelines_of_effect(html):
    assert claim_findings(html) == []


# -- other uncited claims, non-claims, severities and priority ----------------------------------

def test_uncited_claim_is_a_warning_with_the_whole_sentence():
    [finding] = claim_findings("<p>Tea tree oil kills the bacteria that cause acne.</p>")
    assert finding.rule == "claim.uncited"
    assert finding.severity == "warning"
    assert finding.excerpt == finding.sentence == "Tea tree oil kills the bacteria that cause acne."
    assert "soften it to 'may help' and cite" in finding.message


@pytest.mark.parametrize(
    "html",
    [
        "<ul><li>Maintain good hygiene practices</li><li>Report any unusual symptoms to your doctor</li></ul>",
        "<p>Talk to a doctor, nurse, or pharmacist before you use any health product.</p>",
        "<p>We take a personalized approach to each patient's care.</p>",
        "<p>Ready to take control of your acne? <a href='/contact/'>Contact us today</a>.</p>",
        "<ul><li>Previous medical history</li><li>Lifestyle factors that might affect treatment</li></ul>",
        "<p>Generally, one pill will not treat or cure many different illnesses.</p>",
    ],
)
def test_non_claims_have_no_findings(html):
    assert claim_findings(html) == []


def test_severity_is_configurable():
    config = Config(disabled=ONLY_CLAIMS, severities={"claim.uncited": Severity.ERROR})
    [finding] = claim_findings("<p>Tea tree oil kills the bacteria that cause acne.</p>", config)
    assert finding.severity == "error"


def test_one_support_finding_per_sentence_most_specific_first():
    html = "<p>A recent study found that 70% of patients saw clearer skin within 8 weeks.</p>"
    assert rules_of(claim_findings(html)) == ["claim.unnamed-evidence"]
    without_evidence = Config(disabled=ONLY_CLAIMS | {"claim.unnamed-evidence"})
    assert rules_of(claim_findings(html, without_evidence)) == ["claim.uncited-statistic"]
    neither = Config(disabled=ONLY_CLAIMS | {"claim.unnamed-evidence", "claim.uncited-statistic"})
    assert rules_of(claim_findings(html, neither)) == ["claim.uncited-timeline"]


# -- fair balance ----------------------------------------------------------------------------------

def test_fair_balance_flags_the_demo_accutane_article():
    html = (DEMO / "accutane_immune.html").read_text(encoding="utf-8")
    findings = by_rule(claim_findings(html), "claim.fair-balance")
    assert sorted(f.details["topic"] for f in findings) == ["mental_health", "pregnancy"]
    assert all(f.severity == "error" and f.excerpt == "Accutane" for f in findings)
    assert len({f.sentence for f in findings}) == 2  # each topic keeps its own place
    pregnancy = next(f for f in findings if f.details["topic"] == "pregnancy")
    assert "add the pregnancy warning" in pregnancy.message
    assert "iPLEDGE" in pregnancy.message


def test_fair_balance_is_satisfied_when_the_risks_are_stated():
    html = (DEMO / "isotretinoin.html").read_text(encoding="utf-8")
    assert by_rule(claim_findings(html), "claim.fair-balance") == []


def test_fair_balance_one_finding_per_missing_topic():
    brand_only = "<p>Absorica clears severe acne for most people.</p>"
    assert sorted(f.details["topic"] for f in by_rule(claim_findings(brand_only), "claim.fair-balance")) == [
        "mental_health", "pregnancy"]
    with_pregnancy = brand_only + "<p>It causes birth defects, so it must not be taken during pregnancy.</p>"
    assert [f.details["topic"] for f in by_rule(claim_findings(with_pregnancy), "claim.fair-balance")] == [
        "mental_health"]
    assert by_rule(claim_findings("<p>Benzoyl peroxide clears mild acne.</p>"), "claim.fair-balance") == []


def test_reviewers_extend_the_drug_list(tmp_path):
    (tmp_path / "claims_fair_balance.yaml").write_text(
        "drugs:\n"
        "  mycophenolate:\n"
        "    names: [CellCept, Myfortic]\n"
        "    risks:\n"
        "      pregnancy:\n"
        "        label: harm to an unborn baby\n"
        "        resolve: add the pregnancy warning\n"
        "        covered_by: [pregnan*, unborn]\n",
        encoding="utf-8",
    )
    config = Config(disabled=ONLY_CLAIMS, vocabulary_dirs=(tmp_path,))
    findings = by_rule(claim_findings("<p>CellCept protects a new kidney from rejection.</p>", config),
                       "claim.fair-balance")
    assert [(f.excerpt, f.details["drug"]) for f in findings] == [("CellCept", "mycophenolate")]
