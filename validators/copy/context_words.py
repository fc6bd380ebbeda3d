"""copy.word-in-context: a real word written for its look-alike, found by how real English uses the words around it."""

import gzip
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.possessive_slot import passive_contact_clause, verb_after_bare_phrase, verb_after_of_phrase
from validators.copy.predicate_slot import (
    complement_graded_after,
    degree_word_before_predicate,
    predicate_after_possessive,
    predicate_ends_clause,
)
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register
from validators.vocabulary import DATA_DIR, load_vocabulary

_NOUN_PHRASE_OPENERS = frozenset("a an the another any each every no".split())
# Marks that end a clause: the word before one has no right neighbour in the pair table.
_CLAUSE_ENDS = frozenset(".,;:!?)")
# The bigram dictionary leaves out pairs seen fewer times than this: a missing pair is rarer.
PAIR_FLOOR = 6_000_000
# The context name under which the table holds the verb forms seen after any plural noun.
PLURAL_NOUN = "PLURAL-NOUN"
# Count assumed for a neighbouring word the table does not hold (it is shared by every candidate).
UNKNOWN_WORD_COUNT = 1_000_000
# The class under which the table holds the total of a scored word's listed pairs on one side.
ANY_CLASS = "ANY"
# The class of every function word (lexicon.is_function_word).
FUNCTION_CLASS = "FUNC"
# The least share of a word's uses assumed next to a content word (its listed function-word pairs
# may account for nearly all its counted uses: "except for").
MIN_CONTENT_SHARE = 0.05
# How many counts of pairs the general share of a word class is worth against a word's own listed
# pairs (twenty pairs at the dictionary's floor): a rarely listed word keeps the general share.
CLASS_PRIOR = 20 * PAIR_FLOOR
# A pair listed this many times more often than independence predicts is a set phrase ("every week").
SET_PHRASE_LIFT = 20


@dataclass(frozen=True)
class BigramCounts:
    """Unigram and bigram counts of real English (validators/data/copy_bigrams.tsv.gz)."""

    unigrams: dict[str, int]
    bigrams: dict[str, int]
    total: int
    scale: float  # bigram counts run this many times larger than unigram counts
    # a verb form -> the inflections (base, -s, past, participle, -ing; each a tuple of spellings)
    # of each verb it belongs to
    verb_forms: dict[str, tuple[tuple[tuple[str, ...], ...], ...]]
    # a verb-form context -> the share of each of those forms among the verbs seen after it
    form_shares: dict[str, tuple[float, ...]]
    # "left right" pairs real English writes the other way round ("the of")
    transposed: frozenset[str]
    # (word, word class) -> the summed count of the listed pairs of a scored word with a right
    # (resp. left) neighbour of that class: the backoff for a pair the dictionary does not list
    right_classes: dict[tuple[str, str], int]
    left_classes: dict[tuple[str, str], int]
    # word class -> the summed unigram count of the words of that class
    class_totals: dict[str, int]

    @cached_property
    def transposed_first_words(self) -> frozenset[str]:
        """The first words of the `transposed` pairs."""
        return frozenset(pair.split(" ")[0] for pair in self.transposed)

    def unigram(self, word: str) -> int:
        return self.unigrams.get(word, UNKNOWN_WORD_COUNT)

    def pair(self, left: str, right: str) -> tuple[float, bool]:
        """The pair's count and whether it was seen; an unseen pair gets what independence predicts,
        capped below the dictionary's floor."""
        count = self.bigrams.get(f"{left} {right}")
        if count is not None:
            return count, True
        return min(PAIR_FLOOR / 2, self.independent_count(left, right)), False

    def independent_count(self, left: str, right: str) -> float:
        """The pair's count if the two words were independent."""
        return self.scale * self.unigram(left) * self.unigram(right) / self.total

    def absence_is_evidence(self, left: str, right: str) -> bool:
        """Would the dictionary list the pair if the two words were independent: its absence then says
        real English avoids it, not only that one of the words is rare."""
        return self.independent_count(left, right) >= PAIR_FLOOR / 2

    def lift(self, left: str, right: str) -> float:
        """How many times more often the pair is listed than independence predicts (0 when unlisted)."""
        count = self.bigrams.get(f"{left} {right}", 0)
        return count / self.independent_count(left, right)

    def class_pair(self, left: str, right: str, scored_on_left: bool) -> tuple[float, bool]:
        """The pair's count, or for an unlisted pair of the scored word with a content word an estimate
        backed off to word classes: P(neighbour | word) ~ P(class | word) P(neighbour | class), with
        P(class | word) from class_share. A word listed with many nouns after it ("quiet") is then far
        more likely before an unlisted noun than one never listed with a noun ("quite"). A function
        word's pairs are listed one by one when frequent, so an unlisted one keeps independence.
        Capped below the floor, as an unlisted pair must be. Also whether the pair was seen."""
        count, seen = self.pair(left, right)
        if seen:
            return count, True
        word, neighbour = (left, right) if scored_on_left else (right, left)
        side = self.right_classes if scored_on_left else self.left_classes
        if not self.backs_off(word, side):
            return count, False
        tag = word_class(neighbour)
        if tag == FUNCTION_CLASS or not self.class_totals.get(tag):
            return count, False
        share = self.class_share(word, neighbour, scored_on_left)
        estimate = share * self.scale * self.unigram(word) * self.unigram(neighbour) / self.class_totals[tag]
        return min(PAIR_FLOOR / 2, estimate), False

    @staticmethod
    def backs_off(word: str, side: dict[tuple[str, str], int]) -> bool:
        """Does the word's class backoff apply: a content word with listed pairs on that side. What
        may follow a function word ("make you sleepy", "if your swallowing has") depends on more of
        the sentence than one neighbour's class."""
        return (word, ANY_CLASS) in side and _content_word(word)

    def class_share(self, word: str, neighbour: str, on_right: bool) -> float:
        """P(class | word) for a content word's class: the share of `word`'s occurrences not next to a
        listed function word, times the share of that class among its listed content-word
        neighbours (on its right when `on_right`). The latter is smoothed towards the class's share
        of all content words with a prior worth CLASS_PRIOR pairs, so a word with few listed pairs
        keeps the general share."""
        side = self.right_classes if on_right else self.left_classes
        tag = word_class(neighbour)
        occurrences = self.scale * self.unigram(word)
        function_pairs = side.get((word, FUNCTION_CLASS), 0)
        content_share = max(1 - function_pairs / occurrences, MIN_CONTENT_SHARE)
        content_pairs = side.get((word, ANY_CLASS), 0) - function_pairs
        content_total = self.total - self.class_totals.get(FUNCTION_CLASS, 0)
        prior = CLASS_PRIOR * self.class_totals.get(tag, 0) / content_total
        return content_share * (side.get((word, tag), 0) + prior) / (content_pairs + CLASS_PRIOR)

    def log_probability(self, left: str | None, words: tuple[str, ...], right: str) -> tuple[float, bool]:
        """log P(words, right | left) under a bigram model backed off to word classes, and whether the
        last word was seen before `right` (the evidence that this reading fits what follows)."""
        score, previous = 0.0, left
        unigram = self.unigrams.get
        for word in words:
            if previous is None:
                score += math.log(unigram(word, UNKNOWN_WORD_COUNT) / self.total)
            else:
                count, _ = self.class_pair(previous, word, scored_on_left=False)
                score += math.log(count / (self.scale * unigram(previous, UNKNOWN_WORD_COUNT)))
            previous = word
        count, seen = self.class_pair(previous, right, scored_on_left=True)
        return score + math.log(count / (self.scale * unigram(previous, UNKNOWN_WORD_COUNT))), seen


@lru_cache(maxsize=4096)
def _content_word(word: str) -> bool:
    return not lx.is_function_word(word)


def _lexical_word(word: str) -> bool:
    """A content word that is no auxiliary ("compliment", "peak"; not "your", "does")."""
    return _content_word(word) and "AUX" not in lx.classes(word)


@lru_cache(maxsize=65536)
def word_class(word: str) -> str:
    """A coarse class of a word for backing off unlisted pairs: "FUNC" for a function word, else its
    lexicon classes ("NOUN", "ADJ+NOUN", "NOUN+VERB"), "-PL" added for a plural noun; "UNKNOWN" for a
    word the lexicon does not hold (names, numbers, rare terms)."""
    if lx.is_function_word(word):
        return FUNCTION_CLASS
    classes = lx.classes(word)
    if not classes:
        return "UNKNOWN"
    tag = "+".join(sorted(classes))
    return tag + "-PL" if "NOUN" in classes and lx.is_plural_noun(word) else tag


@lru_cache(maxsize=1)
def bigram_counts() -> BigramCounts:
    unigrams, bigrams, totals, verb_forms, form_shares, transposed = {}, {}, {}, {}, {}, set()
    right_classes, left_classes, class_totals = {}, {}, {}
    with gzip.open(DATA_DIR / "copy_bigrams.tsv.gz", "rt", encoding="utf-8") as handle:
        for line in handle.read().splitlines():
            kind, key, *count = line.split("\t")
            if kind == "U":
                unigrams[key] = int(count[0])
            elif kind == "B":
                bigrams[key] = int(count[0])
            elif kind == "F":
                forms = tuple(tuple(slot.split("|")) for slot in key.split(" "))
                for form in {form for slot in forms for form in slot}:
                    verb_forms[form] = (*verb_forms.get(form, ()), forms)
            elif kind == "T":
                transposed.add(key)
            elif kind == "V":
                form_shares[key] = tuple(float(share) for share in count[0].split(" "))
            elif kind == "R":
                right_classes[key, count[0]] = int(count[1])
            elif kind == "L":
                left_classes[key, count[0]] = int(count[1])
            elif kind == "K":
                class_totals[key] = int(count[0])
            else:
                totals[kind] = float(key)
    return BigramCounts(
        unigrams,
        bigrams,
        int(totals["N"]),
        totals["S"],
        verb_forms,
        form_shares,
        frozenset(transposed),
        right_classes,
        left_classes,
        class_totals,
    )


@lru_cache(maxsize=8)
def _confusion_sets(
    vocabulary_dirs: tuple[Path, ...],
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], dict[str, frozenset[str]]]:
    """The contractions (contraction -> its words), for each word of a confusion set the other members of
    its sets (for the first word of a one-way set, the words it is written for), and for each word of a
    same-slot set the other members of its set: read once per
    configuration (a check run makes its rules anew)."""
    vocabulary = load_vocabulary("copy_confusion_sets", vocabulary_dirs)
    contractions = {word: tuple(words) for word, words in vocabulary["contractions"].items()}
    alternatives: dict[str, tuple[str, ...]] = {}
    for group in vocabulary["sets"]:
        for word in group:
            alternatives[word] = tuple(
                dict.fromkeys((*alternatives.get(word, ()), *(other for other in group if other != word)))
            )
    for written, *meant in vocabulary["one_way_sets"]:
        alternatives[written] = tuple(dict.fromkeys((*alternatives.get(written, ()), *meant)))
    same_slot = {
        word: frozenset(other for other in group if other != word)
        for group in vocabulary["same_slot_sets"]
        for word in group
    }
    return contractions, alternatives, same_slot


@register
class WordInContext(SentenceRule):
    """A real word written for another that looks or sounds like it: "check you blood pressure", "their are".

    What it does: for every word of a confusion set (validators/data/copy_confusion_sets.yaml:
    your/you're/you, its/it's, than/then, complement/compliment, dairy/diary, led/lead, ...), it
    scores each member of the set between the word's left and right neighbours with bigram counts
    of real English, and flags the word when another member is far more probable there. A noun
    right after an article or an adjective ("the lowest dose that"), or joined by "or"/"and" to
    a noun after one ("another statin or dose that"), is never replaced by an auxiliary ("does"). A
    possessive before a noun and a singular count noun that is no verb ("tell your care coordinator")
    is never replaced by "you": the count noun would then stand without a determiner.
    The right neighbour must have been seen after the other word, except when neither word was seen
    before it (a rare content word): then the left pair alone decides, if the written word was never
    seen after its left neighbour although it would be listed were the two independent (or the
    look-alike's pair is a set phrase) and the look-alike was ("the affects usually last" ->
    "effects", "share there worries" -> "their", "the same principal governs" -> "principle").
    A word that is only a singular noun right after "I"/"we"/"they" or a modal verb stands where a verb must, so
    a look-alike that is a verb's base form is meant ("we advice adults", "can advice which" -> "advise"); a
    degree word's look-alike between "be" and an adjective ending its phrase is the degree word ("is quiet
    gentle and" -> "quite"); a word that is only a
    verb's base form after a degree word, or between "a"/"the"/"more" and a noun, stands where an
    adjective must, so its adjective look-alike is meant ("feels very lose", "a lose tooth" -> "loose");
    right after an article and before a function word or a clause end it is the article's noun ("a
    lose of appetite" -> "loss", "under the heal." -> "heel"). A possessive before a word in -ing and an
    object pronoun stands where a subject and its verb must, so the look-alike contraction is meant ("know
    your wearing them" -> "you're").
    A pair the dictionary does not list (it keeps pairs seen over ~6.4 million times) is backed off
    to word classes for a content word: its listed pairs spread over each class of neighbour, so
    "quite" (listed before adjectives, never before a noun) is far less likely than "quiet" before
    an unlisted noun, and when neither word was seen before the next word, a class the look-alike
    is often followed by and the written word almost never decides ("a quite room" -> "quiet").
    At the end of a clause (the table has no sentence ends) a content word after a content word is
    judged by that left pair alone ("take a deep breathe." -> "breath").
    A clause that opens on a verb's base form is an instruction ("Buy two, get one free."): how often the two
    words occur overall says nothing about which opens it, so only how likely each makes the next word is weighed.
    Marketing shapes that are no confusion: a contraction before an adverb that sits between a
    subject with its verb and the predicate ("You're never more than a click away"), judged by the
    predicate after the adverb; a content word opening a fragment whose pair with its right
    neighbour is unlisted only for rarity ("Quiet enough for the nursery.": the look-alike would win on
    frequency alone); a plural noun, a verb's base form and its object ("Most customers buy five pairs",
    "gummies quiet a busy mind"), where only a look-alike that is a verb is weighed; a possessive before a noun
    phrase ending on a term the lexicon lacks, then its verb ("If your sleep apnoea makes you tired").
    The ratio is smaller (`evidence_ratio`, 5) when real English avoids the written word on both sides
    (frequent enough to be listed with its neighbours, yet listed with neither) and the look-alike is
    listed with each ("Bare in mind" -> "Bear", "weight lose with" -> "loss"), or when it avoids the written
    word before a singular count noun, which cannot stand bare ("around you arm" -> "your").
    Where one neighbour on each side cannot tell, the next word decides (validators/copy/predicate_slot.py):
    a possessive before a word real English mostly writes after "is"/"are", then a clause end or a
    preposition ("Its quick, private", "your good to go" -> "It's", "you're"); "to" between a form of "be"
    and an adjective that is no verb ("is to good!" -> "too"). A title-case heading or button is judged in
    lower case ("Not Sure of You Size?"), its capitals marking no names. "There" after a form of "be", then a number
    and a unit of time ("I'm there four times a week") places the subject; it is not judged against "their".
    At a clause end after an auxiliary, a written word frequent enough to be listed there yet never seen is
    replaced by a listed look-alike ("has past." -> "passed").
    The first word of a one-way set (`one_way_sets`: "witch", "threw") is judged against its frequent look-alike
    ("which", "through"), which is never judged against it, also at a clause opening ("a night splint, witch
    keeps" -> "which"), where the look-alike must be listed before the next word ("Witch hazel soothes" stays).
    Members of a same-slot set (`same_slot_sets`: "site"/"sight", "dairy"/"diary") differ only in
    meaning, so a function word beside them proves nothing ("your sight has" stays); they are
    judged by their content-word neighbours alone ("web sight" -> "site", "diary farm" -> "dairy").
    Why is this bad? Every spell checker passes these words, yet the sentence says something else
    or reads as careless; readers of health copy judge its care by such slips.
    Example: "the two creams compliment each other" -> "complement"; "keep a food dairy" -> "diary".
    """

    id = "copy.word-in-context"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)

    def __init__(self, config):
        super().__init__(config)
        self.contractions, self.alternatives, self.same_slot = _confusion_sets(config.vocabulary_dirs)
        self.trigger_words = frozenset(self.alternatives)  # only a word with alternatives is judged
        self.one_way_words = frozenset(group[0] for group in self.vocabulary("copy_confusion_sets")["one_way_sets"])
        perfect = self.vocabulary("copy_confusion_sets")["perfect_contractions"]
        self.perfect_contractions = {word: tuple(words) for word, words in perfect.items()}
        self.ratio = math.log(float(self.options.get("ratio", 20)))
        self.class_ratio = float(self.options.get("class_ratio", 10))
        self.evidence_ratio = math.log(float(self.options.get("evidence_ratio", 5)))
        self.attested_ratio = math.log(float(self.options.get("attested_ratio", 10)))
        self.least_margin = min(self.ratio, self.evidence_ratio, self.attested_ratio)
        words = self.vocabulary("copy_grammar")["confused_words"]
        self.you_ordinals = frozenset(words["you_ordinals"])
        self.bare_after_ordinal = frozenset(words["bare_after_ordinal"])
        self.duration_units = frozenset(words["duration_units"])
        self.mid_adverbs = frozenset(words["mid_adverbs"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        counts = None
        title_case = _title_case(tokens)
        for index, token in enumerate(tokens):
            alternatives = self.alternatives.get(token.lower)
            if alternatives is None or (token.is_capitalised and index and not (sentence.is_heading or title_case)):
                continue
            if passive_contact_clause(tokens, index):
                continue  # "These are the questions we're asked most often": a relative clause without "that"
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            before = tokens[index - 1] if index else None
            left = before.lower if before is not None and before.is_word else None
            if token.lower in lx.POSSESSIVES and verb_after_of_phrase(tokens, index + 1) is not None:
                continue  # "even if their signs of illness seem": a subject, its of-phrase and its own verb
            fix = (
                _verb_after_subject(tokens, index, alternatives, self.mid_adverbs)
                or _adjective_after_degree_word(tokens, index, alternatives)
                or _verb_after_possessive(tokens, index, alternatives)
                or predicate_after_possessive(bigram_counts(), tokens, index, self.contractions)
                or degree_word_before_predicate(tokens, index, alternatives)
            )
            if fix is not None:
                yield self._finding(document, token, fix)
                continue
            following = self.alternatives.get(after.lower) if after is not None else None
            if following is not None and _adjective_after_degree_word(tokens, index + 1, following) is not None:
                continue  # "too lose to stay on": the next word is the slip, this one grades it
            if after is None or (not after.is_word and after.text in _CLAUSE_ENDS):
                counts = counts or bigram_counts()
                best = self._clause_end_alternative(counts, left, token.lower, alternatives)
                if best is not None:
                    yield self._finding(document, token, best)
                continue
            if not after.is_word or (after.is_capitalised and not title_case):
                continue  # a capital starts a name, unless every content word has one ("Not Sure of You Size")
            if token.lower == "you" and self._time_after_you(tokens, index):
                continue  # "See you next week!", "meet you next Tuesday": an object, then a time
            if token.lower == "you" and _object_then_adverb(tokens, index):
                continue  # "take you home, as ...", "bring you back.": an object, then an adverb ending the clause
            if token.lower == "there" and _be_there_for_a_duration(tokens, index, self.duration_units):
                continue  # "I'm there four times a week": "be there" and how long or how often
            if token.lower == "your" and _adjective_noun_phrase(tokens, index):
                continue  # "Give your tired eyes the rest": the possessive before an adjective and its noun
            if _in_construction(tokens, index) or complement_graded_after(tokens, index):
                continue  # "if it is low then", "too weak to", "are quiet enough": what the construction needs
            if token.lower in _SUBJECT_CONTRACTIONS and left is None and tokens[-1].text != "?":
                # "Day or night, we're there for you": a clause opening on its subject; "were" there would open a
                # question ("They're results are back" is still judged against "Their")
                alternatives = tuple(other for other in alternatives if other not in _NO_SUBJECT_LOOK_ALIKES)
                if not alternatives:
                    continue
            if token.lower == "your" and _inverted_question_subject(tokens, index):
                continue  # "Could your tiredness be a sign": the possessive opens the subject of the question
            if token.lower == "you" and _subject_and_verb_clause(tokens, index):
                continue  # "as you age.", "before you exercise,": the clause's subject and its verb
            if token.lower in ("you're", "your") and _one_word_clause(tokens, index):
                if token.lower == "your" and "you're" in alternatives:
                    yield self._finding(document, token, "you're")  # "Once your home, rest": the clause has no verb
                continue  # "Once you're home, rest": "you are" and its complement make the clause
            right = self._predicate_after_adverb(tokens, index) or after.lower
            counts = counts or bigram_counts()
            if (
                left is None
                and token.lower not in self.one_way_words
                and _fragment_opener_unjudged(counts, token.lower, right, self.contractions)
            ):
                continue  # "Quiet enough for the nursery.": no left neighbour, and the right pair unlisted for rarity
            if _verb_after_plural_subject(tokens, index) or _coordinated_base_verb(tokens, index):
                alternatives = tuple(other for other in alternatives if "VERB" in lx.classes(other))
                if not alternatives:
                    continue  # "customers buy five", "gummies quiet a busy mind": a subject and its verb
            written = self._written_score(counts, left, token.lower, right)
            # "Buy two, get one free.": a clause opening on a verb's base form and its object or adverb is an
            # instruction, and how often the two words occur overall says nothing about which opens one: only
            # the next word is weighed ("Advise is free" is no instruction and stays judged as before)
            instruction = left is None and lx.is_base_verb(token.lower) and "VERB" in lx.classes(token.lower)
            instruction = instruction and (after.is_number or right in _OBJECT_START or _adverb(right))
            avoided = None  # whether real English avoids the written word here: asked only of a likelier look-alike
            best, best_score = None, -math.inf
            noun_slot = self._noun_slot(token.lower, before) or self._second_of_two_nouns(tokens, index)
            if (
                token.lower in lx.POSSESSIVES
                and verb_after_bare_phrase(tokens, index + 1, unknown_nouns=True) is not None
            ):
                continue  # "so your care team can check": the possessive opens a subject with its own verb
            if token.lower in lx.POSSESSIVES and _noun_compound_after(tokens, index):
                continue  # "tell your care coordinator": "you care coordinator" would leave a count noun bare
            ends_on_predicate = title_case and predicate_ends_clause(counts, tokens, index, self.contractions)
            for alternative in alternatives:
                if noun_slot and "AUX" in lx.classes(alternative):
                    continue  # "the lowest dose that": no verb ("does") after a determiner or an adjective
                if ends_on_predicate and alternative in lx.POSSESSIVES:
                    continue  # "It's Natural": a title-case word ends the clause, no noun for a possessive
                if alternative in self.same_slot.get(token.lower, ()):
                    if _meaning_evidence(counts, left, token.lower, alternative, right) > self.ratio:
                        best = alternative
                    continue
                score, seen = counts.log_probability(left, self._words(alternative), right)
                if instruction and " " not in alternative:
                    score += math.log(counts.unigram(token.lower) / counts.unigram(alternative))
                if score <= max(best_score, written + self.least_margin):
                    continue  # not likely enough by either margin
                if avoided is None:
                    avoided = self._avoided(counts, left, token.lower, right)
                margin = self.ratio
                if avoided and all(counts.pair(*pair)[1] for pair in _pairs(left, alternative, right)):
                    margin = self.evidence_ratio  # the written word avoided, its look-alike attested, on each side
                elif _avoided_on_one_side(counts, left, token.lower, alternative, right):
                    margin = self.evidence_ratio  # "riders past through": avoided on one side, the other side mute
                elif _attested_instead(counts, left, token.lower, alternative, right):
                    margin = self.attested_ratio  # "to compliment your": the look-alike listed where the word is not
                if score <= max(best_score, written + margin):
                    continue
                if (
                    seen
                    or self._decided_by_left_pair(counts, left, token.lower, alternative, right)
                    or self._decided_by_class(counts, token.lower, alternative, right)
                ):
                    best, best_score = alternative, score
            if best is not None:
                yield self._finding(document, token, best)

    def _time_after_you(self, tokens: tuple[Token, ...], index: int) -> bool:
        """ "see you next week", "call you first thing", "meet you next Tuesday": "you" + an ordinal + a time or
        a set phrase is an object and an adverbial; the bigram table, which sees "you next" and "your next"
        apart from the noun after them, would read the possessive."""
        if index + 2 >= len(tokens) or tokens[index + 1].lower not in self.you_ordinals:
            return False
        noun = tokens[index + 2]
        return noun.lower in self.bare_after_ordinal or (noun.is_word and noun.is_capitalised)

    def _predicate_after_adverb(self, tokens: tuple[Token, ...], index: int) -> str | None:
        """When the written word is a contraction and the next word an adverb that sits between a subject with
        its verb and the predicate ("You're never more than a click away", "We're never closed"), the word
        after the adverb, which is what the verb takes: the adverb follows "you" or "were" as readily as
        "you are", so beside it the contraction loses only by the extra word it stands for. A possessive
        before such an adverb ("Your always welcome") is still judged by the adverb, which a possessive
        seldom precedes. None otherwise."""
        if index + 2 >= len(tokens) or tokens[index + 1].lower not in self.mid_adverbs:
            return None
        if tokens[index].lower not in self.contractions:
            return None
        following = tokens[index + 2]
        if not following.is_word or following.is_capitalised or following.lower in self.alternatives:
            return None  # "We're always their for you": a predicate that may be a slip itself tells nothing
        return following.lower

    def _finding(self, document: Document, token: Token, best: str) -> Finding:
        if token.text[0].isupper():
            best = best[0].upper() + best[1:]
        message = f"'{token.text}' is unusual here; did you mean '{best}'?"
        return self.finding(document, token.start, token.end, message, [Suggestion(best, safe=False)])

    def _clause_end_alternative(
        self, counts: BigramCounts, left: str | None, word: str, alternatives: tuple[str, ...]
    ) -> str | None:
        """At the end of a clause (the pair table has no sentence ends) a content word after a content
        word is judged by that left pair alone: flagged when it was never seen after its left
        neighbour, a content-word look-alike was, and the look-alike is far more probable there ("a
        deep breathe." -> "breath", "our web sight." -> "site"). After a function word the pair tells
        mostly which word is more frequent ("protect your sight.", "needs this dose."), so only after an
        auxiliary, whose slot is a verb form or a predicate, and only when the written word's absence is
        evidence: frequent enough to be listed after it, yet never seen there ("every batch has past." ->
        "passed"). What ends a clause after a contraction ("it's yours.") depends on more
        than one word: those are left alone."""
        if left is None or not _content_word(word) or word in self.contractions or left in self.contractions:
            return None
        if counts.pair(left, word)[1]:
            return None
        if not _content_word(left) and (
            left not in lx.AUXILIARIES or self.same_slot.get(word) or not counts.absence_is_evidence(left, word)
        ):
            return None  # "this dose.", "in your sight.": after a determiner or a preposition any noun may end
        written = math.log(counts.pair(left, word)[0])
        best, best_score = None, written + self.ratio
        for alternative in alternatives:
            if not _content_word(alternative) or alternative in self.contractions:
                continue
            count, seen = counts.pair(left, alternative)
            if seen and math.log(count) > best_score:
                best, best_score = alternative, math.log(count)
        return best

    def _avoided(self, counts: BigramCounts, left: str | None, word: str, right: str) -> bool:
        """Real English avoids the written word between these neighbours: it was never seen with either,
        although independence predicts both pairs above the table's floor (a frequent word, not a rare
        one whose pairs go unlisted for rarity: "a hoarse voice"). When a look-alike was seen with each
        of them, that negative evidence lets a smaller ratio decide ("Bare in mind" -> "Bear"); "swallow
        it whole with" stays, as "it hole" is unlisted too. Before a singular count noun the right side
        alone is evidence enough (_count_noun_needs_determiner: "around you arm")."""
        if len(self._words(word)) > 1:
            return False
        pairs = _pairs(left, word, right)
        unlisted = [pair for pair in pairs if not counts.pair(*pair)[1]]
        if not unlisted or not all(counts.absence_is_evidence(*pair) for pair in unlisted):
            return False
        return unlisted == pairs or (unlisted == [(word, right)] and _count_noun_needs_determiner(right))

    def _decided_by_left_pair(self, counts: BigramCounts, left: str | None, word: str, other: str, right: str) -> bool:
        """When neither word was ever seen before the next word (a rare content word: "there worries",
        "the affects usually"), the left pair alone decides: the written word was never seen after its
        left neighbour, and its look-alike was ("share their", "same principle", "the effects"). The written
        word's absence must mean something: independence predicts the pair above the table's floor, or
        the look-alike's pair is a set phrase, listed far above chance ("every week", "same principle").
        A rare word such as "hoarse" is unlisted after "a" only because it is rare, and "a horse" is no
        set phrase. The right word must be rare for the look-alike too: when the look-alike and the next word
        are frequent enough to be listed together were they independent ("told you result"), their unlisted
        pair is evidence against the look-alike as strong as the left pair's against the written word, and
        the left pair no longer decides alone ("be told your result" stays). The overall ratio must still be
        met, as for every other reading."""
        if left is None or len(self._words(word)) > 1 or len(self._words(other)) > 1:
            return False
        if not (counts.absence_is_evidence(left, word) or counts.lift(left, other) >= SET_PHRASE_LIFT):
            return False
        if counts.pair(word, right)[1] or counts.pair(other, right)[1] or counts.pair(left, word)[1]:
            return False
        if counts.absence_is_evidence(other, right):
            return False  # "be told your result": "you result" is avoided too, so the right side speaks against it
        return counts.pair(left, other)[1]

    def _decided_by_class(self, counts: BigramCounts, word: str, other: str, right: str) -> bool:
        """When neither word was ever seen before the next word, the class of that word decides if
        the look-alike is followed by a word of that class far more often than the written word
        ("a quite room": "quiet" is often followed by a noun, "quite" almost never).

        What it does: the class decides only when the look-alike was itself listed before some word of that
        class. A look-alike never listed before the class owes its share to the smoothing prior alone, and
        that prior counts for most in a word with few listed pairs ("hole" is listed mostly before function
        words), so the prior would outvote a written word listed before hundreds of nouns ("whole").
        Why is this bad? The share then measures how little is known of the look-alike, not how well it fits:
        every "cutting out whole foods", "Leave out whole nuts" was read as "hole".
        Example: "Leave out whole nuts" stays; "a quite room" ("quiet" listed before nouns) and "the hole
        family" ("whole family" listed) are still flagged."""
        if not (counts.backs_off(word, counts.right_classes) and counts.backs_off(other, counts.right_classes)):
            return False
        if counts.pair(word, right)[1] or counts.pair(other, right)[1] or word_class(right) == FUNCTION_CLASS:
            return False  # a function word's pairs are listed one by one when they are frequent
        if not counts.right_classes.get((other, word_class(right))):
            return False  # the look-alike's share comes from the prior alone: no evidence
        return counts.class_share(other, right, True) > self.class_ratio * counts.class_share(word, right, True)

    @staticmethod
    def _noun_slot(word: str, before: Token | None) -> bool:
        """The written word is a noun right after an article, an ordinal or an adjective that is no verb ("the
        lowest dose", "a small dose", "the second dose"): a noun phrase, where an auxiliary cannot stand."""
        if before is None or not before.is_word or "NOUN" not in lx.classes(word):
            return False
        known = lx.classes(before.lower)
        if lx.is_ordinal(before.lower):
            return True  # "the second dose sooner than": an ordinal modifies the noun, although "second" is a verb too
        return before.lower in ("a", "an", "the") or ("ADJ" in known and "VERB" not in known)

    @staticmethod
    def _second_of_two_nouns(tokens: tuple[Token, ...], index: int) -> bool:
        """The written noun is joined by "and"/"or" to a noun after an article, "another" or a possessive
        ("another statin or dose that", "a diary of your symptoms and dose so"): the same noun phrase, where
        an auxiliary cannot stand."""
        if index < 3 or "NOUN" not in lx.classes(tokens[index].lower) or tokens[index - 1].lower not in ("and", "or"):
            return False
        opener = tokens[index - 3].lower
        return (opener in _NOUN_PHRASE_OPENERS or opener in lx.POSSESSIVES) and tokens[index - 2].is_word

    def _written_score(self, counts: BigramCounts, left: str | None, word: str, right: str) -> float:
        """What: the log probability of the written word between its neighbours. A contraction of "is" that is also
        one of "has" (`perfect_contractions`: "it's", "who's") is scored as "has" too before a past participle,
        and the likelier reading counts ("how long it's been", "the clearest it's been", "who's had the vaccine").
        Why is this bad? Scored only as "it is been", "it's been" lost to "its been", a pair the bigram table lists
        because its source drops apostrophes, and every "it's been" was flagged.
        Example: "It's been a long week" is left alone; "Each bottle has it's own cap" is still flagged."""
        written, _ = counts.log_probability(left, self._words(word), right)
        perfect = self.perfect_contractions.get(word)
        if perfect is None or not lx.is_participle(right):
            return written
        return max(written, counts.log_probability(left, perfect, right)[0])

    def _words(self, word: str) -> tuple[str, ...]:
        return self.contractions.get(word, (word,))


def _title_case(tokens: tuple[Token, ...]) -> bool:
    """A heading or a button in title case ("Book Your Assessment", "You're Plan, Your Pace"): at least two
    content words, each capitalised and none in capitals throughout (an acronym or a product name such as
    "SafeLink PLUS" marks names, not title case). Its capitals say nothing about names, so its words are
    judged as their lower-case forms."""
    content = 0  # one pass that stops at the first content word in lower case (most sentences: their second word)
    for token in tokens:
        if token.is_word and not lx.is_function_word(token.lower):
            if not token.is_capitalised or token.text.isupper():
                return False
            content += 1
    return content >= 2


def _fragment_opener_unjudged(counts: BigramCounts, word: str, right: str, contractions) -> bool:
    """A content word opening a sentence or a fragment ("Quiet enough for the nursery.", "Loose fit, soft
    seams."): with no left neighbour only the right pair speaks, and when the written word's pair with it is
    unlisted only because the pair is rare (independence predicts it below the table's floor), the look-alike
    wins on its greater frequency alone ("quite" is four times as common as "quiet"), which says nothing about
    this sentence. Such a word is not judged; a function word or a contraction ("Their is", "Your welcome")
    and a word whose absence is evidence ("There made for") still are."""
    if word in contractions or lx.is_function_word(word):
        return False
    return not counts.pair(word, right)[1] and not counts.absence_is_evidence(word, right)


def _adverb(word: str) -> bool:
    """A content word that can be an adverb ("now", "online", "today"), which an instruction's verb may take."""
    return "ADV" in lx.classes(word) and not lx.is_function_word(word)


# Words that open a verb's object or complement: a number, a determiner, a possessive, an object pronoun.
_OBJECT_START = lx.DETERMINERS | lx.POSSESSIVES | lx.OBJECT_PRONOUNS | lx.NUMBER_WORDS


def _verb_after_plural_subject(tokens: tuple[Token, ...], index: int) -> bool:
    """A plural noun that is only a noun, then the written word as a verb's base form, then the opener of its
    object ("Most customers buy five pairs", "Our gummies quiet a busy mind"): a subject, its verb and the
    verb's object. A look-alike that is no verb ("by", "quite") would leave the clause without its verb, so
    only a verb look-alike is weighed there ("adults loose a little" -> "lose" still is). "We send tests buy
    post" (a noun after the word, no object opener) is judged as before."""
    if index == 0 or index + 1 >= len(tokens):
        return False
    before, word, after = tokens[index - 1].lower, tokens[index].lower, tokens[index + 1]
    if not lx.is_plural_noun(before) or not lx.is_only(before, "NOUN") or not lx.is_base_verb(word):
        return False
    return after.is_number or after.lower in _OBJECT_START


def _coordinated_base_verb(tokens: tuple[Token, ...], index: int) -> bool:
    """What: the written word is a verb's base form after "and"/"or", the opener of an object follows it, and
    earlier in the clause a base verb stands after "to", a modal or a relative pronoun ("teas that settle a nervous
    stomach and quiet a racing mind", "helps you relax and lose weight"): the two verbs are coordinated, so only a
    verb look-alike is weighed ("quite a racing mind" would leave the second half without its verb).
    Why is this bad? "and quiet a racing mind" was flagged as "quite", because "quite a" is a common pair.
    Example: "settle a nervous stomach and quiet a racing mind" is left alone; "to relax and loose weight" ->
    "lose" is still found (a verb look-alike)."""
    if index < 3 or index + 1 >= len(tokens) or tokens[index - 1].lower not in ("and", "or"):
        return False
    if not lx.is_base_verb(tokens[index].lower) or tokens[index + 1].lower not in _OBJECT_START:
        return False
    for position in range(index - 2, 0, -1):
        token = tokens[position]
        if not (token.is_word or token.is_number):
            return False
        opener = tokens[position - 1].lower
        if lx.is_base_verb(token.lower) and (opener in ("to", "that", "which", "who") or opener in lx.MODALS):
            return True
    return False


# Subject pronouns that are never objects and take a verb's base form: a noun cannot follow one.
_PLURAL_SUBJECTS = frozenset("i we they".split())


def _verb_after_subject(
    tokens: tuple[Token, ...],
    index: int,
    alternatives: tuple[str, ...],
    frequency_adverbs: frozenset[str],
) -> str | None:
    """A noun that is nothing but a singular noun right after "I"/"we"/"they" or a modal verb (or one
    mid-sentence adverb after it: "we strongly advice", "can also advice"; or a mid-sentence adverb after a
    plural noun subject: "doctors often advice") stands where the verb must: its look-alike that is a verb's
    base form is meant ("we advice adults to" -> "advise", "they breath faster" -> "breathe", "A pharmacist can
    advice which" -> "advise", "you may loss weight" -> "lose"). "We nurses" is an apposition of a plural noun,
    "you"/"it" are objects too ("give you advice"), and a modal after a determiner is a noun ("a will", "the
    can"): none is judged."""
    word = tokens[index].lower
    if not lx.is_only(word, "NOUN") or lx.is_plural_noun(word) or index == 0:
        return None
    subject = index - 1
    if tokens[subject].lower in lx.MID_ADVERBS and subject > 0:
        subject -= 1
        if tokens[subject + 1].lower in frequency_adverbs and _plural_noun_subject(tokens, subject):
            subject = -1  # "physiotherapists often advice people": a plural noun, an adverb, then the verb's slot
    if subject >= 0 and not (tokens[subject].lower in _PLURAL_SUBJECTS or _modal_verb(tokens, subject)):
        return None
    if subject > 0 and tokens[subject].lower == "i" and tokens[subject - 1].lower in ("and", "or"):
        return None  # "between you and I": an object in the wrong case, not a subject
    verbs = [other for other in alternatives if lx.is_base_verb(other) and " " not in other and "'" not in other]
    return verbs[0] if len(verbs) == 1 else None


def _modal_verb(tokens: tuple[Token, ...], index: int) -> bool:
    """A modal verb ("can", "should", "will"), not the noun a determiner or a possessive opens ("a will")."""
    if tokens[index].lower not in lx.MODALS:
        return False
    before = tokens[index - 1].lower if index else None
    return before not in lx.DETERMINERS and before not in lx.POSSESSIVES


def _plural_noun_subject(tokens: tuple[Token, ...], index: int) -> bool:
    """A plural noun ("physiotherapists", "doctors"; no adjective), read as a subject when one of the
    adverbs of frequency of `mid_adverbs` (copy_grammar.yaml: often, usually, always ...) follows it ("doctors
    often ..."): no noun compound runs across an adverb, so the word
    after the adverb is the verb's slot ("Doctors often advice rest" -> "advise"). Without the adverb a plural
    noun may modify the noun after it ("opticians advice"), which is left alone."""
    word = tokens[index]
    return word.is_word and lx.is_plural_noun(word.lower) and lx.classes(word.lower) <= {"NOUN", "VERB"}


# Object pronouns that are no possessive: after them an -ing word was a verb with its object.
_PLAIN_OBJECTS = frozenset("me us them him it".split())


def _verb_after_possessive(tokens: tuple[Token, ...], index: int, alternatives: tuple[str, ...]) -> str | None:
    """A possessive, a word in -ing that can be a verb, then an object pronoun ("your wearing them", "their
    taking it"): no noun takes a pronoun as its object, so the -ing word is the verb of a clause and the
    look-alike contraction that carries it is meant ("you're wearing them"). After a preposition the
    possessive may open a gerund ("for your sharing it"), which is left alone, and so is an "it" that opens
    the next clause ("your booking it is confirmed")."""
    word = tokens[index].lower
    if word not in lx.POSSESSIVES or index + 2 >= len(tokens):
        return None
    if index and tokens[index - 1].lower in lx.PREPOSITIONS:
        return None
    verb, following = tokens[index + 1], tokens[index + 2]
    if not verb.is_word or not verb.lower.endswith("ing") or "VERB" not in lx.classes(verb.lower):
        return None
    if following.lower not in _PLAIN_OBJECTS:
        return None
    if following.lower == "it" and index + 3 < len(tokens) and _opens_predicate(tokens[index + 3].lower):
        return None  # "check your booking it is confirmed": "it" is the subject of the next clause
    contractions = [other for other in alternatives if "'" in other or "’" in other]
    return contractions[0] if len(contractions) == 1 else None


def _opens_predicate(word: str) -> bool:
    """An auxiliary or a word that is only a verb: what follows a clause's subject."""
    return word in lx.AUXILIARIES or lx.is_only(word, "VERB")


# Words that grade an adjective ("very loose") and never a verb's base form.
_DEGREE_WORDS = frozenset("very too so quite rather fairly slightly extremely really".split())
# Words before an adjective that stands before its noun ("a loose tooth", "more loose hairs").
_BEFORE_ATTRIBUTE = frozenset("a an the more less".split())
_ARTICLES = frozenset("a an the".split())


def _adjective_after_degree_word(tokens: tuple[Token, ...], index: int, alternatives: tuple[str, ...]) -> str | None:
    """A word that is only a verb's base form where an adjective must stand: after a degree word
    ("feels very lose" -> "loose"), after a linking verb at the end of the clause ("the crown feels lose.",
    "my gums felt lose,"), or between an article or "more"/"less" and a noun ("a lose tooth",
    "more lose hairs"). Its look-alike that is an adjective is meant. "Too" before a verb is
    "to" mistyped, not a degree word ("too lose weight"), so after "too" the next word must end the
    clause or be "to"/"for" ("too lose to stay on")."""
    word = tokens[index].lower
    if index == 0 or not lx.is_only(word, "VERB") or not lx.is_base_verb(word):
        return None
    left = tokens[index - 1].lower
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    following = after.lower if after is not None and after.is_word else None
    if left in _ARTICLES and (following is None or lx.is_function_word(following)):
        # "under the heal.", "a lose of appetite": the article's noun itself, not an attribute
        nouns = [other for other in alternatives if "NOUN" in lx.classes(other) and " " not in other]
        return nouns[0] if len(nouns) == 1 else None
    if left in _BEFORE_ATTRIBUTE:
        if following is None or not lx.is_only(following, "NOUN"):
            return None
    elif left == "too":
        if following not in (None, "to", "for"):
            return None
    elif _linking_verb(left):
        if after is not None and after.text not in _CLAUSE_END_MARKS:
            return None  # "feel lose weight"? only a clause end after the word makes it the verb's complement
    elif left not in _DEGREE_WORDS:
        return None
    adjectives = [other for other in alternatives if "ADJ" in lx.classes(other) and " " not in other]
    return adjectives[0] if len(adjectives) == 1 else None


def _linking_verb(word: str) -> bool:
    """A form of a linking verb ("feels", "felt", "looks", "seemed"; lexicon.LINKING_VERBS), which takes an
    adjective as its complement: a word that is only a verb's base form cannot end the clause after it ("the
    crown feels lose." -> "loose")."""
    return any(lemma in lx.LINKING_VERBS for lemma in lx.lemmas(word).get("VERB", ()))


def _count_noun_needs_determiner(word: str) -> bool:
    """A singular count noun ("arm", "pharmacist", "form"): it cannot stand without a determiner, so a
    word real English avoids right before it (its pair unlisted though independence predicts it above the
    floor: "you arm", "you form") is avoided whatever its left pair, and that one side is evidence enough
    for the smaller ratio ("a cuff around you arm" -> "your"). A mass noun ("give you advice") or a plural
    ("show you results") may stand bare as an object, so those keep needing evidence on both sides."""
    return "NOUN" in lx.classes(word) and not lx.is_plural_noun(word) and lx.singular_count_noun(word) is not None


def _avoided_on_one_side(counts: BigramCounts, left: str | None, word: str, other: str, right: str) -> bool:
    """Negative evidence on one side, silence on the other: on one side real English avoids the written word
    (its pair unlisted although independence predicts it above the table's floor) and lists the look-alike,
    while on the other side neither word is listed and the written word's absence is explained by rarity
    ("riders past through", "crowds past through": "riders" and "crowds" are too rare for either pair to be
    listed, "passed through" is listed and "past through" avoided). The look-alike's pair must be a set phrase,
    listed SET_PHRASE_LIFT times above chance ("passed through"): a pair merely listed ("hole with") does not
    outweigh the silent side ("Swallow the tablet whole with water"). The silent side says nothing for or
    against either word, so the avoided side is weighed with the smaller ratio, as when the written word is
    avoided on both sides. A side where the written word is listed ("show you results": "show you"), where the
    look-alike alone is listed for rarity of the written word, or where both are unlisted although the written
    word's absence would be evidence, is no silent side; nor is a function word ("She led with": what a pronoun
    or a determiner takes depends on more than its class, and its frequent pairs are listed one by one).
    Function words and contractions are not weighed so ("often your folate", "Works where nasal strips fail"):
    what follows them depends on more than one neighbour."""
    if left is None or not (_content_word(word) and _content_word(other)):
        return False
    evidence = False
    for written, alternative in (((left, word), (left, other)), ((word, right), (other, right))):
        if counts.pair(*written)[1]:
            return False
        if counts.absence_is_evidence(*written):
            if counts.lift(*alternative) < SET_PHRASE_LIFT:
                return False  # "whole with" is avoided, yet "hole with" is no set phrase: nothing calls for it
            evidence = True
        elif counts.pair(*alternative)[1] or not _content_word(written[0] if written[1] == word else written[1]):
            return False  # a function word's pairs are listed one by one when frequent: no silent side ("she led")
    return evidence


def _attested_instead(counts: BigramCounts, left: str | None, word: str, other: str, right: str) -> bool:
    """The look-alike is listed with a neighbour the written word is not listed with, and on the other side it
    is listed too or neither is ("to compliment your": "to compliment" and "to complement" are both listed,
    "complement your" is and "compliment your" is not; "creams compliment your": neither is listed after the
    rare "creams"). Real English then attests the look-alike wherever the written word is, and more, so the
    middle ratio (`attested_ratio`, 10) decides. Where real English avoids the written word (its pair unlisted
    though frequent enough to be listed), the look-alike's pair must be a set phrase, as for one-sided
    avoidance ("Swallow the tablet whole with water": "hole with" is ordinary). Both must be content words
    and no auxiliary: what a function word, an auxiliary ("does") or a contraction takes depends on more than
    one neighbour ("often your folate", "which dose to carry")."""
    if left is None or not (_lexical_word(word) and _lexical_word(other)):
        return False
    instead = False
    for (first, second), (alt_first, alt_second) in (((left, word), (left, other)), ((word, right), (other, right))):
        written_seen, other_seen = counts.pair(first, second)[1], counts.pair(alt_first, alt_second)[1]
        neighbour = first if second == word else second
        if not other_seen and (written_seen or not _content_word(neighbour)):
            return False
        avoided = not written_seen and counts.absence_is_evidence(first, second)
        if avoided and counts.lift(alt_first, alt_second) < SET_PHRASE_LIFT:
            return False  # "Swallow the tablet whole with": "whole with" avoided, yet "hole with" no set phrase
        instead = instead or (other_seen and not written_seen)
    return instead


def _pairs(left: str | None, word: str, right: str) -> list[tuple[str, str]]:
    """The word's pairs with its neighbours (none on the left at the start of a sentence)."""
    return [(word, right)] + ([(left, word)] if left is not None else [])


def _meaning_evidence(counts: BigramCounts, left: str | None, word: str, other: str, right: str) -> float:
    """How much better `other` than `word` explains the content words beside it (log ratio), for two
    words that fill the same slots and differ in meaning ("site"/"sight", "dairy"/"diary"). A
    function word beside them ("your sight has") tells only which word is more frequent, not which
    is meant, so only a content-word neighbour counts, by how likely it is next to each word
    (P(neighbour | word), no prior), and only a neighbour seen with `other` ("web site") decides.
    Without one the evidence is nil."""
    evidence, decided = 0.0, False
    for neighbour, on_left in ((left, True), (right, False)):
        if neighbour is None or lx.is_function_word(neighbour):
            continue
        pairs = [(neighbour, candidate) if on_left else (candidate, neighbour) for candidate in (word, other)]
        (written, _), (alternative, seen) = (counts.pair(*pair) for pair in pairs)
        evidence += math.log(alternative / counts.unigram(other)) - math.log(written / counts.unigram(word))
        decided = decided or seen
    return evidence if decided else 0.0


def _noun_compound_after(tokens: tuple[Token, ...], index: int) -> bool:
    """A noun, then a singular count noun ("care coordinator", "support worker", "quit date"): a compound
    the possessive before it owns. Read as "you" + verb, the count noun would stand without a
    determiner, which English does not allow. A count noun that may be a verb too ("date", "test") is
    read so only when no object follows it ("your quit date with", not "your help test the"); a word
    that may be an adjective or an adverb ("your feeling better") is no such noun."""
    if index + 2 >= len(tokens) or not tokens[index + 2].is_word:
        return False
    first, second = tokens[index + 1].lower, tokens[index + 2].lower
    known = lx.classes(second)
    if "NOUN" not in lx.classes(first) or "NOUN" not in known or not known <= {"NOUN", "VERB"}:
        return False  # "feeling better": a comparative, not a noun
    if lx.is_plural_noun(second):
        return False
    if not lx.is_only(second, "NOUN") and index + 3 < len(tokens) and tokens[index + 3].lower in _OBJECT_OPENERS:
        return False  # "if your help test the": the second word may be a verb with its object
    return lx.singular_count_noun(second) is not None


# Words that open a verb's object: after one, a word that may be a verb is read as one.
_OBJECT_OPENERS = lx.DETERMINERS | lx.POSSESSIVES | lx.OBJECT_PRONOUNS


_CLAUSE_END_MARKS = frozenset(",;.!?:")


def _be_there_for_a_duration(tokens: tuple[Token, ...], index: int, units: frozenset[str]) -> bool:
    """ "I'm there four times a week", "we were there two hours", "She's there 3 days a week": "there" right after
    a form of "be" (a contraction too), then a number and a unit of time. "Be there" places the subject and the
    number counts how long or how often; a possessive after "be" with a count of time ("I'm their four times")
    is no English. After any other verb the possessive is read as before ("spend there two weeks of leave",
    "lost there four years of savings" -> "their")."""
    if index == 0 or index + 2 >= len(tokens):
        return False
    before, number, unit = tokens[index - 1].lower, tokens[index + 1], tokens[index + 2]
    be = before in lx.BE_FORMS or before.endswith(("'m", "'re", "'s"))
    counted = number.is_number or number.lower in lx.NUMBER_WORDS
    return be and counted and unit.lower in units


def _object_then_adverb(tokens: tuple[Token, ...], index: int) -> bool:
    """ "take you home, as ...", "drive you home.", "bring you back,": "you" after a verb, then one word that can
    be an adverb and the end of the clause, or a preposition or subordinator opening an adverbial ("drive you
    home after the procedure", "take you home from the clinic"). "you" is the verb's object and the adverb
    closes the clause; the possessive would leave its noun ("your home") as a second object with nothing after
    it. "Protect you skin." (a noun only) and "at you home" (a preposition before) are not this shape."""
    if index == 0 or index + 1 >= len(tokens):
        return False
    before, word = tokens[index - 1], tokens[index + 1]
    if not before.is_word or "VERB" not in lx.classes(before.lower) or not word.is_word:
        return False
    if "ADV" not in lx.classes(word.lower):
        return False
    if index + 2 >= len(tokens) or tokens[index + 2].text in _CLAUSE_END_MARKS:
        return True
    following = tokens[index + 2].lower
    return following in lx.PREPOSITIONS or following in _CLAUSE_SUBORDINATORS  # "drive you home after the scan"


def _adjective_noun_phrase(tokens: tuple[Token, ...], index: int) -> bool:
    """ "Give your tired eyes ...", "soothe your dry skin": "your", a word that can be an adjective, then a plural
    noun or a word that is only a noun: a noun phrase the possessive owns. Read with "you", the adjective would
    be a verb or a complement with a bare noun after it; an adverb may grade the adjective ("your newly diagnosed
    child"). "if your tired, rest" (no noun after) and "helps your feel" (no adjective) are not this shape."""
    graded = index + 1 < len(tokens) and _ly_adverb(tokens[index + 1])
    if graded:
        index += 1  # "your newly diagnosed child": an adverb grading the adjective or participle
    if index + 2 >= len(tokens) or not tokens[index + 1].is_word or not tokens[index + 2].is_word:
        return False
    adjective, noun = tokens[index + 1].lower, tokens[index + 2].lower
    if "ADJ" not in lx.classes(adjective) and not (graded and lx.is_participle(adjective)):
        return False
    if graded and "NOUN" in lx.classes(noun):
        return True  # "you currently selected account" would leave the count noun bare
    return lx.is_plural_noun(noun) or lx.is_only(noun, "NOUN")


def _ly_adverb(token: Token) -> bool:
    """An adverb in -ly ("newly", "currently"), which grades the adjective or participle after it."""
    return token.is_word and token.lower.endswith("ly") and lx.is_adverb(token.lower)


# Subordinators that open an adverbial clause ("once", "if", "when"): "X you're home," is a whole clause.
_CLAUSE_SUBORDINATORS = frozenset("if when whenever while because since although though unless until once".split())


def _one_word_clause(tokens: tuple[Token, ...], index: int) -> bool:
    """ "Once you're home, ...", "If your sure, ...": a subordinator, "you're"/"your", one word that can be a
    complement of "be" (an adjective or adverb: "home", "ready", "sure") and a comma or the end. Such a clause
    needs "you are"; "When your baby, ..." (a noun only) is left alone."""
    if index == 0 or tokens[index - 1].lower not in _CLAUSE_SUBORDINATORS or index + 2 >= len(tokens):
        return False
    word, end = tokens[index + 1], tokens[index + 2]
    if not word.is_word or end.text not in (",", ";", "."):
        return False
    return bool(lx.classes(word.lower) & {"ADJ", "ADV"})


# Contractions of a subject pronoun and "are": at the start of a clause that is no question, the look-alike
# "were" would have no subject before it (a token's lower form writes the apostrophe straight).
_SUBJECT_CONTRACTIONS = frozenset({"we're", "they're", "you're"})
_NO_SUBJECT_LOOK_ALIKES = frozenset({"were", "where", "wear"})


def _inverted_question_subject(tokens: tuple[Token, ...], index: int) -> bool:
    """ "Could your tiredness be a sign ...?", "Might your headaches be caused by ...?": a question opening on an
    auxiliary, the possessive, a noun phrase of up to four nouns and adjectives, then a base verb or a participle.
    The possessive's phrase is the question's subject ("you" would leave its noun bare after the subject). With
    no noun between ("Could your be pregnant?") the written word is still judged."""
    if index != 1 or tokens[0].lower not in lx.AUXILIARIES:
        return False
    position = index + 1
    while position < len(tokens) and position - index <= 4:
        token = tokens[position]
        word = token.lower
        if position > index + 1 and (lx.is_base_verb(word) or lx.is_participle(word)) and "VERB" in lx.classes(word):
            return True
        gerund = word.endswith("ing") and "VERB" in lx.classes(word)  # "Could your snoring be"
        if not token.is_word or lx.is_function_word(word) or not (gerund or lx.classes(word) & {"NOUN", "ADJ"}):
            return False
        position += 1
    return False


def _subject_and_verb_clause(tokens: tuple[Token, ...], index: int) -> bool:
    """ "as you age.", "Muscle mass falls as you age", "before you exercise,": a subordinator, "you", a base verb
    and the end of the clause. "you" is the clause's subject and the word its verb, although the word is a noun
    too and "your age" outnumbers "you age" in the pair table. "as your age" would leave the clause without a
    verb; "When your baby, ..." (a noun only) is left to the other readings."""
    if index == 0 or tokens[index - 1].lower not in _CLAUSE_SUBORDINATORS | {"as"} or index + 2 > len(tokens):
        return False
    word = tokens[index + 1]
    if not word.is_word or not lx.is_base_verb(word.lower) or "VERB" not in lx.classes(word.lower):
        return False
    return index + 2 == len(tokens) or tokens[index + 2].text in _CLAUSE_END_MARKS


# Words that open a condition answered by "then" ("If the level is low, then ...").
_CONDITION_OPENERS = frozenset("if when once whenever unless".split())
# Words before "than" in a comparison that are no -er comparative.
_COMPARISON_WORDS = frozenset("more less fewer rather other else different".split())
# Marks after which "then" opens the next step of a sequence ("rest, then walk").
_SEQUENCE_MARKS = frozenset(",;:–—-(")
# Words that end the relative clause "where" opens.
_CLAUSE_BREAKS = frozenset(";:.!?") | lx.CONJUNCTIONS | lx.SUBORDINATORS


def _in_construction(tokens: tuple[Token, ...], index: int) -> bool:
    """The written word is the one its construction needs, whatever its neighbours' counts say:
    - "then" answering an earlier "if"/"when" with no comparison before it ("If the dose is missed
      then take it"; "if it costs more then" is still judged), or opening a step after a comma or
      a dash ("Two weeks of rest, then three of walking");
    - "too" grading an adjective or adverb that is no verb ("too numerous to list", "too weak");
    - "where" opening a relative clause with its own subject or finite verb ("a condition where the
      body cannot", "systems where previously it had"): "were" would leave that verb without a link."""
    word = tokens[index].lower
    if word == "then":
        if index and tokens[index - 1].text in _SEQUENCE_MARKS:
            return True  # "Two years of nothing, then three months": "than" never opens a phrase after a comma
        before = [token.lower for token in tokens[max(0, index - 3) : index] if token.is_word]
        if any(lx.is_inflected_comparative(other) or other in _COMPARISON_WORDS for other in before):
            return False
        return any(token.lower in _CONDITION_OPENERS for token in tokens[:index])
    if word == "too":
        if index + 1 >= len(tokens) or not tokens[index + 1].is_word:
            return False
        following = tokens[index + 1].lower
        return bool(lx.classes(following) & {"ADJ", "ADV"}) and not lx.is_base_verb(following)
    if word == "where":
        return _relative_clause_after(tokens, index)
    return False


def _relative_clause_after(tokens: tuple[Token, ...], index: int) -> bool:
    """A subject pronoun or a finite auxiliary after "where", before the clause ends (a comma ends it
    unless an adverbial phrase opened it: "where under some conditions, files would")."""
    adverbial = index + 1 < len(tokens) and tokens[index + 1].lower in lx.PREPOSITIONS
    for token in tokens[index + 1 :]:
        text = token.lower
        if text in _CLAUSE_BREAKS or (text == "," and not adverbial):
            return False
        if text in lx.SUBJECT_PRONOUNS or text in lx.AUXILIARIES:
            return True
    return False
