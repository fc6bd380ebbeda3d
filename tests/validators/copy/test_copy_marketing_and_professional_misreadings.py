"""Correct marketing and professional English that copy rules misread, one class per block, each with >= 3 correct
sentences that are not flagged and >= 3 slips of the same rule that are still found (copyfp33, issue 10)."""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"
MISSING_COPULA = "copy.missing-copula"
WORD_IN_CONTEXT = "copy.word-in-context"
NOUN_NUMBER = "copy.noun-number"
MISSING_TO = "copy.missing-to"


def _excerpts(rule: str, text: str) -> list[str]:
    return [found for found, _ in flagged(rule, text)]


def _found(rule: str, text: str, excerpt: str) -> None:
    assert excerpt in _excerpts(rule, text)


# --- copy.word-in-context -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # a subordinator, "you" and a base verb ending the clause: subject and verb
        "Strengthens bones as you age.",
        "Muscle mass falls as you age.",
        "Keep moving as you age.",
        # "you", an adverb of place, then an adverbial: the verb's object
        "We can drive you home after the procedure.",
        "A friend should drive you home after the scan.",
        "Arrange for someone to take you home after your treatment.",
        # an auxiliary opening a question, "your" and a noun phrase before its verb: the question's subject
        "Could your tiredness be a sign of low iron?",
        "Could your headaches be caused by stress?",
        "Could your snoring be a problem?",
        # a subject contraction opening a clause that is no question: no "were"
        "Day or night, we're there for you.",
        "We're there for you, day or night.",
        "Whatever happens, we're there to help.",
        # an ordinal before a noun: a noun phrase, no "does"
        "Never give the second dose sooner than 4 weeks after the first.",
        "Take the third dose sooner if your nurse says so.",
        "Book the second dose sooner if you travel.",
    ],
)
def test_correct_english_is_not_read_as_a_look_alike(text):
    assert _excerpts(WORD_IN_CONTEXT, text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Check you blood pressure at home.", "you"),
        ("Protect you skin from the sun.", "you"),
        ("Not Sure of You Size?", "You"),
        ("Would your like a leaflet?", "your"),
        ("Could your come back tomorrow?", "your"),
        ("Could your be pregnant?", "your"),
        ("The results we're normal.", "we're"),
        ("If you we're there, call us.", "we're"),
        ("They're results are back.", "They're"),
        ("It dose not hurt.", "dose"),
        ("The cream dose not sting.", "dose"),
        ("What dose the test involve?", "dose"),
    ],
)
def test_look_alike_slips_of_the_same_shapes_are_still_found(text, excerpt):
    _found(WORD_IN_CONTEXT, text, excerpt)


# --- copy.missing-copula --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # a superlative or "no" licenses an adjective after the noun
        "No side effects whatsoever.",
        "The strongest natural painkiller available.",
        "The fastest delivery available.",
        # a notice: a bare noun phrase, its adjective and a prepositional phrase
        "Prices valid until 31 March.",
        "Vouchers valid for 12 months.",
        "Tickets valid on weekdays only.",
        # a bullet opening on its -s verb before an adjective and a noun: the verb and its object
        "Supports healthy digestion and reduces bloating.",
        "Promotes healthy sleep.",
        "Maintains healthy bones.",
        # an adverb after the plural subject, then the verb (also a noun) and its object
        "Podiatrists nationwide trust our insoles.",
        "Pharmacists nationwide stock our range.",
        "Clinics nationwide use this test.",
    ],
)
def test_fragments_and_postposed_words_have_no_missing_copula(text):
    assert _excerpts(MISSING_COPULA, text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("The results available within two days, so call us then.", "available"),
        ("The clinic available on Mondays.", "available"),
        ("The side effects mild.", "mild"),
        ("The side effects mild and short-lived.", "mild"),
        ("Most people able to go home the same day.", "able"),
    ],
)
def test_a_clause_that_lost_its_copula_is_still_found(text, excerpt):
    _found(MISSING_COPULA, text, excerpt)


# --- copy.verb-agreement --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # a bullet opening on an -s verb, a participle or adjective and a noun: no plural subject "shrinks"
        "Shrinks swollen veins and lightens heavy legs.",
        "Shrinks enlarged pores and calms red skin.",
        "Tightens slack skin and softens deep lines.",
        # a compound noun, then a past verb
        "A university study found users slept an hour longer.",
        "A hospital study found patients recovered faster.",
        "A school study found pupils slept longer.",
        # an amount plural is the object of the verb before it
        "Our pharmacists answer hundreds of questions a week.",
        "Our team answer dozens of emails a day.",
        "Our helpline takes hundreds of calls a week.",
        # a quantifier before "of" is no singular head
        "Many of our clients never get a headache again.",
        "Many of our patients never need surgery.",
        "Several of our clients often need a top-up.",
        # an -s noun after a determiner that is also another noun's plural
        "Our shakes curb your appetite.",
        "Our shakes contain 20 g of protein.",
        "The shakes come in three flavours.",
        # a past verb before a plural of people
        "The DiRECT trial followed people for 2 years.",
        "The survey asked parents about sleep.",
        "The team interviewed nurses on every ward.",
        # an -s name the lexicon does not know after "that": the clause's own subject
        "The evidence that probiotics prevent eczema in babies is mixed and not strong.",
        "The evidence that statins prevent strokes in older adults is strong.",
        "The finding that triptans relieve pain in teenagers is new.",
        # a genus and its species epithet
        "Propionibacterium acnes was renamed Cutibacterium acnes in 2016.",
        "Cutibacterium acnes is found on most skin.",
        "Corynebacterium acnes was its old name.",
    ],
)
def test_correct_english_has_no_agreement_slip(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Supports your joints and protect cartilage.", "protect"),
        ("Tracks your steps and count your calories.", "count"),
        ("Boosts energy and support your immune system.", "support"),
        ("The nurse check the dressing every day.", "check"),
        ("The doctor ask questions about your sleep.", "ask"),
        ("Research have shown a link.", "have"),
        ("Thousands of people has signed up.", "has"),
        ("Hundreds of patients uses the app.", "uses"),
        ("Dozens of clinics offers it.", "offers"),
        ("The pain of a kidney stone usually start suddenly.", "start"),
        ("Redness around the injection site usually go within a day.", "go"),
        ("Vaccines given in childhood protects for life.", "protects"),
        ("Patients given antibiotics recovers faster.", "recovers"),
        ("The germs that cause food poisoning spreads from raw meat.", "spreads"),
        ("The viruses that cause colds spreads through the air.", "spreads"),
        ("The rules that doctors follow helps patients.", "helps"),
        ("The germs is killed by heat.", "is"),
        ("Infections gets worse in winter.", "gets"),
        ("The symptoms usually starts at night.", "starts"),
    ],
)
def test_agreement_slips_of_the_same_shapes_are_still_found(text, excerpt):
    _found(AGREEMENT, text, excerpt)


# --- copy.noun-number: a unit whose plural is the same word ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I've lost two stone without feeling hungry once.",
        "She lost three stone in a year.",
        "Most members lose two stone in six months.",
        "She weighs nine stone.",
    ],
)
def test_stone_after_a_number_is_its_own_plural(text):
    assert _excerpts(NOUN_NUMBER, text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("You will need three injection.", "injection"),
        ("Two dose are needed.", "dose"),
        ("We saw many child in the clinic.", "child"),
    ],
)
def test_a_singular_after_a_number_is_still_found(text, excerpt):
    _found(NOUN_NUMBER, text, excerpt)


# --- copy.missing-to: a bare plural subject of a clause without its relative pronoun ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The doses children need depend on weight.",
        "The tools patients need come in the box.",
        "The vaccines travellers need depend on the country.",
    ],
)
def test_a_relative_clause_with_a_plural_subject_keeps_its_verb(text):
    assert _excerpts(MISSING_TO, text) == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("Parents want know more.", "want know"),
        ("You need take two.", "need take"),
        ("Ask the patient repeat the instructions.", "patient repeat"),
    ],
)
def test_a_dropped_to_is_still_found(text, excerpt):
    _found(MISSING_TO, text, excerpt)
