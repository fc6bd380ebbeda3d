import pytest
from copy_helpers import findings, flagged

RULE = "copy.confused-words"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("If itching is present more then 2 to 4 weeks after treatment, see a doctor.", "then", "than"),
        ("The cream works better then the ointment.", "then", "than"),
        ("Blood pressure higher then normal needs follow-up.", "then", "than"),
        ("It is more effective then placebo.", "then", "than"),
        ("Its important to finish the course.", "Its", "It's"),
        ("Its not contagious.", "Its", "It's"),
        ("Tell your doctor about any side affects.", "affects", "effects"),
        ("Many people are loosing hair during treatment.", "loosing", "losing"),
        ("Wear lose clothing over the treated skin.", "lose", "loose"),
        ("You should of been told about this.", "of", "have"),
        ("Wash the area, than apply the cream.", "than", "then"),
        ("Ask your doctor if your pregnant.", "your", "you're"),
        ("Your not alone.", "Your", "You're"),
        ("Tell you're doctor about it.", "you're", "your"),
        ("Ask for medical advise.", "advise", "advice"),
        ("Its affects on the skin are mild.", "affects", "effects"),
        ("Scabies is more common then you might think.", "then", "than"),
        ("Stress can affect your skin, and the affect can last.", "affect", "effect"),
        ("Patients and there families need support.", "there", "their"),
        ("It can be hard to breath at night.", "breath", "breathe"),
        ("Take a deep breathe.", "breathe", "breath"),
        ("A patient who's skin is dry needs care.", "who's", "whose"),
        ("If you need it three times a week, its time to book a review.", "its", "it's"),
        ("Its time for a check-up.", "Its", "It's"),
        ("Taking antibiotics you don't need wont help you get better.", "wont", "won't"),
        ("You cant take both at once.", "cant", "can't"),
        ("Children who start before there 15th birthday need two doses.", "there", "their"),
        ("Talk to you doctor or pharmacist first.", "you", "your"),
        ("Ask about it at you appointment.", "you", "your"),
        ("We now know the risk is much smaller then was first reported.", "then", "than"),
        ("Never take more then is recommended.", "then", "than"),
        ("There may be pain or swelling in the arm were the shot was given.", "were", "where"),
        ("Go back to the clinic were you can register.", "were", "where"),
        ("See a GP if it's getting worse or its bothering you.", "its", "it's"),
        ("Smoking has lead to many cases of lung disease.", "lead", "led"),
        ("Try to exercise everyday for at least thirty minutes.", "everyday", "every day"),
        ("The principle cause of the outbreak was contaminated water.", "principle", "principal"),
        ("Reapply every two hours, or more often if your swimming.", "your", "you're"),
        ("Tell us while your taking the tablets.", "your", "you're"),
        ("Whether your recovering from an injury or living with pain, we can help.", "your", "you're"),
        ("See a dentist when your bleeding from the gums.", "your", "you're"),
        ("Rest more if your working at night.", "your", "you're"),
        ("You should of told your doctor.", "of", "have"),
        ("Keep a diary to find out what triggers you're attacks.", "you're", "your"),
        ("Try to keep you're home free of dust.", "you're", "your"),
        ("Avoid whatever triggers you're symptoms.", "you're", "your"),
        ("Probiotics may improve you gut health.", "you", "your"),
        ("The rash can damage you confidence.", "you", "your"),
        ("Exercise can boost you energy levels.", "you", "your"),
    ],
)
def test_flags_confused_words(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Its effect on sleep can be significant.",
        "The drug and its main effect are well studied.",
        "Its potential to cause harm is low.",
        "It's important to finish the course.",
        "It's time to see a doctor.",
        "It's part of the treatment.",
        "It's something to discuss with your doctor.",
        "The effects that the cream has on the skin last hours.",
        "Side effects are rare.",
        "These changes can affect your mood.",
        "If it gets worse, then see your doctor.",
        "Apply the cream, then wash your hands.",
        "Feel better first then return to work.",
        "More often than not, it clears up.",
        "Rather than waiting, book early.",
        "You can lose sleep when the itch is bad.",
        "Wear loose cotton clothing.",
        "There are several options.",
        "Their doctor is available.",
        "Loose stools are common.",
        "Your taking of the drug matters.",
        "Your breastfeeding baby is fine.",
        "If you're taking it, stop.",
        "You're patients who need care.",
        "You're part of the team and you're in good hands.",
        "Your doctor will advise you.",
        "Get advice from a pharmacist.",
        "Tie back loose hair.",
        "It's days before it heals.",
        "When you feel better then you can go back to work.",
        "Was there evidence of harm? Is there treatment for it?",
        "Go there tomorrow and put it there first.",
        "They're going home.",
        "Shortness of breath is common; a breath test helps; breathe slowly.",
        "Everyone except the patient. We accept for review only.",
        "A patient who's taking it should rest.",
        "Their effects on the skin are mild.",
        "Each drug reaches its time to peak concentration at a different rate.",
        "As was his wont, he read every leaflet. He was wont to ask questions.",
        "The cant of the examination table can be adjusted.",
        "We will work with you step by step.",
        "This decision is for you alone.",
        "Thank you doctor, and thank you nurse.",
        "Is there 1 answer?",
        "A message from you doctors to the patients.",
        "The rash got worse then was treated with steroids.",
        "If it gets worse, then is the time to call.",
        "If the area were the only one affected, we would wait.",
        "In the past, patients at home were the last to know.",
        "At the clinic were the nurses trained?",
        "Visitors to the ward were the people most at risk.",
        "The cream keeps its soothing effect and its healing properties.",
        "The pipes have lead in them. Lead the patient to the chair.",
        "Everyday activities can help with an everyday problem.",
        "The principle of consent is simple.",
        "This leads to much suffering. It is exposed to much higher levels. We got to many clinics.",
        "They are used to many kinds of treatment, and this adds to much confusion.",
        "The changes effected by the new law were small.",
        "If your swimming pool is dirty, or if your breathing is noisy, call us.",
        # A gerund with its own finite verb later in the clause is a possessive's noun.
        "If your bleeding from the gums stops, you need no treatment.",
        "If your training for the race makes your knee hurt, rest.",
        "Because your healing after surgery takes weeks, plan ahead.",
        "When your breathing at night has changed, tell us.",
        "The increase you see is normal, and skin damage you get from the sun is lasting.",
        "It can trigger you to scratch. We'll keep you company and keep you posted.",
        "It will protect you day and night. These tips will keep you healthy.",
        "Antibiotics won't improve you much. A cold can weaken you overall, and irritants irritate you more.",
        "Find out what triggers you most. Cold water can soothe you quickly.",
        "I know what triggers you're allergic to. Whatever triggers you're exposed to, avoid it.",
        "Learn what triggers you need to avoid. Note which damages you see.",
        "What you clean you're welcome to keep. Stress can trigger you, too.",
    ],
)
def test_leaves_correct_usage_alone(text):
    assert flagged(RULE, text) == []


def test_then_after_more_is_a_safe_fix():
    (finding,) = findings(RULE, "It lasts more then 2 weeks.")
    assert finding.suggestions[0].safe


@pytest.mark.parametrize(
    "text",
    [
        "The pollen count is at its highest.",
        "Symptoms peak in summer and are at its highest.",
        "Pain from shingles is often at its worst.",
        "By evening the swelling is at its largest.",
    ],
)
def test_its_after_a_preposition_is_possessive(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Stop using it if its painful.",
        "Stop if its very itchy.",
        "Check the label, because its important.",
    ],
)
def test_its_before_a_closing_adjective_after_a_clause_opener_is_flagged(text):
    assert flagged(RULE, text) == [("its", ["it's"])]


@pytest.mark.parametrize(
    "text",
    [
        "Once your confident with the technique, it takes a minute.",
        "Tell us if your unsure whether to come in.",
        "Call us when your certain about the date.",
    ],
)
def test_your_before_a_predicative_adjective_wants_youre(text):
    assert ("your", ["you're"]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Do your best to rest.",
        "Keep your own for the journey.",
        "Check your usual dose with the pharmacist.",
        "Take your regular medicines with water.",
        "Bring your medical records with you.",
    ],
)
def test_your_before_an_adjective_that_modifies_a_noun_passes(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Its caused by a build-up of fluid.",
        "Its recommended for adults over 65.",
        "If its finished, start a new pack.",
    ],
)
def test_its_before_a_passive_participle_wants_its_contraction(text):
    assert [found.lower() for found, _ in flagged(RULE, text)] == ["its"]


@pytest.mark.parametrize(
    "text",
    ["Its reduced dose suits children.", "The cream and its recommended dose are listed.", "It's caused by a virus."],
)
def test_its_before_a_participle_that_modifies_a_noun_passes(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Our experts have lead the way in skin science.", "lead", "led"),
        ("She had lead them to safety.", "lead", "led"),
        ("The nurse has lead our clinic for years.", "lead", "led"),
        ("Over 2,000 women have all ready used the protocol.", "ready", "already"),
        ("The forms are all ready taken care of.", "ready", "already"),
        ("We've all ready booked your slot.", "ready", "already"),
    ],
)
def test_lead_for_led_after_have_and_all_ready_for_already(text, excerpt, suggestion):
    assert (excerpt, [suggestion]) in flagged(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Old houses have lead pipes.",
        "The paint has lead in it.",
        "They have lead poisoning.",
        "We are all ready for you.",
        "The rooms are all ready.",
        "Are you all ready to start?",
    ],
)
def test_lead_the_metal_and_all_ready_meaning_prepared_pass(text):
    assert flagged(RULE, text) == []


# A verb "effect" before an object its pair counts cannot judge ("effect anyone" is as unseen as "affect
# anyone"), and "advise" in the slot of the thing given ("give you advise").
@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Shin splints can effect anyone who runs on hard roads.", "effect", "affect"),
        ("Some antibiotics do not effect the contraceptive pill.", "effect", "affect"),
        ("Jet lag is likely to effect everyone differently.", "effect", "affect"),
        ("The pharmacist can give you advise about head lice.", "advise", "advice"),
        ("We will offer them advise on diet and exercise.", "advise", "advice"),
        ("Our midwives provided us advise on feeding.", "advise", "advice"),
    ],
)
def test_effect_as_a_verb_and_advise_as_the_thing_given(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "The new manager worked hard to effect change on the ward.",
        "Surgery may effect a cure when the tumour is small.",
        "Results were compared to effect sizes in earlier trials.",
        "The effect can last for several hours.",
        "The pharmacist can advise you about head lice.",
        "We will give them advice on diet and exercise.",
        "Shin splints can affect anyone who runs on hard roads.",
        "The law came into effect in April.",
    ],
)
def test_effect_and_advise_in_their_own_slots_pass(text):
    assert flagged(RULE, text) == []
