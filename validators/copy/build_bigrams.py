"""Regenerate `validators/data/copy_bigrams.tsv.gz`: the counts copy.word-in-context scores with.

Source: the English bigram and unigram frequency dictionaries that ship inside the symspellpy
package (`frequency_bigramdictionary_en_243_342.txt`, `frequency_dictionary_en_82_765.txt`,
derived from Google Books n-gram counts; MIT licence). The bigram dictionary lists only pairs
seen at least ~6.4 million times, so a pair it lacks is rarer than that.

The table keeps what the rule needs and nothing else, so a cold CLI loads it in milliseconds:

    U TAB word TAB count      every word of the unigram dictionary that occurs in a kept pair
    B TAB left right TAB count  every pair with a confusion-set word (or a word a contraction
                                 stands for) on either side
    N TAB total               the sum of all unigram counts
    S TAB scale               how many times larger the bigram counts run than the unigram counts
                              (the two dictionaries come from corpora of different sizes): the
                              largest share of a frequent word's count its listed pairs account for

Run after editing validators/data/copy_confusion_sets.yaml (needs `pip install symspellpy`):

    python -m validators.copy.build_bigrams
"""

import gzip
from importlib import resources

from validators.vocabulary import DATA_DIR, load_vocabulary

TARGET = DATA_DIR / "copy_bigrams.tsv.gz"
SCALE_WORDS = 1000  # the most frequent words, whose pairs the bigram dictionary lists most fully


def scored_words() -> set[str]:
    """Every word whose pairs the rule looks up: set members and the words contractions stand for."""
    vocabulary = load_vocabulary("copy_confusion_sets")
    words = {member for group in vocabulary["sets"] for member in group}
    for contraction, expansion in vocabulary["contractions"].items():
        words.discard(contraction)
        words.update(expansion)
    return words


def _counts(name: str):
    with resources.files("symspellpy").joinpath(name).open(encoding="utf-8") as handle:
        for line in handle:
            *words, count = line.split()
            yield " ".join(words), int(count)


def build() -> int:
    words = scored_words()
    unigrams = dict(_counts("frequency_dictionary_en_82_765.txt"))
    frequent = set(sorted(unigrams, key=unigrams.get, reverse=True)[:SCALE_WORDS])
    pairs, following = {}, dict.fromkeys(frequent, 0)
    for pair, count in _counts("frequency_bigramdictionary_en_243_342.txt"):
        left, right = pair.split(" ")
        if left in frequent:
            following[left] += count
        if left in words or right in words:
            pairs[pair] = count
    scale = max(following[word] / unigrams[word] for word in frequent)
    kept = words | {word for pair in pairs for word in pair.split(" ")}
    lines = [f"N\t{sum(unigrams.values())}", f"S\t{scale:.1f}"]
    lines += [f"U\t{word}\t{unigrams[word]}" for word in sorted(kept) if word in unigrams]
    lines += [f"B\t{pair}\t{count}" for pair, count in sorted(pairs.items())]
    with gzip.open(TARGET, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")
    return len(lines)


if __name__ == "__main__":
    print(f"{TARGET}: {build()} lines")
