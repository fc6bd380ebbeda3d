"""How often real English writes a word, on wordfreq's Zipf scale, read from a table shipped in
`validators/data/copy_word_frequencies.txt.gz` (made by `validators.copy.build_word_frequencies`).

wordfreq answers the same question, but a process pays for its first answer: importing it (ftfy,
langcodes, regex), building its 321,000-word dictionary and compiling its tokenizer cost ~0.5 s of CPU,
in every check worker that meets an unknown word (most long pages) and in every cold CLI run. The
table holds every wordfreq word of lower-case ASCII letters (the words spelling asks about, nearly all
of them) with the value `wordfreq.zipf_frequency(word, "en")` gives, grouped by their first two letters:
a line per group, `prefix<TAB> word:zipf word:zipf ...`. Reading it is one decompression and a few
hundred splits, no object per word; a question searches its group's text (a few kB). Any other word
(a capital, digit, apostrophe, hyphen or accent) is asked of wordfreq itself, which tokenizes it.
"""

import gzip
import re
from functools import lru_cache

from validators.vocabulary import DATA_DIR

TABLE = DATA_DIR / "copy_word_frequencies.txt.gz"
# The words the table answers for: wordfreq reads each of them as one token, itself.
TABLE_WORD = re.compile(r"[a-z]+")
PREFIX_LENGTH = 2
# wordfreq's Zipf value of a word it has never seen.
NEVER_WRITTEN = 0.0


@lru_cache(maxsize=1)
def _groups() -> dict[str, str]:
    """two-letter prefix -> " word:zipf word:zipf ..." (each entry after a space)."""
    with gzip.open(TABLE, "rt", encoding="utf-8") as handle:
        return dict(line.split("\t", 1) for line in handle.read().splitlines())


def zipf(word: str) -> float:
    """`wordfreq.zipf_frequency(word, "en")`, from the table when `word` is lower-case ASCII letters."""
    if TABLE_WORD.fullmatch(word) is None:
        from wordfreq import zipf_frequency  # loads its word list and tokenizer on first use

        return zipf_frequency(word, "en")
    group = _groups().get(word[:PREFIX_LENGTH])
    if group is None:
        return NEVER_WRITTEN
    start = group.find(f" {word}:")
    if start < 0:
        return NEVER_WRITTEN
    start += len(word) + 2
    end = group.find(" ", start)
    return float(group[start:end] if end >= 0 else group[start:])
