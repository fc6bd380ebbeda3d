"""copy.bare-count-noun: a singular count noun with no determiner as the object of a verb or a preposition."""

from collections.abc import Iterable, Iterator
from functools import lru_cache

from validators.copy import lexicon as lx
from validators.copy.articles import IndefiniteArticle
from validators.copy.base import SentenceRule
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register
from validators.vocabulary import DATA_DIR

# Modifiers (adjectives or nouns) read before the head: "keep small notebook", "with simple blood test".
_MAX_MODIFIERS = 2
_MODIFIER_CLASSES = frozenset({"ADJ", "NOUN"})
# Classes of a head after "be" or an object pronoun that make it no certain noun ("is ideal", "helps them move").
_PREDICATE_CLASSES = frozenset({"ADJ", "VERB"})
# Marks after which a capitalised verb still opens an instruction ("Keep ...", "(Bring ...").
_OPENING_MARKS = frozenset('"“‘(:;')
# Marks that may follow the phrase: it ends there.
_CLOSING_MARKS = frozenset(".,;:!?)”’\"")


@lru_cache(maxsize=1)
def determined_nouns() -> dict[str, frozenset[str]]:
    """Each singular count noun real English almost always opens with a determiner, with the verbs and
    prepositions it is listed right after bare ("keep track", "in person"):
    validators/data/copy_determined_nouns.txt, built from the symspellpy bigram counts by
    validators/copy/build_determined_nouns.py."""
    nouns: dict[str, frozenset[str]] = {}
    for line in (DATA_DIR / "copy_determined_nouns.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            noun, *bare = line.split()
            nouns[noun] = frozenset(bare)
    return nouns


@register
class BareCountNoun(SentenceRule):
    """A singular count noun with no article as the object of a verb: "keep diary", "write plan for you",
    "if you notice lump".

    What it does: it judges only the nouns real English almost never writes bare. In the bigram counts of real
    English (symspellpy's Google Books dictionary) the pairs with a determiner right before the noun ("a diary",
    "your diary") are many (at least 20 million), the pairs with a preposition or a word that is only a verb
    right before it few (at most 15 %, counting one unlisted pair at the dictionary's floor as if it were
    there), and its plural is common (validators/data/copy_determined_nouns.txt, built by
    validators/copy/build_determined_nouns.py: "diary", "bedroom", "idea", "lump"; not "water", "care",
    "treatment", "room", "risk", "illness", which English uses bare). For such a noun, with up to two adjective
    or noun modifiers before it, it finds the word before the phrase. That word must be a verb that opens a
    predicate and no adjective: an instruction at the start of a sentence that ends with a mark, a verb after
    a subject pronoun, a modal or a mid adverb, or a base verb after a word of `verb_openers`
    (copy_bare_nouns.yaml: "to keep", ", then place"; after "and", "or" or a comma only a word that is nothing
    but a verb: "or practice nurse" is a list). The phrase must end there: a mark, a function word, an
    adjective-only word ("keep bedroom cool") or the end follows; a head that may be a verb must stand alone
    and be followed by a mark or a preposition ("help show whether" is a verb). It stays silent on a pair the
    bigram dictionary lists bare ("keep track", "take place"), verbs of `not_slots` whose bare object is an
    uncounted kind ("include headache", "cause worry", "change position"), a phrase opened by a word that
    stands for a determiner or a number (`bare_openers`: "next week", "own room", "one tablet"), a noun
    paired with itself ("from woman to woman"), a noun named by a number or a capitalised word after it,
    a phrase followed by an auxiliary (a subject), capitalised or hyphenated words, and headings.
    Off unless the rule's option `enabled` is true (`[tool.validators.rules."copy.bare-count-noun"] enabled =
    true`): on the held-out sets it added 11 false alarms (4 corpus-style, 4 marketing, 3 professional) for 4
    labels, which broke the professional limit of 3 false alarms per 12,000 words and the marketing precision of
    0.9 (evaluation/RESULTS_copy_copy42.md). Its noun list also serves copy.superlative-article.
    Class: missing word (a dropped article or possessive).
    Why is this bad? A dropped article reads as a typing slip or machine translation; it passes every spell
    checker and makes a clinic's page look careless.
    Example: "You should keep diary of your headaches" -> "keep a diary"; "Our physio will write plan for you" ->
    "write a plan"; "If you notice lump, see your doctor" -> "notice a lump".
    """

    id = "copy.bare-count-noun"
    severity = Severity.WARNING

    def __init__(self, config):
        super().__init__(config)
        self.enabled = bool(self.options.get("enabled", False))
        words = self.vocabulary("copy_bare_nouns")
        self.not_slots = frozenset(words["not_slots"])
        self.be_slots = frozenset(words["be_slots"])
        self.indirect_objects = frozenset(words["indirect_objects"])
        self.roles = frozenset(self.vocabulary("copy_grammar")["care_roles"])
        self.verb_openers = frozenset(words["verb_openers"])
        self.bare_openers = frozenset(words["bare_openers"]) | lx.NUMBER_WORDS
        grammar = self.vocabulary("copy_grammar")  # the sounds "a"/"an" is chosen by, as copy.article-sound reads them
        self.indefinite_article = IndefiniteArticle.from_grammar(grammar)

    def check(self, document: Document) -> Iterable[Finding]:
        return super().check(document) if self.enabled else ()

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        if sentence.is_heading:
            return
        nouns = determined_nouns()
        tokens = sentence.tokens
        text = document.text
        for index in range(1, len(tokens)):
            head = tokens[index]
            bare = nouns.get(head.lower)
            if bare is None or head.is_capitalised or not self._phrase_ends(text, tokens, index):
                continue
            start = self._phrase_start(text, tokens, index)
            if start is None or tokens[start].lower in self.bare_openers:
                continue
            slot = tokens[start - 1]
            if slot.lower in bare or _repeated(tokens, index):
                continue  # "keep track", "in person"; "from woman to woman", "product after product"
            if start == 1 and "ADJ" in lx.classes(slot.lower):
                continue  # "Dry eye is", "Best clinic in town": an adjective opens the sentence, no verb
            if slot.lower in self.be_slots and head.lower in self.roles:
                continue  # "Dr Shah is consultant at ...": a post named bare, as in a byline
            lone = start == index and lx.classes(head.lower) & _PREDICATE_CLASSES
            if lone and (slot.lower in self.be_slots or slot.lower in self.indirect_objects):
                continue  # "is ideal for", "was spot on", "watch you walk": a word alone that may be no noun
            if "VERB" in lx.classes(head.lower) and not self._ends_object(tokens, index, start):
                continue  # "help show whether", "white bread raise": the head may be the clause's verb
            article = self.indefinite_article(tokens[start].lower)
            fixed = f"{slot.text} {article} {text[tokens[start].start : head.end]}"
            yield self.finding(
                document,
                slot.start,
                head.end,
                f"An article seems to be missing before '{text[tokens[start].start : head.end]}': '{fixed}'?",
                [Suggestion(fixed, safe=False)],
            )

    @staticmethod
    def _ends_object(tokens: tuple[Token, ...], index: int, start: int) -> bool:
        """A head that may be a verb is read as the noun of an object only when it is the sole word after its
        slot and a mark, the end or a preposition follows it ("Take tablet with", "Wear mask if" is not enough:
        "help trap the", "bread raise insulin")."""
        if index + 1 == len(tokens):
            return True
        after = tokens[index + 1]
        if not after.is_word:
            return True
        return start == index and after.lower in lx.PREPOSITIONS

    @staticmethod
    def _phrase_ends(text: str, tokens: tuple[Token, ...], index: int) -> bool:
        """The noun at `index` closes its phrase: the end, a closing mark, a function word or an adjective-only
        word follows ("keep bedroom cool"); not a number, a capitalised word, a hyphen or an apostrophe."""
        if index + 1 == len(tokens):
            return True
        after = tokens[index + 1]
        if text[tokens[index].end : after.start] != " ":
            return after.text in _CLOSING_MARKS and after.text not in ("’", "'")
        if not after.is_word or after.is_capitalised or after.lower in lx.AUXILIARIES:
            return False  # "in room 4", "on page B"; "Eye drop technique is shown": the phrase is a subject
        return lx.is_function_word(after.lower) or lx.is_only(after.lower, "ADJ")

    def _phrase_start(self, text: str, tokens: tuple[Token, ...], index: int) -> int | None:
        """The first word of the noun phrase whose head is tokens[index]: the shortest run of modifiers before it
        whose preceding word opens an object; None when none does within `_MAX_MODIFIERS`."""
        start = index
        while start >= 1:
            if self._opens_object(tokens, start - 1):
                return start
            modifier = tokens[start - 1]
            if (
                index - start == _MAX_MODIFIERS
                or not modifier.is_word
                or modifier.is_capitalised
                or text[modifier.end : tokens[start].start] != " "
                or lx.is_function_word(modifier.lower)
                or lx.is_plural_noun(modifier.lower)
                or modifier.lower in lx.NUMBER_WORDS
                or not lx.classes(modifier.lower) & _MODIFIER_CLASSES
            ):
                return None
            start -= 1
        return None

    def _opens_object(self, tokens: tuple[Token, ...], index: int) -> bool:
        """tokens[index] opens an object: a verb that opens a predicate and can be no adjective."""
        token = tokens[index]
        word = token.lower
        if word in self.be_slots:
            return index > 0  # "Asthma is long-term condition", "There is small risk"
        if word in self.indirect_objects and index > 0 and _verb_before(tokens, index):
            return True  # "will give you leaflet": the second object of a verb of giving
        if word in lx.PARTICLES and word not in self.bare_openers and index > 0 and _verb_before(tokens, index):
            return True  # "fill out form", "pick up prescription": the object of a phrasal verb
        if not token.is_word or lx.is_function_word(word) or word in self.not_slots:
            return False
        classes = lx.classes(word)
        if "VERB" not in classes or "ADJ" in classes or word in lx.LINKING_VERBS or word in lx.AUXILIARIES:
            return False  # "Dry eye", "Best clinic": an adjective, no verb
        if index == 0 or tokens[index - 1].text in _OPENING_MARKS:
            # an instruction ("Keep diary by your bed"), not a caption that ends on its noun ("Garden suite")
            return lx.is_base_verb(word) and tokens[-1].text in _CLOSING_MARKS
        if token.is_capitalised:
            return False
        before = tokens[index - 1].lower
        if before in lx.MODALS or before in lx.SUBJECT_PRONOUNS:
            return True
        if before in lx.MID_ADVERBS:
            return not lx.is_participle(word)  # "a common and easily treated cause": a modifier, no verb
        # after "and", "or" or a comma a word that may be a noun is a modifier of a list ("or practice nurse")
        if before not in self.verb_openers or not lx.is_base_verb(word):
            return False
        # ", and keep tube by the sink": a new instruction after a comma and a conjunction
        comma_and = before in ("and", "or") and index >= 2 and tokens[index - 2].text == ","
        return before in ("to", "please") or comma_and or lx.is_only(word, "VERB")


def _repeated(tokens: tuple[Token, ...], index: int) -> bool:
    """The noun at `index` is paired with itself across a word ("from woman to woman", "product after product")."""
    word = tokens[index].lower
    return (index + 2 < len(tokens) and tokens[index + 2].lower == word) or (
        index >= 2 and tokens[index - 2].lower == word
    )


def _verb_before(tokens: tuple[Token, ...], index: int) -> bool:
    """The word before tokens[index] is a verb that is no auxiliary ("give you", "send them", "fill out")."""
    word = tokens[index - 1].lower
    classes = lx.classes(word)
    return "VERB" in classes and "ADJ" not in classes and not lx.is_function_word(word) and word not in lx.AUXILIARIES
