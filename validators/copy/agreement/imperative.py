"""copy.verb-agreement passes after an imperative or an auxiliary: "Keep it dry and inspects" -> "inspect",
"can only kills" -> "kill"."""

from validators.copy import lexicon as lx
from validators.copy.agreement.phrase_words import past_adverbs
from validators.copy.agreement.word_context import _looks_imperative, _noun_follows, _verb_follows
from validators.copy.base import CLAUSE_BREAKS, clause_starts
from validators.copy.text import Token

# Leading words that may come before an imperative: "Always keep ...", "Please report ...".
_IMPERATIVE_LEADERS = frozenset(
    "please always also first then gently carefully regularly never just simply now do not don't".split()
)
# An introductory clause ends at its comma, then an imperative may follow: "If it itches, keep ...".
_INTRODUCERS = frozenset("if when to before after once while whenever until for during as".split())
_SUBJECT_CONTRACTIONS = ("'ll", "'re", "'ve", "'d", "’ll", "’re", "’ve", "’d")


class ImperativeChecks:
    """The passes that want a base form: after an imperative it is joined to, or after a modal, "do not" or "to"."""

    # --- "Keep ... and inspects" ---------------------------------------------------------------
    def _after_imperative(self, tokens: tuple[Token, ...]):
        for start in self._imperative_starts(tokens):
            verb = tokens[start]
            if not _looks_imperative(tokens, start):
                continue
            yield from self._coordinated_third_person(tokens, start, verb)

    def _imperative_starts(self, tokens):
        for start in clause_starts(tokens):
            index = start
            while index < len(tokens) and tokens[index].lower in _IMPERATIVE_LEADERS:
                index += 1
            if index < len(tokens):
                yield index
        if tokens and tokens[0].lower in _INTRODUCERS:
            for index, token in enumerate(tokens):
                if token.text == "," and index + 1 < len(tokens):
                    yield index + 1
                    break

    def _coordinated_third_person(self, tokens, start, verb):
        joined = False
        for index in range(start + 1, len(tokens)):
            token = tokens[index]
            word = token.lower
            if token.text in CLAUSE_BREAKS or word in lx.SUBORDINATORS or word in lx.MODALS or word in lx.BE_FORMS:
                return
            if word in ("has", "have", "had") or (index > start + 1 and self._subject_verb_pair(tokens, index)):
                return
            then = word == "then" and tokens[index - 1].text == "," and not joined
            joined = joined or word in ("and", "or")
            if word not in ("and", "or") and not then:
                continue  # ", then" joins a second instruction too ("Rest for two days, then slowly increase"),
                # unless an "and" came first ("Place it there and the app records ..., then shows")
            target = index + 1
            if target < len(tokens) and _opens_clause_with_subject(tokens[target].lower):
                return  # "Walk down the aisle and you'll see ...": a new clause with its own subject
            target = past_adverbs(tokens, target)
            if target >= len(tokens) or not tokens[target].is_word or tokens[target].is_capitalised:
                return
            candidate = tokens[target].lower
            base = lx.third_person_base(candidate)
            if base is None or base in ("be", "have", "do"):
                continue
            if target == len(tokens) - 1 and "NOUN" in lx.classes(candidate):
                continue  # "Exercise and sports", "Diet and drinks": a label ends on a noun, no clause after "and"
            listed = any(tokens[k].text == "," for k in range(start + 1, index))
            following = tokens[target + 1].lower if target + 1 < len(tokens) else ""
            object_after = following in lx.OBJECT_PRONOUNS | lx.POSSESSIVES | {"a", "an", "the"}
            if listed and "NOUN" in lx.classes(candidate) and not object_after:
                continue  # "Clean the seat, flush handle and taps every day": the last item of a list
            noun_after = _noun_follows(tokens, target) or lx.is_plural_noun(following)
            if "NOUN" in lx.classes(candidate) and not lx.is_plural_noun(candidate) and noun_after and not object_after:
                continue  # "See our schedule or shingles details": a noun (no plural of a verb) before a noun
            if lx.is_plural_noun(candidate):
                nouns_joined = lx.is_plural_noun(tokens[index - 1].lower)  # "lumps and bumps regularly"
                if not _verb_follows(tokens, target, objects_only=nouns_joined):
                    continue
                if nouns_joined and tokens[target + 1].lower in ("that", "which"):
                    continue  # "drinks and capsules that promise": a relative clause on the nouns
            yield target, base, f"After the imperative '{verb.text}', use the base form: '{base}'."
            return

    def _subject_verb_pair(self, tokens, index) -> bool:
        """A finite verb with its own subject sits between imperative and "and": another clause."""
        word = tokens[index].lower
        if lx.third_person_base(word) is None:
            return False
        if tokens[index - 1].is_number or tokens[index - 1].is_capitalised:
            return True  # "Rust 1.62 addresses", "Accutane helps": a subject of its own
        previous = tokens[index - 1].lower
        return previous in lx.SUBJECT_PRONOUNS or (
            "NOUN" in lx.classes(previous) and not lx.is_plural_noun(previous) and previous not in lx.DETERMINERS
        )

    # --- "can only kills", "does not works", "to inspects" -------------------------------------
    def _after_auxiliary(self, tokens):
        for index, token in enumerate(tokens):
            word = token.lower
            if word not in AUXILIARY_WORDS:
                continue  # one set test for most words: only these open the slot read below
            if index == 0 or token.is_capitalised:
                continue  # a sentence-initial modal starts a question ("Can scratches heal?")
            negated = word in lx.NEGATED_DO
            if word in lx.DO_FORMS:
                if index + 1 < len(tokens) and tokens[index + 1].lower == "not":
                    negated = True
                else:
                    continue
            if not (word in lx.MODALS or negated or word == "to"):
                continue
            if tokens[index - 1].lower in lx.DETERMINERS:
                continue  # "a can of", "the will to"
            target = index + 1
            while target < len(tokens) and (lx.is_adverb(tokens[target].lower) or tokens[target].lower == "not"):
                target += 1
            if target >= len(tokens) or not tokens[target].is_word or tokens[target].is_capitalised:
                continue
            candidate = tokens[target].lower
            base = lx.third_person_base(candidate)
            if base is None or base in ("be", "have", "do"):
                continue
            if word == "to" and not (lx.is_only(candidate, "VERB") or _infinitive_object(tokens, index, target)):
                continue  # "to" is also a preposition: "to treats and snacks"; but "to takes one tablet"
            yield target, base, f"After '{token.text}', use the base form: '{base}'."


# The words `_after_auxiliary` reads a base form after: modals, "do" (negated or before "not") and "to".
AUXILIARY_WORDS = lx.MODALS | lx.DO_FORMS | lx.NEGATED_DO | {"to"}


def _infinitive_object(tokens, to: int, verb: int) -> bool:
    """After a verb that takes an infinitive ("need to", "remember to"), an -s word with a possessive, pronoun,
    "a" or a number after it is a verb ("need to takes one tablet", "remember to checks your feet"); not after
    a noun, a pronoun or a participle, where "to" is a preposition ("access to tests the same week", "add it
    to drinks", "according to reports a third")."""
    before = tokens[to - 1].lower if to else ""
    if before in lx.OBJECT_PRONOUNS or "VERB" not in lx.classes(before) or "ADJ" in lx.classes(before):
        return False
    if before.endswith("ing") or lx.is_participle(before):
        return False
    if "NOUN" in lx.classes(before):  # "need", "try": a verb only after a subject, a modal or "to"
        ahead = tokens[to - 2].lower if to > 1 else ""
        if ahead not in lx.SUBJECT_PRONOUNS | lx.MODALS | lx.NEGATED_DO | {"to", "not"}:
            return False
    if verb + 1 >= len(tokens):
        return False
    after = tokens[verb + 1]
    starts = lx.POSSESSIVES | lx.OBJECT_PRONOUNS | {"a", "an"}
    return after.is_number or after.lower in starts or after.lower in lx.NUMBER_WORDS


def _opens_clause_with_subject(word: str) -> bool:
    """A subject pronoun that can only start a clause: "we", "they", "you'll" (not "it"/"you": objects too)."""
    return word in ("i", "we", "they", "he", "she") or (
        word.endswith(_SUBJECT_CONTRACTIONS) and word.split("'")[0].split("’")[0] in lx.SUBJECT_PRONOUNS
    )
