"""The Hunspell affix expansion that builds spelling_en_US.txt, on a small dictionary of our own."""

from validators.copy.build_wordlist import build, expand, read_affixes

AFF = """SET UTF-8
PFX U Y 1
PFX U 0 un .
SFX S Y 2
SFX S 0 s [^sxzhy]
SFX S y ies [^aeiou]y
SFX D Y 2
SFX D 0 d e
SFX D 0 ed [^e]
"""
DIC = """4
cure/SD
happy/U
remedy/S
Paris
"""


def test_expand_applies_suffixes_prefixes_and_conditions(tmp_path):
    (tmp_path / "en_US.aff").write_text(AFF)
    prefixes, suffixes = read_affixes(tmp_path / "en_US.aff")
    assert expand("cure", "SD", prefixes, suffixes) == {"cure", "cures", "cured"}
    assert expand("remedy", "S", prefixes, suffixes) == {"remedy", "remedies"}
    assert expand("happy", "U", prefixes, suffixes) == {"happy", "unhappy"}


def test_build_keeps_lower_case_words_only(tmp_path):
    (tmp_path / "en_US.aff").write_text(AFF)
    (tmp_path / "en_US.dic").write_text(DIC)
    words = build(tmp_path)
    assert "remedies" in words and "unhappy" in words
    assert "Paris" not in words and "paris" not in words  # names are never offered as corrections
