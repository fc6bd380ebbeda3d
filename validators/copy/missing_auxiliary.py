"""copy.missing-auxiliary: a subject pronoun that opens a clause, followed by a verb in -ing, by "not"
and an adjective or by "been", with the "am/is/are" or "have/has" between them left out."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.context_words import bigram_counts
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# Subordinators that open a clause with its own subject ("if you", "while they"); the relative
# words ("that", "which", "who") are left out: "we ask that you not drive" is a correct subjunctive.
_CLAUSE_OPENERS = lx.SUBORDINATORS - frozenset("that which who whom whose so".split())
_BE_FOR = {"i": "am", "you": "are", "we": "are", "they": "are", "he": "is", "she": "is", "it": "is"}
_HAVE_FOR = {"i": "have", "you": "have", "we": "have", "they": "have", "he": "has", "she": "has", "it": "has"}
# Pronouns that are only ever subjects ("it" too, after a clause opening): after a sentence start, a clause
# mark or a coordinating conjunction they open a clause ("It not safe", "and they unable"); "you" is left
# out there, since it may be an object ("thank you and you ...").
_SUBJECT_ONLY = frozenset("i we they he she it".split())
_COORDINATORS = frozenset(["and", "but", "so"])
_PERFECT_HAVE = frozenset("has have had".split())
_CLAUSE_MARKS = frozenset(";:—–(")
_INVERTING_WORDS = frozenset(["so", "nor", "neither"])  # "and so can older children": the subject follows the modal


@register
class MissingAuxiliary(SentenceRule):
    """A clause whose subject pronoun is followed by a bare verb in -ing, an adjective, "not" + an
    adjective, or "been".

    What it does: a modal followed by a word that is nothing but an adjective ("It can painful", "You must
    aware"), or by a past participle that may be an adjective with no object after it ("can adjusted with
    one lever", "will tired"; with an object, "will called you", the verb's form is wrong: copy.verb-form),
    lost its "be". Right after a subordinator that opens a clause ("if", "when", "while", "whether",
    "because", "unless", ...), a subject pronoun must be followed by a finite verb; so must a pronoun that
    is only ever a subject ("it", "they", "he" ...; not "you") at the start of a sentence or after a clause
    mark, "and", "but" or "so" ("It not safe to drive", "so it best to wait"). When the next word
    is a verb in -ing ("if you travelling"), a word that is nothing but an adjective ("if you unable
    to", "because they aware"), an adjective that may also be a noun but is no verb which real English
    joins to "be" but never to the pronoun (by the bigram table of copy.word-in-context: "are pregnant"
    is listed, "you pregnant" is not; "you two" and "make it possible" are listed and pass; a pronoun that
    is only ever a subject opens its clause and is no object, so there the pair with it is not asked: "It
    worth trying", "If it possible"; a word that may be an adverb, "It most commonly starts", passes), or "not"
    followed by an adjective or a verb in -ing ("if you not happy", "when they not working"), the form of
    "be" that carries the clause was dropped; when the next word is "been", a participle that never
    carries a clause alone ("unless you been told", "If we been"), the "have"/"has" was; so was one of them
    before any other participle that is no other form of its verb (lemminflect's forms in the bigram table:
    "when they taken with food" -> "they are taken", "if you eaten" -> "you have eaten"; not "used", "told",
    "become", which are also past or base forms). After any other
    word ("for you travelling abroad", "I saw you running") the pronoun is an object and the -ing verb is
    correct. Class: missing word (a dropped auxiliary).
    Why is this bad? The clause has no verb; the copy reads as machine-translated or careless, and
    in eligibility text ("if you not eligible") the reader must guess the meaning.
    Example: "If you travelling to Asia" -> "If you are travelling"; "if you not happy with your
    order" -> "if you are not happy"; "while she recovering" -> "while she is recovering"; "if you
    unable to come" -> "if you are unable"; "if you allergic to" -> "if you are allergic"; "It not safe to
    drive" -> "It is not safe"; "It can painful" -> "It can be painful"; "The seat can adjusted with one
    lever" -> "can be adjusted"; "if you been told" -> "if you have been told". A modal that opens a question or
    follows "so"/"nor"/"neither" stands before its subject, so an adjective and a noun after it are that subject
    ("Can older children take it?", "and so should younger adults"). Also a passive of reporting that lost its
    "been" ("has shown to lower" -> "has been shown to": `_been_before_reporting_participle`).
    """

    id = "copy.missing-auxiliary"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)

    def __init__(self, config):
        super().__init__(config)
        self.passive_to_participles = frozenset(self.vocabulary("copy_missing_words")["passive_to_participles"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        yield from self._be_after_modal(document, sentence)
        yield from self._been_before_reporting_participle(document, sentence)
        tokens = sentence.tokens
        for index in range(len(tokens) - 1):
            pronoun = tokens[index].lower
            if pronoun not in _BE_FOR or not _opens_clause(tokens, index):
                continue
            be = _BE_FOR[pronoun]
            if tokens[index + 1].lower == "been":
                be = _HAVE_FOR[pronoun]  # "unless you been told": "been" never carries a clause alone
            elif _participle_only(tokens[index + 1].lower):
                be = _auxiliary_for_participle(tokens, index, pronoun)  # "when they taken", "if you eaten"
            elif not _predicate_without_verb(tokens, index + 1) and not _unpaired_adjective(
                pronoun, be, tokens[index + 1], tokens[index + 2].lower if index + 2 < len(tokens) else ""
            ):
                continue
            first, after = tokens[index], tokens[index + 1]
            phrase = f"{first.text} {be} {after.text}"
            yield self.finding(
                document,
                first.start,
                after.end,
                f"The clause has no verb: '{phrase}'?",
                [Suggestion(phrase, safe=False)],
            )

    def _been_before_reporting_participle(
        self, document: Document, sentence: TokenizedSentence
    ) -> Iterator[Finding]:
        """What: "has"/"have"/"had" (past "also", "all", "not" ...), then a participle of a verb that takes "to" and
        an infinitive only in the passive (copy_missing_words.yaml `passive_to_participles`: "shown", "found",
        "thought", "known"), then "to" and a base verb: the passive lost its "been" ("have found to their surprise"
        is left alone).
        Why is this bad? "Exercise has shown to lower blood pressure" says exercise did the showing; the reader
        must repair the claim to "has been shown to".
        Example: "has shown to lower" -> "has been shown to lower"; "have all found to help" -> "have all been
        found to help"; "has been shown to lower", "has shown that" and "have proven to be" are left alone."""
        tokens = sentence.tokens
        for index in range(len(tokens) - 2):
            if tokens[index].lower not in _PERFECT_HAVE:
                continue
            position = index + 1
            while position < len(tokens) - 2 and position - index <= 2 and lx.is_adverb(tokens[position].lower):
                position += 1
            participle = tokens[position]
            infinitive = position + 2 < len(tokens) and lx.is_base_verb(tokens[position + 2].lower)
            if participle.lower in self.passive_to_participles and tokens[position + 1].lower == "to" and infinitive:
                fixed = f"{document.text[tokens[index].start : tokens[position - 1].end]} been {participle.text}"
                yield self.finding(
                    document,
                    tokens[position - 1].start,
                    participle.end,
                    f"The passive lost its 'been': '{fixed}'?",
                    [Suggestion(fixed, safe=False)],
                )

    def _be_after_modal(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        """ "It can painful" -> "can be painful": a modal followed (past any mid adverbs) by a word that is
        nothing but an adjective, or by a participle that may be one with no object after it ("The seat can
        adjusted with one lever", "You will tired"), has lost the "be" that carries it."""
        tokens = sentence.tokens
        for index, token in enumerate(tokens[:-1]):
            if not _modal(token, index):
                continue
            position = _adjective_after_modal(tokens, index)
            if position is None or _inverted_subject(tokens, index, position):
                continue
            fixed = f"{document.text[token.start : tokens[position - 1].end]} be {tokens[position].text}"
            yield self.finding(
                document,
                token.start,
                tokens[position].end,
                f"A verb seems to be missing: '{fixed}'?",
                [Suggestion(fixed, safe=False)],
            )


def _adjective_after_modal(tokens: tuple[Token, ...], index: int) -> int | None:
    """The index of a word that is nothing but an adjective after the modal at `index` and any mid adverbs
    ("can painful", "will soon able"), or of a past participle that may be an adjective with no object after
    it ("can adjusted with", "will tired"); None otherwise."""
    position = index + 1
    while position < len(tokens) - 1 and lx.is_adverb(tokens[position].lower):
        position += 1
    if position >= len(tokens) or not tokens[position].is_word:
        return None
    word = tokens[position].lower
    if _adjective(word) or (_adjectival_participle(tokens[position]) and not _object_follows(tokens, position + 1)):
        return position
    return None


def _inverted_subject(tokens: tuple[Token, ...], modal: int, adjective: int) -> bool:
    """The modal stands before its subject -- opening a question or after "so"/"nor"/"neither" ("Can older
    children take it?", "and so should younger adults") -- and the adjective is followed by a noun: the
    adjective belongs to that subject ("older children"), no "be" is missing."""
    inverted = modal == 0 or tokens[modal - 1].lower in _INVERTING_WORDS
    following = tokens[adjective + 1].lower if adjective + 1 < len(tokens) else ""
    noun = bool(following) and not lx.is_function_word(following) and "NOUN" in lx.classes(following)
    return inverted and noun


def _adjectival_participle(token: Token) -> bool:
    """A past participle that may also be an adjective ("adjusted", "closed", "tired") and is no base-form
    verb, adverb or noun. A participle that is only a verb ("can vaccinated") is copy.verb-form's."""
    word = token.lower
    if token.is_capitalised or lx.is_function_word(word) or lx.is_base_verb(word):
        return False
    known = lx.classes(word)
    return lx.is_participle(word) and "ADJ" in known and not known & {"ADV", "NOUN"}


def _participle_only(word: str) -> bool:
    """A past participle that is no other form of its verb ("taken", "seen", "written"; not "used", "told",
    "become", "run"), by the verb forms lemminflect gives in the bigram table: like "been", it never carries a
    clause alone."""
    forms = bigram_counts().verb_forms.get(word)
    return bool(forms) and all(
        word in verb[3] and not any(word in verb[slot] for slot in (0, 1, 2, 4)) for verb in forms
    )


def _auxiliary_for_participle(tokens: tuple[Token, ...], index: int, pronoun: str) -> str:
    """ "have"/"has" when an object follows the participle ("if you taken your tablets"), the form of "be" when a
    preposition does ("when they taken on an empty stomach": a passive); otherwise the auxiliary real English
    puts before the participle more often (the bigram table: "have eaten", "is done")."""
    be, have = _BE_FOR[pronoun], _HAVE_FOR[pronoun]
    if _object_follows(tokens, index + 2):
        return have
    if index + 2 < len(tokens) and tokens[index + 2].lower in lx.PREPOSITIONS:
        return be
    counts, participle = bigram_counts(), tokens[index + 1].lower
    return have if counts.pair(have, participle)[0] > counts.pair(be, participle)[0] else be


def _object_follows(tokens: tuple[Token, ...], index: int) -> bool:
    """An object after the verb: a determiner, a pronoun, a noun or an -ing form ("will called you", "can
    reduced swelling", "should kept taking"): an active verb whose form is wrong, not a missing "be"."""
    if index >= len(tokens) or not tokens[index].is_word:
        return False
    word = tokens[index].lower
    if word in lx.DETERMINERS or word in lx.POSSESSIVES or word in lx.OBJECT_PRONOUNS or word.endswith("ing"):
        return True
    return not lx.is_function_word(word) and "NOUN" in lx.classes(word)


def _modal(token: Token, index: int) -> bool:
    """A modal verb ("can", "will", "may"), not the month "May" inside a sentence."""
    return token.lower in lx.MODALS and not (token.is_capitalised and index > 0)


def _opens_clause(tokens: tuple[Token, ...], index: int) -> bool:
    """The pronoun at `index` opens a clause: after a subordinator, or (a subject-only pronoun) at the
    sentence start, after a clause mark or after "and"/"but"/"so"."""
    before = tokens[index - 1].lower if index > 0 else ""
    if before in _CLAUSE_OPENERS:
        return True
    if tokens[index].lower not in _SUBJECT_ONLY:
        return False
    return index == 0 or before in _COORDINATORS or before in _CLAUSE_MARKS


def _predicate_without_verb(tokens: tuple[Token, ...], index: int) -> bool:
    """A verb in -ing ("travelling"), an adjective ("unable"), or "not" and then an adjective or a verb
    in -ing: what follows "am/is/are", never a finite verb itself."""
    token = tokens[index]
    if not token.is_word:
        return False
    if token.lower == "not":
        if index + 1 >= len(tokens) or not tokens[index + 1].is_word:
            return False
        word = tokens[index + 1].lower
        return _ing_verb(word) or _adjective(word) or _after_not(word)
    return _ing_verb(token.lower) or _adjective(token.lower)


def _unpaired_adjective(pronoun: str, be: str, token: Token, following: str) -> bool:
    """A word that may be an adjective (or a noun, or a rare adverb) but is no verb ("pregnant", "proud") which
    real English joins to the form of "be" (the pair is listed in the bigram table, seen over ~6.4 million
    times: "are pregnant") but never to the subject pronoun itself ("you pregnant" is unlisted). An
    adjective that does follow the pronoun as an object's complement ("make it necessary", "you two",
    "you alone") is listed after it and passes. A pronoun that is only ever a subject ("it", "they") is no
    object where it opens a clause, so the pair with it is not asked there ("It worth trying", "If it
    possible"), unless the word may be an adverb ("It most commonly starts") or a noun follows it ("We
    British doctors")."""
    word = token.lower
    if not token.is_word or lx.is_function_word(word) or "'" in word or "-" in word:
        return False
    classes = lx.classes(word)
    if "ADJ" not in classes or not classes <= {"ADJ", "NOUN", "ADV"} or lx.is_adverb(word):
        return False  # "proud" may be an adverb ("do us proud"); "still", "only", "-ly" words are adverbs
    if "ADV" in classes and lx.may_be_finite(following):
        return False  # "He alone can sign": an adverb after the subject, before its verb
    counts = bigram_counts()
    if not counts.pair(be, word)[1]:
        return False
    if pronoun in _SUBJECT_ONLY and "ADV" not in classes and not token.is_capitalised and not _noun_follows(following):
        return True
    return not counts.pair(pronoun, word)[1]


def _noun_follows(word: str) -> bool:
    """The adjective modifies a noun after it: the pronoun and that noun are in apposition ("we older
    adults"). A verb's -ing form is the adjective's complement, not a noun it modifies ("it worth resting
    the joint", "they busy checking")."""
    if not word or lx.is_function_word(word) or "NOUN" not in lx.classes(word):
        return False
    return not (word.endswith("ing") and "VERB" in lx.classes(word) and _ing_verb(word))


def _after_not(word: str) -> bool:
    """After "not", an article ("it not a problem") or a word that may be an adjective ("not safe", "not
    clear"), not a mid adverb ("not only", "not just")."""
    return word in ("a", "an", "the") or ("ADJ" in lx.classes(word) and not lx.is_adverb(word))


def _adjective(word: str) -> bool:
    """A word that is nothing but an adjective ("unable", "aware"): never a verb after a subject."""
    return lx.is_only(word, "ADJ") or word in ("sure", "able", "eligible")


def _ing_verb(word: str) -> bool:
    """A verb's -ing form ("travelling"), not a base verb spelt with -ing ("bring", "sing") nor a noun
    ("morning", "nothing")."""
    if not word.endswith("ing") or lx.is_function_word(word):
        return False
    bases = lx.lemmas(word).get("VERB", ())
    return bool(bases) and word not in bases
