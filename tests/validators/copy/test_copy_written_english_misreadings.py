"""Correct English that the copy rules misread, found by running them over correct text written for the purpose
(`data/correct_english/`), and twins of each shape that are slips and must still be found (copyfp35).

Each class: at least three correct sentences that must not be flagged and three slips of the same rule that are.
"""

from pathlib import Path

import pytest
from copy_helpers import flagged

from validators.config import Config
from validators.engine import check_documents
from validators.registry import all_rules
from validators.sources import load

AGREEMENT = "copy.verb-agreement"
MISSING_WORD = "copy.missing-function-word"
COPULA = "copy.missing-copula"
IN_CONTEXT = "copy.word-in-context"
SPELLING = "copy.spelling"
DATA = Path(__file__).parent / "data" / "correct_english"


def _excerpts(rule_id: str, text: str, **kwargs) -> list[str]:
    return [excerpt for excerpt, _ in flagged(rule_id, text, **kwargs)]


# --- verb-agreement: an -s verb after a word makes that word the head -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fexofenadine tablets, 30 pack: £9.99 (pharmacy medicine; a short questionnaire applies).",
        "A short questionnaire applies to every first order.",
        "The online questionnaire takes about ten minutes.",
        "Our new health questionnaire asks about your sleep.",
    ],
)
def test_a_verb_only_word_before_an_s_verb_heads_the_phrase(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The nurse check the dressing every day.", "check"),
        ("The study show the benefit.", "show"),
        ("The nurse take your blood pressure.", "take"),
        ("The leaflet explain the risks.", "explain"),
    ],
)
def test_a_singular_head_with_a_base_verb_is_still_found(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# --- verb-agreement: a list that closes a which-parenthesis ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ORBIT score, which takes into account haemoglobin, age, previous bleeding, kidney function and the use "
        "of antiplatelet drugs, is now recommended by NICE.",
        "The score, which weighs age, weight, kidney function and bleeding, is used by most clinics.",
        "The leaflet, which covers diet, exercise and sleep, explains the risks.",
        "The kit, which includes gloves, swabs, plasters and a mask, costs £12.",
    ],
)
def test_a_list_inside_a_which_parenthesis_is_skipped_to_its_closing_comma(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The score, which weighs age, weight, kidney function and bleeding, are used by doctors.", "are"),
        ("The clinic, which opens at 8am, offer vaccines, tests and advice.", "offer"),
        ("The cream, which contains aloe, shea, zinc and vitamin E, help the skin heal.", "help"),
    ],
)
def test_the_verb_after_a_listed_parenthesis_is_still_judged(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# --- verb-agreement: coordinated compound plurals before their modal ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Health care providers and laboratories must report suspected measles to the health department.",
        "Health care providers and laboratories in our county are required by state law to report it.",
        "Skin care products and creams are sold at the front desk.",
        "Day care centres and schools should keep a list of vaccinated children.",
    ],
)
def test_a_compound_subject_before_its_modal_is_no_verb_and_object(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Our clinic offer vaccines and tests to travellers.", "offer"),
        ("Our travel clinic offer vaccines and advice.", "offer"),
        ("The gel soothe blisters.", "soothe"),
    ],
)
def test_a_base_verb_with_a_bare_plural_object_is_still_found(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# --- verb-agreement: a relative clause with a verb after it; a time adverbial after a verb ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The results of the blood tests that your doctor ordered last week are now available in the portal.",
        "The results of the blood tests that your doctor ordered are now available.",
        "The patients we saw this morning were all well.",
        "The letters that the clinic sent last month are still valid.",
    ],
)
def test_a_relative_clause_and_its_time_adverbial_end_before_the_verb(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The results of the blood test shows that your iron is low.", "shows"),
        ("The result of the scans that the surgeon requested have come back.", "have"),
        ("The rash are gone.", "are"),
        ("If the wound are red, call us.", "are"),
    ],
)
def test_agreement_around_relative_clauses_is_still_judged(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# --- verb-agreement: a word the lexicon lists only as a verb, rarely used as one, before a comma -------------------


@pytest.mark.parametrize(
    "text",
    [
        "The discharge lounge, where you can wait for transport or for your medicines, is on the ground floor.",
        "The family lounge, next to the lifts, is open all day.",
        "Our resting splint, which you wear at night, holds the wrist straight.",
    ],
)
def test_a_noun_the_lexicon_lists_as_a_verb_makes_no_verb_slot_before_a_comma(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The cream contain, as you know, zinc.", "contain"),
        ("Cleans teeth and freshen breath.", "freshen"),
        ("The gel soothe, cool and protect your skin.", "soothe"),
    ],
)
def test_a_verb_real_english_uses_is_still_judged_before_a_comma(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# --- verb-agreement: plurale tantum nouns after an imperative's "or" -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cut the nail straight across with clippers or scissors.",
        "Remove the splinter with clean tweezers or forceps.",
        "Wear loose trousers or pyjamas after the operation.",
    ],
)
def test_a_plural_only_noun_ends_a_list_after_an_imperative(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Keep the wound dry and checks it daily.", "checks"),
        ("Clean the tweezers and dries them.", "dries"),
        ("Rest your foot and applies ice twice a day.", "applies"),
    ],
)
def test_an_s_verb_joined_to_an_imperative_is_still_found(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# --- missing-function-word: an adverb before its verb ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "High doses taken over several years can slightly reduce a child's final height.",
        "The swelling will gradually fade over a week.",
        "The new tablets can quickly ease the pain.",
    ],
)
def test_an_adverb_between_a_modal_and_its_verb_needs_no_be(text):
    assert _excerpts(MISSING_WORD, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The results can slightly different.", "can slightly"),
        ("It important that you rest.", "It important"),
        ("If you want use the app, sign in.", "want use"),
    ],
)
def test_a_dropped_word_is_still_found(text, excerpt):
    assert excerpt in _excerpts(MISSING_WORD, text)


# --- missing-copula: a bracketed aside does not end the clause -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A diet rich in soluble fiber (found in oats, barley, apples and lentils) can lower LDL by 5% to 10%.",
        "A diet rich in fibre (oats and beans) lowers cholesterol.",
        "Foods high in salt (crisps, bacon and cheese) raise blood pressure.",
    ],
)
def test_the_verb_after_a_bracketed_aside_carries_the_clause(text):
    assert _excerpts(COPULA, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The side effects mild (see below).", "mild"),
        ("Most people able (about 80%) to return to work.", "able"),
        ("The side effects mild.", "mild"),
    ],
)
def test_a_clause_with_no_verb_is_still_found_around_brackets(text, excerpt):
    assert excerpt in _excerpts(COPULA, text)


# --- word-in-context: "it's"/"who's" before a past participle ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My skin is the clearest it's been since high school.",
        "We will never lecture you about how long it's been.",
        "It's been a long week.",
        "Anyone who's had chickenpox can get shingles.",
    ],
)
def test_a_contracted_has_before_a_participle_is_not_its(text):
    assert _excerpts(IN_CONTEXT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Each bottle has it's own cap.", "it's"),
        ("The clinic and it's staff are friendly.", "it's"),
        ("The dog wagged it's tail.", "it's"),
    ],
)
def test_its_written_as_a_contraction_is_still_found(text, excerpt):
    assert excerpt in _excerpts(IN_CONTEXT, text)


# --- verb-agreement: "and a N N every year" is a compound noun in a coordinated object -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You will need an HIV test and a sexual health screen every 3 months while you take PrEP.",
        "Book a blood test and a health check every year.",
        "Everyone over 60 needs an eye test and a kidney scan each year.",
        "Ask for a weight check or a foot review every six months.",
    ],
)
def test_a_compound_noun_before_a_time_phrase_in_a_coordinated_object_is_no_verb(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The clinic open every day.", "open"),
        ("Eat well, and your energy return each morning.", "return"),
        ("The clinic opens early and the nurse visit every week.", "visit"),
        ("The pharmacist check every prescription.", "check"),
    ],
)
def test_a_verb_before_a_time_phrase_or_an_object_is_still_judged(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# --- word-in-context: a look-alike never listed before the next word's class gets no say from that class ----------


@pytest.mark.parametrize(
    "text",
    [
        "Cutting out whole foods can leave gaps in your diet.",
        "Leave out whole nuts until your child is five.",
        "We stock whole cashews and pecans.",
        "Avoid cutting out whole foods without advice.",
    ],
)
def test_a_look_alike_backed_by_the_prior_alone_does_not_replace_the_word(text):
    assert _excerpts(IN_CONTEXT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Stay in a quite room until the headache passes.", "quite"),
        ("It is a quite place to rest.", "quite"),
        ("The hole family can join the programme.", "hole"),
        ("Eat hole grains every day.", "hole"),
    ],
)
def test_a_look_alike_listed_before_the_class_still_replaces_the_word(text, excerpt):
    assert excerpt in _excerpts(IN_CONTEXT, text)


# --- spelling: inflections of known -ize/-ise verbs; eponyms before "method", "test", "score" -----------------------


@pytest.mark.parametrize(
    ("text", "dialect"),
    [
        ("Children with severe croup may be given a nebulized medicine.", "en-US"),
        ("The drug is nebulised through a face mask.", "en-GB"),
        ("The nurse is nebulizing the salbutamol now.", "en-US"),
        ("Our therapists are trained in the Vodder method.", "en-GB"),
        ("The Epley manoeuvre moves the crystals back.", "en-GB"),
        ("Ask the nurse about the Mantoux test.", "en-GB"),
    ],
)
def test_regular_inflections_and_eponyms_are_spelled_right(text, dialect):
    assert _excerpts(SPELLING, text, config=Config(dialect=dialect)) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("It was catagorized as urgent.", "catagorized"),
        ("Take two Tylenoll tablets.", "Tylenoll"),
        ("We use the Vodder method. The Voder method is gentle. The Vodder method works.", "Voder"),
        ("Try Ibuprofin gel.", "Ibuprofin"),
    ],
)
def test_misspellings_near_inflections_and_names_are_still_found(text, excerpt):
    assert excerpt in _excerpts(SPELLING, text)


# --- the whole body of correct English ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(DATA.glob("*.md")), ids=lambda path: path.stem)
def test_correct_english_raises_no_copy_finding(path):
    """Correct, edited English in varied registers (professional health information, marketing, everyday prose),
    en-GB where the file name says `_gb_`: no copy rule may flag it."""
    dialect = "en-GB" if "_gb_" in path.name else "en-US"
    config = Config(dialect=dialect)
    rules = [rule for rule_id, rule in all_rules().items() if rule_id.startswith("copy.")]
    run = check_documents([load(path)], config, rules)
    found = [(f.rule, f.excerpt, f.sentence) for report in run.reports for f in report.findings]
    assert found == []


# --- verb-agreement: an adjective whose noun use is rare modifies the next word ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The natural answer to high blood pressure.",
        "The simple answer to a common problem.",
        "The perfect gift for new parents.",
        "The natural choice for busy families.",
    ],
)
def test_an_adjective_rarely_used_as_a_count_noun_is_no_subject_head(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The simple test show the result.", "show"),
        ("The natural remedy help you sleep.", "help"),
        ("The private clinic offer the scan.", "offer"),
    ],
)
def test_the_head_after_such_an_adjective_is_still_judged(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)


# --- word-in-context: a base verb coordinated with an earlier one -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Browse the teas that settle a nervous stomach and quiet a racing mind.",
        "Our drops help to calm the skin and quiet an itch.",
        "The tea can settle your stomach and quiet your mind.",
    ],
)
def test_a_coordinated_base_verb_is_weighed_only_against_verbs(text):
    assert _excerpts(IN_CONTEXT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Try to rest and loose some weight.", "loose"),
        ("Remember to stretch and loose some weight.", "loose"),
        ("It is quiet a long walk.", "quiet"),
    ],
)
def test_a_look_alike_in_a_coordinated_verb_slot_is_still_found(text, excerpt):
    assert excerpt in _excerpts(IN_CONTEXT, text)


# --- spelling: a term introduced by its name --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Centella asiatica, also known as cica or tiger grass, calms redness.",
        'The plant is known as "cica" in Korea.',
        "A fungal rash called tinea is common in athletes.",
    ],
)
def test_a_term_introduced_by_its_name_is_judged_as_a_name(text):
    assert _excerpts(SPELLING, text, config=Config(dialect="en-GB")) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Take a drug called metformn every day.", "metformn"),
        ("Take a drug called amoxicilin.", "amoxicilin"),
        ("This is called a hernai.", "hernai"),
    ],
)
def test_a_slip_after_a_naming_word_is_still_found(text, excerpt):
    assert excerpt in _excerpts(SPELLING, text, config=Config(dialect="en-GB"))


# --- verb-agreement: a past tense spelt like the base, then its object; a participle's particle -------------------


@pytest.mark.parametrize(
    "text",
    [
        "The higher dose cut pain by 50% in most patients.",
        "The new rules set limits on visiting.",
        "The clauses left out are those every gate satisfies.",
        "The figures set out are from 2024.",
        "The tablets handed out were free.",
    ],
)
def test_a_past_like_base_verb_and_a_particle_are_read_as_such(text):
    assert _excerpts(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The gel soothe blisters.", "soothe"),
        ("The knee brace support the joint.", "support"),
        ("The rash are red.", "are"),
    ],
)
def test_agreement_without_such_a_verb_or_particle_is_still_judged(text, excerpt):
    assert excerpt in _excerpts(AGREEMENT, text)
