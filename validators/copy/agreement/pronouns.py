"""copy.verb-agreement passes after a pronoun standing alone as the subject: "they gets", "both is", "These is"."""

from validators.copy import lexicon as lx
from validators.copy.agreement.phrase_words import past_adverbs
from validators.copy.agreement.word_context import _NEGATED_SINGULAR, _OBJECT_STARTERS, _PLURAL_FINITE, _SINGULAR_FINITE
from validators.copy.base import CLAUSE_BREAKS

_CLAUSE_OPENING = frozenset(", ; : and but".split())
# Conjunctions that join two clauses; a "you" after them opens the second clause's subject ("or you has had").
_CLAUSE_JOINERS = frozenset("and or but".split())


class PronounChecks:
    """The passes whose subject is a personal pronoun, "both" or a demonstrative."""

    # --- "they gets" ---------------------------------------------------------------------------
    def _after_pronoun(self, tokens):
        for index, token in enumerate(tokens):
            word = token.lower
            if word not in ("i", "we", "they", "you"):
                continue
            if word == "you" and index > 0:
                previous = tokens[index - 1]
                opens = previous.text in CLAUSE_BREAKS or previous.text == "," or previous.lower in lx.SUBORDINATORS
                if not (opens or previous.lower in _CLAUSE_JOINERS):
                    continue  # "you" may be an object: "what happens to you depends"; not after "or": "or you has"
            target = past_adverbs(tokens, index + 1)
            if target >= len(tokens) or not tokens[target].is_word:
                continue
            if tokens[target].lower == "was" and word != "i":
                yield target, "were", f"After '{token.text}', use 'were'."
                continue
            negated = _NEGATED_SINGULAR.get(tokens[target].lower.replace("’", "'"))
            if negated is not None and (word != "i" or negated in ("don't", "haven't")):
                yield target, negated, f"After '{token.text}', use '{negated}'."  # "they doesn't", "you hasn't"
                continue
            base = lx.third_person_base(tokens[target].lower)
            if base is None:
                continue
            if _possessive_slip(tokens, target):
                continue  # "You results arrive": "Your" was meant (copy.word-in-context), the verb agrees
            replacement = {"be": "are", "have": "have", "do": "do"}.get(base, base)
            if word == "i" and base == "be":
                replacement = "am"
            yield target, replacement, f"After '{token.text}', use '{replacement}'."

    # --- "both is" -----------------------------------------------------------------------------
    def _after_both(self, tokens):
        """ "We have two clinics, and both is open on Saturdays" -> "are": "both" standing alone as a
        subject is plural. Not "both of" (handled with its noun) nor "is both safe and" (an adverb)."""
        for index in range(len(tokens) - 1):
            if tokens[index].lower != "both":
                continue
            before = tokens[index - 1] if index else None
            if before is not None and before.text not in _CLAUSE_OPENING and before.lower not in lx.SUBORDINATORS:
                continue
            verb = tokens[index + 1].lower.replace("’", "'")
            replacement = _SINGULAR_FINITE.get(verb)
            if replacement is None and lx.third_person_base(verb) and lx.is_only(verb, "VERB"):
                replacement = lx.third_person_base(verb)
            if replacement is not None:
                yield index + 1, replacement, f"'{tokens[index].text}' is plural: use '{replacement}'."

    # --- "These is the best" --------------------------------------------------------------------
    def _after_demonstrative(self, tokens):
        """ "These is the best option" -> "are", "This are our prices" -> "is": a demonstrative standing alone
        as the subject takes the verb of its number. Only where a clause opens ("that" only at the start:
        after a comma it may open a relative clause)."""
        for index in range(len(tokens) - 2):
            word = tokens[index].lower
            if word not in ("this", "these", "those") and not (word == "that" and index == 0):
                continue
            before = tokens[index - 1] if index else None
            if before is not None and before.text not in _CLAUSE_OPENING and before.lower not in lx.SUBORDINATORS:
                continue
            verb = tokens[index + 1].lower
            forms = _SINGULAR_FINITE if word in ("these", "those") else _PLURAL_FINITE
            if verb in forms and verb not in ("don't", "have", "haven't"):
                replacement = forms[verb]
                yield index + 1, replacement, f"'{tokens[index].text}' takes '{replacement}'."
            elif tokens[index + 2].lower in _OBJECT_STARTERS and not tokens[index + 1].is_capitalised:
                replacement = _demonstrative_lexical_verb(word, verb)  # "This strengthen the muscles"
                if replacement is not None:
                    yield index + 1, replacement, f"'{tokens[index].text}' takes '{replacement}'."


def _demonstrative_lexical_verb(demonstrative: str, verb: str) -> str | None:
    """The form a lexical verb takes after a demonstrative standing alone as the subject, before an object
    ("This strengthen the muscles" -> "strengthens", "These contains a" -> "contain"), or None: only a word
    that is nothing but a verb ("This help", "these tests" are a determiner and its noun)."""
    if not lx.is_only(verb, "VERB") or lx.past_like_base(verb) or lx.is_participle(verb) or verb.endswith("ing"):
        return None
    if demonstrative in ("this", "that"):
        return lx.third_person(verb) if lx.is_lexical_base_verb(verb) and not lx.third_person_base(verb) else None
    return lx.third_person_base(verb)


def _possessive_slip(tokens, position: int) -> bool:
    """ "You results arrive", "they kids love": after the pronoun a plural noun and then a word that can only
    be a verb, so the pronoun is a slip of its possessive and the noun is the subject of that verb."""
    if not lx.is_plural_noun(tokens[position].lower):
        return False
    position += 1
    position = past_adverbs(tokens, position)  # "You parcels usually come"
    if position >= len(tokens):
        return False
    following = tokens[position].lower
    return lx.is_only(following, "VERB") and lx.third_person_base(following) is None
