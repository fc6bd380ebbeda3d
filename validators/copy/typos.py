"""Near misses of a word and how typos are made: the error model of `copy.spelling`.

A typo is one slip of the fingers or of memory: two letters swapped, a letter doubled or
dropped, a key next to the right one, one vowel for another. A word one edit from a much
more common word *by such a slip* is very likely a typo ("teh", "healht", "Amercia"); a
word one edit away by any other change is often a rare word or a name ("glowy" is not
"glory": w and r are not neighbours on a keyboard). A word that follows a spelling
convention of drug names or British medicine ("dimeticone", "haem") is a variant, not a typo.
"""

LETTERS = "abcdefghijklmnopqrstuvwxyz"
VOWELS = frozenset("aeiou")
# Letters that spell the same sound: "Ozempik", "organiz".
_SAME_SOUND = frozenset({frozenset("ck"), frozenset("sz"), frozenset("cs")})
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard_neighbours() -> dict[str, frozenset[str]]:
    neighbours: dict[str, set[str]] = {c: set() for row in _ROWS for c in row}
    for r, row in enumerate(_ROWS):
        for i, key in enumerate(row):
            near = {row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)}
            if r > 0:  # the row above is shifted left by about half a key
                near |= {_ROWS[r - 1][j] for j in (i, i + 1) if j < len(_ROWS[r - 1])}
            if r + 1 < len(_ROWS):
                near |= {_ROWS[r + 1][j] for j in (i - 1, i) if 0 <= j < len(_ROWS[r + 1])}
            neighbours[key] |= near
            for other in near:
                neighbours[other].add(key)
    return {key: frozenset(near) for key, near in neighbours.items()}


NEIGHBOURS = _keyboard_neighbours()


def edits1(word: str) -> set[str]:
    """Every string one deletion, transposition, replacement or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    candidates = {a + b[1:] for a, b in splits if b}
    candidates |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    candidates |= {a + c + b[1:] for a, b in splits if b for c in LETTERS}
    candidates |= {a + c + b for a, b in splits for c in LETTERS}
    candidates.discard(word)
    return candidates


def single_letter_variants(word: str) -> set[str]:
    """The word with one of its double letters made single ("tommorow" -> "tomorow")."""
    return {word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]}


def slip(typed: str, intended: str) -> str | None:
    """The kind of typing slip that turns `intended` into `typed` (one edit), or None if the
    edit is not a typical slip."""
    if len(typed) == len(intended):
        diffs = [i for i in range(len(typed)) if typed[i] != intended[i]]
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1 and typed[diffs[0]] == intended[diffs[1]]:
            return "transposition" if typed[diffs[1]] == intended[diffs[0]] else None
        if len(diffs) != 1:
            return None
        wrong, right = typed[diffs[0]], intended[diffs[0]]
        if wrong in NEIGHBOURS.get(right, ()):
            return "neighbouring key"
        if frozenset((wrong, right)) in _SAME_SOUND:
            return "same sound"
        return "vowel" if wrong in VOWELS | {"y"} and right in VOWELS | {"y"} else None
    if len(typed) == len(intended) + 1:  # an extra letter
        i = next((i for i in range(len(intended)) if typed[i] != intended[i]), len(intended))
        if typed[:i] + typed[i + 1 :] != intended:
            return None
        extra, around = typed[i], typed[max(i - 1, 0) : i] + typed[i + 1 : i + 2]
        if extra in around:
            return "doubling"
        if any(extra in NEIGHBOURS.get(c, ()) for c in around):
            return "neighbouring key"
        return "vowel" if extra in VOWELS and any(c in VOWELS for c in around) else None  # "arguement"
    if len(typed) + 1 == len(intended):  # a letter left out
        i = next((i for i in range(len(typed)) if typed[i] != intended[i]), len(typed))
        if intended[:i] + intended[i + 1 :] != typed:
            return None
        around = intended[max(i - 1, 0) : i] + intended[i + 1 : i + 2]
        return "doubling" if intended[i] in around else "omission"
    return None


# How likely each kind of slip is, to rank corrections at the same distance (most likely first).
SLIP_RANK = {"transposition": 0, "doubling": 0, "omission": 1, "neighbouring key": 1, "same sound": 1, "vowel": 2}


def doubled_slip(word: str, candidate: str) -> str | None:
    """Two edits: a letter doubled by mistake and one more slip ("tommorow" -> "tomorrow")."""
    return "doubling" if any(slip(single, candidate) for single in single_letter_variants(word)) else None


# Spelling conventions of international drug names (INN) and British medical spelling:
# "dimeticone" for "dimethicone", "cefalexin" for "cephalexin", "ciclosporin", "haem".
_VARIANT_SPELLINGS = (("th", "t"), ("ph", "f"), ("y", "i"), ("ae", "e"), ("oe", "e"))


def spelling_variant(word: str, candidate: str) -> bool:
    """The word is the candidate under one INN or British spelling convention, not a typo of it."""
    for source, target in ((candidate, word), (word, candidate)):
        for long, short in _VARIANT_SPELLINGS:
            at = source.find(long)
            while at >= 0:
                if source[:at] + short + source[at + len(long) :] == target:
                    return True
                at = source.find(long, at + 1)
    return False
