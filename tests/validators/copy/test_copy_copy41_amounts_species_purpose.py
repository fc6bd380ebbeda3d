"""copy41: three classes of correct professional English that copy.verb-agreement and copy.verb-form misread, found
on correct sentences written for the purpose. Each class has >= 3 correct sentences that must be left alone and
>= 3 slips of the same shape that must still be found (my own sentences)."""

import pytest
from copy_helpers import flagged

AGREEMENT = "copy.verb-agreement"
VERB_FORM = "copy.verb-form"


def _excerpts(text: str) -> list[str]:
    return [found for rule in (AGREEMENT, VERB_FORM) for found, _ in flagged(rule, text)]


# 1. A counted unit of time, money, weight or length names one amount: any singular verb ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two weeks seems a long time to wait for a result.",
        "Six months feels like a long time when you are in pain.",
        "Five years remains the usual interval between scans.",
        "Twenty pounds seems a lot for a repeat test.",
        "Two hours sounds long, but most of it is spent resting.",
    ],
)
def test_a_counted_unit_with_a_singular_verb_is_left_alone(text):
    assert _excerpts(text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Two tablets makes you drowsy.", "makes"),
        ("Three doses gives good protection.", "gives"),
        ("The weeks seems to drag after surgery.", "seems"),
        ("The two patients needs care at home.", "needs"),
    ],
)
def test_counted_things_that_are_no_unit_keep_their_number(text, excerpt):
    assert excerpt in _excerpts(text)


# 2. A Latin binomial whose genus the lexicon knows as a noun: one organism ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Streptococcus pneumoniae remains a common cause of pneumonia.",
        "Streptococcus pneumoniae is carried in the nose of many healthy children.",
        "The bacterium Streptococcus pneumoniae causes most ear infections.",
        "Haemophilus influenzae causes ear infections in young children.",
        "Neisseria meningitidis is rare but serious.",
    ],
)
def test_a_species_name_is_singular(text):
    assert _excerpts(text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The Streptococcus bacteria is common in the throat.", "is"),
        ("The pneumonias is treated with antibiotics.", "is"),
        ("Pneumonia germs spreads in droplets.", "spreads"),
    ],
)
def test_plural_subjects_next_to_a_genus_name_are_still_read(text, excerpt):
    assert excerpt in _excerpts(text)


# 3. "to" after a verb of gerund_verbs that is no governing verb -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Risks to watch for",
        "Risks to consider before surgery",
        "You will have a blood test 12 weeks after finishing to check that the virus has gone.",
        "Rest for a day before resuming to let the tendon settle.",
        "Wait a week after stopping to see whether the rash comes back.",
    ],
)
def test_a_plural_noun_heading_or_a_time_adjunct_before_to_is_left_alone(text):
    assert [e for e in _excerpts(text) if e.startswith("to ")] == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Avoid to drive after the test.", "to drive"),
        ("We recommend to take it with food.", "to take"),
        ("Consider to stop the tablets if the rash spreads.", "to stop"),
        ("He risks to lose his sight without treatment.", "to lose"),
        ("By avoiding to eat late, you sleep better.", "to eat"),
    ],
)
def test_a_governing_verb_before_to_is_still_judged(text, excerpt):
    assert excerpt in _excerpts(text)


# 4. help/make/let + a bare noun + a base verb: the -s word is the verb, not the end of a compound noun ------------


@pytest.mark.parametrize(
    "text",
    [
        "Insulin helps glucose enter the cells.",
        "This helps oxygen reach the tissues.",
        "The drug helps calcium enter the bones.",
        "The hormone makes glucose leave the blood.",
        "This makes fluid build up in the legs.",
    ],
)
def test_a_causative_verb_its_object_and_a_bare_verb_are_left_alone(text):
    assert _excerpts(text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The cream help skin heal.", "heal"),
        ("Your heart rate usually rise during exercise.", "rise"),
        ("The tablets helps the body absorb iron.", "helps"),
        ("The exercises helps the muscles relax.", "helps"),
    ],
)
def test_compounds_and_their_verbs_are_still_read(text, excerpt):
    assert excerpt in _excerpts(text)


# 5. A plural compound ("blood tests", "eye drops") and an -s verb with its object ------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The blood tests confirms the result.", "confirms"),
        ("Eye drops contains a preservative.", "contains"),
        ("Skin patches releases the drug slowly.", "releases"),
        ("Her blood results shows a low level of iron.", "shows"),
    ],
)
def test_a_plural_compound_and_its_s_verb_before_an_object_are_read(text, excerpt):
    assert excerpt in _excerpts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The blood tests confirm the result.",
        "The cream treats cuts and grazes.",
        "The nurse offers parents the vaccine.",
        "The doctor treats cuts the same day.",
        "The pharmacist checks doses a second time.",
        "The doctor orders tests the lab runs.",
        "The team answers questions the public ask most often.",
        "The nurse records changes the patient reports.",
    ],
)
def test_a_verb_and_its_plural_object_are_left_alone(text):
    assert _excerpts(text) == []


# 6. Two parallel adjective + noun phrases joined by "and": two heads, not one shared head -----------------------


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("A healthy diet and regular exercise lowers the risk of heart disease.", "lowers"),
        ("A hot bath and gentle exercise eases the stiffness.", "eases"),
        ("Good posture and regular breaks reduces back pain.", "reduces"),
    ],
)
def test_two_adjective_noun_phrases_make_a_plural_subject(text, excerpt):
    assert excerpt in _excerpts(text)


@pytest.mark.parametrize(
    "text",
    [
        "A healthy diet and regular exercise lower the risk of heart disease.",
        "Muscle and joint pain is common after flu.",
        "Fresh fruit and vegetable intake is low in teenagers.",
        "A healthy diet and regular exercise is the best start.",
        "The zinc and vitamin C formula supports immunity.",
    ],
)
def test_a_shared_head_or_one_idea_is_left_alone(text):
    assert _excerpts(text) == []


# 7. The only verb of a full sentence, swallowed by a compound; the verb of a coordinated subject --------------


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Tablets taken with food causes fewer stomach problems.", "causes"),
        ("People with heart conditions needs a check.", "needs"),
        ("The wound heal slowly in older people and smokers.", "heal"),
        ("The pharmacist explain the dose and the side effects.", "explain"),
    ],
)
def test_the_sentence_verb_after_a_compound_is_judged(text, excerpt):
    assert excerpt in _excerpts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your heart rate and blood pressure rise during exercise.",
        "Your heart rate and your blood pressure rise during exercise.",
        "Tablets taken with food cause fewer stomach problems.",
        "Patients with eye drops need a check.",
        "Options for blood tests",
        "Advice on skin patches is available.",
    ],
)
def test_a_compound_before_the_sentence_verb_is_left_alone(text):
    assert _excerpts(text) == []


# 8. "have" in the certain slot after a relative clause: the finite verb, never a bare form -------------------


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The nurse who runs the clinic have years of experience.", "have"),
        ("The man who lives next door have two dogs.", "have"),
        ("Each patient who attends have a care plan.", "have"),
    ],
)
def test_have_after_a_singular_subject_and_its_relative_clause_is_judged(text, excerpt):
    assert excerpt in _excerpts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The nurse who runs the clinic has years of experience.",
        "It is vital that the nurse who sees you have your notes.",
        "We recommend that every patient who smokes have a lung check.",
        "The doctor, who trained in London, has many patients.",
        "Patients who smoke have a higher risk.",
    ],
)
def test_have_after_a_plural_a_mandative_that_or_in_agreement_is_left_alone(text):
    assert _excerpts(text) == []


@pytest.mark.parametrize(
    "text",
    ["The side effects usually wear off.", "The results of the blood tests usually take a few days."],
)
def test_a_plural_compound_before_an_adverb_and_its_verb_is_no_swallowed_verb(text):
    assert _excerpts(text) == []
