"""Regenerate `validators/data/copy_noun_frequencies.tsv.gz`: how often real English writes each singular
count noun of the lexicon and its plural, the figures copy.missing-article weighs ("asthma", "fever" and
"surgery" are mostly used uncounted: their plurals are rare).

Source: wordfreq's `word_frequency(word, "en")` (a build-time and spelling dependency). Reading the
table takes milliseconds; importing wordfreq (it pulls in ftfy, langcodes and regex) and loading its
word list took ~0.35 s of CPU in every cold `python -m validators check`.

One line per singular count noun (`lexicon.singular_count_noun` gives it a plural), the extra nouns
of `copy_lexicon_extra.yaml` included: `noun<TAB>frequency<TAB>plural's frequency`, the floats as
`repr` writes them (they read back equal). Nouns whose two frequencies are both 0 are left out: a
missing noun reads as (0.0, 0.0). `tests/validators/copy/test_copy_noun_frequencies.py` fails when
the file is out of date (a new lexicon noun, another wordfreq release).

Run: python -m validators.copy.build_noun_frequencies
"""

import gzip

from validators.copy import lexicon as lx
from validators.vocabulary import DATA_DIR

OUTPUT = DATA_DIR / "copy_noun_frequencies.tsv.gz"


def build() -> str:
    """The file's text."""
    from wordfreq import word_frequency

    lines = []
    for noun in sorted(lx._table()):
        plural = lx.singular_count_noun(noun)
        if not plural:
            continue
        frequency, plural_frequency = word_frequency(noun, "en"), word_frequency(plural, "en")
        if frequency or plural_frequency:
            lines.append(f"{noun}\t{frequency!r}\t{plural_frequency!r}\n")
    return "".join(lines)


def main() -> None:
    text = build()
    with open(OUTPUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(text.encode("utf-8"))
    print(f"wrote {OUTPUT} ({text.count(chr(10))} nouns)")


if __name__ == "__main__":
    main()
