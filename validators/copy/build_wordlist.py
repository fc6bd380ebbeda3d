"""Regenerate the bundled word lists of `copy.spelling` from the Hunspell en_US and en_GB dictionaries.

The checker reads flat lists of word forms: a set lookup is far faster than applying
Hunspell affix rules per word, and loading a plain list takes a few milliseconds. The
sources are the SCOWL-derived `en_US` and `en_GB` .dic/.aff files of Debian's
`hunspell-en-us` and `hunspell-en-gb` packages (licences: see
`validators/data/dictionary_en.LICENSE.txt`). Three lists are written: the forms both
dialects share, and the forms only one of them has, so a site's dialect picks its
dictionary and the other dialect's spellings are still recognised. Run after upgrading
those packages:

    python -m validators.copy.build_wordlist [HUNSPELL_DIR]
"""

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from validators.vocabulary import DATA_DIR

SOURCE_DIR = Path("/usr/share/hunspell")
NAMES_MARK = "#names"


def target(name: str) -> Path:
    """The bundled list of one part: "both", "en_US" or "en_GB"."""
    return DATA_DIR / f"dictionary_{name if name != 'both' else 'en_both'}.txt"


@dataclass(frozen=True)
class Affix:
    strip: str
    add: str
    condition: re.Pattern
    cross: bool


def read_affixes(aff_path: Path) -> tuple[dict[str, list[Affix]], dict[str, list[Affix]]]:
    prefixes: dict[str, list[Affix]] = {}
    suffixes: dict[str, list[Affix]] = {}
    cross: dict[str, bool] = {}
    for line in aff_path.read_text(encoding="utf-8-sig").splitlines():
        parts = line.split()
        if len(parts) < 4 or parts[0] not in ("PFX", "SFX"):
            continue
        kind, flag = parts[0], parts[1]
        if len(parts) == 4:  # header: PFX A Y 1
            cross[flag] = parts[2] == "Y"
            continue
        strip = "" if parts[2] == "0" else parts[2]
        add = "" if parts[3] == "0" else parts[3].split("/")[0]
        condition = parts[4] if len(parts) > 4 else "."
        pattern = re.compile(("^" + condition) if kind == "PFX" else (condition + "$"))
        table = prefixes if kind == "PFX" else suffixes
        table.setdefault(flag, []).append(Affix(strip, add, pattern, cross.get(flag, False)))
    return prefixes, suffixes


def expand(stem: str, flags: str, prefixes, suffixes) -> set[str]:
    forms = {stem}
    suffixed = []
    for flag in flags:
        for affix in suffixes.get(flag, ()):
            if affix.condition.search(stem) and stem.endswith(affix.strip):
                word = stem[: len(stem) - len(affix.strip)] + affix.add
                forms.add(word)
                if affix.cross:
                    suffixed.append(word)
    for flag in flags:
        for affix in prefixes.get(flag, ()):
            for base in [stem] + (suffixed if affix.cross else []):
                if affix.condition.search(base) and base.startswith(affix.strip):
                    forms.add(affix.add + base[len(affix.strip) :])
    return forms


def build(source: Path, dialect: str = "en_US") -> set[str]:
    """Every word form of one Hunspell dictionary, in its own case (names stay capitalised).

    Possessives ("nurse's") and numbers are left out: the checker derives the first and
    never spell-checks the second.
    """
    prefixes, suffixes = read_affixes(source / f"{dialect}.aff")
    words: set[str] = set()
    lines = (source / f"{dialect}.dic").read_text(encoding="utf-8-sig").splitlines()[1:]
    for line in lines:
        entry = line.split("\t", 1)[0].strip()  # en_GB adds morphological fields after a tab
        if not entry:
            continue
        stem, _, flags = entry.partition("/")
        words |= expand(stem, flags, prefixes, suffixes)
    return {w for w in words if w and not w[0].isdigit() and not w.endswith(("'s", "’s"))}


def split_by_dialect(american: set[str], british: set[str]) -> dict[str, set[str]]:
    return {"both": american & british, "en_US": american - british, "en_GB": british - american}


def listing(words: set[str]) -> str:
    """Lower-case forms, then NAMES_MARK, then the names (forms with a capital): the reader splits
    the list without looking at each word."""
    names = {w for w in words if not w.islower() and w[0].isupper()}
    return "\n".join([*sorted(words - names), NAMES_MARK, *sorted(names)]) + "\n"


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else SOURCE_DIR
    parts = split_by_dialect(build(source, "en_US"), build(source, "en_GB"))
    for name, words in parts.items():
        target(name).write_text(listing(words), encoding="utf-8")
        print(f"wrote {len(words)} word forms to {target(name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
