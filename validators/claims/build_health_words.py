"""Write validators/data/claims_health_words.txt, the health words of a maintained dictionary (WordNet 3.0):

    apt-get install wordnet-base                          # Debian's package of the WordNet 3.0 database
    python -m validators.claims.build_health_words [--wordnet /usr/share/wordnet]

The claim vocabularies name the outcomes, treatments and effects sales copy has used so far ("joint pain", "brain
fog"); every new kind of seller brings body parts and complaints no list written by hand had ("torn ligaments",
"dormant follicles", "a weak pelvic floor"). WordNet files each noun sense under a hypernym tree, so the nouns below
a few roots — body parts, body substances, bodily processes, ill health, disorders, injuries, symptoms, pain and
health professionals — are the body and health words of English, kept by lexicographers rather than by us.

Kept: a noun whose FIRST (most frequent) sense is under one of the roots, when at least a third of its noun senses are,
and when it is tagged as a noun at least as often as as a verb, adjective or adverb in WordNet's sense-tagged corpus
("ligament", "follicle", "bladder", "swelling", "insomnia"; not "head", "hand", "face" or "back", whose senses are
mostly something else). Proper names (instances) are left out. Each kept noun is written with its plural (WordNet's
irregular plurals, else the regular English ones). The output is sorted: the build is deterministic.

WordNet 3.0 Copyright 2006 by Princeton University (its licence: claims_health_words.LICENSE.txt).
"""

import argparse
import re
import sys
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "data" / "claims_health_words.txt"
# (lemma, sense number) of each root
ROOTS = (
    ("body_part", 1), ("body_substance", 1), ("bodily_process", 1), ("ill_health", 1), ("disorder", 1),
    ("injury", 1), ("symptom", 1), ("pain", 1), ("health_professional", 1),
)
MIN_LENGTH = 4  # "ear", "leg", "arm" and the like are in the hand-written vocabularies where they matter


def _data(path: Path) -> dict[str, tuple[list[str], list[tuple[str, str, str]]]]:
    """offset -> (words, pointers (symbol, offset, pos)) of data.noun."""
    synsets = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.partition(" | ")[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(count)]
        at = 4 + 2 * count
        pointers = []
        for _ in range(int(fields[at])):
            pointers.append((fields[at + 1], fields[at + 2], fields[at + 3]))
            at += 4
        synsets[fields[0]] = (words, pointers)
    return synsets


def _index(path: Path) -> dict[str, tuple[int, list[str]]]:
    """lemma -> (tagged sense count, synset offsets in sense order) of an index file."""
    found = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        pointer_count = int(fields[3])
        found[fields[0]] = (int(fields[5 + pointer_count]), fields[6 + pointer_count:])
    return found


def _below(synsets, root: str) -> set[str]:
    """The root and every synset below it by hyponymy (not instances: proper names)."""
    seen, todo = set(), [root]
    while todo:
        offset = todo.pop()
        if offset in seen:
            continue
        seen.add(offset)
        todo += [target for symbol, target, pos in synsets[offset][1] if symbol == "~" and pos == "n"]
    return seen


def _plural(word: str, irregular: dict[str, str]) -> str:
    head, _, last = word.rpartition(" ")
    if last in irregular:
        plural = irregular[last]
    elif re.search(r"(?:s|x|z|ch|sh)$", last):
        plural = last + "es"
    elif re.search(r"[^aeiou]y$", last):
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return f"{head} {plural}".strip()


def health_words(wordnet: Path) -> list[str]:
    synsets = _data(wordnet / "data.noun")
    nouns = _index(wordnet / "index.noun")
    others = [_index(wordnet / f"index.{pos}") for pos in ("verb", "adj", "adv")]
    health: set[str] = set()
    for lemma, sense in ROOTS:
        health |= _below(synsets, nouns[lemma][1][sense - 1])
    irregular = {}
    for line in (wordnet / "noun.exc").read_text(encoding="latin-1").splitlines():
        plural, singular = line.split()[:2]
        irregular.setdefault(singular, plural)
    kept = set()
    for lemma, (tagged, offsets) in nouns.items():
        if offsets[0] not in health or 3 * sum(o in health for o in offsets) < len(offsets):
            continue
        if tagged < sum(index[lemma][0] for index in others if lemma in index):
            continue
        word = lemma.replace("_", " ")
        if len(word) < MIN_LENGTH or not re.fullmatch(r"[a-z][a-z' -]*[a-z]", word):
            continue
        kept |= {word, _plural(word, irregular)}
    return sorted(kept)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wordnet", default="/usr/share/wordnet", help="folder of the WordNet 3.0 database")
    args = parser.parse_args(argv)
    words = health_words(Path(args.wordnet))
    header = ("# Health words of WordNet 3.0 (body parts, substances and processes, ill health, disorders, injuries,\n"
              "# symptoms, pain, health professionals), generated by python -m validators.claims.build_health_words.\n"
              "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved (licence: "
              "claims_health_words.LICENSE.txt).\n")
    OUTPUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words written to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
