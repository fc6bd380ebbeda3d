"""The complement a word takes: "-ing" after a prepositional "to", a bare verb after "let/make/help" + object,
and one word of a slot, not two ("such as like")."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import Token, TokenizedSentence
from validators.copy.verb_forms import _gerund_of
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# Words that may open the object of a verb after a bare verb ("look forward to see you", "committed to
# provide the best care"): a noun reading of that verb ("see", "care") then has no room.
_NOT_OBJECT_OPENERS = frozenset("that which what whose such".split())  # "committed to care that is close to home"
_OBJECT_OPENERS = (lx.DETERMINERS | lx.POSSESSIVES | lx.OBJECT_PRONOUNS) - _NOT_OBJECT_OPENERS
# The longest noun phrase read as the object of "let/make/help": a determiner and up to two modifiers.
_LONGEST_OBJECT = 4


def _phrases(items) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(item.lower().split()) for item in items)


def _matches(tokens: tuple[Token, ...], index: int, phrase: tuple[str, ...]) -> bool:
    end = index + len(phrase)
    return end <= len(tokens) and all(tokens[index + k].lower == word for k, word in enumerate(phrase))


def _spaced(document: Document, first: Token, second: Token) -> bool:
    return document.text[first.end : second.start] == " "


@register
class ToGerund(SentenceRule):
    """A base verb after a "to" that is a preposition: "look forward to see you", "committed to provide".

    What it does: after the phrases of `to_gerund_heads` in copy_usage.yaml ("look forward", "committed",
    "dedicated", "in addition", "prior", "when it comes", "worth"), "to" is a preposition, so the verb after it
    takes "-ing". A lexical base verb right after that "to" is flagged. When the verb may also be a noun ("see",
    "care", "research"), it is flagged only when an object follows it at once (a determiner, a possessive or an
    object pronoun): "dedicated to research" and "committed to care" pass, "look forward to see you" does not.
    Class: verb form.
    Why is this bad? The infinitive after a prepositional "to" is one of the commonest slips of fluent writers;
    in a welcome line or a promise of care it reads as careless.
    Example: "We look forward to see you" -> "to seeing"; "we are committed to provide safe care" -> "to
    providing"; "it is worth to ask your insurer" -> "worth asking".
    """

    id = "copy.to-gerund"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)
    trigger_words = frozenset(["to"])

    def __init__(self, config):
        super().__init__(config)
        # The heads by their last word, in their listed order: only the word before "to" can end one.
        self.heads_ending: dict[str, list[tuple[str, ...]]] = {}
        for head in _phrases(self.vocabulary("copy_usage")["to_gerund_heads"]):
            if head:
                self.heads_ending.setdefault(head[-1], []).append(head)

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(1, len(tokens) - 1):
            if tokens[index].lower != "to":
                continue
            heads = self.heads_ending.get(tokens[index - 1].lower, ())
            head = next((p for p in heads if index >= len(p) and _matches(tokens, index - len(p), p)), None)
            if head is None:
                continue
            verb = tokens[index + 1]
            word = verb.lower
            if not verb.is_word or verb.is_capitalised or not lx.is_lexical_base_verb(word) or word == "be":
                continue
            if "NOUN" in lx.classes(word) or "ADJ" in lx.classes(word):
                after = tokens[index + 2] if index + 2 < len(tokens) else None
                if after is None or after.lower not in _OBJECT_OPENERS or not _spaced(document, verb, after):
                    continue  # "dedicated to research", "committed to care", "worth to me"
            gerund = _gerund_of(word)
            if gerund is None:
                continue
            phrase = " ".join(tokens[index - len(head) + k].text for k in range(len(head)))
            if head == ("worth",):
                message = f"After '{phrase}', use the -ing form: '{phrase} {gerund}'."
                start, suggestion = tokens[index].start, gerund
            else:
                message = f"After '{phrase} to', use the -ing form: 'to {gerund}'."
                start, suggestion = verb.start, gerund
            yield self.finding(document, start, verb.end, message, [Suggestion(suggestion, safe=False)])


@register
class CausativeVerbForm(SentenceRule):
    """An -s verb after "let/make/help" and its object: "Let the pharmacist knows", "make you feels".

    What it does: after a verb of `causative_verbs` in copy_usage.yaml (let, make, help in any form), an object
    (an object pronoun, or a determiner or possessive with up to two more words) is followed by a bare
    infinitive. A word right after that object which the lexicon knows only as a verb, in its -s form, is
    flagged with its base form; after an object pronoun also its -ing form or a simple past that is no
    participle ("lets you choosing", "made it worked"; "make it known" passes). The object may also be one or
    two bare singular nouns that are no adjective or verb form ("Exercise helps blood flow improves").
    "make sure", "let us know", "help the body absorb" pass; a plural noun after the object ("help the team's
    offers") is no verb.
    Class: verb form (the object read as a subject).
    Why is this bad? Writers agree the verb with the object as if it were a subject; the slip is invisible to
    spell checkers and sits in the instructions readers act on.
    Example: "Let the pharmacist knows if you feel faint" -> "know"; "Caffeine can make you feels jittery" ->
    "feel"; "A routine helps your child sleeps better" -> "sleep"; "Online booking lets you choosing a time" ->
    "choose".
    """

    id = "copy.causative-verb-form"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)

    def __init__(self, config):
        super().__init__(config)
        self.trigger_words = frozenset(self.vocabulary("copy_usage")["causative_verbs"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(len(tokens) - 2):
            if tokens[index].lower not in self.trigger_words:
                continue
            if index and tokens[index - 1].lower in lx.DETERMINERS:
                continue  # "the help", "a make of"
            end = self._object_end(tokens, index + 1)
            if end is None or end >= len(tokens):
                continue
            verb = tokens[end]
            base = lx.third_person_base(verb.lower)
            if base is None and tokens[end - 1].lower in lx.OBJECT_PRONOUNS:
                base = _base_of_other_form(verb.lower)  # "lets you choosing", "made it worked"
            if not verb.is_word or verb.is_capitalised or not base or not lx.is_only(verb.lower, "VERB"):
                continue
            if not _spaced(document, tokens[end - 1], verb):
                continue
            message = f"After '{tokens[index].text} {tokens[index + 1].text}...', use the base form: '{base}'."
            yield self.finding(document, verb.start, verb.end, message, [Suggestion(base, safe=False)])

    @staticmethod
    def _object_end(tokens: tuple[Token, ...], start: int) -> int | None:
        """The index after the verb's object: one object pronoun, or a determiner/possessive, up to two
        modifiers and a noun; None when no such object starts here."""
        first = tokens[start].lower
        if first in lx.OBJECT_PRONOUNS and first != "her":
            return start + 1
        if first not in lx.DETERMINERS and first not in lx.POSSESSIVES:
            return _bare_object_end(tokens, start)
        for end in range(start + 1, min(start + _LONGEST_OBJECT, len(tokens))):
            token = tokens[end]
            if not token.is_word or "NOUN" not in lx.classes(token.lower.removesuffix("'s")):
                return None
            following = tokens[end + 1] if end + 1 < len(tokens) else None
            if following is not None and lx.is_only(following.lower, "VERB"):
                return end + 1
        return None


def _base_of_other_form(word: str) -> str | None:
    """The base form of a verb's -ing form or of a simple past that is no participle ("choosing" -> "choose",
    "chose" -> "choose"); None for a participle ("known", "done": "make it known" is English) or an
    ambiguous word."""
    bases = lx.lemmas(word).get("VERB", ())
    if len(bases) != 1 or bases[0] == word:
        return None
    if word.endswith("ing") or not lx.is_participle(word):
        return bases[0]
    return None


def _bare_object_end(tokens: tuple[Token, ...], start: int) -> int | None:
    """An object with no determiner: one or two lower-case singular nouns that are no adjective, -ing form or
    verb in -s ("letting heel pain keeps you"), then a word that is only a verb; the index of that word, or None."""
    end = start
    while end < len(tokens) and end - start < 2:
        token = tokens[end]
        word = token.lower
        if not token.is_word or token.is_capitalised or lx.is_function_word(word) or not _plain_noun(word):
            break
        end += 1
    if end == start or end >= len(tokens) or not lx.is_only(tokens[end].lower, "VERB"):
        return None
    return end


def _plain_noun(word: str) -> bool:
    """A singular noun that is no adjective, -ing form, verb in -s or past form ("heel", "pain"; not "sure",
    "living", "works")."""
    known = lx.classes(word)
    if "NOUN" not in known or "ADJ" in known or lx.is_plural_noun(word) or word.endswith("ing"):
        return False
    return lx.third_person_base(word) is None and not (set(lx.lemmas(word).get("VERB", ())) - {word})


@register
class RedundantPair(SentenceRule):
    """Two words of one meaning and one slot side by side: "such as like", "about around 48 hours".

    What it does: `redundant_groups` in copy_usage.yaml lists words and phrases that fill the same slot with the
    same meaning (exemplifiers: "such as", "like", "for example", "including"; approximators: "about",
    "around", "approximately"; additives: "as well as", "also", "in addition to"). Two different members of a
    group written next to each other, with only a space between them, say the same thing twice. An
    approximator pair (`redundant_before_number`) is read only before a number or "a"/"an", since "about" and
    "around" are also prepositions ("worry about around the house"). A comma between them ("like, for
    example,") passes.
    Class: extra word.
    Why is this bad? The doubled word is left over from an edit; it reads as a slip and slows the reader.
    Example: "activities such as like swimming" -> "such as swimming"; "wait for about around 48 hours" ->
    "about 48 hours"; "your flu shot as well as also a booster" -> "as well as".
    """

    id = "copy.redundant-pair"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)

    def __init__(self, config):
        super().__init__(config)
        words = self.vocabulary("copy_usage")
        self.before_number = frozenset(words["redundant_before_number"])
        # Each phrase, under its first word, with the other members of its group: what may follow it.
        self.pairs: dict[str, list[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]]] = {}
        for group in (_phrases(items) for items in words["redundant_groups"]):
            for first in group:
                others = tuple(phrase for phrase in group if phrase != first)
                self.pairs.setdefault(first[0], []).append((first, others))
        self.trigger_words = frozenset(self.pairs)

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(len(tokens) - 1):
            found = self._pair(document, tokens, index)
            if found is not None:
                first, end = found
                kept = " ".join(t.text for t in tokens[index : index + len(first)])
                written = " ".join(t.text for t in tokens[index:end])
                yield self.finding(
                    document,
                    tokens[index].start,
                    tokens[end - 1].end,
                    f"'{written}' says the same thing twice: keep one ('{kept}').",
                    [Suggestion(kept, safe=False)],
                )

    def _pair(self, document: Document, tokens, index: int) -> tuple[tuple[str, ...], int] | None:
        for first, others in self.pairs.get(tokens[index].lower, ()):
            if not _matches(tokens, index, first):
                continue
            middle = index + len(first)
            if middle >= len(tokens) or not _spaced(document, tokens[middle - 1], tokens[middle]):
                continue
            for second in others:
                if not _matches(tokens, middle, second):
                    continue
                end = middle + len(second)
                if " ".join(second) in self.before_number:
                    after = tokens[end] if end < len(tokens) else None
                    if after is None or not (after.is_number or after.lower in lx.NUMBER_WORDS | {"a", "an"}):
                        continue
                return first, end
        return None
