"""copy.word-in-context (issue 10, conf29): evidence from the pair counts beyond both sides at once, each with three
or more unrelated examples and correct twins:
- one-sided avoidance beside a silent rare neighbour: the written word avoided on one side, its look-alike's pair
  a set phrase there, neither word listed beside the rare content word on the other side ("riders past through");
- the look-alike listed where the written word is not, and listed too (or neither is) on the other side: the
  middle ratio decides ("to compliment your", "counts peek in");
- a plural noun subject and an adverb of frequency before a word that is only a singular noun: the verb's slot
  ("doctors often advice rest" -> "advise");
- "to" between "be" and a graded adjective before a comma or a conjunction ("are to fiddly or") -> "too";
- a verb's base form ending the clause after a linking verb ("feels lose.") -> its adjective look-alike."""

import pytest
from copy_helpers import flagged

RULE = "copy.word-in-context"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # One-sided avoidance beside a silent rare neighbour.
        ("Four hundred riders past through our course last year.", "past", "passed"),
        ("Thousands of walkers past through the gate each summer.", "past", "passed"),
        ("Most parcels past through customs within a day.", "past", "passed"),
        # The look-alike listed where the written word is not.
        ("Steroid creams compliment your emollient.", "compliment", "complement"),
        ("They're designed to compliment your everyday shoes.", "compliment", "complement"),
        ("These oils compliment your routine.", "compliment", "complement"),
        ("Pollen counts peek in late spring.", "peek", "peak"),
        ("Prices peek in December.", "peek", "peak"),
        # A plural noun subject, an adverb of frequency, then the verb's slot.
        ("Physiotherapists often advice people to keep working.", "advice", "advise"),
        ("Doctors usually advice rest for a week.", "advice", "advise"),
        ("Runners often breath through the mouth.", "breath", "breathe"),
        ("Most dentists always advice flossing twice a day.", "advice", "advise"),
        # "to" before a graded adjective and a comma or a conjunction.
        ("If the straps are to fiddly or the heel rubs, return them.", "to", "too"),
        ("The cream is to greasy and stains the sheets.", "to", "too"),
        ("The gel was to sticky, so we changed it.", "to", "too"),
        # A verb's base form ending the clause after a linking verb: the adjective look-alike.
        ("Call us if the crown ever feels lose.", "lose", "loose"),
        ("My gums felt lose, so I called the clinic.", "lose", "loose"),
        ("If the cap seems lose, tighten it.", "lose", "loose"),
    ],
)
def test_slip_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        # Twins of one-sided avoidance: a listed left pair, an avoided pair whose look-alike is no set phrase.
        "Swallow the tablet whole with a glass of water.",
        "Swallow each capsule whole with water.",
        "She led with kindness and never judged us.",
        "Walkers passed through the gate at dawn.",
        # Twins of the middle ratio: an auxiliary look-alike, the right words.
        "A pharmacist can tell you which dose to carry.",
        "People receive a fifth dose on day 28.",
        "Take a peek at our new range.",
        "Symptoms peak in the first week.",
        "Light moisturisers complement the cream.",
        # Twins of the verb's slot after a plural subject and an adverb.
        "Doctors often give advice on rest.",
        "Patients often breathe faster after exercise.",
        "Parents usually ask for advice.",
        "Nurses always advise rest.",
        # Twins of "to": an infinitive, a range, a noun.
        "Our aim is to heal and protect.",
        "Symptoms range from mild to severe, and most pass.",
        "The goal is to stay active, and to rest.",
        "It is close to normal, and improving.",
        # Twins of the linking verb: the adjective itself, a verb with its object, no clause end.
        "The fit feels loose.",
        "Many people lose weight slowly.",
        "The strap looks loose after a month.",
        "You will feel relief.",
    ],
)
def test_correct_text_is_not_flagged(text):
    assert flagged(RULE, text) == []
