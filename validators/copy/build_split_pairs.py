"""Regenerate `validators/data/copy_split_pairs.tsv.gz`: the counts copy.split-word scores with.

Source: the English bigram and unigram frequency dictionaries that ship inside the symspellpy
package (Google Books counts, MIT licence; the bigram dictionary lists pairs seen at least ~6.4
million times). For each pair of validators/data/copy_split_words.yaml ("maybe" / "may be") the
table keeps every listed pair that ends in the joined word or the first part (its left
neighbours), every listed pair that opens with the joined word or the second part (its right
neighbours), the pair of the two parts, and the unigram count of every word of those pairs:

    U TAB word TAB count      a unigram count
    B TAB left right TAB count  a listed pair

Run after editing copy_split_words.yaml (needs `pip install -e .[data]`):

    python -m validators.copy.build_split_pairs
"""

import gzip

from validators.copy.build_bigrams import _counts
from validators.vocabulary import DATA_DIR, load_vocabulary

TARGET = DATA_DIR / "copy_split_pairs.tsv.gz"


def main() -> None:
    unigrams = dict(_counts("frequency_dictionary_en_82_765.txt"))
    bigrams = dict(_counts("frequency_bigramdictionary_en_243_342.txt"))
    pairs = load_vocabulary("copy_split_words")["pairs"]
    lefts = {word for joined, (first, _second) in pairs.items() for word in (joined, first)}
    rights = {word for joined, (_first, second) in pairs.items() for word in (joined, second)}
    inner = {f"{first} {second}" for first, second in pairs.values()}
    kept = {}
    for pair, count in bigrams.items():
        words = pair.split(" ")
        if len(words) == 2 and (words[1] in lefts or words[0] in rights or pair in inner):
            kept[pair] = count
    words = {word for pair in kept for word in pair.split(" ")} | lefts | rights
    lines = [f"U\t{word}\t{unigrams[word]}" for word in sorted(words) if word in unigrams]
    lines += [f"B\t{pair}\t{count}" for pair, count in sorted(kept.items())]
    with gzip.open(TARGET, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"{TARGET}: {len(lines)} lines")


if __name__ == "__main__":
    main()
