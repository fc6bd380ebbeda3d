"""Regenerate `validators/data/copy_word_frequencies.txt.gz`: wordfreq's Zipf frequency ("en") of every word of
its English list made of lower-case ASCII letters, the figures copy.spelling and copy.verb-agreement weigh (see
`validators.copy.word_frequencies` for why they are not asked of wordfreq at run time).

Each value is the one `wordfreq.zipf_frequency` returns for the word (its `repr`, which reads back equal); all
the words of one frequency share it, so it is asked once per frequency. One line per two-letter prefix, in
sorted order: `prefix<TAB> word:zipf word:zipf ...`. `tests/validators/copy/test_copy_word_frequencies.py`
fails when the file is out of date (another wordfreq release).

Run: python -m validators.copy.build_word_frequencies
"""

import gzip
from collections import defaultdict

from validators.copy.word_frequencies import PREFIX_LENGTH, TABLE, TABLE_WORD


def build() -> str:
    """The file's text."""
    from wordfreq import get_frequency_dict, zipf_frequency

    frequencies = get_frequency_dict("en")
    zipf_of_frequency: dict[float, float] = {}
    groups: dict[str, list[str]] = defaultdict(list)
    for word in sorted(frequencies):
        if TABLE_WORD.fullmatch(word) is None:
            continue
        frequency = frequencies[word]
        if frequency not in zipf_of_frequency:
            zipf_of_frequency[frequency] = zipf_frequency(word, "en")
        groups[word[:PREFIX_LENGTH]].append(f" {word}:{zipf_of_frequency[frequency]!r}")
    return "".join(f"{prefix}\t{''.join(entries)}\n" for prefix, entries in sorted(groups.items()))


def main() -> None:
    text = build()
    with open(TABLE, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(text.encode("utf-8"))
    print(f"wrote {TABLE} ({text.count(':')} words in {text.count(chr(10))} groups)")


if __name__ == "__main__":
    main()
