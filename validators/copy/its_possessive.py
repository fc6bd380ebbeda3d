"""copy.its-possessive: "it's" (it is) where the possessive "its" belongs ("The ankle and it's ligaments heal")."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.missing_article import count_nouns
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# The most adjectives read between "it's" and its noun ("it's own small print").
_MAX_ADJECTIVES = 2


@register
class ItsPossessive(SentenceRule):
    """ "it's" before a noun it owns, where "it is" cannot stand.

    What it does: after "it's", up to two words the lexicon knows only as adjectives, then a noun. Read as
    "it is", the noun would be the complement of "is"; two shapes make that impossible:
    (1) a plural noun followed by a verb (after an optional adverb): the noun is the subject of that verb
    ("it's ligaments usually heal", "it's side effects include"), so "it's" owns it;
    (2) a singular count noun with no article, one real English never puts bare after "is" (the noun
    list of copy.missing-article, validators/data/copy_count_nouns.txt: "is part" and "is home" are
    listed, "is taste" is not): "makes it's taste milder";
    (3) a singular word that is only a noun, then (after an optional adverb) a verb in -s or a singular
    auxiliary or modal: the noun is that verb's subject ("it's protection fades", "it's texture can
    feel", "it's flavour is mild"), which "it is" would leave without a link.
    A noun that may also be an adjective ("it's normal", "it's fine") and a mass noun with nothing finite
    after it ("it's time to") pass.
    Class: a confused word (grammar).
    Why is this bad? "it's" for "its" is one of the slips readers notice most, and marks a page as unedited.
    Example: "The ankle and it's ligaments usually heal" -> "its"; "which makes it's taste milder" -> "its";
    "The drug and it's side effects are listed" -> "its"; "and it's protection fades over the year" -> "its".
    """

    id = "copy.its-possessive"
    severity = Severity.ERROR
    trigger_words = frozenset(["it's"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index, token in enumerate(tokens):
            if token.lower != "it's" or not self._owns_noun(tokens, index + 1):
                continue
            fix = "Its" if token.text[0].isupper() else "its"
            yield self.finding(
                document,
                token.start,
                token.end,
                f"'{token.text}' means 'it is'; before the noun it owns, write the possessive '{fix}'.",
                [Suggestion(fix, safe=True)],
            )

    @staticmethod
    def _owns_noun(tokens: tuple[Token, ...], position: int) -> bool:
        start = position
        while position < len(tokens) - 1 and position - start < _MAX_ADJECTIVES and _modifier(tokens, position):
            position += 1
        if position >= len(tokens) or not tokens[position].is_word or tokens[position].is_capitalised:
            return False
        noun = tokens[position].lower
        classes = lx.classes(noun)
        if "NOUN" not in classes or "ADJ" in classes or lx.is_function_word(noun):
            return False
        after = position + 1
        if after < len(tokens) and tokens[after].text in ("-", "'"):
            return False  # a compound or a possessive ("it's day-to-day", "it's women's health week")
        if lx.is_plural_noun(noun):
            if after < len(tokens) and lx.is_adverb(tokens[after].lower):
                after += 1
            return after < len(tokens) and _verb(tokens[after])
        if lx.is_only(noun, "NOUN") and _singular_verb_after(tokens, after):
            return True  # "it's protection fades", "it's texture can feel": the noun is the verb's subject
        bare = count_nouns().get(noun)
        return position == start and bare is not None and "is" not in bare


def _modifier(tokens: tuple[Token, ...], position: int) -> bool:
    """An adjective-only word, or a noun before a plural noun ("side effects"), that modifies the head."""
    token, following = tokens[position], tokens[position + 1]
    if not token.is_word or not following.is_word:
        return False
    if lx.is_only(token.lower, "ADJ"):
        return True
    if lx.is_function_word(token.lower) or token.lower.startswith(("some", "any", "every", "no")):
        return False  # "it's something humans do": a pronoun heads its own phrase
    return (
        "NOUN" in lx.classes(token.lower) and not lx.is_plural_noun(token.lower) and lx.is_plural_noun(following.lower)
    )


# Auxiliaries and modals a singular subject takes ("it's flavour is", "it's effect may").
_SINGULAR_AUXILIARIES = lx.MODALS | frozenset("is was has does".split())


def _singular_verb_after(tokens: tuple[Token, ...], position: int) -> bool:
    """A finite verb a singular noun can be the subject of at `position` (after one optional adverb): a
    singular auxiliary or modal, or a word that is only a verb in -s ("fades", "lasts")."""
    if position < len(tokens) and lx.is_adverb(tokens[position].lower):
        position += 1
    if position >= len(tokens) or not tokens[position].is_word:
        return False
    word = tokens[position].lower
    if word in _SINGULAR_AUXILIARIES:
        return True
    return lx.third_person_base(word) is not None and not lx.is_plural_noun(word) and "ADJ" not in lx.classes(word)


def _verb(token: Token) -> bool:
    """A verb that can be the plural noun's own: a base form, a verb-only word or a plural auxiliary."""
    word = token.lower
    if not token.is_word:
        return False
    if word in lx.AUXILIARIES:
        return word not in ("is", "was", "has", "does", "am")
    return lx.is_base_verb(word) or lx.is_only(word, "VERB")
