"""Benefit claims in grammar the listed effect verbs miss (issue 9, marketing recall): a benefit noun with
its preposition ("relief from", "support for", "a boost to") and a multiplied comparison ("twice as effective
as", "three times more powerful than"). Each class: claims from unrelated products that must draw a claim
finding, and professional twins using the same words that must draw none."""

import pytest
from claim_helpers import claim_findings, rules_of


def _p(sentence: str) -> str:
    return f"<p>{sentence}</p>"


def _claim_rules(sentence: str) -> list[str]:
    # fair balance is a page-level check, not the sentence's
    return [rule for rule in rules_of(claim_findings(_p(sentence))) if rule != "claim.fair-balance"]


BENEFIT_NOUNS = [
    "Our magnesium spray brings fast relief from restless legs.",
    "The collagen shots offer daily support for ageing joints.",
    "Turmeric drops give a natural boost to your immune defences.",
    "Saffron gummies give a natural lift to your mood.",
]

BENEFIT_NOUN_TWINS = [
    "Our helpline offers support for carers of people with dementia.",
    "The charity gives practical support to families after a stillbirth.",
    "Ask your pharmacist about support for stopping smoking.",
    "Two doses of the vaccine give about 97% protection against measles.",
]

MULTIPLIED_COMPARISONS = [
    "Shockwave therapy is twice as effective as ordinary massage for heel pain.",
    "Our LED mask is three times more powerful than salon facials for acne.",
    "The enzyme capsules clear bloating 10 times faster than peppermint tea.",
]

MULTIPLIED_COMPARISON_TWINS = [
    "Men are twice as likely as women to develop gout.",
    "Children under 5 are three times more likely than adults to need hospital care for flu.",
    "The clinic is open twice as long as last year on Saturdays.",
]


@pytest.mark.parametrize("sentence", BENEFIT_NOUNS + MULTIPLIED_COMPARISONS)
def test_a_benefit_noun_or_multiplied_comparison_draws_a_claim_finding(sentence):
    assert _claim_rules(sentence) != []


@pytest.mark.parametrize("sentence", BENEFIT_NOUN_TWINS + MULTIPLIED_COMPARISON_TWINS)
def test_the_same_words_in_a_professional_sentence_draw_no_claim_finding(sentence):
    assert _claim_rules(sentence) == []


# "results in" followed by a length of time says when a result shows (a timeline of effect), not a harm caused
RESULTS_AFTER_A_TIME = [
    "Users see visible results in 7 days.",
    "Our whitening strips give results in just two weeks.",
    "Clients notice firmer skin and real results in three sessions.",
]

RESULTS_IN_A_HARM = [
    "Smoking during pregnancy results in a lower birth weight.",
    "Untreated strep throat occasionally results in complications in a few cases.",
    "Stopping steroids suddenly can result in adrenal crisis.",
]


@pytest.mark.parametrize("sentence", RESULTS_AFTER_A_TIME)
def test_results_in_a_length_of_time_is_a_timeline_of_effect(sentence):
    assert "claim.uncited-timeline" in _claim_rules(sentence)


@pytest.mark.parametrize("sentence", RESULTS_IN_A_HARM)
def test_results_in_a_harm_is_a_warning_not_a_claim(sentence):
    assert _claim_rules(sentence) == []


# A heading is read as a title on a page that sells, whatever shows that it sells: here several seller claims,
# with no shop phrase or price. On an information page the same heading names a section.
SELLING_PAGES_WITH_A_HEADLINE = [
    "<h1>A Nasal Spray That Clears Blocked Sinuses in 20 Minutes</h1><p>Our nasal spray soothes swollen passages.</p>"
    "<p>Our drops calm itchy eyes all day.</p>",
    "<h1>Collagen Powder That Eases Stiff Joints Within a Week</h1><p>Our collagen powder eases stiff knees.</p>"
    "<p>Our clinic's balm relieves aching hips.</p>",
    "<h2>Back Pain Relief in Three Sessions</h2><p>Our osteopaths loosen tight muscles.</p>"
    "<p>Our decompression therapy relieves sciatica.</p><p>Our spinal release technique eases stiff shoulders.</p>",
]

INFORMATION_PAGES_WITH_A_HEADING = [
    "<h1>Sinusitis: recovery in 2 to 3 weeks</h1><p>Most sinus infections get better on their own.</p>"
    "<p>See a GP if symptoms last longer than 3 weeks.</p>",
    "<h2>Getting better within a week</h2><p>Most colds clear up within 7 to 10 days.</p>"
    "<p>Rest and drink plenty of fluids.</p>",
    "<h2>Pain relief in the first 2 days</h2><p>Paracetamol or ibuprofen can be taken for a sore throat.</p>"
    "<p>Ask a pharmacist which is right for you.</p>",
]


def _rules_of_headline(page: str) -> list[str]:
    """The claim findings the heading adds to the page's body."""
    body = page[page.index("</h") + 5 :]
    rules = [rule for rule in rules_of(claim_findings(page)) if rule != "claim.fair-balance"]
    for rule in rules_of(claim_findings(body)):
        if rule in rules:
            rules.remove(rule)
    return rules


@pytest.mark.parametrize("page", SELLING_PAGES_WITH_A_HEADLINE)
def test_a_heading_on_a_page_of_seller_claims_is_read_as_a_title(page):
    assert _rules_of_headline(page) != []


@pytest.mark.parametrize("page", INFORMATION_PAGES_WITH_A_HEADING)
def test_a_heading_on_an_information_page_names_a_section(page):
    assert _rules_of_headline(page) == []


# A comparison asserted before a negator is a claim; a comparison the negator denies is not.
COMPARISONS_BEFORE_A_NEGATOR = [
    "Our spray works faster than pills and never stings.",
    "The balm soothes better than creams and doesn't sting.",
    "The patch works quicker than ibuprofen and won't upset your stomach.",
]

DENIED_COMPARISONS = [
    "Antibiotics do not work any better than rest for most sore throats.",
    "Cough syrups are not more effective than honey for children over one.",
    "Branded paracetamol does not work better than the supermarket's own brand.",
]


@pytest.mark.parametrize("sentence", COMPARISONS_BEFORE_A_NEGATOR)
def test_a_comparison_asserted_before_a_negator_draws_a_claim_finding(sentence):
    assert _claim_rules(sentence) != []


@pytest.mark.parametrize("sentence", DENIED_COMPARISONS)
def test_a_denied_comparison_draws_no_claim_finding(sentence):
    assert _claim_rules(sentence) == []


# A company noun as the first half of a compound names a product ("our clinic-made balm"), not the company
# describing itself ("our nurse-led clinic offers ...").
PRODUCTS_NAMED_BY_A_COMPOUND = [
    "Our clinic-made arnica balm calms inflamed joints.",
    "Our doctor-formulated serum fades acne scars.",
    "Our pharmacist-approved spray soothes sore throats.",
]

COMPANIES_DESCRIBING_THEMSELVES = [
    "Our nurse-led clinic offers free blood pressure checks on Tuesdays.",
    "Our doctors-on-call service runs from 6pm to 8am.",
    "Our team of pharmacists answers questions about your medicines.",
]


@pytest.mark.parametrize("sentence", PRODUCTS_NAMED_BY_A_COMPOUND)
def test_a_product_named_by_a_company_compound_draws_a_claim_finding(sentence):
    assert _claim_rules(sentence) != []


@pytest.mark.parametrize("sentence", COMPANIES_DESCRIBING_THEMSELVES)
def test_a_company_describing_itself_draws_no_claim_finding(sentence):
    assert _claim_rules(sentence) == []
