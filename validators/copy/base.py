"""Shared base of the built-in copy rules: they work sentence by sentence on shared tokens."""

import dataclasses
import operator
from collections.abc import Callable, Iterable, Iterator
from functools import partial

from validators.copy import lexicon as lx
from validators.copy import text
from validators.document import Document
from validators.findings import Category, Finding
from validators.registry import Rule, context_of

# Marks that end a clause for the rules' purposes.
CLAUSE_BREAKS = frozenset(';:—–()[]"“”')
# Marks after which a new clause may start (not closing quotes or brackets: "the "X" message").
CLAUSE_OPENERS = frozenset(";:—–([“")


class SentenceRule(Rule):
    """A copy rule that looks at one tokenized sentence at a time.

    `trigger_words`: lower-case tokens of which a sentence the rule can flag holds at least one
    ("known", "called" for a renamed noun); other sentences are skipped with one set test. Empty:
    every sentence is read.

    `sentence_local`: the findings of a sentence depend on its text, whether it is a heading and its
    block's kind alone (not on other sentences, nor on where it stands): a sentence whose text, heading
    flag and kind of block an earlier one of the document has gets that one's findings moved to it, unread
    (`repeated_findings`). Only for a rule whose every finding lies in its sentence and is made by
    `Rule.finding`. Sentences that stand once in the document (most) are read as before, at no cost.
    """

    category = Category.COPY
    trigger_words: frozenset[str] = frozenset()
    sentence_local = False

    def check(self, document: Document) -> Iterable[Finding]:
        triggers = self.trigger_words
        indexes = sentences_holding(document, triggers) if triggers else range(len(text.sentences(document)))
        yield from self._read_sentences(document, indexes, self.check_sentence)

    def check_sentence(self, document: Document, sentence: text.TokenizedSentence) -> Iterator[Finding]:
        raise NotImplementedError

    def check_with_words(
        self,
        document: Document,
        find: Callable[[Document, text.TokenizedSentence, frozenset[str]], Iterable[Finding]],
    ) -> Iterator[Finding]:
        """`check` for a rule that reads every sentence together with its set of lower-case words
        (`sentence_words`, computed once per run): `find(document, sentence, words)`, repeated sentences handled as
        `check` handles them."""
        words = sentence_words(document)
        yield from self._read_sentences(document, range(len(words)), find, words)

    def _read_sentences(
        self,
        document: Document,
        indexes: Iterable[int],
        find: Callable[..., Iterable[Finding]],
        words: list[frozenset[str]] | None = None,
    ) -> Iterator[Finding]:
        """The findings of the sentences at `indexes`, each read by `find(document, sentence)`, or with `words`
        `find(document, sentence, words[index])`; with `sentence_local`, a repeated sentence is read once
        (`repeated_findings`). No callable is made per sentence but for a repeated one: this loop runs for every
        sentence and rule."""
        sentences = text.sentences(document)
        firsts = repeated_sentences(document) if self.sentence_local else None
        read: dict[int, tuple[int, list[Finding]]] = {}
        for index in indexes:
            first = firsts[index] if firsts is not None else None
            if first is None:
                if words is None:
                    yield from find(document, sentences[index])
                else:
                    yield from find(document, sentences[index], words[index])
            else:
                reader = find if words is None else partial(find, words=words[index])
                yield from repeated_findings(document, sentences[index], first, read, reader)


def repeated_sentences(document: Document) -> list[int | None]:
    """For each sentence, the index of the first sentence of the document with the same text, heading flag and kind
    of block when it stands there more than once, else None: computed once per run."""
    return document.shared(repeated_sentences, lambda: _first_copies(document))


def _first_copies(document: Document) -> list[int | None]:
    firsts: dict[tuple, int] = {}
    copies: list[int] = []
    for index, sentence in enumerate(text.sentences(document)):
        span = sentence.sentence
        key = (document.text[span.start : span.end], sentence.is_heading, document.blocks[span.block].kind)
        copies.append(firsts.setdefault(key, index))
    repeated = {first for index, first in enumerate(copies) if first != index}
    return [first if first in repeated else None for first in copies]


def repeated_findings(
    document: Document,
    sentence: text.TokenizedSentence,
    first: int,
    read: dict[int, tuple[int, list[Finding]]],
    find: Callable[[Document, text.TokenizedSentence], Iterable[Finding]],
) -> Iterator[Finding]:
    """The findings of a sentence that stands more than once (`repeated_sentences`: `first` is its first copy):
    `find(document, sentence)` for the first copy read, kept in `read` (the rule's, for this document); the same
    findings moved to this sentence for every later copy."""
    earlier = read.get(first)
    if earlier is not None:
        start, findings = earlier
        for finding in findings:
            yield _moved(document, finding, sentence.sentence.start - start)
        return
    findings = []
    for finding in find(document, sentence):
        findings.append(finding)
        yield finding
    read[first] = (sentence.sentence.start, findings)


def _moved(document: Document, finding: Finding, shift: int) -> Finding:
    """A copy of `finding` `shift` characters on, with the excerpt and context read there (the same text)."""
    start, end = finding.start + shift, finding.end + shift
    return dataclasses.replace(
        finding,
        start=start,
        end=end,
        excerpt=document.text[start:end],
        sentence=context_of(document, start, end),
        details=dict(finding.details),
    )


def sentence_words(document: Document) -> list[frozenset[str]]:
    """Each sentence's lower-case tokens, as a set: computed once per run, read by every rule."""
    return document.shared(sentence_words, lambda: [frozenset(map(_LOWER, s.tokens)) for s in text.sentences(document)])


_LOWER = operator.attrgetter("lower")  # a token's lower-case form, read in C


def sentences_holding(document: Document, words: frozenset[str]) -> list[int]:
    """The indexes (in order) of the sentences with a token among `words` (lower case): looked up by word
    in an index of the document's sentences by word (built once per run), not with one set test per sentence
    and rule (some thirty rules, each asking about every sentence of a long page)."""
    index = document.shared(sentences_holding, lambda: _sentences_by_word(sentence_words(document)))
    found = [index[word] for word in words if word in index] if len(words) <= len(index) else \
        [sentences for word, sentences in index.items() if word in words]
    if len(found) <= 1:
        return found[0] if found else []
    return sorted(set().union(*found))


def _sentences_by_word(words_of: list[frozenset[str]]) -> dict[str, list[int]]:
    """Lower-case token -> the indexes of the sentences holding it, in order."""
    index: dict[str, list[int]] = {}
    for number, words in enumerate(words_of):
        for word in words:
            found = index.get(word)
            if found is None:
                index[word] = [number]
            else:
                found.append(number)
    return index


def clause_starts(tokens: tuple[text.Token, ...]) -> list[int]:
    """Indexes where a clause may begin: the sentence start, and after ; : — or an opening bracket
    followed by a space ("clippy::double_neg" has no clause inside)."""
    starts = [0]
    for index, token in enumerate(tokens[:-1]):
        if token.text in CLAUSE_OPENERS and (tokens[index + 1].start > token.end or token.text in "([“"):
            starts.append(index + 1)  # an opener, spaced from what follows or opening a bracket or quote
    return starts


# Forms of "be", "have" and "do" that may follow a letter used as its own name ("A is for asymmetry").
_LETTER_NAME_VERBS = frozenset(("is", "was", "has", "does"))


def names_a_letter(tokens: tuple[text.Token, ...], index: int) -> bool:
    """What: a single capital letter followed by a finite verb names the letter itself, it is no article: "A is
    for asymmetry", "A stands for airway", "A represents the first step" (the ABCDE signs of melanoma, the ABC of
    first aid, the letters of FAST). The verb is "is", "was", "has", "does" or an -s form that is no singular
    noun ("stands", "represents"; not "means", which "a means of" makes a noun).
    Why is this bad? Read as the article, "A is" became "an is" and "Is a"; both block a correct page.
    Example: "A is for asymmetry" names a letter; "A stands for airway" too; "A means of testing" and "A test
    is" are an article and its noun."""
    if len(tokens[index].text) != 1 or not tokens[index].text.isupper() or index + 1 >= len(tokens):
        return False
    verb = tokens[index + 1]
    if not verb.is_word or verb.start - tokens[index].end != 1:
        return False
    word = verb.lower
    if word in _LETTER_NAME_VERBS:
        return True
    return bool(lx.third_person_base(word)) and ("NOUN" not in lx.classes(word) or lx.is_plural_noun(word))
