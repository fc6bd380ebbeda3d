"""The leftover patterns written for speed (a literal first, the look-behind after it) match exactly what
their plainer forms match: the forms below, on crafted and generated texts."""

import random
import re

import pytest

from validators.vocabulary import load_vocabulary

# The plainer forms: sre tries a pattern that opens with a look-behind, a \b or, in an alternative, a
# character class at every character of the text.
PLAIN = {
    "script output": r"\[object (?:Object|Array|HTML[A-Za-z]*)\]|[$£€]NaN\b|\bNaN(?= ?%)",
    "a URL-encoded character shown as text": r"(?<=[A-Za-z0-9])%(?:20|2[0-9A-C]|3[A-F])(?=[A-Za-z0-9])",
}
CRAFTED = [
    "[object Object] [object Array] [object HTMLDivElement] [object Foo]",
    "$NaN £NaN €NaN ¥NaN $NaNs xNaN NaN NaN% NaN % NaN  % aNaN% _NaN% 3NaN% -NaN% (NaN%)",
    "NaN%NaN% $NaN% €NaN % a%20b %20b a%20 a%2Fb a%2fb a%3Ab %3A a%3Gb é%20é ab%%20c",
]
ALPHABET = "aN$£€%203AFx [object]-_é "


def _generated(count: int = 2000) -> list[str]:
    generator = random.Random(13)
    return ["".join(generator.choice(ALPHABET) for _ in range(generator.randint(1, 24))) for _ in range(count)]


@pytest.mark.parametrize("what", sorted(PLAIN))
def test_pattern_matches_its_plain_form(what):
    entry = next(e for e in load_vocabulary("copy_mechanics")["leftovers"] if e["what"] == what)
    fast, plain = re.compile(entry["pattern"]), re.compile(PLAIN[what])
    for text in CRAFTED + _generated():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
