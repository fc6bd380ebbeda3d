"""Four classes of finding that blocked correct professional pages of fresh_prof16/fresh_prof17 (issue 9, edit41),
each with >= 3 correct sentences that are left alone and >= 3 slips or claims of the same shape that are still found:

- a letter used as its own name ("A is for asymmetry", the ABCDE signs of melanoma) read as the article "A"
  (copy.article-a-an: "an is"; copy.word-order: "Is a");
- a relative clause without "that" ending in a form of "do" ("Nothing you did caused it") read as an auxiliary before
  a wrong verb form (copy.verb-form: "did caused");
- "one" with an adjective before a noun that is also a verb ("One early dose at 6 months") read as the pronoun, an
  adverb and a verb (copy.verb-agreement: "doses");
- "when to"/"where to" before an effect verb ("your care team will tell you when to stop it") read as an effect
  claim, which made fair balance ask for warfarin's bleeding risk next to an instruction about stopping it."""

import pytest

from tests.validators.claims.claim_helpers import claim_findings
from tests.validators.copy.copy_helpers import flagged
from validators.claims.classify import Classifier
from validators.claims.lexicon import lexicon_for
from validators.config import Config

ARTICLE = "copy.article-a-an"
WORD_ORDER = "copy.word-order"
VERB_FORM = "copy.verb-form"
AGREEMENT = "copy.verb-agreement"


# 1. A capital letter followed by a finite verb names the letter.
@pytest.mark.parametrize(
    "text",
    [
        "A is for asymmetry: one half of the mole does not match the other.",
        "A stands for airway: check that nothing is blocking it.",
        "A was the first letter the child learned to read on the chart.",
        "A represents the first step of the plan.",
    ],
)
def test_a_letter_named_by_itself_is_no_article(text):
    assert flagged(ARTICLE, text) == [] and flagged(WORD_ORDER, text) == []


@pytest.mark.parametrize(
    ("rule", "text", "excerpt"),
    [
        (ARTICLE, "A infection of the skin needs treatment.", "A"),
        (ARTICLE, "An leaflet comes with every pack.", "An"),
        (ARTICLE, "A hour after the dose, check your sugar level.", "A"),
        (WORD_ORDER, "Ask about the cost the of hearing aids.", "the of"),
    ],
)
def test_an_article_before_a_word_is_still_checked(rule, text, excerpt):
    assert excerpt in [found for found, _ in flagged(rule, text)]


# 2. "did"/"do" ending a relative clause without "that": the verb after it is the main clause's.
@pytest.mark.parametrize(
    "text",
    [
        "Nothing you did or did not do caused your child's diabetes.",
        "Nothing they could do stopped the infection spreading.",
        "The things we did mattered to the families.",
        "Something we did made the rash worse.",
        "The work you did helped many families.",
    ],
)
def test_a_relative_clause_ending_in_do_is_no_auxiliary(text):
    assert flagged(VERB_FORM, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("We did caused harm to the skin.", "caused"),
        ("The doctor did checked my blood pressure.", "checked"),
        ("Last week we did started the new tablets.", "started"),
    ],
)
def test_a_past_form_after_did_is_still_found(text, excerpt):
    assert excerpt in [found for found, _ in flagged(VERB_FORM, text)]


# 3. "one" + adjective + a noun that is also a verb: a count, not the pronoun and its verb.
@pytest.mark.parametrize(
    "text",
    [
        "One early dose at 6 through 11 months, then the usual two doses",
        "One small white tablet at night, then two tablets in the morning",
        "One extra feed at night, then the usual feeds",
    ],
)
def test_one_with_an_adjective_before_its_noun_is_a_count(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("One often forget the second dose.", "forget"),
        ("One dose protect the child for years.", "protect"),
        ("The early dose protect the child.", "protect"),
    ],
)
def test_a_verb_that_does_not_agree_after_one_is_still_found(text, excerpt):
    assert excerpt in [found for found, _ in flagged(AGREEMENT, text)]


# 4. An effect verb in an infinitive after "when"/"where" is an instruction, no effect asserted.
@pytest.fixture(scope="module")
def classifier():
    return Classifier(lexicon_for())


@pytest.mark.parametrize(
    "sentence",
    [
        "If you take warfarin, your care team will tell you when to stop it.",
        "Your GP will tell you when to stop the cream.",
        "Your doctor will advise you when to stop the tablets.",
        "Our nurses explain where to apply the cream and when to stop it.",
    ],
)
def test_when_to_stop_is_no_effect(classifier, sentence):
    assert not classifier.classify(sentence).is_claim


@pytest.mark.parametrize(
    "sentence",
    [
        "This cream will stop the itching.",
        "This cream will stop the itching when you apply it.",
        "Warfarin will stop clots forming.",
    ],
)
def test_an_effect_said_of_a_treatment_is_still_a_claim(classifier, sentence):
    assert classifier.classify(sentence).is_claim


_HOSPITAL_PAGE = (
    "<h1>Knee replacement at our hospital</h1>"
    "<h2>Before surgery</h2><p>Stop taking ibuprofen 7 days before surgery. {sentence}</p>"
    "<h2>Recovery</h2><p>Most people walk with a walker on the day after surgery. "
    "Swelling can last for 3 to 6 months.</p>"
)
EDITORIAL = Config(disabled=frozenset({"copy", "link"}), claim_profile="editorial")


@pytest.mark.parametrize(
    "sentence",
    [
        "If you take a blood thinner such as warfarin or apixaban, your care team will tell you when to stop it.",
        "If you take warfarin, your surgeon will tell you when to stop it.",
        "Your care team will tell you when to stop your warfarin.",
    ],
)
def test_when_to_stop_a_drug_needs_no_fair_balance(sentence):
    found = claim_findings(_HOSPITAL_PAGE.format(sentence=sentence), EDITORIAL)
    assert [f for f in found if f.rule == "claim.fair-balance"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Warfarin will stop clots forming in your legs after the operation.",
        "Warfarin prevents dangerous clots after knee surgery.",
        "Our surgeons use warfarin because it stops clots better than any other medicine.",
    ],
)
def test_a_benefit_of_the_drug_still_needs_its_risks(sentence):
    found = claim_findings(_HOSPITAL_PAGE.format(sentence=sentence), EDITORIAL)
    assert [f for f in found if f.rule == "claim.fair-balance"]
