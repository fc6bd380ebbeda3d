"""copy.missing-copula: a clause whose subject is followed by an adjective and no verb at all."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.agreement.clauses import sentence_subjects
from validators.copy.agreement.head_vocabulary import head_vocabulary
from validators.copy.agreement.phrase_words import SINGULAR
from validators.copy.base import SentenceRule
from validators.copy.context_words import bigram_counts
from validators.copy.text import TokenizedSentence
from validators.document import BlockKind, Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# Marks that end a clause: a verb of the clause must come before them.
_CLAUSE_END = frozenset(".;:!?,()")
# Demonstratives that stand alone as a clause's subject ("These are rare"), with the form of "be" they take.
_DEMONSTRATIVES = {"this": "is", "these": "are", "those": "are"}


@register
class MissingCopula(SentenceRule):
    """A subject followed by an adjective or "not" with no verb anywhere in its clause.

    What it does: finds each clause's subject with the head-noun reader of copy.verb-agreement
    (validators/copy/agreement/subject_reader.py) and flags the word after it when that word is an adjective
    (never a noun or a verb to the lexicon: "able", "likely", "unable") or "not" before one, and no
    finite verb -- a form of be/have/do, a modal, a present or past verb -- follows in the same
    clause. An adjective phrase after a noun with a verb later is correct English ("People unable
    to swallow tablets can ask for a liquid") and is left alone; so are headings and list items,
    which are often fragments, and a sentence that is only a bare noun phrase and its adjective, a notice
    ("Lunchtime appointments available.", "Prices valid until 31 March."), and an adjective that stands after its
    noun inside the noun phrase ("The strongest painkiller available", "No side effects whatsoever").
    A singular subject, a grading adverb ("still", "not", "often", "very") and a word that may be an adjective
    and is no finite verb for that subject, with no noun after it and not more often after "to" than after
    "is" in real English, is read the same way ("while the skin still damp" -> "is still damp"; "the skin still
    itches" has its verb, and "An attack usually last" is a verb's agreement slip).
    A demonstrative that opens the sentence ("This", "These", "Those"), any adverbs and an adjective that
    no noun or adjective follows, with no finite verb in the clause, lost its "is"/"are" too.
    Why is this bad? A dropped "is"/"are" leaves a sentence without a verb; the reader has to
    guess whether something is, was or should be so.
    Example: "Most people able to go home the same day." -> "people are able"; "The wound not
    likely to scar if kept clean." -> "wound is not likely"; "These rare but need checking" -> "These
    are rare".
    """

    id = "copy.missing-copula"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)

    def __init__(self, config):
        super().__init__(config)
        self.heads = head_vocabulary(config.vocabulary_dirs)
        self.postpositive = self.word_set("copy_grammar", "postpositive_adjectives")

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        if document.blocks[sentence.sentence.block].kind != BlockKind.PARAGRAPH:
            return
        tokens = sentence.tokens
        for head, number, position, _ in sentence_subjects(document, sentence, self.heads):
            graded = position > head + 1 and all(lx.is_adverb(t.lower) for t in tokens[head + 1 : position])
            if graded and tokens[head + 1].lower in _ADVERBS_BEFORE_ADJECTIVE:
                position = head + 1  # "while the skin still damp": an adverb, then the adjective
            if position != head + 1 or position + 1 >= len(tokens) or not tokens[position].is_word:
                continue  # right after the head: "people able", not "amoxicillin treat bacterial"
            if not (lx.is_plural_noun(tokens[head].lower) or self._determined(tokens, head)):
                continue  # a bare singular may be a verb or a fragment: "when run interactive", "Given reasonable"
            word = tokens[position].lower
            adjective = position + 1 if word == "not" else position
            while graded and adjective < len(tokens) - 1 and lx.is_adverb(tokens[adjective].lower):
                adjective += 1
            fits = _adjective(tokens[adjective].lower) or (
                graded and number == SINGULAR and _adjective_after_adverb(tokens, adjective)
            )
            if not fits or _has_finite_verb(tokens, adjective + 1):
                continue
            if _opens_a_name(tokens, adjective):
                continue
            if _notice(tokens, head, adjective, self.heads.plural_determiners):
                continue
            if self._postpositive(tokens, head, adjective):
                continue
            if _head_is_its_verb(tokens, head, adjective):
                continue
            verb = "is" if number == SINGULAR else "are"
            written = tokens[position].text
            message = f"The clause has no verb: '{tokens[head].text} {verb} {written}'?"
            yield self.finding(
                document,
                tokens[position].start,
                tokens[position].end,
                message,
                [Suggestion(f"{verb} {written}", safe=False)],
            )
        yield from self._after_demonstrative(document, tokens)

    def _after_demonstrative(self, document: Document, tokens) -> Iterator[Finding]:
        """ "These rare but need checking", "This very important even if": a demonstrative opening the
        sentence, any adverbs, then an adjective that no noun or adjective follows (so the demonstrative is
        no determiner: "These rare cases") and no finite verb in the clause."""
        if len(tokens) < 3 or tokens[0].lower not in _DEMONSTRATIVES:
            return
        position = 1
        while position < len(tokens) - 1 and lx.is_adverb(tokens[position].lower):
            position += 1
        word = tokens[position]
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if not word.is_word or not _adjective(word.lower):
            return
        if following is not None and following.is_word and lx.classes(following.lower) & {"NOUN", "ADJ"}:
            return  # "These rare cases", "This simple, quick test": a determiner before its noun
        if _has_finite_verb(tokens, position + 1):
            return
        verb = _DEMONSTRATIVES[tokens[0].lower]
        phrase = f"{tokens[0].text} {verb} {document.text[tokens[1].start : word.end]}"
        message = f"The clause has no verb: '{phrase}'?"
        yield self.finding(document, tokens[0].start, word.end, message, [Suggestion(phrase, safe=False)])

    def _postpositive(self, tokens, head: int, adjective: int) -> bool:
        """An adjective that stands after its noun inside the noun phrase, licensed by a superlative, "only", "no",
        "any" or "every" before the noun: "The strongest natural painkiller available", "the lowest dose possible",
        "No side effects whatsoever", "every appointment available". The adjectives are data
        (`postpositive_adjectives` in copy_grammar.yaml). "The results available within two days, so" has no
        such word before its noun and is still read as a clause that lost "are"."""
        if adjective != head + 1 or tokens[adjective].lower not in self.postpositive:
            return False
        return any(_licenses_postpositive(token.lower) for token in tokens[max(0, head - 5) : head])

    def _determined(self, tokens, head: int) -> bool:
        """A determiner opens the noun phrase ("The wound", "this cream")."""
        start = head
        while start > 0 and tokens[start - 1].is_word and not lx.is_function_word(tokens[start - 1].lower):
            start -= 1
        opener = tokens[start - 1].lower if start > 0 else ""
        return opener in lx.DETERMINERS or opener in self.heads.plural_determiners


def _head_is_its_verb(tokens, head: int, adjective: int) -> bool:
    """The head read as a plural noun is the -s form of the clause's verb after a singular noun: a linking verb
    before its adjective ("the walnut top looks gorgeous", "the room feels warm", "The gel stays cool"), or any
    verb whose object is the adjective and a noun after it ("the blend melts stubborn belly fat", "The kit
    tests fresh samples"), and a sentence opening on the -s form before such an object, a benefit bullet
    ("Supports healthy digestion"). "The side effects mild" and "The test results normal" keep their reading:
    neither verb links to an adjective, and no noun follows the adjective."""
    base = lx.third_person_base(tokens[head].lower)
    before = tokens[head - 1] if head else None
    if base is not None and before is None:
        return _object_after(tokens, adjective)  # "Supports healthy digestion": a bullet opening on its -s verb
    if base is None or before is None or not before.is_word or lx.is_function_word(before.lower):
        return False
    known = lx.classes(before.lower)
    if (known and not known & {"NOUN", "ADJ"}) or lx.is_plural_noun(before.lower):
        return False  # the word before must be able to head the subject or modify it ("walnut top", "blend")
    if base in lx.LINKING_VERBS:
        return True
    return _object_after(tokens, adjective)


def _object_after(tokens, adjective: int) -> bool:
    """A noun follows the adjective: the adjective opens the verb's object ("melts stubborn belly fat")."""
    following = tokens[adjective + 1] if adjective + 1 < len(tokens) else None
    return (
        following is not None
        and following.is_word
        and not lx.is_function_word(following.lower)
        and "NOUN" in lx.classes(following.lower)
    )


def _notice(tokens, head: int, adjective: int, quantifiers: frozenset[str]) -> bool:
    """A whole sentence of a bare noun phrase and its adjective is a notice, the style of signs and price lists:
    "Lunchtime appointments available.", "Same-day results available.", "Evening and weekend clinics
    available.", "Prices valid until 31 March." No determiner opens the noun phrase, and no word follows the
    adjective but a prepositional phrase (the clause has no finite verb: `_has_finite_verb`). A clause that lost
    its "is"/"are" has a determiner ("The side effects mild", "Most people able to go home") or goes on after the
    adjective with more than a prepositional phrase."""
    after = tokens[adjective + 1 :]
    if any(token.is_word for token in after) and not (
        adjective == head + 1 and after[0].lower in _NOTICE_PREPOSITIONS  # "Prices valid until 31 March"
    ):
        return False
    return all(
        token.lower in _MODIFIER_JOINS
        or (token.is_word and not lx.is_function_word(token.lower) and token.lower not in lx.DETERMINERS | quantifiers)
        for token in tokens[:head]
    )


# What may open the prepositional phrase after a notice's adjective.
_NOTICE_PREPOSITIONS = lx.PREPOSITIONS | {"until", "till"}
# What may join the modifiers of a notice's noun ("Evening and weekend clinics available", "Home, work or
# school visits available").
_MODIFIER_JOINS = frozenset({"and", "or", "&", ","})


# Words before a noun that license an adjective after it ("the best price available", "no problems whatsoever").
_POSTPOSITIVE_LICENSORS = frozenset("best worst most least first last only next no any every".split())


def _licenses_postpositive(word: str) -> bool:
    """A superlative ("strongest", "lowest": an -est form of another adjective) or a licensing word."""
    if word in _POSTPOSITIVE_LICENSORS:
        return True
    return word.endswith("est") and any(lemma != word for lemma in lx.lemmas(word).get("ADJ", ()))


def _opens_a_name(tokens, index: int) -> bool:
    """A capitalised word inside the sentence is a word of a name, not a predicate adjective: "The quick
    Sequential Organ Failure Assessment (qSOFA) score", "the new Mental Capacity Act (MCA) code", "Our senior
    Clinical Nurse Specialist (CNS) team" read an adjective and a name, whose verb may come after a bracket. A
    predicate adjective that lost its "is" is written in lower case ("Most people able to go home")."""
    return index > 0 and tokens[index].is_word and tokens[index].is_capitalised


def _adjective(word: str) -> bool:
    """Only an adjective (or an adverb too: "likely"), never a noun or a verb: "able", "safe" is a noun too."""
    known = lx.classes(word)
    return "ADJ" in known and not known & {"NOUN", "VERB"}


# Adverbs that grade a predicate adjective ("still damp", "not safe", "often sore"): after a subject and one of
# them, an adjective with no verb before it lost its "is"/"are".
_ADVERBS_BEFORE_ADJECTIVE = frozenset("still not often usually always sometimes now very too so quite".split())


def _adjective_after_adverb(tokens, index: int) -> bool:
    """After a singular subject and a grading adverb, a word that may be an adjective and is no finite verb
    for that subject (a base form: "the skin still damp", not "the skin still itches" or "still dried"), with
    no noun or adjective after it that it could modify ("still damp areas")."""
    word = tokens[index].lower
    if not tokens[index].is_word or "ADJ" not in lx.classes(word) or lx.is_function_word(word):
        return False
    if lx.is_plural_noun(word) or lx.may_be_finite(word) or word.endswith("ing") or lx.is_participle(word):
        return False
    if "VERB" in lx.classes(word) and _mostly_infinitive(word):
        return False  # "An attack usually last": a verb that lost its -s, not an adjective that lost "is"
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is None or not following.is_word or not lx.classes(following.lower) & {"NOUN", "ADJ"}


def _mostly_infinitive(word: str) -> bool:
    """Real English puts the word after "to" more often than after "is" (bigram table: "to last" far outnumbers
    "is last"; "is red" matches "to red"; "damp" is listed after neither): a verb rather than an adjective."""
    bigrams = bigram_counts().bigrams
    return bigrams.get(f"to {word}", 0) > bigrams.get(f"is {word}", 0)


def _has_finite_verb(tokens, start: int) -> bool:
    """A verb that can carry the clause after `start`, before the clause ends (not a verb after "to"). A bracketed
    aside is skipped whole: the clause goes on after it ("A diet rich in fibre (found in oats, beans and apples)
    can lower LDL": "can" carries it), though its commas and "and" would end the clause."""
    index = start - 1
    while index + 1 < len(tokens):
        index += 1
        token = tokens[index]
        if token.text == "(":
            index = _closing_bracket(tokens, index)
            continue
        if token.text in _CLAUSE_END or token.lower in ("and", "but", "or"):
            return False
        word = token.lower
        if tokens[index - 1].lower == "to":
            continue
        if word in lx.AUXILIARIES:
            return True
        known = lx.lemmas(word)
        if "VERB" in known and (set(known) == {"VERB"} or lx.third_person_base(word)):
            return True
        if (
            word in known.get("VERB", ())
            and index + 1 < len(tokens)
            and tokens[index + 1].lower in _OBJECT_OPENERS
            and not lx.is_base_verb(tokens[index - 1].lower)
            and not any(token.lower in lx.SUBORDINATORS for token in tokens[start:index])
        ):
            return True  # "Podiatrists nationwide trust our insoles": a base verb (also a noun) and its object;
            # not a word after another verb ("able to go home the same day": "home" ends the infinitive's phrase),
            # nor in a clause of its own ("not likely to scar if you keep it clean")
    return False


def _closing_bracket(tokens, opening: int) -> int:
    """The index of the ")" that closes the "(" at `opening`, or the last index when none does."""
    for index in range(opening + 1, len(tokens)):
        if tokens[index].text == ")":
            return index
    return len(tokens) - 1


# Words that open a verb's object: after a word that may be a base verb, they make it the clause's verb.
_OBJECT_OPENERS = (lx.DETERMINERS | lx.POSSESSIVES | lx.OBJECT_PRONOUNS) - {"that", "what", "which"}


# Words that open the noun phrase of an existential "there" ("There is no need", "There are many ways").
_EXISTENTIAL_OPENERS = frozenset("no a an many several some few lots plenty little any enough".split())
# Words after which "there" opens a clause: the start, a clause mark, a conjunction or a subordinator.
_CLAUSE_BEFORE_THERE = frozenset(",;:—–(") | frozenset(["and", "but", "so", "or"]) | lx.SUBORDINATORS
# Openers, and words after "a", that make the noun phrase plural ("There are many", "There are a few").
_PLURAL_OPENERS = frozenset("many several few lots plenty lot number couple".split())


@register
class MissingExistentialBe(SentenceRule):
    """An existential "there" that opens a clause, followed by its noun phrase with no "is"/"are".

    What it does: "there" that opens a clause (the sentence start, after a clause mark, "and"/"but"/"so" or a
    subordinator: "if there") and is followed straight away by a word that opens the noun phrase of an
    existential ("no", "a", "many", "several", "some", "few", "lots", "plenty", "little", "any", "enough") and
    then a word, has lost
    the "is"/"are" between them. "there" after a verb is a place ("get there a few minutes early", "over
    there no one minds") and passes, as does a question ("Is there no way"). Class: missing word.
    Why is this bad? The sentence has no verb; "There no need to book" reads as a slip in exactly the
    reassuring line the reader looks for.
    Example: "There no need to book" -> "There is no need"; "There many ways to help" -> "There are many
    ways"; "If there a problem, call us" -> "If there is a problem".
    """

    id = "copy.missing-existential-be"
    severity = Severity.ERROR
    trigger_words = frozenset(["there"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(len(tokens) - 2):
            there, opener, noun = tokens[index], tokens[index + 1], tokens[index + 2]
            if there.lower != "there" or opener.lower not in _EXISTENTIAL_OPENERS or not noun.is_word:
                continue
            if index and tokens[index - 1].lower not in _CLAUSE_BEFORE_THERE:
                continue  # "get there a few minutes early": a place
            if opener.text != opener.lower or (index == 0 and not there.is_capitalised):
                continue
            plural = opener.lower in _PLURAL_OPENERS or noun.lower in _PLURAL_OPENERS or lx.is_plural_noun(noun.lower)
            phrase = f"{there.text} {'are' if plural else 'is'} {opener.text}"
            yield self.finding(
                document,
                there.start,
                opener.end,
                f"A word seems to be missing: '{phrase}'?",
                [Suggestion(phrase, safe=False)],
            )
