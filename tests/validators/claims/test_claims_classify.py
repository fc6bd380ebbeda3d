"""Sentence classification: health claim or not, on realistic health copy."""

from pathlib import Path

import pytest
import yaml

from validators.claims.classify import Classifier
from validators.claims.lexicon import lexicon_for

FIXTURES = Path(__file__).parent / "fixtures"
TUNED = yaml.safe_load((FIXTURES / "sentences.yaml").read_text(encoding="utf-8"))
HOLDOUT = yaml.safe_load((FIXTURES / "sentences_holdout.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def classifier():
    return Classifier(lexicon_for())


@pytest.mark.parametrize("sentence", TUNED["claim"])
def test_health_claims_are_claims(classifier, sentence):
    """A benefit claim, or a sentence with a cue a claim rule reports (evidence, a number, a promise)."""
    result = classifier.classify(sentence)
    assert result.reportable, result.reason


@pytest.mark.parametrize("sentence", TUNED["not_benefit"] + HOLDOUT["not_benefit"])
def test_warnings_and_disease_facts_are_not_claims(classifier, sentence):
    result = classifier.classify(sentence)
    assert not result.reportable, result.reason
    assert result.function in ("warning", "course", "background"), result.function


@pytest.mark.parametrize("sentence", TUNED["not_claim"])
def test_non_claims_are_not_claims(classifier, sentence):
    result = classifier.classify(sentence)
    assert not result.is_claim, result.reason


def test_holdout_set_generalises(classifier):
    """Sentences written after tuning: recall >= 0.9 and no more than one false claim in 20."""
    found = sum(classifier.classify(s).reportable for s in HOLDOUT["claim"])
    false = sum(classifier.classify(s).reportable for s in HOLDOUT["not_claim"])
    assert found / len(HOLDOUT["claim"]) >= 0.9
    assert false / len(HOLDOUT["not_claim"]) <= 0.05


ADVICE = "consumer advice about products in general"


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Apply a thin layer to the affected area twice a day.", "instruction"),
        ("Maintain good hygiene practices", "instruction"),
        ("Don't believe promises like “lose weight while you sleep.”", "reports or warns about others' promises"),
        ("Generally, one pill will not treat or cure many different illnesses.", ADVICE),
        ("Just because a product is called “natural” does not mean it is safe.", ADVICE),
        ("We take a personalized approach to each patient's care.", "company describing itself"),
        ("Previous medical history", "no health effect stated"),
        ("Ready to take control of your acne?", "question"),
        ("Contact us today to learn more about treatment options.", "instruction"),
        ("Scabicide should be applied to all areas of the body.", "directive"),
        ("Rosacea is also called acne rosacea.", "definition"),
        ("“The vaccine causes infertility.”", "quotation"),
        ("\"Melt fat while you sleep\"", "quotation"),
        ("If your reliever isn't helping, it's time to book an asthma review.", "directive"),
        ("If you need it daily, its time to see your GP.", "directive"),
    ],
)
def test_why_a_sentence_is_not_a_claim(classifier, sentence, reason):
    assert classifier.classify(sentence).reason == reason


def test_an_imperative_is_not_confused_with_a_subject(classifier):
    # "Exercise" and "Sleep" can be commands; followed by a third-person verb they are subjects.
    assert classifier.classify("Exercise reduces the risk of heart disease.").is_claim
    assert classifier.classify("Sleep helps the skin repair itself overnight.").is_claim
    assert not classifier.classify("Exercise regularly and sleep well.").is_claim


def test_quoted_scam_phrase_is_masked_but_a_testimonial_is_kept(classifier):
    assert not classifier.classify("Watch for phrases like “cures cancer in 7 days.”").is_claim
    testimonial = classifier.classify("“My acne cleared in two weeks,” one reader told us.")
    assert testimonial.is_claim
    assert testimonial.claim_kind == "testimonial"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Ibuprofen works faster than acetaminophen for dental pain.", "comparison"),
        ("The cream is safe for sensitive skin.", "safety"),
        ("Daily flossing prevents gum disease.", "prevention"),
        ("Zinc speeds up wound healing.", "efficacy"),
    ],
)
def test_claim_kind(classifier, sentence, kind):
    result = classifier.classify(sentence)
    assert result.is_claim
    assert result.claim_kind == kind


def test_cues_carry_the_triggering_phrase(classifier):
    result = classifier.classify("Permethrin cream 5% cured 95% of patients after one application in a recent trial.")
    assert [c.text for c in result.evidence] == ["a recent trial"]
    assert [c.text for c in result.statistics] == ["95%"]  # "cream 5%" is a strength, not a statistic
    assert result.cues == ["research", "statistic", "timeline"]


def test_negated_absolute_is_not_a_promise(classifier):
    assert classifier.classify("There is no cure for eczema, but treatment helps control flares.").absolute == []
    assert classifier.classify("No treatment is 100% effective for everyone.").absolute == []
    promise = classifier.classify("Our balm cures eczema for good.")
    assert [c.text for c in promise.absolute] == ["cures eczema for good"]


def test_an_embedded_question_about_research_is_not_an_appeal_to_it(classifier):
    result = classifier.classify("This guide explains what the research tells us about retinol and wrinkles.")
    assert result.evidence == []


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("The vaccine starts working about 14 days after you have it.", ["about 14 days"]),
        ("It can take 4 to 6 weeks for the tablets to take full effect.", ["4 to 6 weeks"]),
        ("The nasal spray, used twice a day, usually starts to work within a week.", ["within a week"]),
        ("In children over 2 years old, the vaccine starts working after 10 days.", ["after 10 days"]),
    ],
)
def test_a_sentence_about_when_a_treatment_starts_acting_marks_its_duration(classifier, sentence, cues):
    result = classifier.classify(sentence)
    assert result.reason == "timeline of effect"
    assert [c.text for c in result.timelines] == cues
