"""Copy false alarms on correct professional and marketing text (issue 10, branch copyprec18): plurals the lexicon
lists as their own lemma ("glasses"), bullets and headings that open with their verb ("Fits knees ..."), "you" as an
object before an adverb ("take you home,") and "your" before an adjective and its noun ("Give your tired eyes").
Unrelated examples that now pass and twins that stay flagged."""

import pytest
from copy_helpers import flagged

from validators.copy import lexicon as lx

AGREEMENT = "copy.verb-agreement"
IN_CONTEXT = "copy.word-in-context"


@pytest.mark.parametrize("word", ["glasses", "trousers", "contents", "goods", "proceedings", "fireworks"])
def test_plural_listed_as_its_own_lemma_is_plural(word):
    assert lx.is_plural_noun(word)


@pytest.mark.parametrize("word", ["shingles", "physics", "news", "means", "data", "needs"])
def test_singular_in_use_s_nouns_stay_singular(word):
    assert not lx.is_plural_noun(word)


@pytest.mark.parametrize(
    "html",
    [
        "<h2>Eye tests and glasses in Frome</h2>",
        "<h2>Sight tests and contents insurance for carers</h2>",
        "<p>Book hearing tests and glasses fittings online.</p>",
    ],
)
def test_plural_lemma_after_a_noun_is_not_a_verb(html):
    assert flagged(AGREEMENT, html, html=True) == []


@pytest.mark.parametrize(
    "html",
    [
        "<ul><li>Fits knees 12 to 22 inches around</li></ul>",
        "<ul><li>Supports joints and cartilage in older dogs</li></ul>",
        "<ul><li>Protects teeth from acid wear</li></ul>",
        "<table><tr><td>Cleans lenses without scratching</td></tr></table>",
        "<h3>Reduces cravings between meals</h3>",
    ],
)
def test_label_opening_with_its_verb_passes(html):
    assert flagged(AGREEMENT, html, html=True) == []


@pytest.mark.parametrize(
    ("html", "excerpt"),
    [
        ("<p>Cuts heals slowly in older adults.</p>", "heals"),
        ("<ul><li>Our nurses checks every prescription</li></ul>", "checks"),
        ("<p>Keep the dressing dry and inspects it daily.</p>", "inspects"),
        ("<p>The rash are itchy at night.</p>", "are"),
    ],
)
def test_agreement_slips_stay_flagged(html, excerpt):
    assert [e for e, _ in flagged(AGREEMENT, html, html=True)] == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Please arrange for someone to take you home, as you must not drive on the day.",
        "You will need someone to drive you home, because your vision will be blurry.",
        "A porter will bring you back to the ward.",
        "Give your tired eyes the nutrients they need.",
        "Soothe your dry skin with a fragrance-free cream.",
        "Rest your sore feet after a long shift.",
    ],
)
def test_object_before_adverb_and_possessive_before_adjective_pass(text):
    assert flagged(IN_CONTEXT, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Protect you skin.", "you", "your"),
        ("Check you blood pressure every week.", "you", "your"),
        ("If your tired, rest.", "your", "you're"),
        ("This will help your feel better.", "your", "you"),
    ],
)
def test_your_you_slips_stay_flagged(text, excerpt, suggestion):
    assert flagged(IN_CONTEXT, text) == [(excerpt, [suggestion])]


VERB_FORM = "copy.verb-form"


@pytest.mark.parametrize(
    "text",
    [
        "Research shows that taking probiotic yoghurt alongside antibiotics helps the infection clear faster.",
        "Studies suggest that alternating the two medicines every 3 hours brings a fever down faster.",
        "We know that wearing compression stockings on long flights lowers the risk of a clot.",
        "If brushing twice a day with fluoride toothpaste feels like too much, start with the evening.",
    ],
)
def test_plural_noun_inside_a_gerund_subject_passes(text):
    assert flagged(VERB_FORM, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Studies show that the new tablets lowers blood pressure.", "lowers"),
        ("Our nurses says you can phone before nine.", "says"),
        ("We know that most children gets better within a week.", "gets"),
    ],
)
def test_plural_subject_with_an_s_verb_stays_flagged(text, excerpt):
    assert [e for e, _ in flagged(VERB_FORM, text)] == [excerpt]
