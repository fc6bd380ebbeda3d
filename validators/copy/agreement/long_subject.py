"""A second reading of a sentence-opening subject for copy.verb-agreement: a small chunker that finds the
head noun, skips the phrase that modifies it and compares the head's number with the first certain verb.

What it does: where the subject reader (subject_reader.py) reads no subject at the sentence start, this
reader chunks the opening noun phrase ("Small changes", "The size range", "Readings") and takes the last
noun of its run as the head. It then skips one modifier after the head: a prepositional phrase ("above
180 over 120", "on the cuff"), a participle phrase ("printed on the cuff"), a "such as" list ("such as
raising a screen") or a subject relative clause whose verb follows its pronoun ("that cause fever",
"who smoke"). The first word after that which is certainly a finite verb -- a form of be/have/do that
carries number, or a lexical verb in -s or the base form followed by its object ("tell you", "reduces
the strain") -- must agree with the head.
Why is this bad? Between a head and its verb, a long modifier with a noun of the other number pulls the
verb to it ("The size range printed on the cuff tell you", "Small changes such as raising a screen
reduces the strain"); readers stumble, and the page reads as careless.
Example: "Readings above 180 over 120 needs a repeat check" -> "need"; "The size range printed on the
cuff tell you" -> "tells"; "Small changes such as raising a screen reduces the strain" -> "reduce".

Precision first: it gives up at a comma, a colon, a coordinated "and"/"or" outside a "such as" list, a
question word, a relative clause with a subject of its own ("the tablets your doctor gives you"), an
"of" phrase (quantities: "The majority of patients are"; the subject reader judges of-phrases), "to"
(an infinitive: "it's better to have them checked"), a
name, a collective or either-number noun, and a head run that may end in a verb ("The cream treats
cuts").
"""

from validators.copy import lexicon as lx

# Determiners that open the subject's noun phrase; other quantifiers ("most", "each") are the reader's.
_OPENERS = frozenset("the a an this these those my your our their his her its".split())
_RELATIVE = frozenset("that which who".split())
_STOPS = frozenset(',;:()—–?!"“”')
_QUESTION = frozenset("how what when where why whether if than as because".split())
_SINGULAR_FORMS = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't"}
_PLURAL_FORMS = {"are": "is", "were": "was", "have": "has", "do": "does", "don't": "doesn't"}
_OBJECT_OPENERS = frozenset("the a an this these those my your our their his its you us them him me".split())
_QUANTIFIERS = frozenset("more less most least much many few several all some any both half none other others".split())
_LONGEST = 14  # tokens between the head and the verb


def long_subject_verbs(tokens, starts, read, excluded: frozenset[str]):
    """(verb index, replacement, message) for each clause subject (opening at one of `starts`) whose verb the
    subject reader did not find; `read`: the reader's (head, number, verb index, certain) subjects;
    `excluded`: collective, either-number and singular -s nouns."""
    if len(tokens) < 4 or tokens[-1].text not in (".", "!"):
        return
    for start in starts:
        found = _judge(tokens, start, read, excluded)
        if found is not None:
            yield found


def _judge(tokens, start: int, read, excluded: frozenset[str]):
    head = _head(tokens, start)
    if head is None or head + 1 >= len(tokens):
        return None
    word = tokens[head].lower
    if word in excluded:
        return None
    number = "plural" if lx.is_plural_noun(word) else "singular" if "NOUN" in lx.classes(word) else None
    if number is None:
        return None
    verb = _verb_after_modifier(tokens, head)
    if verb is None:
        return None
    for subject in read:
        found_verb = subject[2] < len(tokens) and _verb_like(tokens[subject[2]].lower)
        if start <= subject[0] <= head and subject[2] <= verb and found_verb:
            return None  # the reader found this subject's verb (and judged it)
    replacement = _disagreement(tokens[verb].lower, number)
    if replacement is None:
        return None
    name = tokens[head].text
    return verb, replacement, f"The subject's head '{name}' is {number}: '{name} ... {replacement}'."


def _head(tokens, opening: int) -> int | None:
    """The last noun of the run of adjectives and nouns in the noun phrase opening at `opening` (after a
    determiner or possessive; at the sentence start also bare: "Small changes"), or None."""
    if opening >= len(tokens) - 1:
        return None
    start = opening + 1 if tokens[opening].lower in _OPENERS else opening
    if start == opening:
        first = tokens[start].lower
        if opening > 0 or not tokens[0].is_word or lx.is_lexical_base_verb(first) or first.endswith("ing"):
            return None  # an imperative ("Use sunscreen that has") or a gerund ("Cooling gels", "Taking tablets")
        if lx.is_function_word(first) or first in _QUANTIFIERS or first in lx.NUMBER_WORDS or first in _QUESTION:
            return None  # "More than 8 in 10 people have", "Two weeks in the tropics is": an amount
    end = start
    while end < len(tokens) and _run_word(tokens, end, start):
        end += 1
    if end == start or end >= len(tokens):
        return None
    head = end - 1
    word = tokens[head].lower
    if "NOUN" not in lx.classes(word):
        return None
    verb_reading = head > start and lx.third_person_base(word) and "VERB" in lx.classes(word)
    if verb_reading and "ADJ" not in lx.classes(tokens[head - 1].lower):
        return None  # "The cream treats cuts": after a noun, the -s word may be the verb
    return head


def _run_word(tokens, index: int, start: int) -> bool:
    token = tokens[index]
    if not token.is_word or "'" in token.lower or lx.is_function_word(token.lower):
        return False
    if token.is_capitalised and index > 0:
        return False  # a name or an abbreviation
    classes = lx.classes(token.lower)
    if not classes & {"NOUN", "ADJ"}:
        return False
    if index > start and token.lower.endswith("ed") and "VERB" in classes:
        return False  # "printed on the cuff": a participle phrase opens
    return not (index > start and lx.is_plural_noun(tokens[index - 1].lower))  # a plural ends the run


def _verb_after_modifier(tokens, head: int) -> int | None:
    """The index of the first certain finite verb after one modifier of the head, or None."""
    opener = tokens[head + 1].lower
    such_as = opener == "such" and head + 2 < len(tokens) and tokens[head + 2].lower == "as"
    participle = opener.endswith("ed") and "VERB" in lx.classes(opener)
    if opener in _RELATIVE:
        start = _after_relative_verb(tokens, head + 2)
        if start is None:
            return None
    elif such_as:
        start = head + 3
    elif participle or (opener in lx.PREPOSITIONS and opener not in ("of", "to")):
        start = head + 2
    else:
        return None
    for index in range(start, min(len(tokens) - 1, head + _LONGEST)):
        token = tokens[index]
        word = token.lower
        if token.text in _STOPS or word in _QUESTION or word in _RELATIVE or word in lx.SUBJECT_PRONOUNS:
            return None
        if word in lx.SUBORDINATORS:
            return None  # "review each of the reports before it is sent": a clause of its own
        if word in ("and", "or", "nor") and not such_as:
            return None
        if word == "to" or word in lx.MODALS:
            return None  # "to" may open an infinitive whose verb looks finite; a modal carries no number
        if _certain_verb(tokens, index):
            return index
    return None


def _after_relative_verb(tokens, index: int) -> int | None:
    """The index after a subject relative clause's verb group ("that cause", "who have had"), or None when
    the clause has a subject of its own or no verb right after its pronoun."""
    if index < len(tokens) and lx.is_adverb(tokens[index].lower) and tokens[index].lower.endswith("ly"):
        index += 1
    if index >= len(tokens) or not _verb_like(tokens[index].lower):
        return None
    auxiliary = tokens[index].lower in lx.AUXILIARIES
    index += 1
    while (
        auxiliary
        and index < len(tokens)
        and (tokens[index].lower in ("not", "been", "being", "be") or _participle(tokens[index].lower))
    ):
        index += 1
    joined = index + 1 < len(tokens) and tokens[index].lower in ("or", "and")
    if joined and _verb_like(tokens[index + 1].lower):
        index += 2  # "Moles that bleed or itch"
    return index


def _verb_like(word: str) -> bool:
    return lx.may_be_finite(word) or (lx.is_lexical_base_verb(word) and "VERB" in lx.classes(word))


def _participle(word: str) -> bool:
    return (word.endswith("ed") or word.endswith("en") or word.endswith("ing")) and "VERB" in lx.classes(word)


def _certain_verb(tokens, index: int) -> bool:
    """A form of be/have/do that carries number, or a lexical verb right after a noun or a number (an -ly
    adverb may stand between) and before its object (a determiner, a possessive, an object pronoun or an -ly
    adverb): in -s, or in the base form when the word is no noun ("tell you"; not "the injection site
    usually")."""
    word = tokens[index].lower
    if word in _SINGULAR_FORMS or word in _PLURAL_FORMS:
        return tokens[index - 1].lower not in lx.DETERMINERS
    before = index - 1
    if before > 0 and tokens[before].lower.endswith("ly") and lx.is_adverb(tokens[before].lower):
        before -= 1  # "Redness around the site usually go"
    previous = tokens[before]
    if not (previous.is_number or (previous.is_word and "NOUN" in lx.classes(previous.lower))):
        return False
    classes = lx.classes(word)
    if "VERB" not in classes or lx.is_function_word(word):
        return False
    if not (lx.third_person_base(word) or (lx.is_lexical_base_verb(word) and "NOUN" not in classes)):
        return False
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    adverb = following.endswith("ly") and lx.is_adverb(following)
    return following in _OBJECT_OPENERS or adverb or following in lx.PREPOSITIONS and before < index - 1


def _disagreement(written: str, number: str) -> str | None:
    """The form that agrees with a head of `number`, when the written verb does not."""
    if number == "plural":
        if written in _SINGULAR_FORMS:
            return _SINGULAR_FORMS[written]
        base = lx.third_person_base(written)
        return base if base and written not in _PLURAL_FORMS else None
    if written in _PLURAL_FORMS:
        return _PLURAL_FORMS[written]
    if written in _SINGULAR_FORMS or lx.third_person_base(written) or not lx.is_lexical_base_verb(written):
        return None
    return lx.third_person(written)
