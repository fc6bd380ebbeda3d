"""copy.missing-article: a singular count noun with no determiner where English needs one."""

from collections.abc import Iterator
from functools import lru_cache

from validators.copy import lexicon as lx
from validators.copy.articles import IndefiniteArticle
from validators.copy.base import SentenceRule
from validators.copy.context_words import bigram_counts
from validators.copy.text import Token, TokenizedSentence
from validators.document import BlockKind, Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register
from validators.vocabulary import DATA_DIR

# Noun phrases longer than this (modifiers + head) are left alone: the head is then unclear.
_MAX_PHRASE = 3
_MODIFIER_CLASSES = frozenset({"ADJ", "NOUN"})
# Adverbs that open a complement after "be" ("it is now day three", "it is just bleeding"): the phrase
# after them is no bare noun phrase of the slot.
_LEADING_ADVERBS = lx.MID_ADVERBS | frozenset(("now",))
# Quantities that are no count noun's singular: "the risk was zero".
_AMOUNTS = lx.NUMBER_WORDS | frozenset(("zero", "nil", "none"))
# Prepositions whose object is read: a bare count noun after one needs an article unless real English
# uses the pair bare ("with care", "for example": listed in copy_count_nouns.txt).
_OBJECT_PREPOSITIONS = frozenset("with without for from into after".split())
# Words that stand for a determiner before a noun ("enough fluid", "more time").
_QUANTITY_WORDS = frozenset("enough more less much little further most least plenty just".split())
# Endings of heads mostly used uncounted: an -ing form ("recommend booking"), a quality ("have sudden
# weakness").
_UNCOUNTED_SUFFIXES = ("ing", "ness")
# Prepositions of place: a noun real English puts bare after two of them is used as an institution.
_LOCATIVES = frozenset("in at to from".split())
# The least frequency of a noun's plural, as a share of its singular's, for a plain count noun.
_PLURAL_SHARE = 0.2
# Nouns rarer than this (wordfreq) are mostly missing from copy_count_nouns.txt for want of bigram counts, not
# because real English uses them uncounted; their plural must then be at least this share of the singular.
_RARE_NOUN = 5e-6
_RARE_PLURAL_SHARE = 0.3
# Words after which a verb opens its own predicate or an instruction ("to book", "please arrange").
_VERB_OPENERS = frozenset({"to", "please", "also", "never", "always", "then", "not", "just", "only"})
# Marks and words after which a base form that is only a verb opens an instruction ("..., ask", "so add").
_CLAUSE_JOINS = frozenset({",", ";", "so", "and", "or"})


@lru_cache(maxsize=1)
def count_nouns() -> dict[str, frozenset[str]]:
    """Each singular count noun with the forms of "be", verbs and prepositions English puts right before
    it bare ("is part", "take place", "by appointment")."""
    nouns: dict[str, frozenset[str]] = {}
    for line in (DATA_DIR / "copy_count_nouns.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            noun, *bare = line.split()
            nouns[noun] = frozenset(bare)
    return nouns


@lru_cache(maxsize=1)
def indefinite_slots() -> frozenset[str]:
    """Verbs and prepositions whose object real English opens with "a"/"an" at least as often as with
    "the" (validators/data/copy_indefinite_slots.txt, built with copy_count_nouns.txt)."""
    lines = (DATA_DIR / "copy_indefinite_slots.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def preposition_objects() -> dict[str, tuple[int, frozenset[str]]]:
    """Each preposition whose bare objects are read, with the least unigram count a word needs for its pair
    with the preposition to be listed by chance, and the nouns and adjectives real English puts right after it
    (validators/data/copy_preposition_objects.txt, built with copy_count_nouns.txt)."""
    objects: dict[str, tuple[int, frozenset[str]]] = {}
    for line in (DATA_DIR / "copy_preposition_objects.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            preposition, least, *words = line.split()
            objects[preposition] = (int(least), frozenset(words))
    return objects


def avoided_after_preposition(preposition: str, word: str) -> bool:
    """Real English does not put `word` right after `preposition`: the pair is not listed although the word is
    frequent enough for it to be listed by chance ("at comfortable", "with affected"; not "at high", "with
    care", nor a rare word whose pair proves nothing)."""
    entry = preposition_objects().get(preposition)
    if entry is None:
        return False
    least, followers = entry
    return word not in followers and bigram_counts().unigram(word) >= least


@lru_cache(maxsize=1)
def definite_adjectives() -> frozenset[str]:
    """Adjectives real English opens its phrase with "the" far more often than with "a"/"an" ("same", "previous":
    validators/data/copy_definite_adjectives.txt, built with copy_count_nouns.txt)."""
    lines = (DATA_DIR / "copy_definite_adjectives.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def listed_after_preposition(preposition: str, word: str) -> bool:
    """Real English puts `word` right after `preposition` often enough for the bigram dictionary to list the pair
    ("in form", "at home")."""
    entry = preposition_objects().get(preposition)
    return entry is not None and word in entry[1]


@register
class MissingArticle(SentenceRule):
    """A singular count noun with no article as the complement of "be" or as the object of a verb: "if
    you are nurse", "Are you new patient?", "you will need prescription", "if you had reaction".

    What it does: it reads the noun phrase (up to three adjective or noun words, each after a single
    space) after a form of "be" (and an optional "not") that follows a personal pronoun ("you are", "it is
    not") or a modal or "to" ("can be"), or one capitalised word that opens the sentence ("Drift is not
    medical device": judged as strictly as a verb's object, see below, without the verb's article
    statistics); after the pronoun of a question that opens with "be" ("Are you ..."); after a
    verb that follows a subject pronoun, a modal, "to", "please", a mid adverb or "be" (a
    participle); and after "with", "without", "into" when the data below allows them. When that
    phrase opens with no determiner and its head is a singular count noun (a noun the lemminflect
    lexicon gives a plural and real English uses with "a"/"an": validators/data/copy_count_nouns.txt,
    derived from the symspellpy bigram counts by validators/copy/build_count_nouns.py), the article
    is missing. It stays silent
    on a pair the bigram dictionary lists ("is part", "take place", "by appointment", "in
    hospital"), mass nouns ("it is water"), a noun named by the number after it ("it is stage 3"), a
    quantity word ("the risk was zero"), an illness named uncounted after a verb of onset or
    cause (copy_grammar.yaml `uncounted_illness_nouns`, `illness_onset_verbs`: "develop invasive infection"; "if you
    have infection" and "it is serious infection" are still judged), a complement opened by an adverb ("it is now day
    three"), plurals,
    a single word that can be an adjective ("be
    patient"), capitalised words and names, hyphenated and possessive phrases, headings and list
    items. After a verb or a preposition it is stricter, all by statistics: the verb or preposition
    must be one whose object real English opens with "a" at least as often as with "the"
    (copy_indefinite_slots.txt: "need", "book", "have"; not "prevent", "use", "with", "for"), the noun's plural
    must be at least a fifth as frequent as its singular (wordfreq: not "asthma", "surgery",
    "care"), a noun used bare after two prepositions of place is an institution ("leave
    hospital"), and numbers, quantity words ("enough fluid"), -ing heads, a noun followed by a verb
    ("make sure patient is") or by a word the phrase cannot take in are left alone. A base form that is
    only a verb after a comma, "so", "and" or "or" opens an instruction and is read as such a verb ("so
    add squeeze of lemon"); a role of care (`care_roles`) after a verb that takes a person
    (`person_object_verbs`: "ask pharmacist", "tell nurse") needs a determiner whatever article the verb
    usually takes; so does a noun of measure before "of" (`measure_nouns`: "apply thin layer of cream",
    "add squeeze of lemon").
    After any preposition of validators/data/copy_preposition_objects.txt ("at", "in", "on", "within", ...), a
    phrase opened by a word the lexicon knows as an adjective and no noun is read when real English never puts
    that adjective right after the preposition although it is frequent enough for the bigram dictionary to list
    the pair by chance, and does not put the head noun bare there either ("at comfortable temperature", "within
    same day"; not "at high risk", "in powder form", nor an illness of `uncounted_illness_nouns`: "for panic
    disorder"); the article suggested is "the" before an adjective real English opens with "the"
    (copy_definite_adjectives.txt: "same", "previous").
    Class: missing word (a dropped article).
    Why is this bad? A dropped article is a common slip of fast drafting; it passes every spell
    checker and makes a clinic's page read as careless.
    A conjunction after the phrase excuses it as a shared modifier only when no new predicate follows ("with
    kidney or heart failure", but "is not medical device and does not").
    Example: "If you are driver" -> "are a driver"; "you may need eye test" -> "need an eye test";
    "Are you new patient?" -> "Are you a new patient?"; "keep the room at comfortable temperature" -> "at a
    comfortable temperature"; "ready within same day" -> "within the same day".
    """

    id = "copy.missing-article"
    severity = Severity.WARNING
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)

    def __init__(self, config):
        super().__init__(config)
        grammar = self.vocabulary("copy_grammar")  # the sounds copy.article-sound reads "a"/"an" by
        self.indefinite_article = IndefiniteArticle.from_grammar(grammar)
        self.person_object_verbs = frozenset(grammar["person_object_verbs"])
        self.care_roles = frozenset(grammar["care_roles"])
        self.measure_nouns = frozenset(grammar["measure_nouns"])
        self.uncounted_illnesses = frozenset(grammar["uncounted_illness_nouns"])
        self.illness_onset_verbs = frozenset(grammar["illness_onset_verbs"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        if sentence.is_heading or document.blocks[sentence.sentence.block].kind is BlockKind.LIST_ITEM:
            return
        nouns = count_nouns()
        tokens = sentence.tokens
        for index, token in enumerate(tokens[:-1]):
            slot = self._slot(tokens, index)
            if slot is None:
                continue
            negated = index + 1 < len(tokens) and tokens[index + 1].lower == "not"
            if slot is token and token.lower in lx.BE_FORMS and negated:
                index += 1  # "Drift is not medical device": the complement after the negation
            phrase = self._bare_phrase(document, tokens, index)
            if phrase and phrase[0].lower in _LEADING_ADVERBS:
                continue  # "it is now day three", "it is just spreading": an adverb opens the complement
            while phrase and "NOUN" not in lx.classes(phrase[-1].lower):
                phrase = phrase[:-1]  # "book appointment online": an adverb-like word after the head
            if not phrase or _numbered(tokens, index + 1 + len(phrase), phrase):
                continue
            head = phrase[-1].lower
            if head in self.uncounted_illnesses and slot.lower in self.illness_onset_verbs:
                continue  # "to develop invasive infection", "may cause disease": an illness named uncounted
            role = token.lower in self.person_object_verbs and head in self.care_roles  # "ask pharmacist"
            bare = nouns.get(head)
            end = index + 1 + len(phrase)
            # "apply thin layer of": a noun of measure before "of"
            measure = head in self.measure_nouns and end < len(tokens) and tokens[end].lower == "of"
            rare = bare is None and _rare_count_noun(head)
            # "at comfortable temperature": a word that is only an adjective, which real English never puts bare
            # after the preposition, before a noun it does not put bare there either ("in written form": "in
            # form" is English) and that is no illness, named uncounted ("for panic disorder")
            avoided = (
                slot is token
                and len(phrase) > 1
                and "ADJ" in lx.classes(phrase[0].lower)
                and "NOUN" not in lx.classes(phrase[0].lower)
                and phrase[0].lower != "own"  # "from own pocket": copy.own-without-possessive's
                and head not in self.uncounted_illnesses
                and avoided_after_preposition(token.lower, phrase[0].lower)
                and not listed_after_preposition(token.lower, head)
            )
            if bare is None and (role or measure or rare or avoided):
                # a role or a measure ("dietitian", "squeeze of") or a plain count noun too rare for the
                # bigram counts ("need stent", "place implant"): no fixed bare pair is known
                bare = frozenset()
            # a bare pair of the counts ("with glass": the material) is no excuse for a measure of a bare
            # thing ("with glass of water"); "made with glass of the highest grade" stays the material
            amount = measure and end + 1 < len(tokens) and tokens[end + 1].lower not in ("the", "a", "an")
            if bare is None or (slot.lower in bare and not amount) or not self._needs_article(phrase):
                continue
            named = slot is token and token.lower in lx.BE_FORMS and _name_subject(tokens, index)
            if (
                slot is token
                and (token.lower not in lx.BE_FORMS or named or rare)
                and not self._object_needs_article(
                    document,
                    tokens,
                    index,
                    phrase,
                    bare,
                    role or measure,
                    named or (rare and token.lower in lx.BE_FORMS),
                    avoided,
                )
            ):
                continue
            if slot is token and token.lower in lx.BE_FORMS:
                if lx.is_participle(phrase[0].lower) and "ADJ" not in lx.classes(phrase[0].lower):
                    continue  # "be sent leaflet": the participle's object is judged as its own slot
            else:
                after = tokens[index + 1 + len(phrase)] if index + 1 + len(phrase) < len(tokens) else None
                if after is not None and self._opens_clause(after.lower):
                    continue  # "make sure patient is": the noun is a clause's subject, not an object
            definite = avoided and phrase[0].lower in definite_adjectives()  # "within same day" -> "the same"
            article = "the" if definite else self.indefinite_article(phrase[0].lower)
            start = slot.start if slot is not token else token.start
            text = document.text
            fixed = f"{text[start : phrase[0].start]}{article} {text[phrase[0].start : phrase[-1].end]}"
            yield self.finding(
                document,
                start,
                phrase[-1].end,
                f"An article seems to be missing before '{' '.join(t.text for t in phrase)}': '{fixed}'?",
                [Suggestion(fixed, safe=False)],
            )

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

    def _slot(self, tokens: tuple[Token, ...], index: int) -> Token | None:
        """The word whose bare pair with the noun is looked up when tokens[index] opens a noun-phrase
        slot, else None: a form of "be" after a personal pronoun, a modal or "to" ("you are",
        "can be"); a pronoun after a question's opening "be" ("Are you ..."); a verb after a subject
        pronoun, a modal, "to", "please", a mid adverb or a form of "be" (a participle: "be sent");
        one of the prepositions of `_OBJECT_PREPOSITIONS`."""
        token = tokens[index]
        word = token.lower
        if not token.is_word:
            return None
        if word in lx.BE_FORMS:
            if not index:
                return None
            before = tokens[index - 1].lower
            ok = before in lx.MODALS or before == "to" if word == "be" else before in lx.SUBJECT_PRONOUNS
            # a name that opens the sentence is the subject as well ("Drift is not medical device")
            ok = ok or _name_subject(tokens, index)
            return token if ok else None
        if word in lx.SUBJECT_PRONOUNS and index == 1 and tokens[0].lower in lx.BE_FORMS:
            return tokens[0]
        if word in _OBJECT_PREPOSITIONS or word in preposition_objects():
            return token
        if lx.is_function_word(word) or "VERB" not in lx.classes(word) or word in lx.LINKING_VERBS:
            return None
        if word in self.person_object_verbs and index + 1 < len(tokens) and tokens[index + 1].lower in self.care_roles:
            return token  # "Ask pharmacist", ", tell dietitian": a role of care is never bare, wherever the verb stands
        if not index:
            # an instruction's verb ("Seek shade"): too often a mass use, but a verb that takes a person
            # is read, for a role of care only ("Ask pharmacist before ..." -> "Ask a pharmacist")
            return token if word in self.person_object_verbs else None
        before = tokens[index - 1].lower
        if before in lx.BE_FORMS:  # a participle that can be an adjective is read in the slot of "be"
            return token if lx.is_participle(word) and "ADJ" not in lx.classes(word) else None
        if before in _VERB_OPENERS or before in lx.SUBJECT_PRONOUNS or before in lx.MODALS:
            return token if word not in lx.PARTICLES else None
        person_verb = word in self.person_object_verbs  # "If you take insulin, tell dietitian at ..."
        if before in _CLAUSE_JOINS and (lx.is_only(word, "VERB") or person_verb) and lx.is_base_verb(word):
            return token  # an instruction after a clause: "if it stings, ask pharmacist", "so add squeeze of"
        return None

    @staticmethod
    def _object_needs_article(
        document: Document,
        tokens: tuple[Token, ...],
        index: int,
        phrase: tuple[Token, ...],
        bare: frozenset[str],
        role: bool = False,
        named: bool = False,
        avoided: bool = False,
    ) -> bool:
        """After a verb or a preposition, stricter tests that the head is a plain count noun: its plural
        is at least `_PLURAL_SHARE` as frequent as the singular in real English (wordfreq: "asthma",
        "fever", "surgery" and "care" are mostly used uncounted), it is no adverb ("get help
        straight"), real English does not put it bare after two of the locative prepositions (an
        institution: "in hospital", "to school", "leave hospital"), and the phrase does not open
        with a particle ("come back") or a quantity word ("enough fluid", "one tablet"). The verb or
        preposition must be one whose object real English opens with "a" at least as often as with
        "the" ("need", "book"; not "prevent", "with", "for": indefinite_slots), the head no -ing form ("recommend
        booking") or -ness quality ("have sudden weakness"), no conjunction after the phrase ("with
        kidney or heart failure") unless a determiner opens the noun joined to it ("ask pharmacist or your
        GP": that noun has its own, so this one lacks one) nor a list of bare nouns after a comma ("includes shade,
        clothing and a hat"), and the phrase whole: the next word is a mark, a
        function word or an adverb, not a word the phrase could not take in ("give infant paracetamol")."""
        head = phrase[-1].lower
        if tokens[index].lower not in indefinite_slots() and not role and not named and not avoided:
            return False  # a role of care after a verb that takes a person ("ask pharmacist") needs one anyway
        if any(word.lower in _QUANTITY_WORDS or word.lower in lx.NUMBER_WORDS for word in phrase):
            return False
        if phrase[0].lower in lx.PARTICLES or "ADV" in lx.classes(head) or head.endswith(_UNCOUNTED_SUFFIXES):
            return False
        following = index + 1 + len(phrase)
        if following < len(tokens):
            after = tokens[following]
            gap = document.text[phrase[-1].end : after.start]
            shared = after.lower in lx.CONJUNCTIONS and not _determined(tokens, following + 1)
            if shared and not _verb_follows(tokens, following + 1):
                return False  # "with kidney or heart failure": a modifier shared by coordinated nouns
            if after.text == "," and _bare_list_item(tokens, following + 1):
                return False  # "includes shade, clothing and a hat": the first of a list, mass nouns among it
            closed = lx.is_function_word(after.lower) or "ADV" in lx.classes(after.lower)
            if after.is_word and gap == " " and not closed:
                return False
        if not avoided and len(bare & _LOCATIVES) >= 2:
            return False
        if role:
            return True  # a person, or a measure before "of": always counted
        if not lx.singular_count_noun(head):
            return False
        frequency, plural_frequency = lx.count_noun_frequencies(head)
        return plural_frequency >= _PLURAL_SHARE * frequency

    @staticmethod
    def _opens_clause(word: str) -> bool:
        """A word that, right after the noun, makes the noun the subject of a clause ("is", "can",
        "helps"): a form of "be", "have" or "do", a modal, or a word the lexicon knows only as a verb."""
        return word in lx.AUXILIARIES or lx.is_only(word, "VERB")

    @staticmethod
    def _needs_article(phrase: tuple[Token, ...]) -> bool:
        """The phrase is a noun phrase English would open with a determiner: a single word that can
        be an adjective is read as one ("be patient"), no word of it is a plural, and its head is no -ing
        form, which after "be" is a verb or the gerund of a predicate ("it is worth booking")."""
        if len(phrase) == 1 and "ADJ" in lx.classes(phrase[0].lower):
            return False
        if phrase[-1].lower.endswith("ing"):
            return False
        return not any(lx.is_plural_noun(word.lower) for word in phrase)


# Prepositions after which "own" can be no verb ("to own" can): its phrase's possessive is missing. Not the
# articles, which open compounds of their own ("an own goal", "the own brand").
_BEFORE_OWN_NOUN_PHRASE = lx.PREPOSITIONS - {"to"}


@register
class OwnWithoutPossessive(SentenceRule):
    """ "own" with no possessive before it: "get better on own", "go at own pace", "from own pocket".

    What it does: the adjective and pronoun "own" always follows a possessive ("their own", "your own", "the
    patient's own"); right after a preposition it can be no verb ("to own", "people who own" are left alone),
    so the possessive was dropped. After an article it may open a compound ("an own goal", "the own brand").
    Class: missing word (a dropped possessive).
    Why is this bad? The sentence stops making sense at the point where it says whose the thing is; a spell
    checker passes it.
    Example: "Most cases get better on own" -> "on their own"; "children learn at own pace" -> "at their own
    pace"; "paid from own pocket" -> "from their own pocket".
    """

    id = "copy.own-without-possessive"
    severity = Severity.ERROR
    trigger_words = frozenset(("own",))

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        for index in range(1, len(tokens)):
            own, before = tokens[index], tokens[index - 1]
            if own.text != "own" or before.lower not in _BEFORE_OWN_NOUN_PHRASE:
                continue
            if document.text[before.end : own.start] != " ":
                continue
            replacements = [f"{before.text} {possessive} own" for possessive in ("their", "your", "its")]
            yield self.finding(
                document,
                before.start,
                own.end,
                f"'own' needs a possessive: '{replacements[0]}'?",
                [Suggestion(replacement, safe=False) for replacement in replacements],
            )


def _rare_count_noun(word: str) -> bool:
    """A noun too rare for the bigram counts that build copy_count_nouns.txt to judge (wordfreq below
    `_RARE_NOUN`), that the lexicon knows only as a noun or as a noun and a verb, with a plural at least
    `_RARE_PLURAL_SHARE` as frequent as the singular: a plain count noun ("stent", "implant", "dietitian",
    "bandage"; not "conditioner", "ointment": products mostly used uncounted). A more frequent noun the
    list lacks is one real English seldom opens with "a" (a mass noun: "advice", "pressure", "water")."""
    if lx.classes(word) - {"NOUN", "VERB"} or lx.is_function_word(word):
        return False
    if not lx.singular_count_noun(word):
        return False
    frequency, plural_frequency = lx.count_noun_frequencies(word)
    return 0 < frequency < _RARE_NOUN and plural_frequency >= _RARE_PLURAL_SHARE * frequency


def _name_subject(tokens: tuple[Token, ...], index: int) -> bool:
    """ "Drift is", "Anna was" (with an optional "not"): a form of "be" right after one capitalised word that opens
    the sentence, no function word, as its subject. The complement is then judged like a preposition's object
    (a plain count noun, no listed bare pair), since a generic subject may take a mass complement."""
    word = tokens[index].lower
    if index + 1 < len(tokens) and word == "not":
        index, word = index - 1, tokens[index - 1].lower
    if index != 1 or word not in ("is", "was"):
        return False
    first = tokens[0]
    return first.is_word and first.is_capitalised and not lx.is_function_word(first.lower)


def _bare_list_item(tokens: tuple[Token, ...], index: int) -> bool:
    """A noun with no determiner after the comma at `index - 1`, then another comma or "and"/"or": the next item of
    a list of bare nouns ("shade, clothing and a hat"), where a mass noun needs no article ("shade")."""
    if index + 1 >= len(tokens) or not tokens[index].is_word or lx.is_function_word(tokens[index].lower):
        return False
    if "NOUN" not in lx.classes(tokens[index].lower):
        return False
    return tokens[index + 1].text == "," or tokens[index + 1].lower in ("and", "or")


def _verb_follows(tokens: tuple[Token, ...], index: int) -> bool:
    """An auxiliary or a word that is only a verb at `index` ("... device and does not", "... and can"): the
    conjunction joins a new predicate, so the noun phrase before it is whole."""
    if index >= len(tokens):
        return False
    word = tokens[index].lower
    return word in lx.AUXILIARIES or lx.is_only(word, "VERB")


def _determined(tokens: tuple[Token, ...], index: int) -> bool:
    """A determiner or a possessive at `index` ("or your GP", "and the nurse"): the noun it opens has its own."""
    return index < len(tokens) and (tokens[index].lower in lx.DETERMINERS or tokens[index].lower in lx.POSSESSIVES)


def _numbered(tokens: tuple[Token, ...], after: int, phrase: tuple[Token, ...]) -> bool:
    """A noun named by the number after it ("stage 3", "week 12", "day three") takes no article, nor does
    a phrase opened by a quantity word ("the risk was zero", "zero last week")."""
    if phrase[0].lower in _AMOUNTS:
        return True
    if after >= len(tokens):
        return False
    label = tokens[after].lower
    return label.isdigit() or label in lx.NUMBER_WORDS or (len(label) <= 4 and set(label) <= set("ivx"))
