"""copy.missing-function-word: a small word dropped between two words, found by how real English joins them."""

from collections.abc import Iterator
from functools import cached_property, lru_cache

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.context_words import bigram_counts
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# Marks after which a capitalised word still starts a clause: "It important ..." inside quotes.
_OPENING_MARKS = frozenset('"“‘([;:—–')
_NO_WORDS: frozenset[str] = frozenset()
# What opens the object of a verb: "want help you", "want book a slot".
_OBJECTS = lx.DETERMINERS | lx.POSSESSIVES | lx.OBJECT_PRONOUNS
# Adverbs that follow a noun to place it ("the rules here", "the staff there"): the noun is the subject.
_PLACE_ADVERBS = frozenset("here there above below overleaf".split())


@register
class MissingFunctionWord(SentenceRule):
    """A small word left out between two words: "it important that", "the result of same habits".

    What it does: for two adjacent frequent words of English that real English (the bigram table
    built from symspellpy's Google Books counts) rarely puts side by side, it tries each function
    word of validators/data/copy_missing_words.yaml ("is", "are", "to", "of", "the", ...) between
    them. Each reading is scored by how strongly its pairs hold together: a pair's count as a
    share of what follows its left word and of what precedes its right word. When a function
    word is a strong neighbour of both ("it is", "is important") and that reading holds many
    times more strongly than the two words side by side ("it important"), the word is flagged as
    missing. Only a pair that meets less often than chance predicts is judged: the dictionary
    lists pairs seen over ~6.4 million times, so two rarer words prove nothing by being unlisted:
    such a pair is judged only when a function word binds both words as a set phrase does (at least
    `bridge_share` of what follows the left word and of what precedes the right one: "soon possible"
    -> "soon as possible", "harder absorb" -> "harder to absorb"), and never when the left word may
    modify the right one, a noun ("an easy change").
    Class: missing word (a dropped verb, preposition, pronoun or article).
    Why is this bad? A dropped word passes every spell checker yet makes the sentence read as
    broken or machine-translated; in eligibility and dosing text it blurs the meaning.
    Example: "It important that you rest" -> "It is important"; "the result of same habits" ->
    "of the same"; "if you want use the app" -> "want to use"; "arrive least ten minutes early" ->
    "arrive at least".
    """

    id = "copy.missing-function-word"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)

    def __init__(self, config):
        super().__init__(config)
        vocabulary = self.vocabulary("copy_missing_words")
        self.inserts = {word: float(share) for word, share in vocabulary["function_words"].items()}
        self.left_share = float(vocabulary["left_share"])
        self.bridge_share = float(vocabulary["bridge_share"])
        verb_forms = self.vocabulary("copy_verb_forms")
        self.auxiliaries = frozenset(verb_forms["auxiliaries"])
        self.infinitive_adjectives = frozenset(verb_forms.get("infinitive_adjectives", ()))
        self.ratio = float(self.options.get("ratio", 10))
        self.max_association = float(self.options.get("max_association", 0.8))

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        if sentence.is_heading:
            return
        tokens = sentence.tokens
        counts = bigram_counts()
        before, after = self._strong_neighbours
        for index in range(len(tokens) - 1):
            first = tokens[index]
            followers = before.get(first.lower)
            if followers is None:
                continue  # most words are no strong left neighbour of any function word: one look-up
            second = tokens[index + 1]
            left, right = first.lower, second.lower
            candidates = followers & after.get(right, _NO_WORDS)
            if not candidates or not self._adjacent_words(document, tokens, index):
                continue
            count, seen = counts.pair(left, right)
            # two words too rare for their pair to be listed even by chance: only a set phrase can tell
            rare = not seen and not counts.absence_is_evidence(left, right)
            if rare and (_modifies(left, right) or _opens_phrase(tokens, index)):
                continue  # "an easy change", "the returned parse results", "like rename": one phrase
            if not rare and count > self.max_association * _expected(counts, left, right):
                continue  # the two words meet as often as chance predicts
            written = max(self._shares(counts, left, right))
            best, best_share = None, max(written * self.ratio, self.bridge_share if rare else 0.0)
            for word in sorted(candidates):
                share = min(self._shares(counts, left, right, word))
                if share > best_share and self._fits(tokens, index, word):
                    best, best_share = word, share
            if best is not None:
                phrase = f"{first.text} {best} {second.text}"
                yield self.finding(
                    document,
                    first.start,
                    second.end,
                    f"A word seems to be missing: '{phrase}'?",
                    [Suggestion(phrase, safe=False)],
                )

    @cached_property
    def _strong_neighbours(self) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
        """`strong_neighbours` of this rule's function words, looked up once per rule instead of once per
        sentence (the look-up hashes every function word and its share)."""
        return strong_neighbours(self.left_share, tuple(self.inserts.items()))

    def _adjacent_words(self, document: Document, tokens: tuple[Token, ...], index: int) -> bool:
        """Two lower-case words (the first may open a clause) with only a space between them."""
        first, second = tokens[index], tokens[index + 1]
        if not (first.is_word and second.is_word) or second.is_capitalised:
            return False
        if "'" in first.lower or "'" in second.lower or "-" in first.lower or "-" in second.lower:
            return False
        if first.is_capitalised and index and tokens[index - 1].text not in _OPENING_MARKS:
            return False  # a name or a title-case phrase
        return document.text[first.end : second.start] == " "

    def _fits(self, tokens: tuple[Token, ...], index: int, word: str) -> bool:
        """Readings in which nothing is missing: a noun without an article ("a period of rest"); a
        verb before "the" takes it as its object ("list the files", not "list of the"), and a
        determiner after a noun may open a clause ("the role the gene plays", "these days"); a
        verb form after "it" or "which" is its own verb ("it required", "which needed"), as is the
        verb after an object or a plural subject ("let them give", "changes make"); an object
        takes a complement without one ("make it clear"); "should it not" is a question, and "not"
        may follow any object ("make it not ..."); a noun and an adverb of place are a subject before
        their verb ("the rules here apply"); after a verb, a noun with no object after it is that verb's
        object ("want help with"), not a verb missing its "to"; a noun before "is" or a modal is the subject of a
        clause without its relative pronoun ("the way work is scheduled"), not a verb missing its "to"; a noun, a
        subject pronoun and a verb are a clause without its relative pronoun whose object is that noun ("the tools
        you need come in the box", "the leaflets we want go out today"): the next verb is the sentence's own,
        not one missing its "to" ("if you need come early" keeps its reading). After an auxiliary only "to" may be
        missing ("may need be broken up" -> "need to be"): the auxiliary's verb then takes an infinitive."""
        left, right = tokens[index].lower, tokens[index + 1].lower
        after = tokens[index + 2].lower if index + 2 < len(tokens) else ""
        if word == "of" and ("VERB" in lx.classes(left) or right in lx.DETERMINERS):
            return False
        if word in ("the", "a", "an") and "NOUN" in lx.classes(right):
            return False  # a mass or plural noun goes without one: "a period of rest", "in state"
        if word in ("is", "are", "be") and ("VERB" in lx.classes(right) or right == "not"):
            return False
        if word in ("is", "are", "be") and _adverb_before_its_verb(right, after):
            return False  # "doses can slightly reduce growth", "it will gradually fade": the adverb's verb follows
        if word in ("is", "are") and index and "VERB" in lx.classes(tokens[index - 1].lower):
            return False  # the object of a verb before its complement: "make it clear", "find them useful"
        if word == "to" and "VERB" in lx.classes(left) and _noun_object(right, after):
            return False  # a noun object: "want help with", "need rest"; the verb takes one: "want help you"
        if word == "to" and "NOUN" in lx.classes(right) and (after in lx.BE_FORMS or after in lx.MODALS):
            return False  # a noun then its clause's verb: "the way work is scheduled", "the time help can arrive"
        if word == "to" and _contact_relative_before(tokens, index):
            return False  # "the tools you need come in the box": the noun's clause ends, its own verb follows
        if word == "to" and (left in lx.OBJECT_PRONOUNS or lx.is_plural_noun(left)):
            return False  # "let them give", and a plural subject with its verb: "small changes make"
        if word == "to" and left in _PLACE_ADVERBS and index and "NOUN" in lx.classes(tokens[index - 1].lower):
            return False  # a subject with an adverb of place, then its verb: "the rules here apply"
        if word == "to" and left not in self.infinitive_adjectives and _relative_predicate_end(tokens, index):
            return False  # "those that are resistant survive": the relative clause ends, the main verb follows
        return word == "to" or not (index and tokens[index - 1].lower in self.auxiliaries)

    @staticmethod
    def _shares(counts, left: str, right: str, between: str | None = None) -> tuple[float, float]:
        """How strongly the words hold together: the pair's count as a share of what follows `left`
        and of what precedes `right` (through `between` when given: "it is" and "is important").
        The table holds every listed pair this rule can ask about, so an unlisted one is truly rare
        (its count is taken at half the dictionary's floor)."""
        first = counts.pair(left, between or right)[0]
        second = counts.pair(between, right)[0] if between else first
        return first / (counts.scale * counts.unigram(left)), second / (counts.scale * counts.unigram(right))


@lru_cache(maxsize=4)
def strong_neighbours(
    left_share: float, inserts: tuple[tuple[str, float], ...]
) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """For each word, the function words it is a strong left neighbour of (the function word is at
    least `left_share` of what follows it: "it" -> "is"), and those it is a strong right neighbour
    of (the function word is at least its own share of what precedes it: "important" <- "is").
    Built once from the table, so a sentence costs two look-ups per pair of words."""
    counts = bigram_counts()
    shares = dict(inserts)
    before: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}
    for pair, count in counts.bigrams.items():
        left, right = pair.split(" ")
        if right in shares and count >= left_share * counts.scale * counts.unigram(left):
            before.setdefault(left, set()).add(right)
        if left in shares and count >= shares[left] * counts.scale * counts.unigram(right):
            after.setdefault(right, set()).add(left)
    return (
        {word: frozenset(found) for word, found in before.items()},
        {word: frozenset(found) for word, found in after.items()},
    )


_RELATIVE_PRONOUNS = frozenset("who that which".split())


def _relative_predicate_end(tokens, index: int) -> bool:
    """What: an adjective at `index` that ends a relative clause's predicate ("who/that/which" + a form of "be" +
    the adjective) with a verb right after it: the clause has ended and the verb is the main clause's ("those
    that are resistant survive", "people who are eligible receive", "patients who are frail need").
    Why is this bad? "resistant to", "eligible to" are strong pairs, so the main verb after the adjective was
    read as an infinitive missing its "to". Adjectives that need an infinitive (`infinitive_adjectives`: "able",
    "likely", "willing") are left to the reading, so "people who are unable attend" is still found.
    Example: "those that are resistant survive and multiply" is left alone; "those who are unable attend",
    "patients who are likely need" and "it important that you rest" are still read."""
    if index < 2 or "ADJ" not in lx.classes(tokens[index].lower) or index + 1 >= len(tokens):
        return False
    relative, be = tokens[index - 2].lower, tokens[index - 1].lower
    return relative in _RELATIVE_PRONOUNS and be in lx.BE_FORMS and "VERB" in lx.classes(tokens[index + 1].lower)


# Subject pronouns that open a clause without its relative pronoun after a noun ("the tools you need").
_CONTACT_SUBJECTS = frozenset("i you we they".split())


def _contact_relative_before(tokens, index: int) -> bool:
    """The verb at `index` closes a clause without its relative pronoun: a determined noun, then a subject
    pronoun or a bare plural, then the verb ("the tools you need", "the forms we want", "the doses children
    need"); the noun is the verb's object."""
    subject = tokens[index - 1].lower if index >= 3 else ""
    if subject not in _CONTACT_SUBJECTS and not (tokens[index - 1].is_word and lx.is_plural_noun(subject)):
        return False  # (a bare plural is a subject too: "the doses children need depend on weight")
    noun = tokens[index - 2]
    if not noun.is_word or lx.is_function_word(noun.lower) or "NOUN" not in lx.classes(noun.lower):
        return False
    position = index - 3
    while position >= 0 and tokens[position].is_word and not lx.is_function_word(tokens[position].lower):
        if not lx.classes(tokens[position].lower) & {"NOUN", "ADJ"}:
            return False
        position -= 1  # "the spare parts you need": modifiers of the noun
    return position >= 0 and (tokens[position].lower in lx.DETERMINERS or tokens[position].lower in lx.POSSESSIVES)


def _adverb_before_its_verb(word: str, after: str) -> bool:
    """What: an adverb ("slightly", "gradually", "quickly") followed by a word that is a verb and no adjective: the
    adverb stands between a modal or a subject and its verb ("high doses can slightly reduce growth", "the rash
    will gradually fade"), so no "be" is missing before it.
    Why is this bad? "can slightly reduce" was read as "can be slightly" with a verb left over.
    Example: "can slightly reduce" is left alone; "It slightly important to rest" (an adjective after the adverb)
    is still found."""
    return lx.is_adverb(word) and "VERB" in lx.classes(after) and "ADJ" not in lx.classes(after)


def _noun_object(word: str, after: str) -> bool:
    """`word` may be a noun and nothing after it is an object a verb would take: "want help with"."""
    return "NOUN" in lx.classes(word) and word not in _OBJECTS and after not in _OBJECTS


def _modifies(left: str, right: str) -> bool:
    """The left word may be an adjective, or a noun that is no verb, modifying the right one, a noun: "easy
    change", "bone graft" (a verb that is also a noun opens its object or complement: "try keep"); or it is an
    adverb of manner or a mid adverb before a verb it modifies ("directly pass", "also need")."""
    if lx.is_adverb(left) and "VERB" in lx.classes(right):
        return True
    classes = lx.classes(left)
    modifier = "ADJ" in classes or ("NOUN" in classes and "VERB" not in classes)
    return modifier and "NOUN" in lx.classes(right) and not lx.is_function_word(right)


def _opens_phrase(tokens, index: int) -> bool:
    """The left word is a preposition, whose object the right word opens ("like rename", "during earliest boot"),
    or follows a determiner or a possessive, whose noun phrase the two words may both belong to ("the returned
    parse results")."""
    if tokens[index].lower in lx.PREPOSITIONS:
        return True
    return index > 0 and (tokens[index - 1].lower in lx.DETERMINERS or tokens[index - 1].lower in lx.POSSESSIVES)


def _expected(counts, left: str, right: str) -> float:
    """How often the two words would meet side by side if they were independent."""
    return counts.scale * counts.unigram(left) * counts.unigram(right) / counts.total
