"""A bare verb after a preposition: a preposition takes a noun or an -ing form, so a base verb with its own object
after it has lost its -ing ("instead of rub it", "before take the tablets", "without ask your GP"). Read by
copy.verb-form."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.context_words import bigram_counts
from validators.copy.text import Token

# Prepositions that take an -ing form ("to" takes an infinitive; "than", "like", "as" may compare two verbs).
_GERUND_PREPOSITIONS = lx.PREPOSITIONS - frozenset("to than like as via per near".split())
_OBJECT_OPENERS = (lx.DETERMINERS | lx.POSSESSIVES | lx.OBJECT_PRONOUNS) - frozenset("whose which what".split())
# Object pronouns that are never a subject: after a word that may be a noun they still prove its verb reading.
_OBJECT_ONLY_PRONOUNS = frozenset("them him me us".split())


def bare_verbs_after_preposition(tokens: tuple[Token, ...]) -> Iterator[tuple[int, str]]:
    """(index, -ing form) for each base-form verb right after a preposition and right before its object.

    What it does: after a preposition that takes an -ing form ("of", "for", "before", "without", "about" ...), a
    word that is a verb's base form, followed by the opening of its object (a determiner, possessive or object
    pronoun), is flagged with its -ing form -- when real English never puts the two words side by side (the pair is
    missing from the bigram table of symspellpy's Google Books counts, which lists every pair seen ~6.4 million
    times), so set phrases whose noun is also a verb ("in case the", "after school the", "of course the") stay.
    Why is this bad? "Pat the skin dry instead of rub it" and "Talk to your GP before stop the tablets" read as
    broken, and in instructions the reader must guess what is meant.
    Example: "instead of rub it" -> "rubbing"; "before take the tablets" -> "taking"; "without ask your GP" ->
    "asking"; "instead of rubbing it", "in case the pain returns" and "after school the children" are left
    alone."""
    for index in range(len(tokens) - 2):
        preposition, verb, following = tokens[index], tokens[index + 1], tokens[index + 2]
        if preposition.lower not in _GERUND_PREPOSITIONS or not verb.is_word or verb.is_capitalised:
            continue
        word = verb.lower
        if following.lower not in _OBJECT_OPENERS or not lx.is_lexical_base_verb(word):
            continue
        if not (lx.is_only(word, "VERB") or following.lower in _OBJECT_ONLY_PRONOUNS):
            continue  # a noun too: "in case the", "over time the", "of water a day", "for help the same day"
        gerund = _gerund(word)
        if gerund is not None:
            yield index + 1, gerund


def _gerund(verb: str) -> str | None:
    """The -ing form of a base verb, from the bigram table's verb forms or spelt by rule and known to the lexicon
    as that verb's form ("rub" -> "rubbing", "take" -> "taking")."""
    for group in bigram_counts().verb_forms.get(verb, ()):
        if verb in group[0] and group[4]:
            return group[4][0]
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) else verb
    for spelt in (stem + "ing", verb + verb[-1] + "ing"):
        if verb in lx.lemmas(spelt).get("VERB", ()):
            return spelt
    return None
