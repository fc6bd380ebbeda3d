"""copy.noun-number passes on "there is"/"here is" before a noun phrase of the other number: "There is many
options", "There's three clinics", "Here is the results"."""


from validators.copy import lexicon as lx
from validators.copy.noun_number.words import _OWNERS, _ends_phrase

_MANY_WORDS = frozenset("many several numerous various two three four five six seven eight nine ten".split())
# The plural of a presenting "there's" / "here's" / "is" / "was".
_PLURAL_PRESENTING = {"there's": "there are", "here's": "here are", "is": "are", "was": "were"}
# A perfect "there has/have been" is judged as "there is/are".
_PERFECT = {"has": "is", "have": "are"}
# Adverbs between the existential verb and its noun phrase ("There is also", "There are still").
_BETWEEN = frozenset("also still now often usually sometimes always certainly probably currently".split())


class ExistentialChecks:
    """The passes after "there"/"here" and its verb. They use the rule's noun lists (`not_plural`,
    `same_plural`, `collective`) and its head reading (`_head`, `_count_plural`)."""

    def _existential(self, tokens, index):
        """ "There is many options" -> "are"; "There are a small risk" -> "is"; "There is no side effects",
        "Is there any side effects?" -> "are" (after "no"/"any" the noun's number decides). Adverbs may stand
        before the noun phrase ("There is also side effects") and the verb may be a perfect ("There has been
        several outbreaks" -> "have")."""
        verb_index, noun_start = index + 1, index + 2
        if index == 1 and tokens[0].lower in ("is", "was", "are", "were"):
            verb_index, noun_start = 0, index + 1  # "Is there any ...?": the question's inverted order
        verb = tokens[verb_index].lower
        perfect = verb in _PERFECT and tokens[noun_start].lower == "been" and verb_index > 0
        if perfect:
            verb, noun_start = _PERFECT[verb], noun_start + 1  # "There has been several outbreaks": judged as "is"
        while noun_start < len(tokens) - 2 and tokens[noun_start].lower in _BETWEEN:
            noun_start += 1  # "There is also side effects", "There was still long queues"
        found = self._judged(tokens, index, verb_index, noun_start, verb)
        if found is not None and perfect:
            replacement = "have" if verb in ("is", "was") else "has"
            return verb_index, replacement, found[2].rsplit("use", 1)[0] + f"use '{replacement}'."
        return found

    def _judged(self, tokens, index, verb_index, noun_start, verb):
        """The verdict of `_existential` on the noun phrase at `noun_start` after the existential verb `verb`."""
        after = tokens[noun_start].lower
        if verb in ("is", "was") and self._counted_plural(tokens, noun_start):
            replacement = "are" if verb == "is" else "were"  # "There was many patients waiting"
            replacement = replacement.capitalize() if verb_index == 0 else replacement
            return verb_index, replacement, f"'{tokens[noun_start].text} ...' is plural: use '{replacement}'."
        if verb in ("is", "was") and (after in _MANY_WORDS or after in ("no", "any")):
            position = self._head(tokens, noun_start + 1)
            if position is not None and lx.is_plural_noun(tokens[position].lower):
                if tokens[position].lower in self.not_plural:
                    return None
                replacement = "are" if verb == "is" else "were"
                replacement = replacement.capitalize() if verb_index == 0 else replacement
                return verb_index, replacement, f"'{tokens[noun_start].text} ...' is plural: use '{replacement}'."
        if verb in ("is", "was") and self._bare_plural(tokens, noun_start):
            replacement = "are" if verb == "is" else "were"  # "There is teething rings", "There was long queues"
            replacement = replacement.capitalize() if verb_index == 0 else replacement
            return verb_index, replacement, f"'{tokens[noun_start].text} ...' is plural: use '{replacement}'."
        if verb in ("are", "were") and after in ("a", "an"):
            position = self._head(tokens, noun_start + 1)
            if position is None or tokens[position].lower in self.collective:
                return None  # "there are a number of", "a lot of"
            if self._count_plural(tokens, position) is None:
                return None
            if _listed_after(tokens, position):
                return None  # "There were a nurse and two doctors", "There are a cough, a fever and a rash": a list
            replacement = "is" if verb == "are" else "was"
            return index + 1, replacement, f"'{tokens[noun_start].text} ...' is singular: use 'there {replacement}'."
        return None

    def _bare_plural(self, tokens, start: int) -> bool:
        """A plural noun phrase without a determiner at `start`: up to two modifiers that are no plurals
        ("teething rings", "long queues"), then a plural noun that ends its phrase (not a modifier: "sports
        medicine"), not a name nor a word whose plural look misleads ("news", "series")."""
        position = start
        while position < min(start + 2, len(tokens) - 1) and _bare_modifier(tokens[position].lower):
            position += 1
        if position >= len(tokens) or not tokens[position].is_word or tokens[position].is_capitalised:
            return False
        word = tokens[position].lower
        if not lx.is_plural_noun(word) or word in self.not_plural or word in self.same_plural:
            return False
        return _ends_phrase(tokens, position)

    def _counted_plural(self, tokens, start: int) -> bool:
        """A quantity of a plural opens the noun phrase at `start`: "many"/"several"/a number from two up
        before a plural noun ("many patients waiting", "three clinics", "3 pharmacies"), or "lots of"
        / "a lot of" before one ("lots of ways"): the phrase is plural whatever follows it."""
        first = tokens[start].lower
        if first in _MANY_WORDS or (tokens[start].is_number and first.isascii() and first.isdigit() and int(first) > 1):
            following = start + 1
        elif first == "lots" and start + 1 < len(tokens) and tokens[start + 1].lower == "of":
            following = start + 2
        elif first == "a" and [t.lower for t in tokens[start + 1 : start + 3]] == ["lot", "of"]:
            following = start + 3
        else:
            return False
        while following < len(tokens) - 1 and lx.is_only(tokens[following].lower, "ADJ"):
            following += 1  # "many new patients"
        if following >= len(tokens) or not tokens[following].is_word or tokens[following].is_capitalised:
            return False
        word = tokens[following].lower
        return lx.is_plural_noun(word) and word not in self.not_plural and word not in self.same_plural

    def _contracted_existential(self, tokens, index):
        """ "There's three clinics" -> "There are"; "Here is the results" / "Here's your results" -> "Here are":
        a contracted or presenting "is" before a plural noun phrase."""
        word = tokens[index].lower
        if word == "here":
            if tokens[index + 1].lower not in ("is", "was"):
                return None
            verb_index, start = index + 1, index + 2
        else:
            verb_index, start = index, index + 1
        if word != "there's" and tokens[start].lower in _OWNERS:
            head = self._head(tokens, start + 1)
            plural = head is not None and lx.is_plural_noun(tokens[head].lower)
            plural = plural and tokens[head].lower not in self.not_plural | self.same_plural
        elif word == "there's":
            plural = self._counted_plural(tokens, start)
        else:
            plural = False
        if not plural:
            return None
        written = tokens[verb_index].text
        replacement = _PLURAL_PRESENTING.get(tokens[verb_index].lower, "are")
        if written[:1].isupper():
            replacement = replacement[:1].upper() + replacement[1:]
        return verb_index, replacement, f"The noun phrase after '{written}' is plural: use '{replacement}'."


def _bare_modifier(word: str) -> bool:
    """A word before a plural noun that is no plural itself: an adjective ("long", "free") or an -ing form
    that is only a verb ("teething")."""
    known = lx.classes(word)
    if lx.is_function_word(word) or lx.is_plural_noun(word):
        return False
    return "ADJ" in known or (word.endswith("ing") and known == {"VERB"})


def _listed_after(tokens, head: int) -> bool:
    """The noun phrase ending at `head` is the first item of a list: a comma, "and" or "or" then another noun
    phrase follows ("There were a nurse and two doctors on the ward", "There are a cough, a fever and a rash"),
    and the list takes "are" / "were"."""
    if head + 2 >= len(tokens) or tokens[head + 1].lower not in (",", "and", "or"):
        return False
    following = tokens[head + 2]
    return following.is_number or following.lower in lx.DETERMINERS or following.lower in lx.NUMBER_WORDS
