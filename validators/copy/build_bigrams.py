"""Regenerate `validators/data/copy_bigrams.tsv.gz`: the counts copy.word-in-context and copy.verb-form score with.

Source: the English bigram and unigram frequency dictionaries that ship inside the symspellpy
package (`frequency_bigramdictionary_en_243_342.txt`, `frequency_dictionary_en_82_765.txt`,
derived from Google Books n-gram counts; MIT licence). The bigram dictionary lists only pairs
seen at least ~6.4 million times, so a pair it lacks is rarer than that. The verb forms come
from the lemminflect lexicon.

The table keeps what the rules need and nothing else, so a cold CLI loads it in milliseconds:

    U TAB word TAB count      every word of the unigram dictionary that occurs in a kept pair
    B TAB left right TAB count  every pair with a confusion-set word (or a word a contraction
                                 stands for) on either side, and every pair whose left word is a
                                 verb-form context (validators/data/copy_verb_forms.yaml)
    B TAB left right TAB count  also, for each function word X of copy_missing_words.yaml, every
                                 pair (w, X) in which X is at least `left_share` of what
                                 follows w, every pair (X, w) in which X is at least its own
                                 share of what precedes w, and every pair (w1, w2) of such a
                                 left and right neighbour of the same X, so the missing-word rule
                                 can tell "it important" (unlisted) from "it is important"
    F TAB base -s past participle -ing   the inflections of one verb (variant spellings of one
                                 form joined by |), for every verb with a form seen after a
                                 verb-form context or a plural noun
    T TAB left right          a pair written in the wrong order: real English uses "right left"
                              (copy_word_order.yaml: `left_words` x `right_words`, the written
                              order at most `written_share` of chance, the other order at least
                              `swapped_share`)
    V TAB context TAB shares  for each verb-form context, and for any plural noun (PLURAL_NOUN):
                              the share of each form (base, -s, past, participle, -ing) among
                              the distinct verbs seen right after it, counting only words that
                              are nothing but a verb and that one form
    N TAB total               the sum of all unigram counts
    R TAB word TAB class TAB count   for each word scored by copy.word-in-context, the summed count
    L TAB word TAB class TAB count   of its listed pairs per class of its right (R) or left (L)
                              neighbour (context_words.word_class), and under ANY their total
    K TAB class TAB count     the summed unigram count of each class (backoff for unlisted pairs)
    S TAB scale               how many times larger the bigram counts run than the unigram counts
                              (the two dictionaries come from corpora of different sizes): the
                              largest share of a frequent word's count its listed pairs account for

Run after editing validators/data/copy_confusion_sets.yaml, copy_verb_forms.yaml, copy_missing_words.yaml
or copy_word_order.yaml
(needs `pip install -e .[data]`):

    python -m validators.copy.build_bigrams
"""

import gzip
from importlib import resources

from validators.copy import lexicon
from validators.copy.context_words import ANY_CLASS, PAIR_FLOOR, PLURAL_NOUN, word_class
from validators.vocabulary import DATA_DIR, load_vocabulary

TARGET = DATA_DIR / "copy_bigrams.tsv.gz"
SCALE_WORDS = 1000  # the most frequent words, whose pairs the bigram dictionary lists most fully


def scored_words() -> set[str]:
    """Every word whose pairs the rule looks up: set members and the words contractions stand for."""
    vocabulary = load_vocabulary("copy_confusion_sets")
    words = {member for group in (*vocabulary["sets"], *vocabulary["one_way_sets"]) for member in group}
    for contraction, expansion in vocabulary["contractions"].items():
        words.discard(contraction)
        words.update(expansion)
    return words


def _counts(name: str):
    with resources.files("symspellpy").joinpath(name).open(encoding="utf-8") as handle:
        for line in handle:
            *words, count = line.split()
            yield " ".join(words), int(count)


VERB_TAGS = ("VB", "VBZ", "VBD", "VBN", "VBG")


def verb_forms(words: set[str]) -> list[tuple[tuple[str, ...], ...]]:
    """The inflections (one tuple of spellings per tag of VERB_TAGS) of every verb one of whose forms
    is in `words`. lemminflect lists the weak variants ("spelt", "learnt") and the regular "-ed"
    forms as pasts only; English uses them as participles too."""
    import lemminflect

    groups = set()
    for word in words:
        for lemma in lemminflect.getAllLemmas(word, upos="VERB").get("VERB", ()):
            tagged = lemminflect.getAllInflections(lemma, upos="VERB")
            pasts = tagged.get("VBD", ())
            weak = pasts if len(pasts) > 1 else tuple(past for past in pasts if past.endswith("ed"))
            tagged["VBN"] = tuple(dict.fromkeys((*tagged.get("VBN", ()), *weak)))
            forms = tuple(tagged.get(tag, ()) for tag in VERB_TAGS)
            spellings = {form for slot in forms for form in slot}
            if all(forms) and len(spellings) > 1 and all(form.isalpha() for form in spellings):
                groups.add(forms)
    return sorted(groups)


def form_shares(contexts: set[str], followers: list[tuple[str, str]], groups) -> dict[str, list[float]]:
    """Per context, the share of each verb form among the distinct verbs seen after it ("been" is
    followed by participles and -ing forms, "will" by base forms, a plural noun by base forms).
    Counting distinct verbs, not occurrences, keeps one idiom ("have got") from looking like a rule."""
    slots: dict[str, set[int]] = {}
    for group in groups:
        for slot, forms in enumerate(group):
            for form in forms:
                slots.setdefault(form, set()).add(slot)
    found = {context: [0] * len(VERB_TAGS) for context in contexts}
    for context, right in set(followers):
        only = slots.get(right, set())
        if context in contexts and len(only) == 1 and lexicon.is_only(right, "VERB"):
            found[context][next(iter(only))] += 1
    return {context: [n / max(sum(seen), 1) for n in seen] for context, seen in found.items()}


def missing_word_pairs(bigrams: dict[str, int], unigrams: dict[str, int], scale: float) -> dict[str, int]:
    """The pairs copy.missing-function-word reads: for each function word X, its strong neighbours
    among the frequent words (X is at least `left_share` of what follows the left one, and its own
    share of what precedes the right one; copy_missing_words.yaml), and every listed pair of a
    left and a right neighbour of the same X."""
    settings = load_vocabulary("copy_missing_words")
    shares = {word: float(share) for word, share in settings["function_words"].items()}
    inserts, left_share = set(shares), float(settings["left_share"])
    general = set(sorted(unigrams, key=unigrams.get, reverse=True)[: settings["frequent_words"]])
    lefts = {word: set() for word in inserts}
    rights = {word: set() for word in inserts}
    kept = {}
    for pair, count in bigrams.items():
        left, right = pair.split(" ")
        if right in inserts and left in general and count >= left_share * scale * unigrams[left]:
            lefts[right].add(left)
            kept[pair] = count
        if left in inserts and right in general and count >= shares[left] * scale * unigrams[right]:
            rights[left].add(right)
            kept[pair] = count
    for pair, count in bigrams.items():
        left, right = pair.split(" ")
        if any(left in lefts[word] and right in rights[word] for word in inserts):
            kept[pair] = count
    return kept


def transposed_pairs(bigrams: dict[str, int], unigrams: dict[str, int], scale: float) -> list[str]:
    """The pairs copy.word-order flags: "L R" far rarer than chance while "R L" is common."""
    settings = load_vocabulary("copy_word_order")
    total = sum(unigrams.values())
    found = []
    for left in settings["left_words"]:
        for right in settings["right_words"]:
            expected = scale * unigrams[left] * unigrams[right] / total
            if expected < 10 * PAIR_FLOOR:
                continue  # too rare for its absence to mean anything
            written, swapped = bigrams.get(f"{left} {right}", 0), bigrams.get(f"{right} {left}", 0)
            rare = written <= float(settings["written_share"]) * expected
            if rare and swapped >= float(settings["swapped_share"]) * expected:
                found.append(f"{left} {right}")
    return sorted(found)


def class_counts(bigrams: dict[str, int], unigrams: dict[str, int], words: set[str]) -> list[str]:
    """The backoff of copy.word-in-context: for each scored word, the summed count of its listed pairs
    per class of the neighbour on its right (R) and on its left (L), with their total under ANY_CLASS,
    and the summed unigram count of each class (K)."""
    right: dict[tuple[str, str], int] = {}
    left: dict[tuple[str, str], int] = {}
    for pair, count in bigrams.items():
        first, second = pair.split(" ")
        if first in words:
            for tag in (word_class(second), ANY_CLASS):
                right[first, tag] = right.get((first, tag), 0) + count
        if second in words:
            for tag in (word_class(first), ANY_CLASS):
                left[second, tag] = left.get((second, tag), 0) + count
    totals: dict[str, int] = {}
    for word, count in unigrams.items():
        tag = word_class(word)
        totals[tag] = totals.get(tag, 0) + count
    lines = [f"R\t{word}\t{tag}\t{count}" for (word, tag), count in sorted(right.items())]
    lines += [f"L\t{word}\t{tag}\t{count}" for (word, tag), count in sorted(left.items())]
    return lines + [f"K\t{tag}\t{count}" for tag, count in sorted(totals.items())]


def build() -> int:
    words = scored_words()
    verb_contexts = load_vocabulary("copy_verb_forms")
    contexts = set(verb_contexts["auxiliaries"]) | set(verb_contexts["subjects"])
    unigrams = dict(_counts("frequency_dictionary_en_82_765.txt"))
    frequent = set(sorted(unigrams, key=unigrams.get, reverse=True)[:SCALE_WORDS])
    pairs, following, followers = {}, dict.fromkeys(frequent, 0), []
    bigrams = dict(_counts("frequency_bigramdictionary_en_243_342.txt"))
    for pair, count in bigrams.items():
        left, right = pair.split(" ")
        if left in frequent:
            following[left] += count
        if left in contexts:
            followers.append((left, right))
        elif lexicon.is_plural_noun(left) and lexicon.is_only(left, "NOUN"):
            followers.append((PLURAL_NOUN, right))  # "patients need": the class, not the word
        if left in words or right in words or left in contexts:
            pairs[pair] = count
    scale = max(following[word] / unigrams[word] for word in frequent)
    pairs.update(missing_word_pairs(bigrams, unigrams, scale))
    groups = verb_forms({right for _, right in followers})
    shares = form_shares(contexts | {PLURAL_NOUN}, followers, groups)
    kept = words | contexts | {word for pair in pairs for word in pair.split(" ")}
    kept |= {form for group in groups for forms in group for form in forms}
    lines = [f"N\t{sum(unigrams.values())}", f"S\t{scale:.1f}"]
    lines += [f"U\t{word}\t{unigrams[word]}" for word in sorted(kept) if word in unigrams]
    lines += [f"B\t{pair}\t{count}" for pair, count in sorted(pairs.items())]
    lines += [f"T\t{pair}" for pair in transposed_pairs(bigrams, unigrams, scale)]
    lines += ["F\t" + " ".join("|".join(forms) for forms in group) for group in groups]
    lines += [f"V\t{context}\t" + " ".join(f"{share:.5f}" for share in shares[context]) for context in sorted(shares)]
    lines += class_counts(bigrams, unigrams, words)
    with gzip.open(TARGET, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")
    return len(lines)


if __name__ == "__main__":
    print(f"{TARGET}: {build()} lines")
