"""copy.missing-to: "If you want lose weight": the "to" of an infinitive left out after a verb that needs it."""

from collections.abc import Iterator
from functools import lru_cache

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.context_words import bigram_counts
from validators.copy.possessive_slot import passive_contact_clause
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register


@register
class MissingTo(SentenceRule):
    """A verb that takes "to" + an infinitive followed directly by a word that is only a base verb.

    What it does: verbs such as "want", "try", "decide", "plan", "need" (copy_verb_forms.yaml
    `infinitive_verbs`, in any form: "wants", "tried") join a second verb with "to" ("want to lose
    weight"). When a word that the lexicon knows only as a verb's base form comes right after one of them
    ("want lose", "tried eat"), the "to" was dropped. Left alone: a noun use of the first word after a
    determiner ("your plan include") or as a plural ("Treatment plans include"), the end of a relative
    clause without its pronoun ("The vaccines you need depend on"), and a second word that may be a noun
    ("need rest", "remember names") unless real English mostly puts "to" before it (by the bigram table:
    "to keep", "to stay") and does not use the written pair ("want help"): "Try keep the area clean".
    Class: missing word.
    Why is this bad? The sentence reads as broken or machine-translated; in advice ("If you want lose
    weight") the reader stumbles on the instruction itself.
    The same holds past a "not" ("Try not scratch" -> "Try not to scratch"), except after "need" and
    "dare", which may take a bare verb there ("You need not worry").
    Example: "If you want lose weight" -> "want to lose"; "Try eat more slowly" -> "Try to eat"; "You may
    need bring your card" -> "need to bring"; "Try not scratch the bites" -> "Try not to scratch".

    A second reading covers the verbs whose object takes the infinitive (copy_verb_forms.yaml
    `object_to_verbs`: "ask", "allow", "encourage", "remind" ...): the verb, a short object (an object
    pronoun, a plural noun, or a determiner or possessive opening at most three words that end in a noun)
    and then a base verb: "Ask your nurse check how" -> "Ask your nurse to check"; "Allow the cream soak
    in" -> "to soak"; "Encourage them drink water" -> "to drink". The base verb is a word the lexicon knows
    only as a verb, or one that is a noun too but that real English mostly puts after "to" and that opens
    its own object (a determiner, a pronoun or a question word follows: "check how", "take a"). Verbs that
    take a clause without "that" ("expect", "advise": "We expect most patients recover") and verbs that take
    a bare infinitive ("help", "let", "make") are not in the list.
    """

    id = "copy.missing-to"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)

    def __init__(self, config):
        super().__init__(config)
        self.verbs = self.word_set("copy_verb_forms", "infinitive_verbs")
        self.infinitive_share = float(self.vocabulary("copy_verb_forms")["infinitive_share"])
        self.object_verbs = self.word_set("copy_verb_forms", "object_to_verbs")
        # a sentence without one of them is skipped with one set test
        self.trigger_words = _inflections(self.verbs) | _inflections(self.object_verbs)
        self.object_infinitive_share = float(self.vocabulary("copy_verb_forms")["object_infinitive_share"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(len(tokens) - 1):
            verb, following = tokens[index], tokens[index + 1]
            negated = following.lower == "not" and index + 2 < len(tokens) and verb.lower not in _BARE_AFTER_NOT
            if negated:
                following = tokens[index + 2]  # "Try not scratch": the "to" goes after "not"
            if not self._takes_to(tokens, index) or not self._base_verb(verb, following, negated=negated):
                continue
            phrase = f"{verb.text} {'not ' if negated else ''}to {following.text}"
            yield self.finding(
                document,
                verb.start,
                following.end,
                f"A word seems to be missing: '{phrase}'?",
                [Suggestion(phrase, safe=False)],
            )

        yield from self._object_then_verb(document, tokens)

    def _object_then_verb(self, document: Document, tokens: tuple[Token, ...]) -> Iterator[Finding]:
        """ "Ask your nurse check how": a verb whose object takes "to" + an infinitive, its object, then a
        base verb without its "to"."""
        for index, token in enumerate(tokens):
            if not token.is_word or (token.is_capitalised and index > 0):
                continue
            if not any(lemma in self.object_verbs for lemma in lx.lemmas(token.lower).get("VERB", ())):
                continue
            if index > 0 and tokens[index - 1].lower in lx.DETERMINERS:  # (possessives included)
                continue  # "an ask", "your request": a noun
            ends = (end for end in _object_ends(tokens, index + 1) if end + 1 < len(tokens))
            end = next((end for end in ends if self._bare_infinitive(tokens, end + 1)), None)
            if end is None:
                continue
            following = tokens[end + 1]
            phrase = f"{tokens[end].text} to {following.text}"
            yield self.finding(
                document,
                tokens[end].start,
                following.end,
                f"A word seems to be missing: '{phrase}'?",
                [Suggestion(phrase, safe=False)],
            )

    def _bare_infinitive(self, tokens: tuple[Token, ...], index: int) -> bool:
        """The word at `index` is a base verb standing where "to" + an infinitive belongs: only a verb
        ("drink"), or a noun too ("check", "take") that real English mostly puts after "to" and that opens
        its own object (a determiner, a pronoun or a question word follows it)."""
        following = tokens[index]
        if _only_base_verb(following):
            return True
        word = following.lower
        if not following.is_word or following.is_capitalised or not lx.is_lexical_base_verb(word):
            return False
        if "VERB" not in lx.classes(word) or lx.is_function_word(word):
            return False
        after = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if not (after in lx.DETERMINERS or after in _OBJECT_OPENERS):
            return False
        counts = bigram_counts()
        return counts.pair("to", word)[0] >= self.object_infinitive_share * counts.scale * counts.unigram(word)

    def _base_verb(self, verb: Token, following: Token, *, negated: bool = False) -> bool:
        """The word after the verb is an infinitive: a word that is only a verb's base form, or a base form
        that is a noun too but that real English mostly puts after "to" ("keep", "stay"; not "rest",
        "names"), after a verb form real English mostly follows with "to" ("try", "wanted"; not "learned",
        "prepare"), when the written pair is not one real English uses ("want help" is). After "not" any
        base verb is one: "not" leaves no room for a noun ("try not scratch")."""
        if _only_base_verb(following):
            return True
        word = following.lower
        if not following.is_word or following.is_capitalised or not lx.is_lexical_base_verb(word):
            return False
        if "VERB" not in lx.classes(word):
            return False
        if negated:
            return True
        counts = bigram_counts()
        if counts.pair(verb.lower, word)[1]:
            return False
        share = self.infinitive_share * counts.scale
        # both sides lean on "to": the verb mostly takes it ("tried to"; not "learned", "prepare", which
        # take objects) and the word mostly follows it
        verb_takes_to = counts.pair(verb.lower, "to")[0] >= share * counts.unigram(verb.lower)
        return verb_takes_to and counts.pair("to", word)[0] >= share * counts.unigram(word)

    def _takes_to(self, tokens: tuple[Token, ...], index: int) -> bool:
        """A form of a verb that takes "to" + an infinitive, used as a verb (not after a determiner)."""
        token = tokens[index]
        if not token.is_word or (token.is_capitalised and index > 0):
            return False
        if index > 0 and tokens[index - 1].lower in lx.DETERMINERS:  # (possessives included)
            return False  # "your plan include": a noun
        plural = lx.is_plural_noun(token.lower) or (lx.third_person_base(token.lower) and _noun(token))
        if plural and not (index > 0 and tokens[index - 1].lower in lx.SUBJECT_PRONOUNS):
            return False  # "Treatment plans include", "your child's needs vary": a plural noun, then its verb
        if index > 1 and tokens[index - 1].lower in lx.SUBJECT_PRONOUNS and _noun(tokens[index - 2]):
            return False  # "The vaccines you need depend on": a relative clause ends, the main verb follows
        if index > 1 and passive_contact_clause(tokens, index - 1):
            return False  # "The checks you're offered depend on": a relative clause ends, the main verb follows
        if index > 2 and lx.is_plural_noun(tokens[index - 1].lower) and _noun(tokens[index - 2]) and (
            tokens[index - 3].lower in lx.DETERMINERS
        ):
            return False  # "The doses children need depend on weight": the relative clause's subject is a plural
        return any(lemma in self.verbs for lemma in lx.lemmas(token.lower).get("VERB", ()))


# Words that open a verb's object or complement: "check how", "drink plenty", "soak up".
_OBJECT_OPENERS = (
    frozenset("how what when where whether which who why if more less plenty enough".split())
    | lx.OBJECT_PRONOUNS
    | lx.PARTICLES
    | lx.NUMBER_WORDS
)
# Object pronouns that are never a subject ("you", "it" may open a clause of their own: "tell you it is").
_OBJECT_ONLY = frozenset("me us them him".split())


def _object_ends(tokens: tuple[Token, ...], start: int) -> Iterator[int]:
    """The index of the last word of each short object that may open at `start`, shortest first: an
    object-only pronoun ("them"), a plural noun ("patients"), or a determiner or possessive and up to three
    words, any of them a noun ("your nurse", "the new cream", "your GP practice nurse")."""
    if start >= len(tokens) or not tokens[start].is_word:
        return
    first = tokens[start].lower
    if first in _OBJECT_ONLY:
        yield start
    elif first in lx.DETERMINERS:
        for end in range(start + 1, min(start + 4, len(tokens))):
            token = tokens[end]
            if not token.is_word or lx.is_function_word(token.lower) or "'" in token.lower:
                return
            if _noun(token):
                yield end
    elif lx.is_plural_noun(first) and not lx.is_function_word(first) and not tokens[start].is_capitalised:
        yield start


# Verbs that may take a bare infinitive after "not": "You need not worry", "I dare not ask".
_BARE_AFTER_NOT = frozenset(["need", "dare"])


@lru_cache(maxsize=8)
def _inflections(verbs: frozenset[str]) -> frozenset[str]:
    """Every spelling of every form of the verbs ("want", "wants", "wanted", "wanting"), from the bigram table's
    verb forms; gathered once per verb list (a check run makes its rules anew)."""
    forms = bigram_counts().verb_forms
    return (
        frozenset(
            spelling
            for verb in verbs
            for group in forms.get(verb, ())
            if verb in group[0]
            for form in group
            for spelling in form
        )
        | verbs
    )


def _noun(token: Token) -> bool:
    return token.is_word and "NOUN" in lx.classes(token.lower) and not lx.is_function_word(token.lower)


def _only_base_verb(token: Token) -> bool:
    """A word the lexicon knows only as a verb, in its base form ("lose", "eat"; not "rest", "names")."""
    word = token.lower
    return token.is_word and not token.is_capitalised and lx.is_only(word, "VERB") and lx.is_lexical_base_verb(word)
