"""copy.pronoun-case: a subject pronoun where an object belongs ("to Dr. Patel or I") and the reverse
("Maria and me started", "nurses, whom are")."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# The longest noun phrase read before "and"/"or" ("Dr . Patel", "my husband", "our practice nurse").
_MAX_PHRASE = 4


@register
class PronounCase(SentenceRule):
    """A pronoun in the wrong case inside a coordination or after "whom".

    What it does: three shapes, each where only one case is possible.
    (1) After a preposition (`object_prepositions` in copy_usage.yaml), a short noun phrase joined by
    "and"/"or" to "I", with no verb after "I" ("to Dr. Patel or I at your next visit", "between you
    and I"): the object of a preposition is "me". "I" before a verb opens a new clause ("to my
    husband and I will ...") and stays.
    (2) A sentence that opens with a noun phrase joined by "and" to "me" (or "me and" a noun phrase),
    then a verb that carries the clause ("Coach Maria and me started"): a subject is "I".
    (3) "whom" right before a verb that carries a clause ("our nurses, whom are all certified"): the
    subject of the relative clause is "who". "whom we treat" (its own subject) and "whom" after a
    preposition ("none of whom are responsible") stay.
    Class: a confused word (grammar).
    Why is this bad? Readers notice a wrong case at once, and a clinic's page that gets it wrong in a
    doctor's own voice loses the authority the page is built on.
    Example: "Bring the log to Dr. Patel or I" -> "me"; "My partner and me run the clinic" -> "I";
    "Our pharmacists, whom are all independent prescribers" -> "who".
    """

    id = "copy.pronoun-case"
    severity = Severity.WARNING
    trigger_words = frozenset(["i", "me", "whom"])

    def __init__(self, config):
        super().__init__(config)
        words = self.vocabulary("copy_usage")
        self.prepositions = frozenset(words["object_prepositions"])
        self.titles = frozenset(words["name_titles"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index, token in enumerate(tokens):
            if token.lower == "i" and token.text == "I" and self._object_i(tokens, index):
                yield self._finding(document, token, "me", "After a preposition the pronoun is 'me'", index)
            elif token.lower == "me" and self._subject_me(tokens, index):
                yield self._finding(document, token, "I", "The subject of a verb is 'I'", index)
            elif token.lower == "whom" and self._subject_whom(tokens, index):
                yield self._finding(document, token, "who", "Before its verb, the clause's subject is 'who'", index)

    def _finding(self, document: Document, token: Token, fix: str, why: str, index: int) -> Finding:
        if index == 0 and fix != "I":
            fix = fix[0].upper() + fix[1:]
        return self.finding(
            document, token.start, token.end, f"{why}: '{fix}', not '{token.text}'.", [Suggestion(fix, safe=False)]
        )

    @staticmethod
    def _subject_whom(tokens: tuple[Token, ...], index: int) -> bool:
        """ "whom" + a verb, not after a preposition ("none of whom are", "to whom it may concern")."""
        if index + 1 >= len(tokens) or not _carries_clause(tokens[index + 1]):
            return False
        return index == 0 or tokens[index - 1].lower not in lx.PREPOSITIONS

    def _object_i(self, tokens: tuple[Token, ...], index: int) -> bool:
        if index < 3 or tokens[index - 1].lower not in ("and", "or"):
            return False
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and after.is_word and (after.lower in lx.AUXILIARIES or _verb_after_i(after.lower)):
            return False  # "... and I will call": "I" opens a clause
        start = self._phrase_start(tokens, index - 2)
        return start > 0 and tokens[start - 1].lower in self.prepositions

    def _subject_me(self, tokens: tuple[Token, ...], index: int) -> bool:
        if index + 1 >= len(tokens):
            return False
        verb = tokens[index + 1]
        if not (_carries_clause(verb) or (verb.is_word and lx.is_lexical_base_verb(verb.lower))):
            return False
        if index > 1 and tokens[index - 1].lower == "and":
            return self._phrase_start(tokens, index - 2) == 0
        return False  # "Me and my daughter take ...": left to testimonials (debatable)

    def _phrase_start(self, tokens: tuple[Token, ...], last: int) -> int:
        """The index where a short noun phrase ending at `last` starts (-1 if the words are no noun
        phrase): names, titles with their full stop, determiners, possessives, adjectives and nouns,
        or one object pronoun."""
        if last < 0:
            return -1
        if tokens[last].lower in ("you", "him", "her", "them", "us"):
            return last
        position = last
        while position >= 0 and last - position < _MAX_PHRASE:
            token = tokens[position]
            previous = tokens[position - 1] if position else None
            if token.text == "." and previous is not None and previous.lower in self.titles:
                position -= 1
                continue
            if not token.is_word or token.lower in lx.AUXILIARIES or token.lower in lx.PREPOSITIONS:
                break
            if not (
                token.is_capitalised
                or token.lower in lx.DETERMINERS
                or lx.classes(token.lower) & {"NOUN", "ADJ", "PROPN"}
            ):
                break
            if token.lower in lx.DETERMINERS:
                return position
            position -= 1
        start = position + 1
        return start if start <= last and tokens[start].is_word else -1


def _verb_after_i(word: str) -> bool:
    """A word after "I" that makes it a subject: a verb that may carry a clause, or an adverb."""
    return "VERB" in lx.classes(word) or lx.is_adverb(word)


def _carries_clause(token: Token) -> bool:
    """A verb that carries a clause: an auxiliary, or a form only a finite verb has ("started",
    "runs"), not a base form that may be a noun."""
    word = token.lower
    if not token.is_word:
        return False
    if word in lx.AUXILIARIES:
        return True
    verbs = lx.lemmas(word).get("VERB", ())
    if not verbs or word in verbs:
        return False
    return (
        lx.may_be_finite(word)
        and not lx.is_participle(word)
        or bool(lx.third_person_base(word))
        or (lx.is_participle(word) and lx.is_only(word, "VERB") and word.endswith("ed"))
    )
