"""Claims on professional pages, round 10 (issue 9): what a reputable page says that is no claim, each class with at
least three unrelated examples and three correct twins that must still be flagged or read as claims. Examples are
unrelated to each other and to the evaluation texts."""

import pytest
from claim_helpers import claim_findings

from validators.claims.analysis import analyse_document
from validators.claims.classify import Classifier
from validators.claims.lexicon import lexicon_for
from validators.claims.matching import Probe
from validators.sources import from_html

LEXICON = lexicon_for(())


def _findings(sentence: str) -> list[str]:
    html = f"<h1>About the service</h1><p>Shingles is an infection.</p><p>{sentence}</p>"
    return sorted(f.rule for f in claim_findings(html) if f.sentence == sentence)


# An organisation's own money spent, raised or given is no price of what it sells (claims_functions.yaml prices).
@pytest.mark.parametrize("text", [
    "We have spent more than £20 million on research since 2013.",
    "Last year our supporters raised $45,000 for the children's ward.",
    "We awarded £300,000 in grants to families caring for a sick child.",
])
def test_money_an_organisation_spends_is_no_price(text):
    assert not LEXICON.prices.search(text)


@pytest.mark.parametrize("text", [
    "Our starter pack costs £29.",
    "We charge $95 a visit.",
    "Our consultations start at £49, with no waiting list.",
])
def test_a_price_the_seller_names_still_sells(text):
    assert LEXICON.prices.search(text)


# Population figures of the course of a disease: a bound on the figure ("fewer than"), a share spelled out in words,
# people who get withdrawal symptoms after stopping a drug, uptake named as a noun, the people an organisation serves.
POPULATION_FIGURES = [
    "Fewer than 1 in 10 people who have a cardiac arrest outside hospital survive.",
    "Less than 1 in 5 people who have the disease survive beyond a year.",
    "Nine in ten people diagnosed at the earliest stage survive for 5 years or more.",
    "Seven out of ten women who have the test get a normal result.",
    "About 1 in 3 people who stop the drug suddenly get withdrawal symptoms.",
    "Around 1 in 4 people who come off their antidepressant get withdrawal symptoms.",
    "Uptake is lower than before the pandemic, when it was over 80% in girls.",
    "Coverage of the flu vaccine among people over 65 was 78% last winter.",
    "Take-up of the booster among over-75s reached 3 in 4 by December.",
    "Around 70% of the people we support are over 75.",
    "Two thirds of the families we help live in rented homes.",
    "Half of the patients our nurses care for are under 18.",
]


@pytest.mark.parametrize("sentence", POPULATION_FIGURES)
def test_a_population_figure_makes_no_claim(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Fewer than 1 in 10 people who used the cream still had spots after 8 weeks.",
    "Nine in ten people who use the cream feel better within a week.",
    "Eight out of ten patients given the new drug were free of pain within a week.",
    "Half of the people who stop the drug suddenly feel better within a week.",
    "Uptake of our programme is high, and 80% of those who join lose weight.",
    "Half of the children we treat stop wheezing within a month.",
    "80% of the patients we treat are cured.",
])
def test_an_outcome_counted_stays_a_statistic_claim(sentence):
    assert "claim.uncited-statistic" in _findings(sentence)


# A size ranking of a population measure (rates, deaths, cases) is no superlative; a superlative of the speaker's own
# offering is one on any page.
@pytest.mark.parametrize("sentence", [
    "Deaths from asthma in the UK are among the highest in Europe.",
    "Scotland has one of the highest rates of heart disease in Western Europe.",
    "Rates of childhood vaccination in the city are the lowest in the country.",
    "Our newest clinic is the largest in the county.",
    "Our most common question is about side effects.",
    "Cognitive behavioural therapy is the most effective treatment for insomnia.",
])
def test_a_ranking_of_a_population_figure_or_of_size_is_no_superlative(sentence):
    assert "claim.superlative" not in _findings(sentence)


@pytest.mark.parametrize("sentence", [
    "Our success rates are the highest in the country.",
    "We have the lowest infection rates of any clinic in London.",
    "Our own online course is the most effective way to put type 2 diabetes into remission.",
    "Our surgeons are the most experienced in the region.",
    "Our clinic is the most advanced in Wales.",
])
def test_a_ranking_of_what_the_speaker_offers_is_a_superlative(sentence):
    assert "claim.superlative" in _findings(sentence)


# Protection promised against every type of a disease is an absolute promise; a denial, a hedge or a count of the
# types a vaccine covers is not.
@pytest.mark.parametrize("sentence", [
    "A single dose gives lifelong protection against every type of the virus.",
    "This jab protects you from all strains of flu.",
    "The spray gives complete immunity against every kind of cold virus.",
])
def test_protection_against_every_type_is_an_absolute_promise(sentence):
    assert "claim.absolute-promise" in _findings(sentence)


@pytest.mark.parametrize("sentence", [
    "The vaccine does not protect against all types of HPV, so screening is still needed.",
    "No vaccine protects against every strain of the virus.",
    "The vaccine protects against all 4 types of the virus.",
    "The vaccine usually protects against all types of the virus for at least 10 years.",
])
def test_a_denial_a_hedge_or_a_count_of_types_is_no_promise(sentence):
    assert "claim.absolute-promise" not in _findings(sentence)


# Who speaks: funding research, the "we" of everyone, a surname or PrEP is no seller; "our" own survey with any
# modifier is the organisation's record.
@pytest.mark.parametrize("text", [
    "In the trial, which we funded, most people lost weight.",
    "We have funded 40 studies of childhood arthritis since 2010.",
    "We commissioned a review of the evidence on screening.",
    "About 40% of cancers are linked to things we can change, such as smoking and weight.",
    "What we eat affects the bacteria in the gut.",
    "Bones slowly lose density as we age.",
])
def test_funding_research_or_the_we_of_everyone_is_no_seller(text):
    assert not LEXICON.functions.promoted.any(Probe(text))


@pytest.mark.parametrize("text", [
    "We offer a 12-week programme that helps people lose weight.",
    "We treat more than 400 children with asthma every year.",
    "Our programme helps people stop smoking.",
])
def test_the_speaker_offering_its_own_service_is_promoted(text):
    assert LEXICON.functions.promoted.any(Probe(text))


@pytest.mark.parametrize("text", ["Dr McKenzie's exercises can help some people with back pain.",
                                  "PrEP is very effective at preventing HIV when it is taken as prescribed.",
                                  "The DiRECT trial followed people for 2 years.",
                                  "Ask Dr MacLeod about physiotherapy."])
def test_a_surname_prep_or_a_study_acronym_is_no_brand(text):
    assert not LEXICON.functions.brands.any(Probe(text))


@pytest.mark.parametrize("text", ["ImmunoMax drops ease a sore throat.", "Try FlexiRelief gel for stiff knees.",
                                  "MacroBoost shakes keep you full."])
def test_a_camel_case_product_name_is_a_brand(text):
    assert LEXICON.functions.brands.any(Probe(text))


@pytest.mark.parametrize("sentence", [
    "In the DiRECT trial, people on the diet programme were followed for 2 years.",
    "The SPRINT trial compared two blood pressure targets.",
    "Results from the UKPDS study were published in 1998.",
])
def test_a_study_named_by_its_acronym_is_a_named_source(sentence):
    assert Classifier(LEXICON).classify(sentence).evidence == []


@pytest.mark.parametrize("sentence", [
    "A NASA study found that house plants clean the air and ease headaches.",
    "A recent trial found that the drops ease headaches.",
    "Research shows that zinc shortens colds.",
])
def test_an_unnamed_study_is_still_an_appeal_to_evidence(sentence):
    assert "claim.unnamed-evidence" in _findings(sentence)


@pytest.mark.parametrize("sentence", [
    "Our most recent survey found that 1 in 3 carers felt alone.",
    "Our last audit showed that 85% of patients had their pain scored within 30 minutes.",
    "Our first survey of members found that 6 in 10 had waited over a year for a diagnosis.",
])
def test_the_organisations_own_survey_is_its_record(sentence):
    assert _findings(sentence) == []


# Who must not have a treatment is a warning (function.is_contraindication), not a denial or a benefit claim; a safety
# promise says the opposite and stays a claim.
@pytest.mark.parametrize("sentence", [
    "A very low-calorie diet is not suitable if you are pregnant or have had an eating disorder.",
    "Ibuprofen is not safe for people with severe kidney disease.",
    "The nasal spray is not recommended for children under 6.",
    "Topiramate must not be taken during pregnancy.",
])
def test_a_contraindication_is_a_warning(sentence):
    found = Classifier(LEXICON).classify(sentence)
    assert not found.is_claim and found.function in ("warning", "instruction")


@pytest.mark.parametrize("sentence", [
    "This supplement is safe for everyone, even newborn babies.",
    "The cream is completely safe and has no side effects.",
    "Our herbal drops are 100% safe for children.",
])
def test_a_safety_promise_stays_a_claim(sentence):
    assert "claim.absolute-promise" in _findings(sentence)


# A cure denied is no promise; a cure promised with a modal stays one.
@pytest.mark.parametrize("sentence", [
    "Cranberry juice does not cure urinary tract infections.",
    "Antibiotics will not cure a cold or flu.",
    "Copper bracelets cannot cure arthritis.",
])
def test_a_cure_denied_is_no_promise(sentence):
    assert "claim.absolute-promise" not in _findings(sentence)


@pytest.mark.parametrize("sentence", [
    "This tea will cure your bloating.",
    "Our drops can quickly cure an ear infection.",
    "Garlic does cure colds, and fast.",
])
def test_a_cure_promised_with_a_modal_is_a_promise(sentence):
    assert "claim.absolute-promise" in _findings(sentence)


# The organisation's money and its size: a figure of its funding is its record, a noun joined to "research" is no
# report of evidence, and a size ranking on a page that sells nothing is a fact unless the speaker ranks itself.
@pytest.mark.parametrize("sentence", [
    "About 60% of our funding comes from individual donors.",
    "The hospital's stroke unit treats about 900 patients a year, making it one of the busiest in the region.",
    "The cohort is the largest study of its kind in the world.",
])
def test_an_organisations_money_or_size_makes_no_claim(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Ninety per cent of the money we raise goes directly to research and support.",
    "The appeal will fund research or support for families.",
    "Donations pay for research and support services across the country.",
])
def test_a_noun_joined_to_research_reports_no_evidence(sentence):
    assert "claim.unnamed-evidence" not in _findings(sentence)


@pytest.mark.parametrize("sentence", [
    "Studies support the use of this cream for eczema.",
    "Research shows that our programme halves the number of attacks.",
    "Our pharmacy is the biggest in the UK.",
    "This is the strongest formula available in the country.",
])
def test_evidence_reported_or_a_ranking_by_the_speaker_stays_a_claim(sentence):
    assert set(_findings(sentence)) & {"claim.unnamed-evidence", "claim.superlative"}


def _findings_after(before: str, sentence: str) -> list[str]:
    html = f"<h1>About the service</h1><p>Shingles is an infection.</p><p>{before} {sentence}</p>"
    return sorted(f.rule for f in claim_findings(html) if f.sentence == sentence)


# After a sentence about a treatment: people counted as having a condition, or the course without the treatment, are
# no result of it; a result counted after it still is.
@pytest.mark.parametrize(("before", "sentence"), [
    ("HRT relieves hot flushes for most women.", "About 8 in 10 women have hot flushes around the menopause."),
    ("Inhalers ease wheezing.", "Around 1 in 11 children have asthma."),
    ("Treatment can slow the disease.", "Without it, about half of people lose their sight within 10 years."),
    ("Antibiotics clear most stomach ulcers.", "If they are not treated, about 4 in 10 ulcers bleed within 5 years."),
])
def test_how_common_a_condition_is_after_a_treatment_is_no_result(before, sentence):
    assert "claim.uncited-statistic" not in _findings_after(before, sentence)


@pytest.mark.parametrize(("before", "sentence"), [
    ("The new drug was tested in 500 patients.", "About 8 in 10 of them have fewer attacks after 3 months."),
    ("Our programme helps people stop smoking.", "About 7 in 10 people have stopped smoking after 12 weeks."),
    ("The cream soothes eczema.", "Nine in ten children have clearer skin within a week."),
])
def test_a_result_counted_after_a_treatment_is_an_efficacy_number(before, sentence):
    assert "claim.uncited-statistic" in _findings_after(before, sentence)


# Genuine promises on a professional page stay found: a "never" promise after a generic subject, a complete
# prevention; their denials are no promise.
@pytest.mark.parametrize("sentence", [
    "A diet rich in oily fish means you will never get dementia.",
    "Drinking green tea completely prevents cancer.",
    "A daily walk ensures you will never develop heart disease.",
])
def test_a_promise_of_never_or_complete_prevention_is_found(sentence):
    assert "claim.absolute-promise" in _findings(sentence)


@pytest.mark.parametrize("sentence", [
    "No diet will ever cure cancer.",
    "The vaccine does not completely prevent infection.",
    "Supplements can never replace a balanced diet.",
])
def test_a_denial_of_a_cure_or_of_complete_prevention_is_no_promise(sentence):
    assert "claim.absolute-promise" not in _findings(sentence)


# A long page in a publisher's voice that mostly describes a disease reads one promise about a remedy as a slip, not as
# sales copy (function.speaks_as_seller); a short draft, a page that speaks as a practice, or several promises still
# make the page sales copy.
_DESCRIBING = [
    "Gout is a type of arthritis caused by crystals of uric acid in a joint.",
    "It often starts in the big toe.",
    "The joint becomes hot, swollen and very painful.",
    "Attacks usually come on at night.",
    "Gout is more common in men than in women.",
    "It is linked to high levels of uric acid in the blood.",
    "Being overweight and drinking beer raise the level.",
    "Some water tablets also raise it.",
    "The kidneys remove uric acid from the body.",
    "Crystals can also form lumps under the skin, called tophi.",
    "A blood test measures the level of uric acid.",
    "Fluid from the joint may be checked for crystals.",
    "An attack usually settles within 7 to 10 days.",
    "Ice packs wrapped in a towel can ease the pain.",
    "Rest the joint and keep it raised.",
    "Do not take aspirin for gout, as it can raise uric acid levels.",
    "See a GP if the pain comes back.",
    "Call 111 if you have a high temperature as well as a painful joint.",
    "Repeated attacks can damage the joint over time.",
    "Without treatment, about half of people have another attack within a year.",
]
_PROMISE = "Cherry juice cures gout for good."
_FIGURE = "About 1 in 40 adults in the UK has gout."


def _sells(paragraphs: list[str]) -> bool:
    html = "<h1>Gout</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    return any(s.classification.on_selling_page for s in analyse_document(from_html(html), LEXICON).sentences)


@pytest.mark.parametrize("promise", [
    _PROMISE,
    "Nettle tea gets rid of gout permanently.",
    "Our members say that cherry capsules guarantee relief from gout.",
])
def test_one_remedy_promise_on_a_long_describing_page_is_a_slip(promise):
    assert not _sells([*_DESCRIBING, promise, _FIGURE])


@pytest.mark.parametrize("paragraphs", [
    [_DESCRIBING[0], _DESCRIBING[2], _PROMISE, _FIGURE],  # a short draft
    [*_DESCRIBING, _PROMISE, "Book an appointment with our gout nurse today.", _FIGURE],  # a practice speaking
    [*_DESCRIBING, _PROMISE, "Our cherry capsules are the best gout remedy on the market.", _FIGURE],  # two selling
])
def test_a_promise_in_a_short_draft_or_a_practice_voice_still_sells(paragraphs):
    assert _sells(paragraphs)


# Research still going on and experts recommending an action are no appeal to evidence; findings reported are.
@pytest.mark.parametrize("sentence", [
    "Several trials are testing new treatments for Alzheimer's disease.",
    "A large trial is now recruiting people with early Parkinson's disease.",
    "Studies are under way to find out whether the drug slows memory loss.",
    "Health experts recommend limiting added sugar to less than 10 percent of daily calories.",
    "Experts recommend that adults over 65 have a pneumococcal vaccine.",
])
def test_research_in_progress_or_an_action_recommended_is_no_appeal_to_evidence(sentence):
    assert "claim.unnamed-evidence" not in _findings(sentence)


@pytest.mark.parametrize("sentence", [
    "Several trials have shown that the drug slows memory loss.",
    "Studies are clear that the drug slows memory loss.",
    "Experts recommend our cream for eczema.",
    "Experts agree that zinc shortens colds.",
])
def test_findings_reported_or_a_product_recommended_is_an_appeal_to_evidence(sentence):
    assert "claim.unnamed-evidence" in _findings(sentence)
