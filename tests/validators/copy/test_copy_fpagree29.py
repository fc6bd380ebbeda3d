"""fpagree29 (issue 10): correct professional and marketing English the grammar rules misread (fresh_prof7 and probe
sentences in its style), each class with >= 3 correct sentences and >= 3 slips of the same shape still found."""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"
VERB_FORM = "copy.verb-form"
COPULA = "copy.missing-copula"
MISSING_WORD = "copy.missing-function-word"


def _grammar(text: str, html: bool = False) -> list:
    return [found for rule in (AGREEMENT, VERB_FORM, COPULA, MISSING_WORD) for found in flagged(rule, text, html=html)]


# 1. A subject pronoun and a word that is also the past of another verb ("found" of "find").
@pytest.mark.parametrize(
    "text",
    [
        "She found that many products listed a large dose on the front.",
        "He found the leaflet useful.",
        "She ground the tablets into a fine powder.",
        "He wound the bandage round the ankle.",
    ],
)
def test_a_past_form_after_a_singular_pronoun_is_no_base_form(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("She find it hard to sleep.", "find"),
        ("It help reduce itching.", "help"),
        ("He need a new prescription.", "need"),
    ],
)
def test_a_base_form_after_a_singular_pronoun_is_still_found(text, excerpt):
    assert excerpt in [found for found, _ in flagged(AGREEMENT, text)]


# 2. A hyphenated modifier inside the first of two coordinated noun phrases.
@pytest.mark.parametrize(
    "text",
    [
        "A low-light camera and a microphone allow the nurse to watch.",
        "A well-fitting shoe and a soft sock protect the foot.",
        "A long-acting tablet and a short-acting spray work together.",
    ],
)
def test_a_hyphenated_modifier_keeps_two_noun_phrases_one_plural_subject(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("You rest and the cream help the skin.", "help"),
        ("Everyone in the house need a check.", "need"),
        ("Each of the creams have a leaflet.", "have"),
    ],
)
def test_a_clause_after_and_is_still_judged(text, excerpt):
    assert excerpt in [found for found, _ in flagged(AGREEMENT, text)]


# 3. "or" (a noun to the lexicon) joins two heads after "Anyone with a ...".
@pytest.mark.parametrize(
    "text",
    [
        "Anyone with a mole or patch that has changed should call us.",
        "Anyone with a cut or graze that bleeds should press on it.",
        "Anyone with a cough or rash that spreads should stay at home.",
    ],
)
def test_or_joins_two_nouns_after_an_indefinite_subject(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Anyone with a rash need to see a doctor.", "need"),
        ("Everyone in the house need a check.", "need"),
        ("Anyone in the family have a right to ask.", "have"),
    ],
)
def test_an_indefinite_subject_with_a_base_verb_is_still_found(text, excerpt):
    assert excerpt in [found for found, _ in flagged(AGREEMENT, text)]


# 4. A label that ends on a noun after "and" is a list of nouns, no imperative and its verb.
@pytest.mark.parametrize(
    "text", ["<h2>Exercise and sports</h2>", "<h2>Walking and runs</h2>", "<ul><li>Massage and stretches</li></ul>"]
)
def test_a_label_ending_on_a_noun_after_and_is_a_list(text):
    assert flagged(AGREEMENT, text, html=True) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Sit down and relaxes.", "relaxes"),
        ("Wash the cut and covers it.", "covers"),
        ("Rest and drinks plenty of water.", "drinks"),
    ],
)
def test_an_imperative_and_its_s_verb_are_still_found(text, excerpt):
    assert excerpt in [found for found, _ in flagged(AGREEMENT, text)]


# 5. The word read as a plural head is the clause's verb: a linking verb before its adjective, or a verb with the
#    adjective and a noun after it as its object.
@pytest.mark.parametrize(
    "text",
    [
        "The walnut top looks gorgeous.",
        "The glass top looks elegant.",
        "Our lemon and ginger blend tastes delicious.",
        "Our rose and lavender blend smells gorgeous.",
        "Our dandelion and senna blend melts stubborn belly fat.",
        "The tea and honey blend melts stubborn phlegm.",
    ],
)
def test_an_s_verb_after_a_singular_noun_is_the_verb_not_a_plural_head(text):
    assert flagged(COPULA, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The side effects mild and short-lived.", "mild"),
        ("Most people able to go home the same day.", "able"),
        ("These rare but need checking.", "These rare"),
    ],
)
def test_a_missing_copula_is_still_found(text, excerpt):
    assert excerpt in [found for found, _ in flagged(COPULA, text)]


# 6. A noun, a subject pronoun and "need"/"want": a clause without its relative pronoun, then the main verb.
@pytest.mark.parametrize(
    "text",
    [
        "The tools you need come in the box.",
        "The forms you need come by post.",
        "All the spare parts you need come with the kit.",
    ],
)
def test_a_contact_relative_clause_is_followed_by_the_main_verb(text):
    assert flagged(MISSING_WORD, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("If you want use the app, register first.", "want use"),
        ("You need take the tablets with food.", "need take"),
        ("Tell us if you need come back.", "need come"),
    ],
)
def test_a_missing_to_after_need_or_want_is_still_found(text, excerpt):
    assert excerpt in [found for found, _ in flagged(MISSING_WORD, text)]


# 7. "is damage to the skin": a noun complement and its "to" phrase, no passive.
@pytest.mark.parametrize(
    "text",
    [
        "Sunburn is damage to the skin caused by ultraviolet light.",
        "A bruise is damage to small blood vessels under the skin.",
        "Whiplash is damage to the soft tissues of the neck.",
    ],
)
def test_a_noun_complement_before_to_and_a_noun_phrase_is_no_passive(text):
    assert flagged(VERB_FORM, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The skin is damage by the sun.", "damage"),
        ("The form was wrote by the nurse.", "wrote"),
        ("The cream is apply twice a day.", "apply"),
    ],
)
def test_a_passive_without_its_participle_is_still_found(text, excerpt):
    assert excerpt in [found for found, _ in flagged(VERB_FORM, text)]


# 8. An abbreviation in capitals ("US") is a name before the noun, not the pronoun "us".
@pytest.mark.parametrize(
    "text",
    [
        "About 1 in 4 US adults has arthritis.",
        "Roughly 1 in 5 US teenagers has tried vaping.",
        "About one in 3 US women has anaemia.",
    ],
)
def test_an_abbreviation_before_a_plural_inside_a_proportion(text):
    assert flagged(VERB_FORM, text) == []


@pytest.mark.parametrize(
    "text", ["Many US adults has arthritis.", "Most US adults has seen a dentist.", "The nurses has left."]
)
def test_a_plural_subject_with_has_is_still_found(text):
    assert "has" in [found for found, _ in flagged(VERB_FORM, text)]


# 9. A participle after a plural head and an adverb: a reduced relative clause, not a singular head.
@pytest.mark.parametrize(
    "text",
    [
        "The areas most often affected are the knees and hips.",
        "The families recently bereaved are offered support.",
        "The joints usually affected are the small ones.",
    ],
)
def test_a_participle_after_a_plural_head_is_no_singular_head(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize("text", ["The rash are itchy.", "The area affected are red.", "The affected area are sore."])
def test_are_after_a_singular_head_is_still_found(text):
    assert ("are", ["is"]) in flagged(AGREEMENT, text)


# 10. A free relative clause ("Whoever looks after the child") is the subject.
@pytest.mark.parametrize(
    "text",
    [
        "Whoever looks after the child needs to know the plan.",
        "Whoever collects the tablets needs photo ID.",
        "Whoever orders the tests explains the results.",
    ],
)
def test_a_free_relative_clause_is_a_singular_subject(text):
    assert _grammar(text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The nurse who looks after you need to know.", "need"),
        ("Patients who looks after children need help.", "looks"),
        ("The tablets needs to be kept cool.", "needs"),
    ],
)
def test_agreement_around_a_relative_clause_is_still_found(text, excerpt):
    assert excerpt in [found for found, _ in _grammar(text)]


# 11. A determined plural after an -s verb is that verb's object; an exception ("but the nurses") is no subject.
@pytest.mark.parametrize(
    "text",
    [
        "Anyone who misses the appointments needs to call.",
        "The pharmacist who checks the labels signs each bag.",
        "Nobody but the nurses has access to the room.",
        "No one but the doctors knows the code.",
    ],
)
def test_a_plural_object_or_exception_before_the_verb_is_no_subject(text):
    assert flagged(VERB_FORM, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our patients needs more time.",
        "The nurse checks the tablets and the patients needs to wait.",
        "Many US adults has arthritis.",
    ],
)
def test_a_plural_subject_with_an_s_verb_is_still_found(text):
    assert len(flagged(VERB_FORM, text)) == 1


# 12. An -ing verb and its prepositional phrase or object after a plural head: a reduced relative clause.
@pytest.mark.parametrize(
    "text",
    [
        "People living with HIV who take their medicines every day have a normal life expectancy.",
        "People living with diabetes who smoke have a higher risk.",
        "Children living with asthma who use a spacer have fewer attacks.",
    ],
)
def test_an_ing_clause_on_a_plural_head_keeps_the_subject_plural(text):
    assert flagged(AGREEMENT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Patients waiting for surgery is offered physiotherapy.", "is"),
        ("Children attending the nursery needs a check.", "needs"),
        ("Patients with HIV who take their medicines has a normal life expectancy.", "has"),
    ],
)
def test_a_singular_verb_after_an_ing_clause_on_a_plural_head_is_found(text, excerpt):
    assert excerpt in [found for found, _ in flagged(AGREEMENT, text)]


# 13. A lone -ing word between commas is an item of a list, no participle phrase.
@pytest.mark.parametrize(
    "text",
    [
        "<ul><li>Daily activities: music, baking, chair yoga</li></ul>",
        "<ul><li>Weekend options: music, dancing, table tennis</li></ul>",
        "<ul><li>Therapies: music, painting, pet visits</li></ul>",
    ],
)
def test_a_lone_ing_word_between_commas_is_a_list_item(text):
    assert flagged(AGREEMENT, text, html=True) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The symptoms, usually lasting seven days, goes away.", "goes"),
        ("The tablets, taken twice a day, works well.", "works"),
        ("The cream, applied at night, help the skin.", "help"),
    ],
)
def test_a_verb_after_a_participle_parenthesis_is_still_judged(text, excerpt):
    assert excerpt in [found for found, _ in flagged(AGREEMENT, text)]
