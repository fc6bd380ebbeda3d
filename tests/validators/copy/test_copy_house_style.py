import pytest
from copy_helpers import findings, flagged

from validators.config import Config


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Alzheimers disease affects memory.", "Alzheimers disease", "Alzheimer's disease"),
        ("E.coli can cause food poisoning.", "E.coli", "E. coli"),
        ("People with Downs syndrome.", "Downs syndrome", "Down syndrome"),
    ],
)
def test_substitution(text, excerpt, suggestion):
    assert flagged("copy.house-style.substitution", text) == [(excerpt, [suggestion])]


def test_substitution_leaves_preferred_terms_alone():
    text = "Alzheimer's disease and E. coli and Down syndrome."
    assert flagged("copy.house-style.substitution", text) == []


def test_substitution_vocabulary_is_extendable(tmp_path):
    (tmp_path / "copy_house_style.yaml").write_text(
        "substitutions:\n  - {phrase: skin doctor, replacement: dermatologist}\n"
    )
    config = Config(vocabulary_dirs=(tmp_path,))
    assert flagged("copy.house-style.substitution", "Ask a skin doctor.", config=config) == [
        ("skin doctor", ["dermatologist"])
    ]


def test_organism_names_are_opt_in():
    text = "Accutane modulates the response to P. acnes bacteria."
    assert flagged("copy.house-style.organism-name", text) == []
    config = Config(rule_options={"copy.house-style.organism-name": {"enabled": True}})
    assert flagged("copy.house-style.organism-name", text, config=config) == [("P. acnes", ["C. acnes"])]


def test_banned_phrase():
    found = findings("copy.house-style.banned", "Needless to say, rest helps. It is a very unique case.")
    assert [f.excerpt for f in found] == ["Needless to say", "very unique"]
    assert flagged("copy.house-style.banned", "It is a unique case; rest helps.") == []


def test_consistency_flags_the_minority_spelling():
    text = "Moisturize daily. Moisturize after a bath, and moisturise again at night."
    assert flagged("copy.house-style.consistency", text) == [("moisturise", ["moisturize"])]


def test_consistency_with_listed_pairs():
    text = "Grey patches may form. Gray patches fade. Grey skin is dry."
    assert flagged("copy.house-style.consistency", text) == [("Gray", ["grey"])]


@pytest.mark.parametrize(
    "text",
    [
        "Moisturize daily and moisturized skin heals. Colour and flavour are fine alone.",
        "Four people went for a tour of the clinic.",
        "Your licence lets you practise; a license is needed to practice.",
    ],
)
def test_consistency_negatives(text):
    assert flagged("copy.house-style.consistency", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Read the label before use. Foods labelled gluten-free are safe. Check all labels.",
        "We travel by train. Patients who travelled abroad need a test.",
        "You can cancel online. Appointments cancelled late are charged; cancel early.",
    ],
)
def test_consistency_a_form_both_dialects_share_is_no_american_spelling(text):
    """A shared base form ("label") beside a British inflection ("labelled") is consistent."""
    assert flagged("copy.house-style.consistency", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The label is clear. Foods labeled gluten-free and foods labelled low-fat differ. Labelled jars.",
         [("labeled", [])]),
        ("Colour matters. The colour of urine and its color change. Colour fades.", [("color", [])]),
        ("Organise care. Organise meals, then organize rest.", [("organize", [])]),
    ],
)
def test_consistency_still_flags_american_forms_with_a_british_counterpart(text, expected):
    assert [word for word, _ in flagged("copy.house-style.consistency", text)] == [w for w, _ in expected]


BRAND = "copy.house-style.brand-generic"
BRAND_ON = Config(rule_options={BRAND: {"enabled": True}})


def test_brand_needs_generic_is_off_unless_enabled():
    assert flagged(BRAND, "Accutane can cause dry lips.") == []


def test_brand_needs_generic_on_first_mention():
    text = "Accutane can cause dry lips. Use a lip balm. Accutane (isotretinoin) is a retinoid."
    assert flagged(BRAND, text, config=BRAND_ON) == [("Accutane", ["Accutane (isotretinoin)"])]


@pytest.mark.parametrize(
    "text",
    [
        "Accutane (isotretinoin) can cause dry lips. Accutane is a retinoid.",
        "Isotretinoin is a retinoid. Accutane is one brand.",
        "Accutane is a brand name. Its generic name is isotretinoin.",
        "Tylenol (paracetamol) and Tylenol (acetaminophen) are the same drug.",
    ],
)
def test_brand_with_generic_nearby_is_fine(text):
    assert flagged(BRAND, text, config=BRAND_ON) == []


def test_brand_in_heading_is_judged_at_first_body_mention():
    html = "<h1>Accutane and you</h1><p>If you're considering Accutane (isotretinoin), read on.</p>"
    assert flagged(BRAND, html, html=True, config=BRAND_ON) == []


@pytest.mark.parametrize(
    ("text", "dialect", "flagged_word"),
    [
        ("Organize your pills. Organise a review.", "en-US", "Organise"),
        ("Organize your pills. Organise a review.", "en-GB", "Organize"),
        ("The color fades. The colour returns.", "en-GB", "color"),
    ],
)
def test_consistency_tie_goes_to_the_site_dialect(text, dialect, flagged_word):
    found = flagged("copy.house-style.consistency", text, config=Config(dialect=dialect))
    assert [excerpt for excerpt, _ in found] == [flagged_word]


@pytest.mark.parametrize(
    ("dialect", "text", "expected"),
    [
        ("en-US", "Take paracetamol for pain.", [("paracetamol", ["acetaminophen"])]),
        ("en-GB", "Take paracetamol for pain.", []),  # a US-only rule never flags a British site
        ("en-US", "Take acetaminophen for pain.", []),
    ],
)
def test_house_style_entries_for_one_dialect_only(tmp_path, dialect, text, expected):
    (tmp_path / "copy_house_style.yaml").write_text(
        "substitutions:\n  - {phrase: paracetamol, replacement: acetaminophen, dialect: en-US}\n", encoding="utf-8"
    )
    config = Config(dialect=dialect, vocabulary_dirs=(tmp_path,))
    assert flagged("copy.house-style.substitution", text, config=config) == expected
