"""copy.missing-article: a singular count noun with no determiner where English needs one."""

from collections.abc import Iterator
from functools import lru_cache

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.text import Token, TokenizedSentence
from validators.document import BlockKind, Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register
from validators.vocabulary import DATA_DIR

# Noun phrases longer than this (modifiers + head) are left alone: the head is then unclear.
_MAX_PHRASE = 3
_MODIFIER_CLASSES = frozenset({"ADJ", "NOUN"})


@lru_cache(maxsize=1)
def count_nouns() -> dict[str, frozenset[str]]:
    """Each singular count noun with the forms of "be" English puts right before it bare ("is part")."""
    nouns: dict[str, frozenset[str]] = {}
    for line in (DATA_DIR / "copy_count_nouns.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            noun, *bare = line.split()
            nouns[noun] = frozenset(bare)
    return nouns


@register
class MissingArticle(SentenceRule):
    """A singular count noun with no article as the complement of "be": "if you are nurse", "if you
    are older adult", "it can be sign of".

    What it does: after a form of "be" that follows a personal pronoun ("you are", "it is") or a
    modal or "to" ("can be", "to be"), it reads the noun phrase that follows (up to three adjective
    or noun words, each after a single space). When that phrase opens with no determiner and its
    head is a singular count noun (a noun the lemminflect lexicon gives a plural and real English
    uses with "a"/"an": validators/data/copy_count_nouns.txt, derived from the symspellpy bigram
    counts by validators/copy/build_count_nouns.py), the article is missing. It stays silent on
    a pair the bigram dictionary lists ("is part", "are home"), mass nouns ("it is water"),
    plurals, a single word that can be an adjective ("be patient"), capitalised words and names,
    hyphenated and possessive phrases, headings and list items.
    Class: missing word (a dropped article).
    Why is this bad? A dropped article is a common slip of fast drafting; it passes every spell
    checker and makes a clinic's page read as careless.
    Example: "If you are driver" -> "are a driver"; "can be sign of" -> "can be a sign of".
    """

    id = "copy.missing-article"
    severity = Severity.WARNING

    def __init__(self, config):
        super().__init__(config)
        grammar = self.vocabulary("copy_grammar")  # the sounds copy.article-sound reads "a"/"an" by
        self.vowel_prefixes = tuple(grammar["vowel_sound_prefixes"])
        self.consonant_words = frozenset(grammar["consonant_sound_words"])
        self.consonant_prefixes = tuple(grammar["consonant_sound_prefixes"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        if sentence.is_heading or document.blocks[sentence.sentence.block].kind is BlockKind.LIST_ITEM:
            return
        nouns = count_nouns()
        tokens = sentence.tokens
        for index, token in enumerate(tokens[:-1]):
            if not self._complement_slot(tokens, index):
                continue
            phrase = self._bare_phrase(document, tokens, index)
            if not phrase:
                continue
            head = phrase[-1].lower
            bare = nouns.get(head)
            if bare is None or token.lower in bare or not self._needs_article(phrase):
                continue
            article = self._article(phrase[0].lower)
            fixed = f"{token.text} {article} {phrase[0].text}"
            yield self.finding(
                document,
                token.start,
                phrase[0].end,
                f"An article seems to be missing before '{' '.join(t.text for t in phrase)}': '{fixed}'?",
                [Suggestion(fixed, safe=False)],
            )

    def _article(self, word: str) -> str:
        """ "a" or "an" by the sound the word opens with ("a useful", "an hour")."""
        if word.startswith(self.vowel_prefixes):
            return "an"
        vowel = word[0] in "aeiou" and word not in self.consonant_words
        return "an" if vowel and not word.startswith(self.consonant_prefixes) else "a"

    @staticmethod
    def _bare_phrase(document: Document, tokens: tuple[Token, ...], index: int) -> tuple[Token, ...]:
        """The adjective/noun words right after tokens[index], each after a single space, up to the
        first other word or mark; empty when a word of it is capitalised or a function word, when
        a hyphen or apostrophe joins it to the next word, or when it runs past `_MAX_PHRASE` words."""
        phrase: list[Token] = []
        for position in range(index + 1, len(tokens)):
            word, gap = tokens[position], document.text[tokens[position - 1].end : tokens[position].start]
            if gap in ("-", "'", "’"):
                return ()
            if gap != " " or not word.is_word or lx.is_function_word(word.lower):
                break
            if not lx.classes(word.lower) & _MODIFIER_CLASSES:
                break
            if word.is_capitalised or len(phrase) == _MAX_PHRASE:
                return ()
            phrase.append(word)
        return tuple(phrase)

    def _complement_slot(self, tokens: tuple[Token, ...], index: int) -> bool:
        """tokens[index] is a form of "be" whose complement is a noun phrase about its subject: after
        a personal pronoun ("you are", "it is") or after a modal or "to" ("can be", "to be")."""
        word = tokens[index].lower
        if not index or word not in lx.BE_FORMS:
            return False
        before = tokens[index - 1].lower
        if word == "be":
            return before in lx.MODALS or before == "to"
        return before in lx.SUBJECT_PRONOUNS

    @staticmethod
    def _needs_article(phrase: tuple[Token, ...]) -> bool:
        """The phrase is a noun phrase English would open with a determiner: a single word that can
        be an adjective is read as one ("be patient"), and no word of it is a plural."""
        if len(phrase) == 1 and "ADJ" in lx.classes(phrase[0].lower):
            return False
        return not any(lx.is_plural_noun(word.lower) for word in phrase)
