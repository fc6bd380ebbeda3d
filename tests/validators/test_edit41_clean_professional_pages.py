"""Four classes of finding that blocked correct professional pages of fresh_prof16/fresh_prof17 (issue 9, edit41),
each with >= 3 correct sentences that are left alone and >= 3 slips or claims of the same shape that are still found:

- a letter used as its own name ("A is for asymmetry", the ABCDE signs of melanoma) read as the article "A"
  (copy.article-a-an: "an is"; copy.word-order: "Is a");
- a relative clause without "that" ending in a form of "do" ("Nothing you did caused it") read as an auxiliary before
  a wrong verb form (copy.verb-form: "did caused");
- an -ing verb after a preposition followed by a purpose clause ("a blood test after finishing to check the virus has
  gone") read as "finish to" for "finish checking" (copy.verb-form);
- a plural noun opening a heading before a "to" infinitive ("Risks to watch for") read as the verb "risk" that wants an
  -ing form (copy.verb-form);
- "one" with an adjective before a noun that is also a verb ("One early dose at 6 months") read as the pronoun, an
  adverb and a verb (copy.verb-agreement: "doses");
- a letter written onto a number ("stage 3a", "type 1b") read as the article (copy.article-a-an: "an and");
- a dotted initialism before a plural ("1 in 7 U.S. adults has CKD") that ended the noun phrase, so the proportion's
  singular verb was flagged (copy.verb-form);
- a cure bounded to a share of a disease's cases ("Radiotherapy can cure many early cancers of the larynx") or to a
  cancer that has not spread, read as an absolute promise on a page that sells nothing (claim.absolute-promise);
- a test, scan or review scheduled at a time ("a blood test 12 weeks after finishing treatment") or a deadline for an
  action ("will need to feed within 30 minutes of birth") read as a timeline of effect (claim.uncited-timeline, which
  blocks under the default profile);
- a cure bounded to a share of people given as a figure ("can cure atrial flutter in more than 9 out of 10 people"),
  a treatment taken for life ("you will need to take levothyroxine for life") and the immunity that follows the disease
  itself ("Once you have had chickenpox, you are immune for life") read as absolute promises;
- a lawful channel named with a quantifier ("from many pharmacies") or a clinic that prescribes itself ("from sexual
  health clinics without a GP referral") read as unlawful supply (claim.unlawful-supply);
- a clinical ranking bounded by a hedge ("Surgery is usually the best treatment for a hernia") read as a superlative
  claim on a page that sells nothing (claim.superlative);
- a guarantee of cost or access ("The HPV vaccine is guaranteed to be free for everyone under 25") read as an absolute
  promise (claim.absolute-promise);
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


# 4. A letter written onto a number labels a subdivision, it is no article.
@pytest.mark.parametrize(
    "text",
    [
        "Stages 3a and 3b mean a mild to severe loss of function.",
        "Type 1a and type 1b allergies are treated differently.",
        "Grade 2a tears heal without surgery in most people.",
    ],
)
def test_a_letter_written_onto_a_number_is_no_article(text):
    assert flagged(ARTICLE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Stage 3 a and b are treated alike.", "a"),
        ("Take 2 tablets with a egg.", "a"),
        ("After 3 years an patient may need a review.", "an"),
    ],
)
def test_a_spaced_article_after_a_number_is_still_checked(text, excerpt):
    assert excerpt in [found for found, _ in flagged(ARTICLE, text)]


# 5. A dotted initialism is part of the noun phrase it names, as an undotted one is.
@pytest.mark.parametrize(
    "text",
    [
        "About 1 in 7 U.S. adults has chronic kidney disease.",
        "One in 5 U.S. children has a food allergy.",
        "About 1 in 10 U.K. women has endometriosis.",
    ],
)
def test_a_proportion_with_a_dotted_initialism_takes_a_singular_verb(text):
    assert flagged(VERB_FORM, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The U.S. adults has a problem with sleep.", "has"),
        ("These U.S. clinics has long waiting lists.", "has"),
        ("Most U.K. pharmacies has the vaccine in stock.", "has"),
    ],
)
def test_a_plural_subject_after_a_dotted_initialism_is_still_found(text, excerpt):
    assert excerpt in [found for found, _ in flagged(VERB_FORM, text)]


# 6. An effect verb in an infinitive after "when"/"where" is an instruction, no effect asserted.
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
    ("sentence", "profile"),
    [
        *((sentence, profile) for profile in ("editorial", "promotional") for sentence in (
            "If you take a blood thinner such as warfarin or apixaban, your care team will tell you when to stop it.",
            "If you take warfarin, your surgeon will tell you when to stop it.",
            "If you are taking warfarin, your nurse will explain when to restart it.",
        )),
        ("Your care team will tell you when to stop your warfarin.", "editorial"),
    ],
)
def test_when_to_stop_a_drug_needs_no_fair_balance(sentence, profile):
    config = Config(disabled=frozenset({"copy", "link"}), claim_profile=profile)
    found = claim_findings(_HOSPITAL_PAGE.format(sentence=sentence), config)
    assert [f for f in found if f.rule == "claim.fair-balance"] == []


@pytest.mark.parametrize(
    ("sentence", "profile"),
    [
        *((sentence, profile) for profile in ("editorial", "promotional") for sentence in (
            "Warfarin will stop clots forming in your legs after the operation.",
            "Warfarin prevents dangerous clots after knee surgery.",
            "Our surgeons use warfarin because it stops clots better than any other medicine.",
        )),
        # the reader's own medicine and its benefit: promoted only under the promotional profile
        ("If you take warfarin, it will stop clots forming.", "promotional"),
        ("If you take warfarin, it stops dangerous clots after knee surgery.", "promotional"),
    ],
)
def test_a_benefit_of_the_drug_still_needs_its_risks(sentence, profile):
    config = Config(disabled=frozenset({"copy", "link"}), claim_profile=profile)
    found = claim_findings(_HOSPITAL_PAGE.format(sentence=sentence), config)
    assert [f for f in found if f.rule == "claim.fair-balance"]


# 7. A cure bounded to a share of the disease's cases, or to a cancer that has not spread, on a page that sells nothing.
_INFO_PAGE = (
    "<h1>Treatment</h1><p>This page explains the condition. Ask your GP if you are worried. Side effects can include "
    "headache and nausea. Call 111 if you feel very unwell.</p><p>{sentence}</p>"
)
_SHOP_PAGE = _INFO_PAGE + "<p>Order today for next-day delivery. Add to basket now, only £19.99.</p>"


def _absolute(page: str, sentence: str) -> list[str]:
    found = claim_findings(page.format(sentence=sentence), EDITORIAL)
    return [f.excerpt for f in found if f.rule == "claim.absolute-promise"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Radiotherapy can cure many early cancers of the larynx.",
        "Antibiotics can cure most bacterial infections.",
        "A stem cell transplant can cure some types of lymphoma.",
        "If the cancer has not spread, surgery may cure it.",
        "Surgery can cure the tumour before it spreads.",
    ],
)
def test_a_cure_bounded_to_some_cases_is_no_promise(sentence):
    assert _absolute(_INFO_PAGE, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Antibiotics can cure all infections.",
        "Radiotherapy can cure cancer of the larynx.",
        "This herbal tincture will cure your arthritis for good.",
    ],
)
def test_an_unbounded_cure_is_still_a_promise(sentence):
    assert _absolute(_INFO_PAGE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our herbal tincture can cure most infections.",
        "Our detox tea can cure many types of cancer.",
        "Our drops can cure some forms of hearing loss.",
    ],
)
def test_a_bounded_cure_in_sales_copy_is_still_a_promise(sentence):
    assert _absolute(_SHOP_PAGE, sentence)


# 8. A scheduled check or a deadline for an action is no timeline of effect (the default profile blocks on it).
PROMOTIONAL = Config(disabled=frozenset({"copy", "link"}))


def _timelines(sentence: str) -> list[str]:
    found = claim_findings(_INFO_PAGE.format(sentence=sentence), PROMOTIONAL)
    return [f.excerpt for f in found if f.rule == "claim.uncited-timeline"]


@pytest.mark.parametrize(
    "sentence",
    [
        "You will have a blood test 12 weeks after finishing treatment to check the virus has gone.",
        "Your baby will have blood sugar tests in the first 24 hours.",
        "You will have an X-ray 6 weeks after surgery to check the bone has healed.",
        "We will offer you a scan 3 months after the operation to check the tumour has gone.",
        "Your baby will need to feed within 30 minutes of birth.",
        "The wound must be checked by a nurse within 48 hours.",
        "You have to be seen by a specialist within 2 weeks.",
    ],
)
def test_a_scheduled_check_or_a_deadline_is_no_timeline(sentence):
    assert _timelines(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The tablets clear the virus within 12 weeks.",
        "Most people feel better within 2 weeks of starting treatment.",
        "This cream clears eczema within 2 weeks.",
    ],
)
def test_an_effect_timed_after_treatment_is_still_a_timeline(sentence):
    assert _timelines(sentence)


# 9. "after finishing to check": "to" opens a purpose clause after an -ing verb used as a preposition's object.
@pytest.mark.parametrize(
    "text",
    [
        "You will have a blood test 12 weeks after finishing to check that the virus has gone.",
        "Rest for a few minutes after finishing to let your heart rate settle.",
        "Stretch gently after practising to avoid stiffness.",
        "Check your sugar level after resuming to make sure the dose is right.",
    ],
)
def test_a_purpose_clause_after_a_prepositions_ing_verb_is_no_slip(text):
    assert flagged(VERB_FORM, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Avoid to drive after taking it.", "to drive"),
        ("Consider to take a break from the tablets.", "to take"),
        ("We recommend to use it daily.", "to use"),
    ],
)
def test_an_infinitive_after_a_gerund_verb_is_still_found(text, excerpt):
    assert excerpt in [found for found, _ in flagged(VERB_FORM, text)]


# 10. A plural noun opening a heading or sentence before "to": a noun and its infinitive, no verb wanting an -ing form.
@pytest.mark.parametrize(
    "text",
    ["Risks to watch for", "Risks to consider before you start the tablets.", "Delays to expect in winter."],
)
def test_a_plural_noun_opening_a_heading_before_to_is_no_verb(text):
    assert flagged(VERB_FORM, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("He risks to lose his sight.", "to lose"),
        ("Risk to lose your sight if you wait.", "to lose"),
        ("Patients delay to see a doctor.", "to see"),
    ],
)
def test_the_verb_before_to_is_still_checked(text, excerpt):
    assert excerpt in [found for found, _ in flagged(VERB_FORM, text)]


# 11. A cure bounded to a share of people given as a figure; a treatment taken for life; immunity after the disease.
_PLAIN_PAGE = (
    "<h1>Treatment</h1><p>This page explains the condition. Ask your GP if you are worried. Side effects can include "
    "headache and nausea.</p><p>{sentence}</p>"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Catheter ablation can cure atrial flutter in more than 9 out of 10 people.",
        "Treatment with antivirals cures hepatitis C in more than 95% of people.",
        "Surgery cures the condition in about 8 in 10 children.",
        "Mohs surgery cures 99% of basal cell carcinomas.",
        "Radioactive iodine cures an overactive thyroid in about 9 in 10 people after one dose.",
        "Thyroid surgery works well, but you will need to take levothyroxine for life.",
        "Most people with type 1 diabetes stay on insulin for life and their symptoms are relieved.",
        "If your spleen is removed, you will need to take antibiotics for life to protect against infection.",
        "Once you have had chickenpox, you are immune for life.",
        "Once you have had measles, you are protected for life.",
        "After a case of mumps, you are protected for life.",
    ],
)
def test_a_bounded_cure_a_lifelong_treatment_or_immunity_after_the_disease_is_no_promise(sentence):
    assert _absolute(_PLAIN_PAGE, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Catheter ablation cures atrial flutter for good.",
        "This treatment cures the infection in 100% of people.",
        "Our method cures the condition in 10 out of 10 patients.",
        "The vaccine protects you for life.",
        "Once you have had our tablets, you are protected for life.",
        "Antibiotics always cure strep throat.",
    ],
)
def test_a_lifelong_result_or_an_unbounded_cure_is_still_a_promise(sentence):
    assert _absolute(_PLAIN_PAGE, sentence)


# 12. A lawful channel: "many"/"some" pharmacies, a clinic that prescribes itself.
def _supply(page: str, sentence: str) -> list[str]:
    found = claim_findings(page.format(sentence=sentence), EDITORIAL)
    return [f.excerpt for f in found if f.rule == "claim.unlawful-supply"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The contraceptive pill is now available from many pharmacies without a prescription.",
        "PrEP is available free from sexual health clinics without a GP referral.",
        "You can get malaria tablets from a travel clinic without seeing your GP.",
        "The emergency pill is available from some pharmacies without a prescription.",
    ],
)
def test_a_lawful_channel_is_no_unlawful_supply(sentence):
    assert _supply(_PLAIN_PAGE, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Order sildenafil from our online shop without a GP referral, only £19.99.",
        "Buy finasteride online without a prescription, delivered tomorrow.",
        "We sell the contraceptive pill without a prescription, order now for £9.99.",
    ],
)
def test_an_offer_with_no_lawful_channel_is_still_unlawful_supply(sentence):
    assert _supply("<h1>Shop</h1><p>{sentence}</p>", sentence)


# 13. A clinical ranking bounded by a hedge, on a page that sells nothing.
def _superlative(page: str, sentence: str) -> list[str]:
    found = claim_findings(page.format(sentence=sentence), EDITORIAL)
    return [f.excerpt for f in found if f.rule == "claim.superlative"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Surgery is usually the best treatment for a hernia.",
        "For most people, a kidney transplant is the best treatment.",
        "An inhaled steroid is often the best treatment for children with persistent asthma.",
        "Physiotherapy is generally the best treatment for a frozen shoulder.",
    ],
)
def test_a_hedged_clinical_ranking_is_no_superlative(sentence):
    assert _superlative(_PLAIN_PAGE, sentence) == []


@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        (_PLAIN_PAGE, "This cream is the best treatment for eczema."),
        (_PLAIN_PAGE, "Our clinic is usually the best treatment centre for hernias in the region."),
        ("<h1>Shop</h1><p>{sentence}</p>", "Our cream is usually the best treatment for eczema, only £9.99."),
        ("<h1>Shop</h1><p>{sentence}</p><p>Order now.</p>", "This balm is often the best remedy for sore joints."),
    ],
)
def test_an_unhedged_own_or_sold_ranking_is_still_a_superlative(page, sentence):
    assert _superlative(page, sentence)


# 15. A guarantee of cost or access is no promise of a health result.
@pytest.mark.parametrize(
    "sentence",
    [
        "The HPV vaccine is guaranteed to be free for everyone under 25.",
        "You are guaranteed an appointment within 2 weeks if your GP suspects cancer.",
        "Access to an interpreter is guaranteed at every clinic.",
    ],
)
def test_a_guarantee_of_cost_or_access_is_no_promise(sentence):
    assert _absolute(_PLAIN_PAGE, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our cream is guaranteed to clear your skin.",
        "The treatment is guaranteed to work.",
        "The vaccine is guaranteed to protect you from flu.",
    ],
)
def test_a_guaranteed_result_is_still_a_promise(sentence):
    assert _absolute(_PLAIN_PAGE, sentence)
