"""copy.missing-auxiliary: a clause-opening subject pronoun followed by -ing or "not" + adjective, no "be"."""

import pytest
from copy_helpers import flagged

RULE = "copy.missing-auxiliary"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("If you travelling to Asia, book six weeks ahead.", "you travelling", "you are travelling"),
        ("If you not happy with your order, return it.", "you not", "you are not"),
        ("While she recovering, she should avoid lifting.", "she recovering", "she is recovering"),
        ("When they not working, the pumps beep twice.", "they not", "they are not"),
        ("Whether you planning a trip or not, ask about vaccines.", "you planning", "you are planning"),
        ("Stay indoors when it raining heavily.", "it raining", "it is raining"),
        ("Call us if you unable to collect your order.", "you unable", "you are unable"),
        ("Tell the nurse if you aware of any allergy.", "you aware", "you are aware"),
        ("Ask us whether it suitable for children.", "it suitable", "it is suitable"),
    ],
)
def test_a_dropped_be_after_a_clause_opening_pronoun_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "If you are travelling to Asia, book six weeks ahead.",
        "We have advice for you travelling abroad.",  # an object pronoun before the -ing verb
        "I saw you running past the clinic.",
        "We ask that you not drive for a day.",  # a subjunctive after "that"
        "If you enjoy travelling, pack light.",
        "If you bring your inhaler, we can check it.",  # a base verb spelt with -ing
        "If you not only smoke but also drink, tell us.",
        "When you're not sure, ask the pharmacist.",
        "If you are unable to collect your order, call us.",
        "Ask us whether it suits children.",  # a verb after the pronoun
        "If you free up an afternoon, book a check.",  # a word that is also a verb
    ],
)
def test_clauses_with_their_verb_and_object_pronouns_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("It not safe to drive after the injection.", "It not", "It is not"),
        ("They unable to see you before Friday.", "They unable", "They are unable"),
        ("The rash fades in days, but it not a reason to stop the cream.", "it not", "it is not"),
        ("The clinic is small, so we aware of every booking.", "we aware", "we are aware"),
        ("Take the tablet; it not clear yet whether food matters.", "it not", "it is not"),
    ],
)
def test_a_subject_only_pronoun_opening_a_sentence_or_a_coordinated_clause_needs_be(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "It not only lowers blood pressure but also helps you sleep.",  # a mid adverb after "not"
        "It just takes a minute.",
        "Keep it safe and it lasts for years.",  # "it" as an object, then a verb
        "Thank you and you are welcome back any time.",  # "you" may be an object: never read there
        "He alone can sign the form.",
        "We ask that it not be used by children.",  # a subjunctive after "that"
    ],
)
def test_pronouns_with_their_verb_or_in_an_object_slot_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("It can painful for a few days.", "can painful", "can be painful"),
        ("You must aware of the risks before you start.", "must aware", "must be aware"),
        ("These tablets can harmful to children.", "can harmful", "can be harmful"),
        ("Please should careful with hot drinks.", "should careful", "should be careful"),
    ],
)
def test_a_modal_before_an_adjective_needs_be(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "It can be painful for a few days.",
        "You can only book online.",  # an adverb after the modal
        "It may well help.",
        "In May painful joints often improve.",  # the month
    ],
)
def test_modals_with_be_adverbs_or_verbs_pass(text):
    assert flagged(RULE, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        # A participle that is no other form of its verb never carries a clause: "be" before a preposition
        # (a passive), "have" before an object, else the auxiliary real English puts before it more often.
        ("Iron tablets work best when they taken with orange juice.", "they taken", "they are taken"),
        ("Tell us if you eaten anything in the last six hours.", "you eaten", "you have eaten"),
        ("Once it done, the nurse will call you.", "it done", "it is done"),
        ("Call us if you seen blood in your urine.", "you seen", "you have seen"),
    ],
)
def test_a_participle_alone_after_a_clause_opening_pronoun_is_flagged(text, excerpt, suggestion):
    assert flagged(RULE, text) == [(excerpt, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Iron tablets work best when they are taken with orange juice.",
        "Tell us if you have eaten anything in the last six hours.",
        "Once it is done, the nurse will call you.",
        "Call us if you have seen blood in your urine.",
        # A past tense spelled like the participle, a participle spelled like the base, an object pronoun.
        "They used the app every day.",
        "If you told us already, ignore this message.",
        "When they become red and sore, call us.",
        "If you run out, ask for more.",
        "We had them taken to the ward.",
    ],
)
def test_past_forms_and_participles_after_objects_pass(text):
    assert flagged(RULE, text) == []
