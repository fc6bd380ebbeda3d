"""copy.past-time-tense: a present verb after a past time ("Last year our clinic start lending") or after
"since" + a point in time ("Since 2015 we help")."""

import re
from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.context_words import bigram_counts
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_SUBJECT_PRONOUNS = frozenset("we they i he she it you".split())
_PAST_BE = {"is": "was", "am": "was", "are": "were", "has": "had", "have": "had"}
_PERFECT_BE = {"is": "has been", "am": "have been", "are": "have been"}
_SINGULAR_PRONOUNS = frozenset("he she it".split())


@register
class PastTimeTense(SentenceRule):
    """A sentence that opens with a time in the past, or with "since" and a point in time, and whose verb is
    in the present.

    What it does: after an opening "Last year/month/week ..." (`past_time_units` in copy_usage.yaml),
    "Yesterday", or "N years/months/weeks ago", the subject (a subject pronoun, or a determiner or
    possessive with up to two adjectives and its noun) is followed by a verb; a present form ("start",
    "starts", "is", "have") is a tense slip and the past is suggested. After an opening "Since 2015",
    "Since then", "Since last year" or "Since N years", a simple present ("we help", "we are") wants the
    present perfect ("we have helped", "we have been"); "Since 2015 we have helped" passes. A verb that is
    spelled the same in the past ("put", "set") passes.
    Class: verb form.
    Why is this bad? A page that says what a clinic did in the past in the present tense reads as a
    draft or as machine-translated; readers and editors notice it at once.
    Example: "Last year our clinic start lending monitors" -> "started"; "Yesterday the pharmacy open
    late" -> "opened"; "Since 2015 we help thousands of customers" -> "have helped".
    """

    id = "copy.past-time-tense"
    severity = Severity.WARNING
    trigger_words = frozenset(["last", "yesterday", "ago", "since"])

    def __init__(self, config):
        super().__init__(config)
        words = self.vocabulary("copy_usage")
        self.units = frozenset(words["past_time_units"])
        self.plural_units = frozenset(words["past_time_plural_units"])
        self.words = frozenset(words["past_time_words"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        if not tokens or sentence.is_heading:
            return
        opening = self._opening(tokens)
        if opening is None:
            return
        end, perfect = opening
        if end < len(tokens) and tokens[end].text == ",":
            end += 1
        verb_at = self._verb_after_subject(tokens, end)
        if verb_at is None:
            return
        subject_plural = self._plural_subject(tokens, end, verb_at)
        verb = tokens[verb_at]
        fix = self._fix(verb.lower, perfect, subject_plural)
        if fix is None:
            return
        what = "the present perfect" if perfect else "the past"
        yield self.finding(
            document,
            verb.start,
            verb.end,
            f"The sentence opens with a time {'since which' if perfect else 'in the past'}: use {what}, '{fix}'.",
            [Suggestion(fix, safe=False)],
        )

    def _opening(self, tokens: tuple[Token, ...]) -> tuple[int, bool] | None:
        """Where the opening time phrase ends, and whether it wants the present perfect ("since")."""
        first = tokens[0].lower
        second = tokens[1].lower if len(tokens) > 1 else ""
        if first in self.words:
            return 1, False
        if first == "last" and second in self.units:
            return 2, False
        if (tokens[0].is_number or first in lx.NUMBER_WORDS) and second in self.plural_units:
            if len(tokens) > 2 and tokens[2].lower == "ago":
                return 3, False
            return None
        if first != "since" or len(tokens) < 3:
            return None
        if _YEAR.match(tokens[1].text) or second == "then":
            return 2, True
        if second == "last" and tokens[2].lower in self.units:
            return 3, True
        return None

    def _verb_after_subject(self, tokens: tuple[Token, ...], start: int) -> int | None:
        if start >= len(tokens) - 1:
            return None
        first = tokens[start]
        if first.lower in _SUBJECT_PRONOUNS:
            return start + 1
        if first.lower not in lx.DETERMINERS | lx.POSSESSIVES or first.lower in ("this", "that"):
            return None
        position = start + 1
        while position < len(tokens) - 1 and lx.is_only(tokens[position].lower, "ADJ"):
            position += 1
        head = tokens[position]
        if not head.is_word or head.is_capitalised or "NOUN" not in lx.classes(head.lower):
            return None
        while position + 2 < len(tokens) and _noun_before_verb(tokens[position + 1].lower, tokens[position + 2].lower):
            position += 1  # a noun modifier before the head: "our healthcare teams offered"
        return position + 1 if position + 1 < len(tokens) else None

    @staticmethod
    def _plural_subject(tokens: tuple[Token, ...], start: int, verb_at: int) -> bool:
        head = tokens[verb_at - 1].lower
        if verb_at - 1 == start:
            return head not in _SINGULAR_PRONOUNS
        return lx.is_plural_noun(head)

    @staticmethod
    def _fix(word: str, perfect: bool, plural: bool) -> str | None:
        auxiliary = "have" if plural else "has"
        if perfect:
            if word in _PERFECT_BE:
                return f"{auxiliary} been"
            if word in lx.AUXILIARIES:
                return None
        elif word in _PAST_BE:
            return "were" if word == "are" else _PAST_BE[word]
        if word in lx.AUXILIARIES or lx.is_function_word(word):
            return None
        verbs = lx.lemmas(word).get("VERB", ())
        if not verbs:
            return None
        if not lx.third_person_base(word) and set(verbs) - {word}:
            return None  # the past of another verb as well: "we saw" (see), "they found" (find)
        base = lx.third_person_base(word) or (word if word in verbs else None)
        if base is None or lx.past_like_base(base):
            return None  # a past form already, or spelled like one ("put", "set")
        inflections = bigram_counts().verb_forms.get(base, ())
        for forms in inflections:
            if base in forms[0] and len(forms) == 5:
                past, participle = forms[2][0], forms[3][0]
                return f"{auxiliary} {participle}" if perfect else past
        return None


def _noun_before_verb(word: str, following: str) -> bool:
    """A noun (the subject's head after a modifier) followed by a word that can carry the clause."""
    if following.endswith("ing") or lx.is_function_word(following) or "NOUN" not in lx.classes(word):
        return False  # "our clinic start lending": the -ing form is no clause's verb
    return "VERB" in lx.classes(following)
