"""copy.verb-agreement reading of an existential "there" + be: the verb agrees with the noun phrase after it.

Class: "there is/was/has been" before a plural noun phrase ("There is several reasons", "There was two cases",
"There's many ways") and "there are/were/have been" before a singular one ("There are a simple test"). In an
existential clause "there" only fills the subject's slot; the verb agrees with the noun phrase that follows.

What is judged, and what is not:
- "there" opens the clause (the sentence's start, after a comma, colon, semicolon, a conjunction, a
  subordinator or an opening prepositional phrase: "In our clinic there was"); "over there are", "get there
  is", "the nurses there are" are not existential.
- A plural phrase: a plural determiner or counting word ("many", "several", "these", "two" ...; not "a few",
  "lots", "plenty": informal usage takes either number) or a plural noun, after at most two modifiers, right
  after the verb. A singular first item of a list passes: the verb agrees with the nearest item ("There is a
  rash and swollen glands"). A counted amount of time, money or measure passes ("There is ten minutes between
  doses": one amount).
- A singular phrase: "a"/"an"/"one"/"this"/"another" + a singular count noun after "are"/"were"; a quantity
  head ("a number of", "a lot of", "a range of": `collective_nouns`) or a count ("an estimated 5,000", "one or
  two") passes.
"""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.agreement.phrase_words import _COUNTING_WORDS, _OBJECT_OPENERS
from validators.copy.text import Token

_SINGULAR_BE = {"is": "are", "was": "were", "isn't": "aren't", "wasn't": "weren't", "there's": "There are"}
_PLURAL_BE = {"are": "is", "were": "was", "aren't": "isn't", "weren't": "wasn't"}
_PERFECT = {"has": "have", "hasn't": "haven't", "have": "has", "haven't": "hasn't"}
# Determiners and quantifiers of a plural noun phrase.
# Not "both": "there is both a clinic and a phone line".
_PLURAL_OPENERS = frozenset("many several these those various numerous".split()) | _COUNTING_WORDS
# Determiners of a singular count noun.
_SINGULAR_OPENERS = frozenset("a an one another".split())
# Adverbs between "there" + be and its noun phrase ("There are also", "There is still").
_BETWEEN = frozenset("also still often usually sometimes now always certainly probably definitely".split())
# Clause openers before "there" besides punctuation.
_OPENERS = lx.CONJUNCTIONS | lx.SUBORDINATORS | frozenset(["then", "now", "so", "today"])
_MODIFIERS = 2


def existential_verbs(
    tokens: tuple[Token, ...], collective: frozenset[str], not_plural: frozenset[str], units: frozenset[str]
) -> Iterator[tuple[int, str, str]]:
    """(index of the verb, replacement, message) for each "there" + be whose noun phrase has the other number.
    `collective`: quantity nouns ("a number of"); `not_plural`: -s nouns that are singular ("news");
    `units`: nouns of time, money and measure counted as one amount."""
    for index, token in enumerate(tokens):
        word = token.lower
        if word not in ("there", "there's"):
            continue
        if index > 0:
            before = tokens[index - 1]
            if before.is_word and before.lower not in _OPENERS and not _after_opening_phrase(tokens, index):
                continue
        if word == "there's":
            verb, replacement = index, "There are" if token.is_capitalised else "there are"
            number = "singular"
        else:
            verb = index + 1
            if verb >= len(tokens):
                continue
            form = tokens[verb].lower
            if form in _PERFECT and verb + 1 < len(tokens) and tokens[verb + 1].lower == "been":
                replacement = _PERFECT[form]
                number = "singular" if form.startswith("has") else "plural"
            elif form in _SINGULAR_BE:
                replacement, number = _SINGULAR_BE[form], "singular"
            elif form in _PLURAL_BE:
                replacement, number = _PLURAL_BE[form], "plural"
            else:
                continue
        start = verb + 1 + (tokens[verb + 1].lower == "been" if verb + 1 < len(tokens) else 0)
        while start < len(tokens) and tokens[start].lower in _BETWEEN:
            start += 1
        if start >= len(tokens) - 1:
            continue
        phrase = tokens[start].text
        if number == "singular" and _plural_phrase(tokens, start, not_plural, units):
            yield verb, replacement, f"After 'there', the verb agrees with the plural '{phrase}': '{replacement}'."
        elif number == "plural" and _singular_phrase(tokens, start, collective):
            yield verb, replacement, f"After 'there', the verb agrees with the singular '{phrase}': '{replacement}'."


def _plural_phrase(tokens, start: int, not_plural: frozenset[str], units: frozenset[str]) -> bool:
    first = tokens[start]
    word = first.lower
    if not first.is_word or first.is_capitalised:
        return False
    if word in _PLURAL_OPENERS:
        if word in _COUNTING_WORDS:
            head = _head(tokens, start + 1)
            return head is not None and lx.is_plural_noun(tokens[head].lower) and tokens[head].lower not in units
        return not (start + 1 < len(tokens) and tokens[start + 1].lower == "of" and word in ("these", "those"))
    if word == "no":
        start += 1  # "There is no tablets that": the phrase after "no"
    elif lx.is_function_word(word):
        return False
    head = _head(tokens, start)
    if head is None:
        return False
    noun = tokens[head].lower
    if not lx.is_plural_noun(noun) or noun in not_plural or noun in units or noun in ("lots", "plenty"):
        return False
    if "VERB" in lx.classes(noun) and head + 1 < len(tokens) and tokens[head + 1].lower in _OBJECT_OPENERS:
        return False  # "there is evidence that ... results": never mind a noun read as a verb
    return head + 1 >= len(tokens) or tokens[head + 1].lower not in ("and", "or") or head == start


def _singular_phrase(tokens, start: int, collective: frozenset[str]) -> bool:
    opener = tokens[start].lower
    if opener not in _SINGULAR_OPENERS:
        return False
    if opener == "one" and start + 1 < len(tokens) and tokens[start + 1].lower in ("or", "to", "and", "of"):
        return False  # "There are one or two options", "one of"
    head = _head(tokens, start + 1)
    if head is None:
        return False
    noun = tokens[head].lower
    if noun in collective or lx.singular_count_noun(noun) is None or lx.is_plural_noun(noun):
        return False
    if any(t.text[:1].isdigit() or t.lower in lx.NUMBER_WORDS for t in tokens[start + 1 : head + 1]):
        return False  # "There were an estimated 5,000 cases"
    following = tokens[head + 1].lower if head + 1 < len(tokens) else ""
    # "a couple of", "a cough and a fever" (nearest item), "a blood tests" (a compound)
    return not (following in ("of", "and", "or") or lx.is_plural_noun(following))


def _head(tokens, start: int) -> int | None:
    """The noun heading the phrase at `start`: the first noun after at most `_MODIFIERS` modifiers."""
    for position in range(start, min(start + _MODIFIERS + 1, len(tokens))):
        token = tokens[position]
        if not token.is_word or token.is_capitalised:
            return None
        word = token.lower
        if lx.is_function_word(word):
            return None
        known = lx.classes(word)
        if "NOUN" in known and lx.is_plural_noun(word):
            return position
        if "NOUN" in known and lx.singular_count_noun(word) is not None:
            nxt = tokens[position + 1] if position + 1 < len(tokens) else None
            if (
                nxt is not None
                and nxt.is_word
                and "NOUN" in lx.classes(nxt.lower)
                and not lx.is_function_word(nxt.lower)
            ):
                if position + 1 < min(start + _MODIFIERS + 1, len(tokens)):
                    continue  # a compound's first noun ("blood tests")
                return None
            return position
        if not known & {"ADJ", "VERB"} and "-" not in word:
            return None
    return None


def _after_opening_phrase(tokens, index: int) -> bool:
    """ "In our clinic there was": "there" right after a prepositional phrase that opens the sentence, with no
    word between that may be a finite verb."""
    if tokens[0].lower not in lx.PREPOSITIONS:
        return False
    return all(t.is_word and not lx.may_be_finite(t.lower) for t in tokens[1:index])
