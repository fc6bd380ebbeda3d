"""Word classes for the claim classifier, from the lemma table the copy rules load anyway.

`validators.copy.lexicon` reads lemminflect's lexicon from a precomputed table in
milliseconds; importing lemminflect itself (and unpacking its lemma and inflection
tables) cost most of a second per process, paid by every cold `validators check`.
"""

from validators.copy.lexicon import lemmas

__all__ = ["VerbForms", "lemmas", "regular_verb_forms"]

_VOWELS = frozenset("aeiou")


class VerbForms:
    """Every inflection of a set of verbs ("reduce" -> reduce, reduces, reduced, reducing), as a
    membership test.

    A word is a form of a listed verb when the lemma table lists that verb among its verb
    lemmas (irregular forms included: "shown", "found"); verbs the table does not know
    ("unclog") get regular inflections. Answers are memoised: articles repeat their words.
    """

    def __init__(self, verbs):
        self.lemmas = frozenset(str(v).lower() for v in verbs)
        unknown = [verb for verb in self.lemmas if verb not in lemmas(verb).get("VERB", ())]
        self._unknown = frozenset(form for verb in unknown for form in regular_verb_forms(verb))
        self._memo: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        found = self._memo.get(word)
        if found is None:
            found = (
                word in self.lemmas
                or word in self._unknown
                or not self.lemmas.isdisjoint(lemmas(word).get("VERB", ()))
            )
            self._memo[word] = found
        return found


    def positions(self, words: list[str]) -> list[int]:
        """The indices of the words that are forms of the verbs: `word in self` for each, without a method call per
        word (the classifier asks it of every word of most sentences)."""
        memo = self._memo
        found = []
        for index, word in enumerate(words):
            known = memo.get(word)
            if known is None:
                known = word in self
            if known:
                found.append(index)
        return found


def regular_verb_forms(verb: str) -> set[str]:
    """The regular inflections of a verb, with and without a doubled final consonant ("unclogged")."""
    forms = {verb}
    consonant_y = verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(verb + "es")
    elif consonant_y:
        forms.add(verb[:-1] + "ies")
    else:
        forms.add(verb + "s")
    if consonant_y:
        forms.add(verb[:-1] + "ied")
    elif verb.endswith("e"):
        forms.add(verb + "d")
    else:
        forms.add(verb + "ed")
    if verb.endswith("ie"):
        forms.add(verb[:-2] + "ying")
    elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        forms.add(verb[:-1] + "ing")
    else:
        forms.add(verb + "ing")
    if len(verb) > 2 and verb[-1] not in _VOWELS | {"w", "x", "y"} and verb[-2] in _VOWELS and verb[-3] not in _VOWELS:
        forms.update((verb + verb[-1] + "ed", verb + verb[-1] + "ing"))
    return forms
