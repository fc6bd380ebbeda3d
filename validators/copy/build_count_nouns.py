"""Regenerate `validators/data/copy_count_nouns.txt`: the singular count nouns copy.missing-article judges.

Source: the English bigram dictionary that ships inside the symspellpy package
(`frequency_bigramdictionary_en_243_342.txt`, Google Books counts, MIT licence; pairs seen at least
~6.4 million times). A build-time dependency only: the rule reads the small text file.

    noun bare...      a singular count noun (the lemminflect lexicon gives it a plural; "a"/"an" at
                      least `INDEFINITE_SHARE` of what the dictionary lists before it), then the
                      forms of "be", the verbs and the prepositions real English puts right before
                      it with no article ("is part", "take place", "by appointment", "in hospital"):
                      fixed phrases the rule stays silent on. The list is the bigram dictionary's
                      own (pairs seen at least ~6.4 million times), so a verb or preposition before
                      a count noun that it does not list is rarer than that in real English.

It also writes `validators/data/copy_indefinite_slots.txt`: the verbs and prepositions whose object
real English opens with "a"/"an" at least `INDEFINITE_OBJECT_SHARE` times as often as with "the"
("need a", "book an"; not "prevent", "with", "for"): after one of them a bare count
noun is read as a dropped article.

And `validators/data/copy_preposition_objects.txt`: for each preposition of `OBJECT_PREPOSITIONS`, the
least unigram count a word needs for the dictionary to list its pair with the preposition if the two
were independent (above half its floor), then every noun or adjective the dictionary lists right after
the preposition ("at home", "at high", "with care"). A frequent noun or adjective missing from a
preposition's line is one real English does not put right after it: "at comfortable temperature",
"with affected ear" lack their article.

And `validators/data/copy_definite_adjectives.txt`: the adjectives real English puts after "the" at least
`DEFINITE_RATIO` times as often as after "a"/"an" ("same", "previous"): the article to suggest before them.

Run: python -m validators.copy.build_count_nouns (needs `pip install symspellpy`).
"""

from collections import defaultdict
from importlib import resources

from validators.copy import lexicon as lx
from validators.copy.context_words import PAIR_FLOOR, bigram_counts
from validators.vocabulary import DATA_DIR

INDEFINITE_SHARE = 0.08
OUTPUT = DATA_DIR / "copy_count_nouns.txt"
SLOTS_OUTPUT = DATA_DIR / "copy_indefinite_slots.txt"
INDEFINITE_OBJECT_SHARE = 1.0
PREPOSITIONS_OUTPUT = DATA_DIR / "copy_preposition_objects.txt"
DEFINITE_OUTPUT = DATA_DIR / "copy_definite_adjectives.txt"
# An adjective listed after "the" at least this many times as often as after "a"/"an" opens a definite phrase.
DEFINITE_RATIO = 3
# Prepositions whose object is a noun phrase (not "to", also a verb's marker; not "of", "as", "like", "than",
# "per", "via", whose bare objects are ordinary: "a cup of tea", "as part of", "per day").
OBJECT_PREPOSITIONS = (
    "at in on with without for from into under below above over behind near through across during within after "
    "before between around against along beneath inside outside upon"
).split()


def _pairs() -> list[tuple[str, str, int]]:
    name = "frequency_bigramdictionary_en_243_342.txt"
    pairs = []
    with resources.files("symspellpy").joinpath(name).open(encoding="utf-8") as handle:
        for line in handle:
            left, right, count = line.split()
            if left.isalpha() and right.isalpha() and left.islower() and right.islower():
                pairs.append((left, right, int(count)))
    return pairs


def _is_verb(word: str) -> bool:
    """A verb form that is no function word ("take", "needs", "given"), which can open a bare object."""
    return "VERB" in lx.classes(word) and not lx.is_function_word(word)


def build() -> dict[str, list[str]]:
    pairs = _pairs()
    before_total: dict[str, int] = defaultdict(int)
    before_indefinite: dict[str, int] = defaultdict(int)
    for left, right, count in pairs:
        before_total[right] += count
        if left in ("a", "an"):
            before_indefinite[right] += count
    nouns = {
        word for word, total in before_total.items()
        if before_indefinite[word] >= INDEFINITE_SHARE * total and "NOUN" in lx.classes(word)
        and lx.singular_count_noun(word)
    }
    bare: dict[str, list[str]] = {noun: [] for noun in nouns}
    for left, right, _count in pairs:
        if right in bare and (left in lx.BE_FORMS or left in lx.PREPOSITIONS or _is_verb(left)):
            bare[right].append(left)
    return bare


def indefinite_slots() -> list[str]:
    indefinite: dict[str, int] = defaultdict(int)
    definite: dict[str, int] = defaultdict(int)
    for left, right, count in _pairs():
        if not (left in lx.PREPOSITIONS or _is_verb(left)):
            continue
        if right in ("a", "an"):
            indefinite[left] += count
        elif right == "the":
            definite[left] += count
    return sorted(word for word, count in indefinite.items() if count >= INDEFINITE_OBJECT_SHARE * definite[word])


def _unigrams() -> dict[str, int]:
    name = "frequency_dictionary_en_82_765.txt"
    with resources.files("symspellpy").joinpath(name).open(encoding="utf-8") as handle:
        return {word: int(count) for word, count in (line.split() for line in handle)}


def preposition_objects() -> list[str]:
    """One line per preposition: the preposition, the least unigram count (symspellpy's) a word needs for the
    pair's absence to be evidence, and the nouns and adjectives listed right after it."""
    unigrams = _unigrams()
    total = sum(unigrams.values())
    followers: dict[str, list[str]] = defaultdict(list)
    for left, right, _count in _pairs():
        if left in OBJECT_PREPOSITIONS and lx.classes(right) & {"ADJ", "NOUN"} and not lx.is_function_word(right):
            followers[left].append(right)
    scale = bigram_counts().scale
    lines = []
    for preposition in OBJECT_PREPOSITIONS:
        least = round(PAIR_FLOOR / 2 * total / (scale * unigrams[preposition]))
        lines.append(" ".join([preposition, str(least), *sorted(followers[preposition])]))
    return lines


def definite_adjectives() -> list[str]:
    """The adjectives the lexicon knows as no noun that real English puts after "the" at least `DEFINITE_RATIO`
    times as often as after "a"/"an" ("same", "previous", "latest"): a dropped article before them was "the"."""
    definite: dict[str, int] = defaultdict(int)
    indefinite: dict[str, int] = defaultdict(int)
    for left, right, count in _pairs():
        if left == "the":
            definite[right] += count
        elif left in ("a", "an"):
            indefinite[right] += count
    return sorted(
        word
        for word, count in definite.items()
        if "ADJ" in lx.classes(word) and "NOUN" not in lx.classes(word) and count >= DEFINITE_RATIO * indefinite[word]
    )


def _write(path, source: str, comments: list[str], lines: list[str]) -> None:
    """A generated data file: the generator's header, what the lines mean, then the lines."""
    header = [f"# Generated by python -m validators.copy.build_count_nouns ({source}): do not edit."]
    header += [f"# {comment}" for comment in comments]
    path.write_text("\n".join(header + lines) + "\n", encoding="utf-8")


def main() -> None:
    slots = indefinite_slots()
    _write(SLOTS_OUTPUT, "symspellpy bigram counts",
           ["Verbs and prepositions whose object real English opens with 'a'/'an' at least as often as 'the'."], slots)
    print(f"{len(slots)} indefinite-object slots -> {SLOTS_OUTPUT}")
    bare = build()
    _write(OUTPUT, "symspellpy bigram counts",
           ["noun bare...: a singular count noun and the forms of 'be', the verbs and the prepositions",
            "English puts right before it with no article (fixed phrases)."],
           [" ".join([noun, *sorted(words)]) for noun, words in sorted(bare.items())])
    print(f"{len(bare)} count nouns -> {OUTPUT}")
    objects = preposition_objects()
    _write(PREPOSITIONS_OUTPUT, "symspellpy counts",
           ["preposition least-count word...: the least unigram count for which the dictionary would list the",
            "preposition's pair with a word if they were independent, then the nouns and adjectives it lists "
            "after it."],
           objects)
    print(f"{len(objects)} prepositions -> {PREPOSITIONS_OUTPUT}")
    adjectives = definite_adjectives()
    _write(DEFINITE_OUTPUT, "symspellpy bigram counts",
           [f"Adjectives real English puts after 'the' at least {DEFINITE_RATIO} times as often as after 'a'/'an'."],
           adjectives)
    print(f"{len(adjectives)} definite adjectives -> {DEFINITE_OUTPUT}")


if __name__ == "__main__":
    main()
