"""The Hunspell affix expansion that builds the bundled word lists, on small dictionaries of our own."""

from validators.copy.build_wordlist import NAMES_MARK, build, expand, listing, read_affixes, split_by_dialect

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


def test_build_keeps_names_in_their_case_and_drops_possessives(tmp_path):
    (tmp_path / "en_US.aff").write_text(AFF + "SFX M Y 1\nSFX M 0 's .\n")
    (tmp_path / "en_US.dic").write_text(DIC.replace("Paris", "Paris/M"))
    words = build(tmp_path)
    assert "remedies" in words and "unhappy" in words
    assert "Paris" in words and "paris" not in words and "Paris's" not in words


def test_dialect_split_and_names_after_the_mark(tmp_path):
    parts = split_by_dialect({"color", "cure", "Paris"}, {"colour", "cure", "Paris"})
    assert parts == {"both": {"cure", "Paris"}, "en_US": {"color"}, "en_GB": {"colour"}}
    assert listing(parts["both"]).split() == ["cure", NAMES_MARK, "Paris"]
