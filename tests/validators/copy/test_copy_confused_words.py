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
        ("The drug has it's own risks.", "it's", "its"),
        ("It's effects are well known.", "It's", "Its"),
        ("Tell your doctor about any side affects.", "affects", "effects"),
        ("Stress can effect your skin.", "effect", "affect"),
        ("Some drugs can cause you to loose weight.", "loose", "lose"),
        ("Many people are loosing hair during treatment.", "loosing", "losing"),
        ("Wear lose clothing over the treated skin.", "lose", "loose"),
        ("Their are several treatment options.", "Their", "There"),
        ("You should of been told about this.", "of", "have"),
        ("Wash the area, than apply the cream.", "than", "then"),
        ("Ask your doctor if your pregnant.", "your", "you're"),
        ("Your not alone.", "Your", "You're"),
        ("Tell you're doctor about it.", "you're", "your"),
        ("Ask for medical advise.", "advise", "advice"),
        ("We advice you to rest.", "advice", "advise"),
        ("Accutane effects the immune system.", "effects", "affects"),
        ("Its affects on the skin are mild.", "affects", "effects"),
        ("Diet can help you loose weight.", "loose", "lose"),
        ("It's effects in children are unclear.", "It's", "Its"),
        ("Scabies is more common then you might think.", "then", "than"),
        ("Stress can affect your skin, and the affect can last.", "affect", "effect"),
        ("Patients and there families need support.", "there", "their"),
        ("They're skin is dry.", "They're", "Their"),
        ("It can be hard to breath at night.", "breath", "breathe"),
        ("Take a deep breathe.", "breathe", "breath"),
        ("Decide weather or not to treat.", "weather", "whether"),
        ("You may have to except the risks.", "except", "accept"),
        ("All of them healed, accept for one.", "accept", "except"),
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
    ],
)
def test_leaves_correct_usage_alone(text):
    assert flagged(RULE, text) == []


def test_then_after_more_is_a_safe_fix():
    (finding,) = findings(RULE, "It lasts more then 2 weeks.")
    assert finding.suggestions[0].safe
