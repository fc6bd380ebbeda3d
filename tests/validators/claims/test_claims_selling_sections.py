"""Round mclaim39 (RESULTS_claims_mclaim39.md): in a section that sells, the claim model promotes at a lower score.

A section (a heading and what follows it up to the next heading) in which the rules read more than a third of the
sentences as claims is a run of sales copy: there the model's 0.70 is enough (`statistical.selling_sections`).
Elsewhere on the page, on an information page, and for a lead-in (a question, a heading that asks) the model's own
threshold (0.88) stays. mclaim41: in a section in which more than a tenth of the sentences are rule-found claims (a
leaning section, `statistical.leaning_sections`) the model's 0.80 is enough, unless the classifier reads an
instruction. mclaim43: elsewhere on a page that sells 0.85 is enough (`statistical.PAGE_THRESHOLD`); a lead-in keeps
the model's 0.88, an instruction 0.90.
The sentences below score 0.70-0.88 with the shipped model (checked in
`test_the_examples_score_between_the_two_thresholds`), so each test reads the section, not the sentence.
"""

import pytest
from claim_helpers import claim_findings

from validators.claims import statistical
from validators.claims.lexicon import lexicon_for
from validators.claims.matching import Probe
from validators.sources import from_html

# a page that sells: a section of promises the rules read, then the sentence
SELLING_SECTION = ("<h1>KneeEase joint shots</h1><p>Free delivery on every order.</p><h2>Relief that lasts</h2>"
                   "<p>Clinically proven to ease knee pain in 7 days.</p><p>Guaranteed to work or your money back.</p>"
                   "<p>{}</p>")
# the same page, the sentence in a section of delivery details (no claim there)
CALM_SECTION = ("<h1>KneeEase joint shots</h1><p>Clinically proven to ease knee pain in 7 days.</p>"
                "<h2>Delivery and returns</h2><p>Orders ship within two working days.</p>"
                "<p>Returns are free within 30 days.</p><p>{}</p>")
# a page that sells (free delivery, a promise), the sentence in a section of delivery details (no claim there)
SELLING_PAGE_CALM_SECTION = ("<h1>KneeEase joint shots</h1><p>Free delivery on every order.</p>"
                             "<p>Clinically proven to ease knee pain in 7 days.</p><h2>Delivery and returns</h2>"
                             "<p>Orders ship within two working days.</p><p>Returns are free within 30 days.</p>"
                             "<p>{}</p>")
# a section with one claim among five sentences (its heading counted): not more than a third, more than a tenth
MIXED_SECTION = ("<h1>KneeEase joint shots</h1><p>Free delivery on every order.</p><h2>About the shots</h2>"
                 "<p>Clinically proven to ease knee pain in 7 days.</p><p>Each pack holds four vials.</p>"
                 "<p>Orders ship within two working days.</p><p>{}</p>")
# a section with one claim among ten sentences (its heading counted): a tenth, no more
FEW_CLAIMS_SECTION = ("<h1>KneeEase joint shots</h1><p>Free delivery on every order.</p><h2>About the shots</h2>"
                      "<p>Clinically proven to ease knee pain in 7 days.</p><p>Each pack holds four vials.</p>"
                      "<p>Orders ship within two working days.</p><p>Returns are free within 30 days.</p>"
                      "<p>The vials come in a recyclable box.</p><p>Our team answers email within a day.</p>"
                      "<p>Gift cards are available in three amounts.</p><p>Each vial is sealed for freshness.</p>"
                      "<p>{}</p>")
# a heading that opens the selling section
SELLING_HEADING = ("<h1>KneeEase joint shots</h1><p>Free delivery on every order.</p><h2>{}</h2>"
                   "<p>Clinically proven to ease knee pain in 7 days.</p><p>Guaranteed to work or your money back.</p>"
                   "<p>Each pack holds four vials.</p>")
# an information page: the same section, no product sold
INFORMATION = ("<h1>Knee pain</h1><p>Knee pain is common in adults over 50.</p><h2>Exercise</h2>"
               "<p>Regular walking can ease knee pain in some people, according to "
               '<a href="https://example.org/knees">a review</a>.</p><p>{}</p>')

# benefit idioms the model scores 0.80-0.85: promoted in a selling or leaning section, not elsewhere on the page
BENEFIT_IDIOMS = [
    "Breathe easy all spring long.",
    "Turn your evenings into recovery time.",
    "Bring the spring back to your stride.",
    "Kneel in the garden again.",
]
# benefit idioms without a verb of command (the classifier reads no instruction) the model scores 0.80-0.88
PHRASE_IDIOMS = [
    "Comfy hips all winter.",
    "Comfy knees all winter.",
    "Fewer twinges on the stairs.",
]
# benefit idioms without a verb of command the model scores 0.85-0.88: promoted anywhere on a page that sells
PAGE_IDIOMS = [
    "Beach walks without the wince.",
    "Hill walks without the wince.",
    "Dog walks without the wince.",
]
# the imperative idioms of BENEFIT_IDIOMS the classifier reads as instructions
IMPERATIVE_IDIOMS = [
    "Breathe easy all spring long.",
    "Bring the spring back to your stride.",
    "Kneel in the garden again.",
]
# benefit idioms the model scores 0.70-0.80: promoted in a selling section, not in a leaning one
MILDER_IDIOMS = [
    "Get back to the garden.",
    "Back to the allotment.",
    "Walk the beach with ease.",
]
LEAD_IN_QUESTIONS = ["Joint pain?", "Sore joints?", "Hay fever?"]
LEAD_IN_HEADINGS = ["Why KneeEase works", "Why it works", "Why patients love it"]


def _promoted(html: str, sentence: str) -> bool:
    return any(f.rule == "claim.uncited" and f.sentence == sentence for f in claim_findings(html))


@pytest.mark.parametrize("sentence", BENEFIT_IDIOMS + LEAD_IN_QUESTIONS)
def test_the_examples_score_between_the_two_thresholds(sentence):
    score = statistical.sentence_score(Probe(sentence), lexicon_for(()))
    assert statistical.SELLING_SECTION_THRESHOLD <= score < statistical.model()["threshold"], (sentence, score)


@pytest.mark.parametrize("heading", LEAD_IN_HEADINGS)
def test_the_headings_score_between_the_two_thresholds(heading):
    score = statistical.sentence_score(Probe(heading), lexicon_for(()), heading=True)
    assert statistical.SELLING_SECTION_THRESHOLD <= score < statistical.model()["threshold"], (heading, score)


@pytest.mark.parametrize("sentence", BENEFIT_IDIOMS)
def test_a_benefit_idiom_in_a_section_that_sells_is_promoted(sentence):
    assert _promoted(SELLING_SECTION.format(sentence), sentence), sentence


@pytest.mark.parametrize("sentence", BENEFIT_IDIOMS)
def test_the_same_idiom_in_a_section_of_delivery_details_keeps_the_models_threshold(sentence):
    assert not _promoted(CALM_SECTION.format(sentence), sentence), sentence


@pytest.mark.parametrize("sentence", BENEFIT_IDIOMS + PHRASE_IDIOMS)
def test_an_idiom_under_the_page_threshold_is_not_promoted_outside_the_sales_sections(sentence):
    """mclaim43: on a page that sells, a section of delivery details needs `statistical.PAGE_THRESHOLD` (0.85)."""
    assert statistical.sentence_score(Probe(sentence), lexicon_for(())) < statistical.PAGE_THRESHOLD, sentence
    assert not _promoted(SELLING_PAGE_CALM_SECTION.format(sentence), sentence), sentence


@pytest.mark.parametrize("sentence", PAGE_IDIOMS)
def test_the_page_idioms_score_between_the_page_and_the_models_threshold(sentence):
    score = statistical.sentence_score(Probe(sentence), lexicon_for(()))
    assert statistical.PAGE_THRESHOLD <= score < statistical.model()["threshold"], (sentence, score)


@pytest.mark.parametrize("sentence", PAGE_IDIOMS)
def test_an_idiom_over_the_page_threshold_is_promoted_anywhere_on_a_page_that_sells(sentence):
    """mclaim43 (RESULTS_claims_mclaim43.md): in a section of delivery details and one with a tenth or fewer claims."""
    assert _promoted(SELLING_PAGE_CALM_SECTION.format(sentence), sentence), sentence
    assert _promoted(FEW_CLAIMS_SECTION.format(sentence), sentence), sentence


@pytest.mark.parametrize("sentence", PAGE_IDIOMS)
def test_the_same_idiom_on_an_information_page_is_not_promoted(sentence):
    assert not _promoted(INFORMATION.format(sentence), sentence), sentence


@pytest.mark.parametrize("sentence", BENEFIT_IDIOMS + PHRASE_IDIOMS)
def test_the_idioms_score_at_least_the_leaning_sections_threshold(sentence):
    score = statistical.sentence_score(Probe(sentence), lexicon_for(()))
    assert statistical.LEANING_SECTION_THRESHOLD <= score < statistical.PAGE_THRESHOLD, (sentence, score)


@pytest.mark.parametrize("sentence", MILDER_IDIOMS)
def test_the_milder_idioms_score_between_the_selling_and_the_leaning_threshold(sentence):
    score = statistical.sentence_score(Probe(sentence), lexicon_for(()))
    assert statistical.SELLING_SECTION_THRESHOLD <= score < statistical.LEANING_SECTION_THRESHOLD, (sentence, score)


@pytest.mark.parametrize("sentence", PHRASE_IDIOMS)
def test_a_section_with_more_than_a_tenth_claims_leans_and_promotes_at_0_80(sentence):
    """mclaim41 (RESULTS_claims_mclaim41.md): one claim in five sentences is a leaning section."""
    assert _promoted(MIXED_SECTION.format(sentence), sentence), sentence


@pytest.mark.parametrize("sentence", IMPERATIVE_IDIOMS)
def test_an_instruction_in_a_leaning_section_keeps_the_models_threshold(sentence):
    assert not _promoted(MIXED_SECTION.format(sentence), sentence), sentence


@pytest.mark.parametrize("sentence", PHRASE_IDIOMS)
def test_a_section_with_a_tenth_or_fewer_claims_needs_the_page_threshold(sentence):
    assert not _promoted(FEW_CLAIMS_SECTION.format(sentence), sentence), sentence


@pytest.mark.parametrize("sentence", MILDER_IDIOMS)
def test_a_milder_idiom_is_promoted_in_a_selling_section(sentence):
    assert _promoted(SELLING_SECTION.format(sentence), sentence), sentence


@pytest.mark.parametrize("sentence", MILDER_IDIOMS)
def test_a_milder_idiom_is_not_promoted_in_a_leaning_section(sentence):
    assert not _promoted(MIXED_SECTION.format(sentence), sentence), sentence


@pytest.mark.parametrize("sentence", MILDER_IDIOMS)
def test_a_question_in_a_leaning_section_keeps_the_models_threshold(sentence):
    question = sentence.rstrip(".") + "?"
    assert not _promoted(MIXED_SECTION.format(question), question), question


@pytest.mark.parametrize("sentence", BENEFIT_IDIOMS)
def test_an_information_page_never_promotes(sentence):
    assert not _promoted(INFORMATION.format(sentence), sentence), sentence


@pytest.mark.parametrize("sentence", LEAD_IN_QUESTIONS)
def test_a_question_in_a_section_that_sells_is_a_lead_in(sentence):
    assert not _promoted(SELLING_SECTION.format(sentence), sentence), sentence


@pytest.mark.parametrize("heading", LEAD_IN_HEADINGS)
def test_a_heading_that_asks_is_a_lead_in(heading):
    assert not _promoted(SELLING_HEADING.format(heading), heading), heading


def _plain_title(page: str) -> str:
    """The page with a title the model does not promote: the counts below are of the rules' claims, and since mclaim42
    (RESULTS_claims_mclaim42.md) the model reads the headline "KneeEase joint shots" at 0.89, over its threshold."""
    return page.replace("<h1>KneeEase joint shots</h1>", "<h1>KneeEase</h1>")


def test_selling_sections_counts_the_rules_claims_per_section():
    from validators.claims.analysis import analyse_document

    page = SELLING_SECTION.format("Each pack holds four vials.") + CALM_SECTION.split("</p>", 1)[1]
    document = from_html(_plain_title(page), "article.html")
    result = analyse_document(document, lexicon_for(()))
    sections = statistical.block_sections(document)
    assert statistical.selling_sections(sections, result.sentences) == {sections[document.sentences[2].block]}


def test_leaning_sections_holds_the_selling_ones_and_those_with_more_than_a_tenth_claims():
    from validators.claims.analysis import analyse_document

    mixed = MIXED_SECTION.format("Each pack holds four vials.")
    few = FEW_CLAIMS_SECTION.format("Each pack holds four vials.").split("</p>", 1)[1]
    document = from_html(_plain_title(mixed + few), "article.html")
    result = analyse_document(document, lexicon_for(()))
    sections = statistical.block_sections(document)
    mixed_section = sections[document.sentences[2].block]
    assert statistical.leaning_sections(sections, result.sentences) == {mixed_section}
    assert statistical.selling_sections(sections, result.sentences) == set()
