"""Claims on professional pages, round 13 (issue 9): a population share written with a thousands separator is a
population figure, a study noun that is the object of a care or taking-part verb reports no finding, and unlawful
supply described of a third party is no offer. Each class with at least three unrelated examples and three correct
twins; examples are unrelated to each other and to the evaluation texts."""

import pytest
from claim_helpers import claim_findings

from validators.claims.analysis import analyse_document
from validators.claims.lexicon import lexicon_for
from validators.sources import from_html

LEXICON = lexicon_for(())


def _findings(sentence: str, word: str) -> list[str]:
    html = f"<h1>About the condition</h1><p>It is a long-term condition.</p><p>{sentence}</p>"
    return sorted(f.rule for f in claim_findings(html) if f.sentence == sentence and word in f.rule)


# A share of people written with a thousands separator ("1 in 50,000 people") counts people as "1 in 500" does
# (classify._PEOPLE_SHARE): how many a disease affects, not what a treatment does.
@pytest.mark.parametrize(
    "sentence",
    [
        "Lupus is estimated to affect about 1 in 1,000 people.",
        "PKU affects about 1 in 10,000 babies born in the UK.",
        "Narcolepsy is thought to affect around 1 in 2,000 adults.",
    ],
)
def test_a_share_with_a_thousands_separator_is_a_population_figure(sentence):
    assert _findings(sentence, "statistic") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our cream cleared acne in 9 out of 10 people.",
        "1 in 1,000 people who use our spray stop snoring within a week.",
        "The new tablet cuts the risk of a second stroke in 1 in 1,000 patients by half.",
    ],
)
def test_a_result_counted_in_a_share_is_still_a_statistic(sentence):
    assert _findings(sentence, "statistic") == ["claim.uncited-statistic"]


# A study noun that is the object of a care or taking-part verb (claims_evidence.yaml care_requests).
@pytest.mark.parametrize(
    "sentence",
    [
        "If your child's eczema keeps flaring, they may need a review of their creams.",
        "People taking lithium have a review every 6 months to check their kidneys.",
        "You may be invited to take part in a trial of a new treatment for asthma.",
        "Ask for a medication review if your tablets are making you dizzy.",
    ],
)
def test_a_study_noun_the_reader_attends_or_joins_is_no_appeal_to_evidence(sentence):
    assert _findings(sentence, "evidence") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A review of 12 trials found that zinc shortens colds.",
        "People who took part in a trial that showed the drug lowers blood pressure were followed for 5 years.",
        "Patients who joined a study found that the cream healed their eczema.",
    ],
)
def test_a_study_reporting_a_finding_is_still_unnamed_evidence(sentence):
    assert _findings(sentence, "evidence") == ["claim.unnamed-evidence"]


# Unlawful supply described of a third party is no offer (claims_functions.yaml supply_warnings).
_MEDICINE_PAGE = ("<h1>Buying medicines online</h1><p>Sildenafil, tramadol and antibiotics are prescription-only "
                  "medicines.</p><p>{}</p>")


def _supply(sentence: str) -> bool:
    document = from_html(_MEDICINE_PAGE.format(sentence))
    return any(s.classification.supply for s in analyse_document(document, LEXICON).sentences)


@pytest.mark.parametrize(
    "sentence",
    [
        "Some websites sell prescription-only medicines such as antibiotics without asking for a prescription.",
        "A website that lets you buy antibiotics without a consultation is not a legitimate pharmacy.",
        "Many online sellers offer sildenafil with no prescription needed.",
        "Sites which supply tramadol without a prescription are breaking the law.",
        "If a website lets you buy antibiotics without a prescription, it is not operating legally.",
        "Registered pharmacies must not supply prescription-only medicines without a prescription.",
        "Websites selling weight-loss medicines without a prescription put people at risk.",
        "Medicines such as diazepam are sometimes sold without a prescription on social media.",
    ],
)
def test_supply_described_of_a_third_party_is_no_offer(sentence):
    assert not _supply(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Order sildenafil online, no prescription needed.",
        "We sell tramadol without a prescription.",
        "Our website offers antibiotics with no consultation.",
        "Get modafinil shipped to your door, no doctor required.",
        "Skip the GP: our online pharmacy sends sildenafil without a prescription.",
    ],
)
def test_an_offer_by_the_seller_or_an_imperative_is_still_supply(sentence):
    assert _supply(sentence)


# What a study did not do or how it was done (claims_evidence.yaml study_limits): no finding reported.
@pytest.mark.parametrize(
    "sentence",
    [
        "The trials did not include children, so we do not know if the results apply to them.",
        "The study was too small to show whether the drug prevents fractures.",
        "Most of the trials were funded by the companies that make the drugs.",
        "The research does not tell us which type of exercise is best for knee pain.",
        "The results of the new asthma trial are expected in 2026.",
        "A new study will look at whether the drug helps older adults with arthritis.",
        "The trial will recruit 2,000 people with severe eczema.",
    ],
)
def test_the_scope_or_limits_of_a_study_are_no_appeal_to_evidence(sentence):
    assert _findings(sentence, "evidence") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The study was small but showed that zinc shortens colds.",
        "The study was carried out in 2019 and found that magnesium prevents migraines.",
        "The trials were done in 2020 and proved that the balm heals burns.",
        "A study was published last year which showed that zinc cures colds.",
        "Research will prove that garlic lowers cholesterol.",
        "Studies are available that prove our supplement eases joint pain.",
    ],
)
def test_a_study_described_and_reporting_a_finding_is_still_unnamed_evidence(sentence):
    assert _findings(sentence, "evidence") == ["claim.unnamed-evidence"]


# Prevention promised every time (claims_absolute.yaml): "always" before a preventing verb.
@pytest.mark.parametrize(
    "sentence",
    [
        "Taking zinc always prevents colds.",
        "The vaccine always protects you against flu.",
        "A mosquito net will always stop children from getting malaria.",
    ],
)
def test_prevention_promised_every_time_is_an_absolute_promise(sentence):
    assert _findings(sentence, "absolute") == ["claim.absolute-promise"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Handwashing does not always prevent infection.",
        "The vaccine won't always stop you getting flu, but it makes it milder.",
        "Always protect your skin in the sun.",
        "Condoms do not always protect against herpes.",
    ],
)
def test_a_hedge_or_an_instruction_with_always_is_no_promise(sentence):
    assert _findings(sentence, "absolute") == []


# It takes more than one strong word to make a page sales copy (function.offer_sells): one unlawful offer on a long
# page in a publisher's voice that otherwise only informs does not make its other sentences a seller's.
_INFORMING_PAGE = [
    "Antibiotics are medicines that treat infections caused by bacteria.",
    "They do not work for colds or flu, which are caused by viruses.",
    "Take the whole course, even if you feel better.",
    "Do not share antibiotics with anyone else.",
    "Do not take leftover antibiotics from an earlier illness.",
    "Some antibiotics can make you more sensitive to sunlight.",
    "Tell your pharmacist if you are pregnant or breastfeeding.",
    "Diarrhoea is a common side effect and usually settles within a few days.",
    "See a GP if you get a rash or swelling of the face.",
    "Call 999 if you have difficulty breathing.",
    "Take your tablets at the same times each day.",
    "If you miss a dose, take it as soon as you remember.",
    "Do not take 2 doses to make up for a forgotten one.",
    "Keep them out of the reach of children.",
]


def _page_sells(paragraphs: list[str]) -> bool:
    html = "<h1>Antibiotics</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    return any(s.classification.on_selling_page for s in analyse_document(from_html(html), LEXICON).sentences)


def _offers(paragraphs: list[str]) -> int:
    html = "<h1>Antibiotics</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    return sum(bool(s.classification.supply) for s in analyse_document(from_html(html), LEXICON).sentences)


_OFFERS = [
    "Amoxicillin tablets are sent without a prescription.",
    "Azithromycin can be ordered online with no consultation needed.",
    "Doxycycline is supplied with no prescription required.",
]


@pytest.mark.parametrize("offer", _OFFERS)
def test_one_offer_on_an_informing_page_in_a_publishers_voice_does_not_make_it_sell(offer):
    assert _offers([*_INFORMING_PAGE, offer]) == 1  # still reported by the unlawful-supply rule
    assert not _page_sells([*_INFORMING_PAGE, offer])


@pytest.mark.parametrize(
    "paragraphs",
    [
        [_INFORMING_PAGE[0], _INFORMING_PAGE[3], _OFFERS[0]],  # a short draft
        [*_INFORMING_PAGE, _OFFERS[0], _OFFERS[1]],  # two offers
        [*_INFORMING_PAGE, _OFFERS[2], "Call us to get started today."],  # a practice's voice
        [*_INFORMING_PAGE, "We send amoxicillin tablets without a prescription."],  # the seller speaks
    ],
)
def test_a_short_draft_two_offers_or_a_seller_voice_still_sell(paragraphs):
    assert _page_sells(paragraphs)


# How many people are given, seen for or using a treatment, its change named at once (claims_functions.yaml
# uptake_measures): a measure of uptake, not an efficacy number.
@pytest.mark.parametrize(
    "sentence",
    [
        "Since the service began, the number of people treated has risen by 40%.",
        "The number of people prescribed antidepressants has risen by 30% in 10 years.",
        "The number of children vaccinated against measles fell by 5% during the pandemic.",
    ],
)
def test_a_change_in_how_many_people_are_treated_is_no_uncited_statistic(sentence):
    assert _findings(sentence, "statistic") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of people cured by our programme has risen by 40%.",
        "The number of people who quit with our help rose by 20% last year.",
        "The number of people treated with the new drug who were free of pain rose by 30%.",
    ],
)
def test_a_change_in_how_many_people_get_a_result_is_still_a_statistic(sentence):
    assert _findings(sentence, "statistic") == ["claim.uncited-statistic"]
