"""copy.verb-form: a verb in a form its auxiliary, pronoun or plural subject never takes, by real English usage."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.agreement.phrase_words import counted, species_epithet, time_phrase_end
from validators.copy.base import SentenceRule
from validators.copy.context_words import PLURAL_NOUN, BigramCounts, bigram_counts
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# Slots of a verb's inflections in the bigram table: base, -s, past, past participle, -ing.
_PRESENT_SLOTS = (0, 1)
# A form at least this common after the context may be suggested.
_COMMON_SHARE = 0.15
_FINITE_BE = frozenset("is are was were isn't aren't wasn't weren't".split())
# Prepositions after a passive participle: its agent, purpose, place or time ("is designed to", "made in").
_PASSIVE_PREPOSITIONS = frozenset("by to for in with at on from into as".split())
# Adverbs of frequency after a passive participle ("is applied twice a day").
_PASSIVE_ADVERBS = frozenset("twice once daily weekly monthly nightly".split())
# How often "is/are/was/were" + the participle must be seen for an unseen base form there to be a slip.
_COMMON_PASSIVE = 20_000_000
# A listed pair still counts as a slip when another form of the same verb follows the same word this many
# times more often ("be use" against "be used"): the rare pair is the slip's own trace in the counts.
_DWARFED_RATIO = 300
# The same for a base form ending the clause after "is/are/was/were" (`_ends_passive`): the participle there is
# this many times more common than the written pair ("is known" / "is know": 69; adjectives the lexicon misses,
# "are complete" / "are completed", come near 1).
_PASSIVE_END_RATIO = 50
# Auxiliaries that are also main verbs taking a noun object ("have cramps", "had surgery"): a word
# after them that can be a noun is left alone.
_NOUN_TAKERS = frozenset("has have had having do does did".split())
# "have" as the perfect's auxiliary, and adverbs after it that leave no room for a noun object ("has
# already check", "have never took"): a verb follows.
_PERFECT = frozenset("has have had".split())
_PERFECT_ADVERBS = frozenset("already never ever recently always finally just".split())
# Forms of "be", after which a noun may be the complement ("it may be tests", "there have been issues").
_BE = frozenset("be been being".split())
_THERE_WINDOW = 4
# Words after which an auxiliary comes before its subject: "so does keeping the leg moving", "nor has the rash".
_INVERTING_WORDS = frozenset("so nor neither than as".split())
_LONGEST_NOUN_PHRASE = 6
# Heads of an of-phrase that take a plural verb: "many of our clients say".
_PLURAL_HEADS = frozenset("many most all some several few both".split())
_SINGULAR_DETERMINERS = frozenset("a an this that each every another".split())
_NOT_BETWEEN = frozenset("all both then further".split())
# Adverbs that may stand between the auxiliary and its verb ("did not go", "will also need").
_ADVERBS_BETWEEN = 2


# Marks that end a clause right after a passive's verb ("The cause is not know.").
_CLAUSE_END_MARKS = frozenset(". , ; : ! ?".split())


def _ends_passive(tokens: tuple[Token, ...], index: int) -> bool:
    """A base form the lexicon knows only as a verb ("know", "diagnose", "understand") ending the clause after
    "is/are/was/were" (and adverbs): with a pair the bigram table does not list or dwarfs (`_passive_dwarfs`),
    a passive that lost its participle's ending ("are complete", common, is an adjective the lexicon misses).
    Not in a pseudo-cleft, whose "is" takes a bare verb ("What we do is listen.", "All you need to do is ask.")."""
    word = tokens[index].lower
    if index + 1 < len(tokens) and tokens[index + 1].text not in _CLAUSE_END_MARKS:
        return False
    if not lx.is_only(word, "VERB") or lx.past_like_base(word) or lx.is_participle(word):
        return False
    return not any(token.lower in lx.DO_FORMS or token.lower in ("what", "all") for token in tokens[:index])


def _passive_dwarfs(counts: BigramCounts, before: str, word: str, other: str) -> bool:
    """The pair `before` + `word` is unlisted, or `other` follows `before` `_PASSIVE_END_RATIO` times more often
    ("is know" against "is known": 69 times; "are complete" against "are completed" is no slip)."""
    count, seen = counts.pair(before, word)
    return not seen or counts.pair(before, other)[0] >= _PASSIVE_END_RATIO * count


def _stray_be(tokens: tuple[Token, ...], position: int, index: int) -> bool:
    """ "you will be need to fill in a form": a base form right after a modal's (or "to"'s) "be" reads
    as a stray "be" as often as a wrong form ("will need", "will be needed"), so the finding covers both
    words."""
    if position != index - 1 or tokens[position].lower != "be" or position == 0:
        return False
    return tokens[position - 1].lower in lx.MODALS | {"to"} and lx.is_base_verb(tokens[index].lower)


@register
class VerbForm(SentenceRule):
    """A verb form its auxiliary, pronoun or plural subject never takes: "has been finish", "the results speaks".

    What it does: for a verb right after an auxiliary ("has", "been", "will", "can", "did", ...),
    a subject pronoun ("I", "we", "they"; validators/data/copy_verb_forms.yaml) or a plural noun
    heading a subject, it looks up the share of each inflection (base, -s, past, participle,
    -ing) among the verbs real English puts after that word or class (bigram table built from
    symspellpy's Google Books counts), and flags the verb when its form is almost never found
    there and its own pair is unlisted (or dwarfed: another form of the verb follows the word hundreds of
    times more often, as "be used" does "be use"); the suggestion is the fitting form seen most often after
    the word. Class: verb form and agreement (after an auxiliary, a pronoun or a plural subject).
    Why is this bad? "I've threw away", "has been grow", "they has" and "these creams works" are
    slips every spell checker passes; they make health copy read as careless or machine-made.
    Also an -ing or past form after the "to" of a verb or adjective that only takes an infinitive
    ("remember to bringing", "able to giving"), a verb after "has already/never/just", and a base form in a
    passive before an adverb of frequency ("is apply twice a day") or ending its clause ("The cause is not
    know."). A base form right after a modal's
    "be" ("you will be need to") may be a stray "be" or a wrong form, so its finding covers "be need".
    Example: "I have been finish with the tablets" -> "finished"; "we've threw it away" -> "thrown";
    "the company has been grow" -> "growing"; "I has been" -> "have"; "the results speaks" -> "speak".
    """

    id = "copy.verb-form"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)

    def __init__(self, config):
        super().__init__(config)
        vocabulary = self.vocabulary("copy_verb_forms")
        self.auxiliaries = frozenset(vocabulary["auxiliaries"])
        self.subjects = frozenset(vocabulary["subjects"])
        self.contracted = dict(vocabulary["contracted_contexts"])
        self.rare_share = float(self.options.get("rare_share", 0.06))
        self.not_plural = frozenset(self.vocabulary("copy_grammar")["plural_form_singular_nouns"])
        self.amount_units = frozenset(self.vocabulary("copy_grammar")["amount_units"])
        self.infinitive_nouns = frozenset(vocabulary["infinitive_nouns"])
        self.infinitive_verbs = frozenset(vocabulary.get("infinitive_verbs", ()))
        self.infinitive_or_bare = self.infinitive_verbs | frozenset(vocabulary.get("infinitive_or_bare_verbs", ()))
        self.infinitive_adjectives = frozenset(vocabulary.get("infinitive_adjectives", ()))
        self.gerund_verbs = frozenset(vocabulary.get("gerund_verbs", ()))
        self.time_prepositions = frozenset(vocabulary.get("time_prepositions", ()))
        self.object_infinitive_verbs = frozenset(vocabulary.get("object_infinitive_verbs", ()))
        self.infinitive_participles = frozenset(self.vocabulary("copy_usage")["infinitive_participles"])
        self.excepted_pronouns = frozenset(vocabulary.get("excepted_pronouns", ()))
        self.relative_heads = frozenset(vocabulary["relative_heads"])

    def check(self, document: Document) -> Iterator[Finding]:
        yield from self.check_with_words(document, self._check_sentence)

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        yield from self._check_sentence(document, sentence, frozenset([t.lower for t in sentence.tokens]))

    def _check_sentence(
        self, document: Document, sentence: TokenizedSentence, words: frozenset[str]
    ) -> Iterator[Finding]:
        """`words`: the sentence's lower-case tokens (shared by the rules): the passes that flag only after "to",
        or only after a finite "be", are skipped with one set test when the sentence has none."""
        if "to" in words:
            yield from self._gerund_after_infinitive_to(document, sentence.tokens)
            yield from self._infinitive_after_gerund_verb(document, sentence.tokens)
            yield from self._participle_after_to(document, sentence.tokens)
            yield from self._third_person_after_infinitive_to(document, sentence.tokens)
        if not _FINITE_BE.isdisjoint(words):
            yield from self._participle_after_be(document, sentence.tokens)
            yield from self._gerund_after_be(document, sentence.tokens)
        tokens = sentence.tokens
        counts = bigram_counts()
        for index in range(1, len(tokens)):
            token = tokens[index]
            if not token.is_word or token.is_capitalised:
                continue
            groups = counts.verb_forms.get(token.lower)
            if not groups:
                continue  # no verb form the table knows
            position = index - 1
            while position > 0 and index - position <= _ADVERBS_BETWEEN and _adverb_between(tokens[position].lower):
                position -= 1  # "did not go", "has also been", "the results usually speak"
            context = self.contracted.get(tokens[position].lower, tokens[position].lower)
            if context in self.auxiliaries or context in self.subjects:
                if self._not_a_verb_place(tokens, index, position, context):
                    continue
            elif self._plural_subject(tokens, position, sentence.is_heading) and _verb_reading(tokens, index):
                context = PLURAL_NOUN  # only the present forms of ordinary verbs: "the results speaks"
            else:
                continue
            if context == PLURAL_NOUN and any(group[0] == ("be",) for group in groups):
                continue  # "is" after a plural wants "are", which the forms of "be" here do not hold
            listed = counts.pair(context, token.lower)[1] and not _dwarfed(counts, context, token.lower, groups)
            if listed and not _negated_perfect_base(tokens, position, index, groups):
                continue  # a form real English uses after this word
            best = self._likelier_form(counts, tokens, index, context, groups)
            if best is None:
                continue
            if context == PLURAL_NOUN:
                message = f"The subject '{tokens[position].text}' is plural: use '{best}'."
            else:
                message = f"'{token.text}' is unusual after '{tokens[position].text}'; did you mean '{best}'?"
            if _stray_be(tokens, position, index):
                be = tokens[position]
                message = f"'{be.text} {token.text}': drop '{be.text}' ('{token.text}') or use '{best}'."
                yield self.finding(
                    document,
                    be.start,
                    token.end,
                    message,
                    [Suggestion(f"{be.text} {best}", safe=False), Suggestion(token.text, safe=False)],
                )
                continue
            yield self.finding(document, token.start, token.end, message, [Suggestion(best, safe=False)])

    def _gerund_after_infinitive_to(self, document: Document, tokens: tuple[Token, ...]) -> Iterator[Finding]:
        """ "a way to improving" -> "improve": after a noun whose "to" opens an infinitive ("way",
        "chance", "need", "decision"; copy_verb_forms.yaml `infinitive_nouns`), an -ing verb is the
        wrong form; so after a verb and its object pronoun whose "to" does ("helps you to planning",
        "allow them to walking": `object_infinitive_verbs`). Not "on the way to becoming", where "to" is
        a preposition of direction."""
        for index in range(2, len(tokens)):
            token = tokens[index]
            if tokens[index - 1].lower != "to":
                continue
            opens = self._opens_infinitive(tokens, index - 2) or self._bare_or_to_verb_before_object(tokens, index)
            if not (opens or self._object_infinitive(tokens, index - 2)):
                continue
            if not token.is_word or token.is_capitalised or not (opens or token.lower.endswith("ing")):
                continue  # "help you to chose": a past form there is the participle check's
            past = lx.is_only(token.lower, "VERB") and not lx.is_participle(token.lower)
            past = past and tokens[index - 2].lower not in self.infinitive_nouns and not token.lower.endswith("s")
            if not (token.lower.endswith("ing") or past):
                continue  # "remember to bringing", "want to took"
            if any(t.lower in ("on", "under") for t in tokens[max(0, index - 5) : index - 2]):
                continue  # "on the way to becoming", "under way to"
            bases = lx.lemmas(token.lower).get("VERB", ())
            if len(bases) != 1 or bases[0] == token.lower or (past and lx.past_like_base(bases[0])):
                continue
            message = f"After '{tokens[index - 2].text} to', use the base form: '{bases[0]}'."
            yield self.finding(document, token.start, token.end, message, [Suggestion(bases[0], safe=False)])

    def _bare_or_to_verb_before_object(self, tokens: tuple[Token, ...], index: int) -> bool:
        """What: a verb that takes an infinitive with or without "to" (`infinitive_or_bare_verbs`: "help", "start",
        "begin", "continue"), then "to", an -ing form at `index` and the start of its object (a determiner, a
        possessive or an object pronoun): the -ing form stands where the infinitive must ("It helps to wearing a
        strap" -> "wear", "Start to taking your tablets" -> "take").
        Why is this bad? Only verbs that never go without "to" were read, so "helps to wearing" went unflagged. The
        object after the -ing word keeps out "help to working parents" (an adjective before its noun).
        Example: "It helps to wearing a strap" -> "wear"; "It helps to wear a strap", "a help to the family" and
        "help to working parents" are left alone."""
        if index < 2 or index + 1 >= len(tokens) or not tokens[index].lower.endswith("ing"):
            return False
        following = tokens[index + 1].lower
        if following not in lx.DETERMINERS | lx.POSSESSIVES | lx.OBJECT_PRONOUNS or following in ("that", "which"):
            return False
        if index > 2 and tokens[index - 3].lower in lx.PREPOSITIONS:
            return False  # "from start to finishing the course": a noun after a preposition, no verb
        return self._opens_infinitive(tokens, index - 2, frozenset(self.infinitive_or_bare - self.infinitive_verbs))

    def _infinitive_after_gerund_verb(self, document: Document, tokens: tuple[Token, ...]) -> Iterator[Finding]:
        """ "avoid to drive" -> "avoid driving": a verb whose complement is an -ing form (copy_verb_forms.yaml
        `gerund_verbs`: "avoid", "consider", "recommend", "suggest" ...) followed by "to" and a base verb. Not
        "to" + a noun or a pronoun ("recommend to anyone", "keep to the path", "recommend to friends"), nor a
        verb of the list used as a noun after a determiner and its adjectives ("the risk to drive", "every
        prenatal practice to use"), nor a passive ("is not
        recommended to prevent"). Nor an -s form opening a sentence, which has no subject and is a plural noun
        (a heading "Risks to watch for"), nor an -ing form after a preposition of time, whose object is understood
        ("a blood test after finishing to check": "to" opens the main clause's purpose)."""
        for index in range(1, len(tokens) - 1):
            if tokens[index].lower != "to":
                continue
            verb, following = tokens[index - 1], tokens[index + 1]
            determined = index > 1 and _determined_noun(tokens, index - 1)
            if not verb.is_word or (verb.is_capitalised and index > 1) or determined:
                continue
            if lx.is_participle(verb.lower) and any(t.lower in lx.BE_FORMS for t in tokens[max(0, index - 4) : index]):
                continue  # a passive takes "to": "is not recommended to prevent stroke"
            lemmas = lx.lemmas(verb.lower).get("VERB", ())
            if not any(lemma in self.gerund_verbs for lemma in lemmas):
                continue
            if index == 1 and lx.third_person_base(verb.lower):
                continue  # "Risks to watch for": no subject before it, a plural noun
            if verb.lower.endswith("ing") and index > 1 and tokens[index - 2].lower in self.time_prepositions:
                continue  # "after finishing to check": a time adjunct, then an infinitive of purpose
            word = following.lower
            if not following.is_word or following.is_capitalised or not lx.is_lexical_base_verb(word):
                continue  # "recommend to anyone", "keep to the path": "to" before a noun phrase
            if lx.is_plural_noun(word) or lx.classes(word) & {"ADJ", "ADV"}:
                continue  # "recommend to friends"
            gerund = _gerund_of(word)
            if gerund is None:
                continue
            message = f"After '{verb.text}', use the -ing form: '{verb.text} {gerund}'."
            yield self.finding(document, tokens[index].start, following.end, message, [Suggestion(gerund, safe=False)])

    def _object_infinitive(self, tokens: tuple[Token, ...], index: int) -> bool:
        """The word at `index` is an object pronoun after a verb whose object takes "to" + an infinitive
        ("helps you to", "allowed them to")."""
        if index < 1 or tokens[index].lower not in lx.OBJECT_PRONOUNS or tokens[index - 1].is_capitalised:
            return False
        return any(
            lemma in self.object_infinitive_verbs for lemma in lx.lemmas(tokens[index - 1].lower).get("VERB", ())
        )

    def _opens_infinitive(self, tokens: tuple[Token, ...], index: int, verbs: frozenset[str] | None = None) -> bool:
        """The word at `index` takes "to" + an infinitive, never a preposition: a noun ("a way to"), a verb
        ("remember to", "wants to", "tried to"; `verbs`, default `infinitive_verbs`: "helps to avoided heavy")
        or an adjective ("able to", "likely to")."""
        word = tokens[index].lower
        if word in self.infinitive_nouns or word in self.infinitive_adjectives:
            return True
        if tokens[index].is_capitalised and index > 0:
            return False
        lemmas = lx.lemmas(word).get("VERB", ())
        if not any(lemma in (self.infinitive_verbs if verbs is None else verbs) for lemma in lemmas):
            return False
        before = tokens[index - 1].lower if index else ""
        return before not in lx.DETERMINERS  # "the offer to": a noun ("a plan to" is in infinitive_nouns)

    def _participle_after_be(self, document: Document, tokens: tuple[Token, ...]) -> Iterator[Finding]:
        """ "was wrote by" -> "written", "are recommend by" -> "recommended", "is design to" -> "designed": after
        "is"/"are"/"was"/"were" a passive wants the past participle. Flagged: a word the lexicon knows only as a
        verb's simple past ("wrote", "gave"), or a base form real English never puts after that word (its pair
        unlisted) while the participle follows it often, before a preposition that opens the passive's
        agent, purpose or place ("by", "to", "in") -- not a noun complement ("The aim is control of pain")."""
        counts = bigram_counts()  # (only for a sentence with "is", "are", "was" or "were": `_check_sentence`)
        for index in range(1, len(tokens) - 1):
            token = tokens[index]
            if not token.is_word or token.is_capitalised:
                continue
            position = index - 1
            while position > 0 and index - position <= _ADVERBS_BETWEEN and _adverb_between(tokens[position].lower):
                position -= 1
            be = tokens[position].lower
            if be not in _FINITE_BE or position == 0:
                continue  # a sentence-initial "Is"/"Was" opens a question
            participle = self._passive_participle(counts, tokens, index, be)
            if participle is not None:
                message = f"After '{tokens[position].text}', a passive takes the past participle: '{participle}'."
                yield self.finding(document, token.start, token.end, message, [Suggestion(participle, safe=False)])

    def _gerund_after_be(self, document: Document, tokens: tuple[Token, ...]) -> Iterator[Finding]:
        """ "what activity is cause the problem" -> "causing", "we are offer a free check" -> "offering": a base
        form between a finite "be" and the object it governs (a determiner or possessive right after it) is a
        progressive that lost its -ing; a noun complement ("The aim is control") never takes an object. Not
        after "do"/"does" ("All you need to do is take the tablets": a bare infinitive), not a word that is also
        an adjective or a past form ("is clean the", "are put"), and only where real English puts the -ing
        form after that "be" more often than the written word."""
        counts = bigram_counts()  # (only for a sentence with a finite "be": `_check_sentence`)
        for index in range(2, len(tokens) - 1):
            token, be = tokens[index], tokens[index - 1].lower
            if be not in _FINITE_BE or not token.is_word or token.is_capitalised:
                continue
            word = token.lower
            if tokens[index + 1].lower not in _OBJECT_DETERMINERS or not lx.is_lexical_base_verb(word):
                continue
            if lx.classes(word) & {"ADJ", "ADV"} or lx.past_like_base(word) or lx.is_participle(word):
                continue
            if any(tokens[before].lower in lx.DO_FORMS for before in range(max(0, index - 8), index - 1)):
                continue  # a pseudo-cleft: "What we do is check your readings"
            gerund = _gerund_of(word)
            if gerund is None or counts.pair(be, gerund)[0] <= counts.pair(be, word)[0]:
                continue
            message = f"After '{tokens[index - 1].text}', a verb with an object takes the -ing form: '{gerund}'."
            yield self.finding(document, token.start, token.end, message, [Suggestion(gerund, safe=False)])

    def _passive_participle(self, counts: BigramCounts, tokens, index: int, be: str) -> str | None:
        word = tokens[index].lower
        groups = counts.verb_forms.get(word)
        if not groups or len(groups) != 1:
            return None  # no verb form the table knows, or the forms of two verbs ("found", "left")
        base, third, past, participle, gerund = groups[0]
        if word in participle or word in gerund or not participle:
            return None
        if word in past and word not in base and lx.is_only(word, "VERB"):
            return participle[0]  # "was wrote", "were gave"
        following = tokens[index + 1].lower
        adverb = following in _PASSIVE_ADVERBS or (following.endswith("ly") and lx.is_adverb(following))
        if word in base and _ends_passive(tokens, index) and _passive_dwarfs(counts, be, word, participle[0]):
            return participle[0]  # "The cause is not know.", "The risk is not fully understand, so"
        if word not in base or lx.classes(word) & {"ADJ"} or not (following in _PASSIVE_PREPOSITIONS or adverb):
            return None  # ("is apply twice a day", "are use daily": an adverb after the passive too)
        if counts.pair(be, word)[1] or counts.pair(be, participle[0])[0] < _COMMON_PASSIVE:
            return None  # "is need", "is open": a pair real English uses
        if following == "to" and "NOUN" in lx.classes(word) and _noun_phrase_opens(tokens, index + 2):
            return None  # "Sunburn is damage to the skin": a noun complement and its "to" phrase, no passive
        return participle[0]

    def _third_person_after_infinitive_to(self, document: Document, tokens: tuple[Token, ...]) -> Iterator[Finding]:
        """ "designed to supports the immune system" -> "support": after the "to" of a word that takes an
        infinitive (copy_verb_forms.yaml's infinitive verbs, nouns and adjectives, and copy_usage.yaml's
        `infinitive_participles`: "designed", "meant", "made"), a verb's -s form is the wrong form. An -s word
        that may also be a plural noun ("designed to standards") needs an object, an adverb or a clause end
        after it to be read as the verb."""
        for index in range(2, len(tokens)):
            token = tokens[index]
            if tokens[index - 1].lower != "to" or not token.is_word or token.is_capitalised:
                continue
            word = token.lower
            base = lx.third_person_base(word)
            if base is None or word in lx.AUXILIARIES or "VERB" not in lx.classes(word):
                continue
            opener = tokens[index - 2]
            if not (opener.lower in self.infinitive_participles or self._opens_infinitive(tokens, index - 2)):
                continue
            if lx.is_plural_noun(word) and not _verb_reading_after(tokens, index):
                continue
            message = f"After '{opener.text} to', use the base form: '{base}'."
            yield self.finding(document, token.start, token.end, message, [Suggestion(base, safe=False)])

    def _participle_after_to(self, document: Document, tokens: tuple[Token, ...]) -> Iterator[Finding]:
        """ "left to healed for three months" -> "heal": after "to", a word the lexicon knows only as a verb's
        past participle, followed by a preposition, an object or the end of the clause, is an infinitive
        in the wrong form. Not a participle before its noun ("due to reduced blood flow", "access to
        trained staff"), where "to" is a preposition and the participle an adjective."""
        for index in range(1, len(tokens)):
            token = tokens[index]
            if tokens[index - 1].lower != "to" or not token.is_word or token.is_capitalised:
                continue
            word = token.lower
            bases = lx.lemmas(word).get("VERB", ())
            if not lx.is_only(word, "VERB") or len(bases) != 1 or bases[0] == word or lx.third_person_base(word):
                continue
            if not lx.is_participle(word):
                if not word.endswith("ing"):  # a simple past only ("to chose", "to went"): never after "to"
                    message = f"After 'to', use the base form: '{bases[0]}'."
                    yield self.finding(document, token.start, token.end, message, [Suggestion(bases[0], safe=False)])
                continue
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            objects = lx.PREPOSITIONS | lx.DETERMINERS | lx.POSSESSIVES | lx.OBJECT_PRONOUNS
            infinitive = index > 1 and self._opens_infinitive(tokens, index - 2, self.infinitive_or_bare)
            if following is not None and following.is_word and following.lower not in objects and not infinitive:
                continue  # "due to reduced blood flow": a participle before its noun
            message = f"After 'to', use the base form: '{bases[0]}'."
            yield self.finding(document, token.start, token.end, message, [Suggestion(bases[0], safe=False)])

    def _plural_subject(self, tokens: tuple[Token, ...], position: int, is_heading: bool) -> bool:
        """A plural noun heading a subject: not a name, not a word that is singular ("news"), not the
        object of a preposition or verb ("demand for these products grows", "we prescribe for coughs and colds
        has": two nouns joined after a preposition are its object too), and not inside an
        of-phrase with a singular head ("the number of patients grows", "a team of nurses and pharmacists
        runs"; "many of our clients" is plural)."""
        noun = tokens[position]
        word = noun.lower
        if is_heading or not noun.is_word or (noun.is_capitalised and position > 0):
            return False
        if word in self.not_plural or not lx.is_plural_noun(word):
            return False
        if word in self.amount_units and counted(tokens, position):
            return False  # "Two weeks seems a long time": a counted unit names one amount
        if species_epithet(tokens, position):
            return False  # "Streptococcus pneumoniae remains": a species, one organism's name
        if any(time_phrase_end(tokens, opening) == position + 1 for opening in range(max(0, position - 2), position)):
            return False  # "A blood test every three months checks": when, not the subject
        start = position
        while (
            start > 0
            and position - start < _LONGEST_NOUN_PHRASE
            and (
                _inside_noun_phrase(tokens[start - 1])
                or _opens_number(tokens, start - 1)
                or _in_dotted_initialism(tokens, start - 1)
            )
        ):
            start -= 1
        quantified = any(t.lower in ("few", "many") for t in tokens[start:position])
        if start > 0 and tokens[start - 1].lower == "a" and quantified:
            start -= 1  # "an increase of a few degrees raises": "a few", "a great many" are one plural determiner
        if lx.third_person_base(word) and position > 0 and _singular_noun(tokens, position - 1):
            return False  # "the cream treats cuts": a singular noun and its verb
        opener = tokens[start]
        if _gerund(opener.lower):
            return False  # "Taking vitamins helps": the -ing clause is the subject
        if _inside_gerund_clause(tokens, start):
            return False  # "that taking yoghurt alongside antibiotics helps": the noun is inside the -ing subject
        if lx.third_person_base(word) and start > 0 and not (opener.lower in lx.DETERMINERS or opener.is_number):
            return False  # "the option shows commits": an -s word that may be a verb needs a determiner
        if _free_relative_verb(tokens, start, position):
            return False  # "what helps depends on": the -s word is the verb of a "what" clause, the subject
        if start == 0:
            return True
        before = tokens[start - 1].lower
        if _adverb_between(before):
            return False  # "it also marks commits": a verb after an adverb
        if before in ("and", "or") and start > 1 and "NOUN" in lx.classes(tokens[start - 2].lower):
            first = start - 2  # "a team of nurses and pharmacists runs": the second of two nouns after "of"
            while first > 0 and start - first < _LONGEST_NOUN_PHRASE and _inside_noun_phrase(tokens[first - 1]):
                first -= 1
            if first > 0 and tokens[first - 1].lower == "of":
                return first > 1 and tokens[first - 2].lower in _PLURAL_HEADS
            bare = opener.lower not in lx.DETERMINERS and opener.lower not in lx.POSSESSIVES
            if bare and first > 0 and tokens[first - 1].lower in lx.PREPOSITIONS:
                return False  # "the number of antibiotics we prescribe for coughs and colds has": two bare nouns
                # are the preposition's object, as a single noun after a preposition is (below); a determined
                # second noun may open a clause ("up to 6 months and our clients says")
        if before == "of":
            return start > 1 and tokens[start - 2].lower in _PLURAL_HEADS
        if before in ("but", "except") and start > 1 and tokens[start - 2].lower in self.excepted_pronouns:
            return False  # "Nobody but the nurses has", "No one except the doctors knows": the pronoun is the subject
        if lx.third_person_base(before) and opener.lower in lx.DETERMINERS and start > 1:
            return False  # "Whoever collects the tablets needs": after an -s verb, a determined noun is its object
        return before not in lx.PREPOSITIONS and not lx.is_only(before, "VERB") and not _gerund(before)

    def _not_a_verb_place(self, tokens: tuple[Token, ...], index: int, position: int, context: str) -> bool:
        """Readings where the word need not be a verb form: an adjective ("been quiet"; not one real English
        never puts after "be"/"been"/"being" although it would were the two independent, while another form of the
        same verb follows it: "has been record" -> "recorded"), a noun object
        ("have cramps"), a noun complement ("may be tests", "there has been work"), an auxiliary
        that is a noun itself ("the will to live") or an acronym ("BE support")."""
        word = tokens[index].lower
        auxiliary = tokens[position]
        if not auxiliary.is_word or (auxiliary.text.isupper() and auxiliary.lower != "i"):
            return True
        if auxiliary.lower == "i" and auxiliary.text != "I":
            return True  # the pronoun is always a capital; a lower-case "i" is a label ("ibm i")
        if position == 0 and auxiliary.lower == context and context in self.auxiliaries:
            return True  # a question: "Can scratches become infected?", "Has anyone ..."
        if position > 0 and tokens[position - 1].lower in _INVERTING_WORDS and context in self.auxiliaries:
            return True  # "and so does keeping the leg moving", "nor can patients": the subject follows
        if self._ends_contact_relative(tokens, position):
            return True  # "Nothing you did caused it": the verb after "did" is the main clause's
        known = lx.classes(word)
        if "ADJ" in known and not (context in _BE and _adjective_unattested(context, word)):
            return True  # "been quiet", "be clear": an adjective real English puts there
        if any(tokens[between].lower == "not" for between in range(position + 1, index)):
            return False  # "does not works": after "not", only a verb fits
        perfect = context in _PERFECT and (
            _perfect_adverb(tokens, position, index)
            or _object_follows(tokens, index)
            or _negated_perfect_base(tokens, position, index, bigram_counts().verb_forms.get(word, ()))
        )  # "has already check", "have finish a course": a noun object never takes its own object
        if context in _NOUN_TAKERS and "NOUN" in known and not perfect:
            return True
        if context in _NOUN_TAKERS and not perfect and _modifies_next_noun(tokens, index):
            return True  # "has visiting hours", "have changing rooms": an -ing modifier of the noun object
        if context in _BE and "NOUN" in known and _after_existential_there(tokens, index):
            return True
        if context in _NOUN_TAKERS | _BE and word.endswith("s") and word != "is":
            return True  # "have commits", "may be tests": an -s word after these is a plural noun
        return position > 0 and tokens[position - 1].lower in lx.DETERMINERS

    def _ends_contact_relative(self, tokens: tuple[Token, ...], position: int) -> bool:
        """What: the form of "do" at `position` is the full verb ending a relative clause without "that": a subject
        pronoun before it (with any auxiliaries, "not" and "or" between), and before the pronoun the head the clause
        describes, an indefinite pronoun (copy_verb_forms.yaml `relative_heads`) or a noun after a determiner.
        Why is this bad? The next word opens the main clause ("Nothing you did caused it"); read as the verb after an
        auxiliary it was flagged as "did caused", and the reassurance blocked a correct page.
        Example: "Nothing you did or did not do caused it", "the things we did mattered" and "nothing they could do
        stopped it" are left alone; "We did caused harm" and "The doctor did checked it" are still flagged."""
        if tokens[position].lower not in lx.DO_FORMS:
            return False
        start = position - 1
        while start > 0 and tokens[start].lower in _RELATIVE_CLAUSE_FILLERS:
            start -= 1  # "you did or did not do", "they could do"
        if start < 1 or tokens[start].lower not in lx.SUBJECT_PRONOUNS:
            return False
        head = tokens[start - 1].lower
        if head in self.relative_heads:
            return True
        determiner = tokens[start - 2].lower if start > 1 else ""
        return "NOUN" in lx.classes(head) and determiner in lx.DETERMINERS

    def _likelier_form(self, counts: BigramCounts, tokens, index: int, context: str, groups) -> str | None:
        """The form to suggest when the written one is a form real English almost never puts after
        `context` (its share among the verbs seen there is below `rare_share`): of the forms that
        are common there, the one seen most often after `context`."""
        word = tokens[index].lower
        shares = counts.form_shares.get(context)
        if shares is None:
            return None
        slots = range(len(shares)) if context in self.auxiliaries else _PRESENT_SLOTS
        written = [slot for group in groups for slot, forms in enumerate(group) if word in forms]
        if any(slot not in slots or shares[slot] >= self.rare_share for slot in written):
            return None  # a form that fits here, or a past after a pronoun ("they grew")
        candidates = {
            form for group in groups for slot in slots if shares[slot] >= _COMMON_SHARE for form in group[slot]
        } - {word}
        ranked = sorted(candidates, key=lambda form: (-counts.pair(context, form)[0], form))
        return ranked[0] if ranked else None


# The perfect's auxiliaries negated ("has not", "haven't"): after them a noun object is all but unused in
# current English ("have not time" is archaic), so a base form there is the verb.
_NEGATED_PERFECT = frozenset("hasn't haven't hadn't hasnt havent hadnt".split())
_NEGATIONS = frozenset(("not", "never"))
# Words between a relative clause's subject pronoun and the "do" that ends it: "you did or did not do", "they could do".
_RELATIVE_CLAUSE_FILLERS = lx.AUXILIARIES | _NEGATIONS | frozenset(("or", "and"))


def _negated_perfect_base(tokens: tuple[Token, ...], position: int, index: int, groups) -> bool:
    """What: "has"/"have"/"had" negated ("not", "never", "haven't") before a verb's base form that differs from its
    participle ("have not work" -> "worked", "hasn't help", "had never use").
    Why: the bigram table lists "have work", "has help", "had use" from their noun readings ("have work to do"), so
    the pair alone passed the slip; negation leaves no room for a noun object, and the base form is the verb.
    Example: "if the tablets have not work after a week" -> "worked"; "have not worked", "have no work", "have not
    been" and "haven't time" (a noun the table knows no verb form of) are left alone."""
    auxiliary = tokens[position].lower.replace("’", "'")
    negated = auxiliary in _NEGATED_PERFECT or (
        auxiliary in _PERFECT and any(tokens[k].lower in _NEGATIONS for k in range(position + 1, index))
    )
    if not negated:
        return False
    word = tokens[index].lower
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if "NOUN" in lx.classes(word) and following in _NOUN_COMPLEMENTS:
        return False  # "I haven't time to call", "has not room for": a noun and its "to"/"for"
    return any(word in group[0] and group[3] and word not in group[3] for group in groups)


# Words that follow a noun object of a negated "have" ("haven't time to", "hasn't room for", "haven't money left").
_NOUN_COMPLEMENTS = frozenset("to for of left enough".split())


def _adjective_unattested(context: str, word: str) -> bool:
    """A word that may be an adjective ("record", "clean") is read as a verb form after `context` when the
    bigram table does not list the pair although independence predicts it would, and lists another form of
    the same verb after `context` ("been record" unlisted, "been recorded" listed; "been quiet" is listed)."""
    counts = bigram_counts()
    if counts.pair(context, word)[1] or not counts.absence_is_evidence(context, word):
        return False
    forms = {form for group in counts.verb_forms.get(word, ()) for slot in group for form in slot}
    return any(counts.pair(context, form)[1] for form in forms - {word})


def _dwarfed(counts: BigramCounts, context: str, word: str, groups) -> bool:
    """Another form of the same lexical verb follows `context` `_DWARFED_RATIO` times more often than `word`
    does ("be use" 9.6M, "be used" 4.5G). Not a form of "be" or "have" ("what it has is", "all we had were")."""
    if word in lx.BE_FORMS or word in ("have", "has", "had"):
        return False
    seen = counts.pair(context, word)[0]
    others = {form for group in groups for slot in group for form in slot} - {word}
    return any(counts.pair(context, form)[0] > _DWARFED_RATIO * seen for form in others)


# Determiners and possessives that open a verb's object ("is cause the problem", "have finish a course"); not
# "her" (also an object pronoun) nor "that" (also a conjunction).
_OBJECT_DETERMINERS = frozenset("a an the this these those my your his its our their".split())


def _noun_phrase_opens(tokens: tuple[Token, ...], index: int) -> bool:
    """A noun phrase starts at `index` (a determiner, a possessive, a number, or an adjective or noun that is no
    verb): after "is damage to" it is the object of the noun's "to" ("damage to the skin", "damage to small
    blood vessels"), where a verb would make "to" an infinitive ("is design to help")."""
    if index >= len(tokens) or not (tokens[index].is_word or tokens[index].is_number):
        return False
    word = tokens[index].lower
    if word in lx.DETERMINERS or word in lx.POSSESSIVES or tokens[index].is_number:
        return True
    return bool(lx.classes(word) & {"ADJ", "NOUN"}) and "VERB" not in lx.classes(word)


def _determined_noun(tokens: tuple[Token, ...], index: int) -> bool:
    """The word at `index` closes a noun phrase its determiner or possessive opens, over up to two adjectives,
    nouns that are no verbs or abbreviations in capitals: "the risk to drive", "every prenatal practice to use",
    "contact your GP practice to catch up" (a noun, not a verb taking an -ing form)."""
    position = index - 1
    while position >= max(0, index - 3) and tokens[position].lower not in lx.DETERMINERS:
        word, token = tokens[position].lower, tokens[position]
        abbreviation = token.is_word and len(token.text) > 1 and token.text.isupper() and token.text.isalpha()
        if abbreviation:
            position -= 1
            continue
        if not tokens[position].is_word or not lx.classes(word) & {"ADJ", "NOUN"} or "VERB" in lx.classes(word):
            return False
        position -= 1
    return position >= 0 and tokens[position].lower in lx.DETERMINERS


def _modifies_next_noun(tokens: tuple[Token, ...], index: int) -> bool:
    """An -ing word right before a plural noun ("visiting hours", "waiting lists", "walking aids"): after "has"/"have"
    the two make a compound noun, the object, with the -ing word its modifier, as in "parking spaces". A slipped
    -ing verb there mostly takes a determiner or a pronoun before its object ("has taking the tablets"), which
    is still judged; a bare plural object ("has taking tablets") is given up to keep the compounds."""
    if not tokens[index].lower.endswith("ing") or index + 1 >= len(tokens) or not tokens[index + 1].is_word:
        return False
    return lx.is_plural_noun(tokens[index + 1].lower)


def _object_follows(tokens: tuple[Token, ...], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].lower in _OBJECT_DETERMINERS


def _gerund_of(verb: str) -> str | None:
    """The -ing form of a base verb, from the bigram table's verb forms ("drive" -> "driving")."""
    for group in bigram_counts().verb_forms.get(verb, ()):
        if verb in group[0] and group[4]:
            return group[4][0]
    return None


def _inside_noun_phrase(token: Token) -> bool:
    """A determiner, number, name or adjective/noun modifier that is no verb form ("these", "30",
    "IPC", "US", "new", "hair")."""
    word = token.lower
    if word in _SINGULAR_DETERMINERS:
        return False  # before a plural, "that" is a conjunction: "suggest that supplements reduce"
    if word in lx.DETERMINERS or token.is_number:
        return True
    if token.is_word and len(token.text) > 1 and token.text.isupper() and token.text.isalpha():
        return True  # an abbreviation naming a place or body ("US adults", "UK women"), not the pronoun "us"
    if not token.is_word or lx.is_function_word(word) or lx.third_person_base(word):
        return False
    return bool(lx.classes(word) & {"ADJ", "NOUN"}) or not lx.classes(word)


def _in_dotted_initialism(tokens: tuple[Token, ...], index: int) -> bool:
    """What: a capital letter or the full stop written onto it in a dotted initialism ("U.S.", "U.K."), which names
    a place or body before the noun as "US" does ("1 in 7 U.S. adults has CKD").
    Why is this bad? The full stops ended the noun phrase, so "adults" was read as the subject of "has" and the
    proportion "1 in 7 ... has" was flagged.
    Example: "About 1 in 7 U.S. adults has CKD" is left alone, as "About 1 in 7 US adults has CKD" is."""
    token = tokens[index]
    if token.text == ".":
        before = tokens[index - 1] if index else None
        return before is not None and len(before.text) == 1 and before.text.isupper() and before.end == token.start
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return len(token.text) == 1 and token.text.isupper() and after is not None and after.text == "." \
        and after.start == token.end


def _opens_number(tokens: tuple[Token, ...], index: int) -> bool:
    """ "a"/"an"/"every" before a number: part of the number, not a singular determiner of its own ("one in a
    thousand people has", "one in every five adults has", "about one in a hundred children develops"), so the
    proportion reading ("one in ... has") stands. A number opening the subject ("A hundred people have") is
    still read as the subject."""
    if tokens[index].lower not in ("a", "an", "every") or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    return following.is_number or following.lower in lx.NUMBER_WORDS


def _free_relative_verb(tokens: tuple[Token, ...], start: int, position: int) -> bool:
    """What: "what" right before an -s word that may be a verb ("helps", "works", "matters", "causes"), in a sentence
    that asks nothing: the two make a free relative clause ("what helps", "what works for one person") that is the
    subject of the verb after it, not a determiner and a plural noun.
    Why is this bad? "what" also opens a noun phrase ("what drugs"), so "what helps depends on your symptoms" was read
    as the plural noun "helps" with a singular verb. A question keeps the noun reading: "What drugs works best?" is
    still found.
    Example: "what helps depends on which symptoms bother you", "What works for one person varies" and "Remember that
    what matters is the dose" are left alone; "What drugs works best?", "What tests shows the problem?" and "the
    tests shows" are still found."""
    opener = tokens[start].lower
    return (
        opener == "what"
        and position == start + 1
        and lx.third_person_base(tokens[position].lower) is not None
        and tokens[-1].text != "?"
    )


def _gerund(word: str) -> bool:
    """An -ing verb, or an unknown -ing word ("backporting")."""
    return word.endswith("ing") and ("VERB" in lx.classes(word) or not lx.classes(word))


def _singular_noun(tokens: tuple[Token, ...], index: int) -> bool:
    """A singular noun: not an adjective ("cold compresses") unless a determiner shows it is the
    head ("the cream")."""
    token = tokens[index]
    word = token.lower
    if not token.is_word or lx.is_function_word(word):
        return False
    known = lx.classes(word)
    if "NOUN" not in known or lx.is_plural_noun(word):
        return False
    return "ADJ" not in known or (index > 0 and tokens[index - 1].lower in lx.DETERMINERS)


def _adverb_between(word: str) -> bool:
    """An adverb that may stand between a subject or auxiliary and its verb ("not", "also", "usually",
    "rarely"), not a quantifier ("all", "both") or "then"."""
    return word not in _NOT_BETWEEN and lx.is_adverb(word)


def _verb_reading(tokens: tuple[Token, ...], index: int) -> bool:
    """An -s word that is also a plural noun ("ships", "boosts") counts as a verb only with an object
    or an -ly adverb after it ("boosts your immunity", "ships quickly"), not in a compound ("the
    exports conditions", "test results data")."""
    word = tokens[index].lower
    if not lx.is_plural_noun(word):
        return True
    if index + 1 >= len(tokens) or not tokens[index + 1].is_word:
        return False
    after = tokens[index + 1].lower
    objects = lx.DETERMINERS | lx.POSSESSIVES | lx.OBJECT_PRONOUNS
    return after in objects or (after.endswith("ly") and after != "only" and _adverb_between(after))


def _after_existential_there(tokens, index: int) -> bool:
    """ "there may be", "there has been": a noun phrase follows."""
    return any(token.lower == "there" for token in tokens[max(index - _THERE_WINDOW, 0) : index])


def _perfect_adverb(tokens: tuple[Token, ...], position: int, index: int) -> bool:
    """An adverb of `_PERFECT_ADVERBS` between "has"/"have"/"had" and the word, which is then a verb."""
    return any(tokens[k].lower in _PERFECT_ADVERBS for k in range(position + 1, index))


def _verb_reading_after(tokens: tuple[Token, ...], index: int) -> bool:
    """What follows an -s word makes it a verb: an object opener or a number, an adverb in -ly or the clause's end."""
    if index + 1 >= len(tokens):
        return True
    after = tokens[index + 1]
    if after.is_number:
        return True  # "designed to answers two questions": a counted object
    if not after.is_word:
        return after.text in ".;:!?"
    word = after.lower
    return (
        word in lx.NUMBER_WORDS
        or word in lx.DETERMINERS | lx.POSSESSIVES | lx.OBJECT_PRONOUNS
        or (word.endswith("ly") and lx.is_adverb(word))
    )


# Words after which a new clause (and its subject) opens.
_CLAUSE_OPENERS = frozenset("that which because if when while although though since unless so".split())
_GERUND_CLAUSE_REACH = 8


def _inside_gerund_clause(tokens: tuple[Token, ...], start: int) -> bool:
    """The noun phrase at `start` sits inside a subject that is an -ing clause: the clause (from the sentence start,
    a comma or a clause opener such as "that") opens with a gerund and reaches the noun within a few words
    ("Research shows that taking probiotic yoghurt alongside antibiotics helps", "alternating the two medicines
    every 3 hours brings"). The -s verb agrees with the clause, not with the plural noun inside it. "that patients
    taking statins feels" (the clause opens with its noun) is not this shape."""
    position = start - 1
    while position >= 0 and start - position <= _GERUND_CLAUSE_REACH:
        word = tokens[position]
        if word.text in (",", ";", ":") or word.lower in _CLAUSE_OPENERS:
            return position + 1 < start and _gerund(tokens[position + 1].lower)
        position -= 1
    return position < 0 and start > 0 and _gerund(tokens[0].lower)
