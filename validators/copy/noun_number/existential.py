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
            if position is None and after in ("no", "any"):
                position = self._modified_plural(tokens, noun_start + 1)  # "There is no warning signs before"
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
        while following < min(len(tokens) - 1, start + 4) and _counted_modifier(tokens[following]):
            following += 1  # "many new patients", "several other conditions", "two blood tests"
        if following >= len(tokens) or not tokens[following].is_word or tokens[following].is_capitalised:
            return False
        word = tokens[following].lower
        return lx.is_plural_noun(word) and word not in self.not_plural and word not in self.same_plural

    def _modified_plural(self, tokens, start: int) -> int | None:
        """The plural head of a noun phrase after "no"/"any" whose modifiers are adjectives or -ing nouns, up to
        two ("no warning signs before", "any serious side effects,"), when a preposition, a relative pronoun or
        punctuation ends it, or None.

        What: `_head` stops at the first noun before another word ("warning" in "no warning signs"), which may
        modify the next one; a plural after adjective-like modifiers is the head when the phrase ends there.
        Why: "There is usually no warning signs before the first episode" went unflagged: the plural was never
        read. A noun modifier that can take a clause ("no evidence children who ...") is not skipped.
        Example: "There is no obvious warning signs" -> "are"; "There was no bleeding gums after" -> "were"."""
        position = start
        while position < min(len(tokens) - 1, start + 2) and _adjective_like(tokens[position]):
            position += 1
        if position == start or not tokens[position].is_word or tokens[position].is_capitalised:
            return None
        word = tokens[position].lower
        if not lx.is_plural_noun(word) or word in self.not_plural or word in self.same_plural:
            return None
        if lx.third_person_base(word) and "NOUN" not in lx.classes(word):
            return None
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        ends = following is None or not following.is_word or following.lower in lx.PREPOSITIONS
        return position if ends or following.lower in ("that", "which", "who") else None

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


def _counted_modifier(token) -> bool:
    """A word between a count ("several", "two") and its plural noun: a lower-case adjective or noun that is no
    plural itself ("new", "other", "blood" in "two blood tests"): after a count the phrase is plural whatever
    modifies its head."""
    word = token.lower
    if not token.is_word or token.is_capitalised or lx.is_function_word(word) or lx.is_plural_noun(word):
        return False
    return bool(lx.classes(word) & {"ADJ", "NOUN"})


def _adjective_like(token) -> bool:
    """A lower-case modifier that is no plural and takes no clause: an adjective ("obvious") or an -ing noun
    ("warning", "bleeding")."""
    word = token.lower
    if not token.is_word or token.is_capitalised or lx.is_function_word(word) or lx.is_plural_noun(word):
        return False
    known = lx.classes(word)
    return "ADJ" in known or (word.endswith("ing") and "NOUN" in known)


def _listed_after(tokens, head: int) -> bool:
    """The noun phrase ending at `head` is the first item of a list: a comma, "and" or "or" then another noun
    phrase follows ("There were a nurse and two doctors on the ward", "There are a cough, a fever and a rash"),
    and the list takes "are" / "were"."""
    if head + 2 >= len(tokens) or tokens[head + 1].lower not in (",", "and", "or"):
        return False
    following = tokens[head + 2]
    return following.is_number or following.lower in lx.DETERMINERS or following.lower in lx.NUMBER_WORDS
