"""Small words a construction never takes: "let him to rest", "for to apply", "discuss about the plan"."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# Objects of let/make before their verb; not "it": "made it to work" is "arrived at work".
_OBJECTS = lx.OBJECT_PRONOUNS - {"it"}


@register
class BareInfinitiveTo(SentenceRule):
    """A "to" that the infinitive never takes: after let/make and an object pronoun, and in "for to".

    What it does: "let" and "make" (copy_extra_words.yaml `bare_infinitive_verbs`) take their object's
    verb bare ("let him rest", "made them wait"), so "to" between an object pronoun and a base verb is one
    word too many. "for to" before a base verb is an old or dialect form standard English never uses ("it
    is best for to apply" -> "best to apply"); "for to long" is "too long", and left to the confusable
    checks. "it" is no such object ("made it to work on time" is
    "arrived"), nor is a noun after "to" ("made them to safety"). "help him to rest" is English and is
    not checked. Class: extra word.
    Why is this bad? It reads as a translation slip, in the instructions the reader is meant to follow.
    Example: "let him to rest" -> "let him rest"; "This cream makes you to feel warm" -> "makes you feel";
    "It is best for to apply it at night" -> "best to apply".
    """

    id = "copy.bare-infinitive-to"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)
    trigger_words = frozenset(["to"])

    def __init__(self, config):
        super().__init__(config)
        self.verbs = frozenset(self.vocabulary("copy_extra_words")["bare_infinitive_verbs"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(1, len(tokens) - 1):
            if tokens[index].lower != "to" or not _bare_verb(tokens[index + 1]):
                continue
            before = tokens[index - 1].lower
            if before == "for" and not lx.classes(tokens[index + 1].lower) & {"ADJ", "ADV"}:
                extra, message = tokens[index - 1], "'for to' before a verb: drop 'for'."
            elif before in _OBJECTS and index > 1 and tokens[index - 2].lower in self.verbs:
                extra, message = tokens[index], f"After '{tokens[index - 2].text} {tokens[index - 1].text}', drop 'to'."
            else:
                continue
            yield self.finding(document, extra.start, extra.end, message, [Suggestion("", safe=False)])


def _bare_verb(token: Token) -> bool:
    """A base verb: "rest", "feel", "apply" (not "safety", "the")."""
    return token.is_word and not token.is_capitalised and lx.is_lexical_base_verb(token.lower)


@register
class ExtraPreposition(SentenceRule):
    """A preposition between a verb and the direct object it takes: "discuss about the plan".

    What it does: verbs such as "discuss", "mention", "describe", "emphasise" and "comprise" take their
    topic as a direct object (copy_extra_words.yaml `direct_object_verbs`, each with the preposition
    writers wrongly add, in any form of the verb). A listed preposition right after such a verb, before the
    start of a noun phrase, a verb in -ing or a question word, is one word too many. A determiner before the verb
    makes it a noun ("a mention about", "the discuss"), "about" before a number means "roughly" ("discussed about 20
    cases"), and "comprised of" is a passive many style guides accept. Class: extra word.
    Why is this bad? It reads as a translation slip; spell checkers and most grammar checkers pass it.
    Example: "You can discuss about your plan with your GP" -> "discuss your plan"; "The leaflet describes
    about the side effects" -> "describes the side effects"; "We emphasise on safety" -> "emphasise safety";
    "avoid from lifting" -> "avoid lifting".
    """

    id = "copy.extra-preposition"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)

    def __init__(self, config):
        super().__init__(config)
        self.prepositions = {
            verb: frozenset(words) for verb, words in self.vocabulary("copy_extra_words")["direct_object_verbs"].items()
        }
        self.trigger_words = frozenset(word for words in self.prepositions.values() for word in words)

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(1, len(tokens) - 1):
            verb, preposition, following = tokens[index - 1], tokens[index], tokens[index + 1]
            if preposition.lower not in self.trigger_words or not verb.is_word:
                continue
            if not any(preposition.lower in self.prepositions.get(lemma, ()) for lemma in _verb_lemmas(verb.lower)):
                continue
            if index > 1 and tokens[index - 2].lower in lx.DETERMINERS:
                continue  # "a mention about", "the discuss": a noun
            number = following.is_number or following.lower in lx.NUMBER_WORDS
            if verb.lower == "comprised" or (number and preposition.lower == "about"):
                continue  # "is comprised of"; "discussed about 20 cases" (roughly)
            classes = lx.classes(following.lower)
            gerund = following.lower.endswith("ing") and "VERB" in classes  # an object too: "avoid from lifting"
            if not (number or gerund or following.lower in _NOUN_PHRASE_OPENERS or "NOUN" in classes):
                continue
            yield self.finding(
                document,
                preposition.start,
                preposition.end,
                f"'{verb.text}' takes a direct object: drop '{preposition.text}'.",
                [Suggestion("", safe=False)],
            )


# What may open the object after the stray preposition.
_NOUN_PHRASE_OPENERS = (
    lx.DETERMINERS | lx.POSSESSIVES | lx.OBJECT_PRONOUNS | frozenset("how what why when whether".split())
)


def _verb_lemmas(word: str) -> tuple[str, ...]:
    return lx.lemmas(word).get("VERB", ())
