"""copy.missing-preposition: a verb that reaches a person through "to", written without it ("speak your GP")."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

_OPENERS = lx.POSSESSIVES | frozenset(["the", "a", "an", "one"])


@register
class MissingPreposition(SentenceRule):
    """ "speak", "talk", "listen", "reply" + a determiner and a role of care, with no "to".

    What it does: these verbs (`to_person_verbs` in copy_usage.yaml) take the person they address through
    "to" ("speak to your GP", "talk to a pharmacist", "listen to the nurse"). Right before a determiner or a
    possessive and a role of care (copy_grammar.yaml `care_roles`, plus `extra_roles`: GP, team, surgery
    ...), the "to" is missing. "tell", "ask" and "call" take the person directly and are not listed, nor is
    "explain" (its object is often the thing explained); a word after the role that makes it a modifier
    ("speak your GP's language") and "talk the team through it" pass.
    Class: missing word.
    Why is this bad? The dropped "to" sits in the instruction that sends a reader to a professional, the
    line a health page most needs to be clear.
    Example: "you should speak your GP before starting" -> "speak to your GP"; "Talk your pharmacist about
    side effects" -> "Talk to your pharmacist"; "listen your physiotherapist" -> "listen to".
    """

    id = "copy.missing-preposition"
    severity = Severity.ERROR

    def __init__(self, config):
        super().__init__(config)
        words = self.vocabulary("copy_usage")
        self.trigger_words = frozenset(words["to_person_verbs"])
        self.roles = frozenset(self.vocabulary("copy_grammar")["care_roles"]) | frozenset(words["extra_roles"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(len(tokens) - 2):
            verb, opener = tokens[index], tokens[index + 1]
            if verb.lower not in self.trigger_words or opener.lower not in _OPENERS:
                continue
            position = index + 2
            while position < len(tokens) - 1 and lx.is_only(tokens[position].lower, "ADJ"):
                position += 1  # "speak your local pharmacist"
            role = tokens[position]
            if role.lower not in self.roles:
                continue
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            if following is not None and (
                following.text in ("'", "’", "-") or following.lower in ("'s", "s", "through")
            ):
                continue  # "speak your GP's language", "the pharmacy-approved way", "talk the team through it"
            yield self.finding(
                document,
                verb.start,
                opener.end,
                f"'{verb.text}' takes the person through 'to': '{verb.text} to {opener.text}'.",
                [Suggestion(f"{verb.text} to {opener.text}", safe=False)],
            )


# Determiners that mark a definite group a quantifier takes through "of" ("most of the", "many of your").
# Not "that" (a relative pronoun: "some that work") nor "her" (an object: "give many her age").
_DEFINITE = (lx.POSSESSIVES - {"her"}) | frozenset(["the", "these", "those", "this"])
# Idioms in which "any"/"none" + "the" stand before a comparative: "none the worse", "any the wiser".
_IDIOM_COMPARATIVES = frozenset("worse wiser better less more".split())


@register
class QuantifierOf(SentenceRule):
    """A quantifier right before a definite determiner, with no "of": "Most our meals", "many the patients".

    What it does: "most", "many", "several", "some", "each", "none" (copy_missing_words.yaml
    `of_quantifiers`) take a definite group through "of" ("most of our meals", "some of the side effects").
    Right before "the", a possessive or "these"/"those"/"this", the "of" is missing. "all", "both" and
    "half" go without it and are not listed. A quantifier after "the", "at", "for" or a form of "be" is
    another construction ("at most the first dose", "they are each the same size"), and "none the worse" is
    an idiom. Class: missing word.
    Why is this bad? The sentence reads as broken or machine-translated, and the reader has to rebuild the
    phrase.
    Example: "Most our meals can be frozen" -> "Most of our meals"; "many the patients we see" -> "many of
    the patients"; "Several your medicines" -> "Several of your medicines".
    """

    id = "copy.quantifier-of-missing"
    severity = Severity.ERROR

    def __init__(self, config):
        super().__init__(config)
        self.trigger_words = frozenset(self.vocabulary("copy_missing_words")["of_quantifiers"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(len(tokens) - 2):
            quantifier, determiner = tokens[index], tokens[index + 1]
            if quantifier.lower not in self.trigger_words or determiner.lower not in _DEFINITE:
                continue
            if index and tokens[index - 1].lower in _NOT_A_QUANTIFIER_AFTER:
                continue  # "at most the first dose", "they are each the same size"
            following = tokens[index + 2].lower
            if (
                following in _IDIOM_COMPARATIVES
                or lx.is_inflected_comparative(following)
                or not tokens[index + 2].is_word
            ):
                continue  # "none the worse", "any the wiser"
            phrase = f"{quantifier.text} of {determiner.text}"
            yield self.finding(
                document,
                quantifier.start,
                determiner.end,
                f"A word seems to be missing: '{phrase}'?",
                [Suggestion(phrase, safe=False)],
            )


_NOT_A_QUANTIFIER_AFTER = lx.BE_FORMS | frozenset(["the", "at", "for", "a"])
