"""Regenerate `validators/data/copy_lexicon.tsv.gz`: the word classes and inflections the
grammar rules need, computed once from the lemminflect lexicon.

lemminflect ships its lexicon with the package, but importing it and unpacking its tables
costs most of a second per process; a cold `validators check` must start fast. This table
holds, for every word form lemminflect knows (lower case):

    word  TAB  upos=lemma,lemma;upos=lemma  TAB  base if 3rd person singular verb
          TAB  plural if singular count noun  TAB  3rd person singular if base verb  TAB  flags

flags: P plural noun, D past tense spelled like the base ("put"), N past participle,
C comparative ("higher"). Run after upgrading lemminflect:

    python -m validators.copy.build_lexicon
"""

import gzip
import sys

from validators.vocabulary import DATA_DIR

TARGET = DATA_DIR / "copy_lexicon.tsv.gz"


def facts(word: str, lemminflect) -> str | None:
    lemmas = lemminflect.getAllLemmas(word)
    if not lemmas:
        return None
    inflect = lemminflect.getInflection
    verbs, nouns = lemmas.get("VERB", ()), lemmas.get("NOUN", ())
    third_person_base = ""
    if word.endswith("s") and len(word) >= 3:
        third_person_base = next((v for v in verbs if v != word and word in inflect(v, "VBZ")), "")
    plural_noun = bool(nouns) and word not in nouns and any(n != word and word in inflect(n, "NNS") for n in nouns)
    plural = ""
    if word in nouns:
        plural = next((p for p in inflect(word, "NNS") if p != word), "")
    third_person = ""
    if word in verbs:
        forms = inflect(word, "VBZ")
        third_person = forms[0] if forms else ""
    flags = "P" if plural_noun else ""
    if word in verbs and word in inflect(word, "VBD"):
        flags += "D"
    if any(word in inflect(v, "VBN") for v in verbs):
        flags += "N"
    comparative = any(
        lemma != word and word in inflect(lemma, tag)
        for pos, tag in (("ADJ", "JJR"), ("ADV", "RBR"))
        for lemma in lemmas.get(pos, ())
    )
    if comparative:
        flags += "C"
    encoded = ";".join(f"{pos}={','.join(values)}" for pos, values in sorted(lemmas.items()))
    return "\t".join((word, encoded, third_person_base, plural, third_person, flags))


def build() -> list[str]:
    import lemminflect
    from lemminflect.core.Lemmatizer import Lemmatizer

    lemmatizer = Lemmatizer()
    known = [*lemmatizer._getLemmaDict(), *lemmatizer._getOverridesDict()]  # noqa: SLF001 - its word lists
    words = sorted({key.lower() for key in known})
    lines = [facts(word, lemminflect) for word in words]
    return [line for line in lines if line]


def main() -> int:
    lines = build()
    with gzip.open(TARGET, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} words to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
