"""copy.confused-words: its/it's, then/than, affects/effects, lose/loose, there/their, "could of"."""

import re
from collections.abc import Iterator
from functools import lru_cache

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.context_words import bigram_counts
from validators.copy.text import Token, TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

_PLAIN_COMPARATIVES = frozenset("more less fewer rather other better worse".split())
_ENDS = frozenset(".,;:!?)")
_LINKERS = frozenset("to that when if because".split())
# Adjectives that only follow a possessive: "its very own".
_POSSESSIVE_ADJECTIVES = frozenset({"own"})
_INTENSIFIERS = frozenset("very so too really quite extremely also still not".split())
_PREDICATE_STARTERS = frozenset("a an the not been being going getting".split())
_ADVICE_NOUN_BEFORE = frozenset("medical expert professional good some any the your our their this for of".split())
_ADVISE_OBJECTS = lx.OBJECT_PRONOUNS | lx.DETERMINERS | frozenset("that against on patients people whether how".split())
# Words that open the object of "led" after have/has/had ("have lead the way" -> "led"), besides "to";
# "have lead pipes" and "lead in the water" keep the metal.
_LED_OBJECTS = frozenset("the a an this these those our their his her its my your us them him me many".split())
# The words this rule knows a look-alike for; every other token is skipped at once.
_TRIGGERS = frozenset(
    "then than its affect affects loosing loose lose there your you're who's "
    "advise breath breathe of wont cant you were lead everyday principle ready effect that".split()
)
# Words after which a clause starts: a possessive "its" there is followed by a noun and then a verb.
_CLAUSE_OPENERS = frozenset(", ; : and but so now if when because".split())
# "cant" and "wont" are words ("as was his wont"), but never before a verb: "wont help" -> "won't".
_CONTRACTION_SLIPS = {"wont": "won't", "cant": "can't"}
# Prepositions after which "you" is an object, so a bare singular noun after it wants "your".
_YOU_OBJECT_PREPOSITIONS = frozenset("to for with about from of at by into onto than".split())
# Of those, the ones that also open a clause whose subject "you" may be ("closer than you think").
_CLAUSE_PREPOSITIONS = frozenset({"than"})
# Words after "everyday" that show it is used as an adverb ("exercise everyday for 30 minutes").
_ADVERBIAL_FOLLOWERS = frozenset("for and or until at in before after with if when to".split())
_ORDINAL_SUFFIX = re.compile(r"st|nd|rd|th")
# Words after which a "loose" right after a modal is the verb "lose" ("can loose weight").
_LOSE_OBJECTS = frozenset("out up weight sleep track time".split())
_OBJECT_WORDS = lx.DETERMINERS | lx.POSSESSIVES | lx.OBJECT_PRONOUNS
_TO_OR_MODAL = lx.MODALS | frozenset({"to", "not"})
_BREATH_NOUN_FOLLOWERS = frozenset("of test tests sounds alcohol freshener mint mints".split())
_BREATH_NOUN_BEFORE = frozenset("a deep your my his her their of short shortness bad fresh one".split())
_BARE_DETERMINERS = frozenset("the an no any".split())
# Words after which "effect" is a verb: a modal, "to", "not", "do".
_EFFECT_VERB_BEFORE = lx.MODALS | lx.DO_FORMS | lx.NEGATED_DO | frozenset("to not".split())
# Function words that open the object of a verb "affect" ("can effect anyone", "may effect how").
_AFFECT_OBJECT_OPENERS = (lx.OBJECT_PRONOUNS | lx.DETERMINERS | lx.POSSESSIVES) - {"a", "an"} | frozenset(
    "anyone everyone someone anybody everybody people how whether what".split())
_MODAL_OR_NOT = lx.MODALS | lx.DO_FORMS | lx.NEGATED_DO | frozenset({"not", "to"})
# Words before a verb that show it is a verb and not a noun: "to improve", "can boost" (but "the increase
# you see", "skin damage you get" use the noun and start a relative clause).
_VERB_OPENERS = _MODAL_OR_NOT | frozenset("it they also help helps".split())
# Before "you're" a relative clause needs "you're" + a predicate, so these also show a verb ("what triggers
# you're attacks"), as long as no adjective follows ("what triggers you're allergic to" uses the noun).
# "What you clean you're welcome to keep": after "you"/"we"/"I" the verb may end a clause missing its object.
_YOURE_VERB_OPENERS = _VERB_OPENERS | frozenset("what which whatever who that and or , ;".split())


def _modifies_noun(tokens, index: int) -> bool:
    """The word at `index` modifies the noun after it ("Your welcome pack arrives", "your pregnant partner",
    "your allergic reaction"): "your" is then the possessive of that noun, not "you are"."""
    if index + 1 >= len(tokens) or not tokens[index + 1].is_word:
        return False
    noun = tokens[index + 1].lower
    if lx.is_function_word(noun) or tokens[index].lower in ("not", "going", "already"):
        return False
    known = lx.classes(noun)
    return "NOUN" in known and not known & {"ADV", "ADJ"}


def _inside_name(sentence: TokenizedSentence, index: int) -> bool:
    """A capitalised word right after another capitalised word, inside a sentence that is no heading: part of a
    name ("LOOP Everyday" in a price table, "Harbour Then & Now"), which is spelled as its owner chose. A
    heading's Title Case capitalises every word ("Its Smooth, Not Chalky"), so there it proves nothing."""
    if index == 0 or sentence.is_heading:
        return False
    token, before = sentence.tokens[index], sentence.tokens[index - 1]
    return token.is_capitalised and before.is_word and before.is_capitalised


@lru_cache(maxsize=8192)
def is_comparative(word: str) -> bool:
    """Is the word "more", "rather", or an -er comparative such as "higher"?"""
    if word in _PLAIN_COMPARATIVES:
        return True
    if not word.endswith("er") or word in ("later", "earlier"):
        return False
    return lx.is_inflected_comparative(word)


@register
class ConfusedWords(SentenceRule):
    """A word confused with its look-alike: its/it's, then/than, affect/effect, loose/lose, their/there and more.

    What it does: the patterns of look-alikes that bigram statistics (copy.word-in-context) miss
    because the telling word is two places away or the pair is too rare to count: "more then 2
    weeks", "side affects", "its important", "if your swimming", "could of", "wont help".
    Pairs the statistics do catch ("it's own", "loose weight", "their are", "weather or not",
    "accept for", "to much", "effected area", "can effect your", "it effects the") are left to
    copy.word-in-context.
    Why is this bad? These pass every spell checker and change the meaning or make the copy
    look careless. Each pattern fires only in a context where the other reading is impossible:
    "its" after a preposition is always possessive ("at its highest", "at its worst").
    Marketing slips of "you" for "your": after a preposition of place a plural thing ("near you eyes", "into
    you ears"; not people: "to you parents"), after a verb that takes a body part ("rub you eye", "rinse you
    mouth"), before an ordinal and a bare count noun ("book you first session"; not a time: "see you next
    week"); after "than", which also opens a clause, a noun that may be a verb is the clause's verb ("closer
    than you think", "sooner than you expect"; "cheaper than you prescription" is flagged). "loose" right
    after a modal, a negated "do" or the "to" of a verb taking an infinitive ("you don't loose a day", "want
    to loose between") is the verb "lose"; "your" before an adjective that
    modifies a noun ("Your welcome pack arrives", "your allergic reaction") stays possessive. "its" before
    adverbs and an adjective that ends the clause is "it's", also in Title Case ("Its never too late", "Its
    completely normal for", "Its Smooth, Not Chalky"); "its potential to", "its completely new formula",
    "its friendly, caring staff" and "its very own" stay possessive.
    A capitalised word right after another capitalised word outside a heading is part of a product or
    business name and is left alone ("LOOP Everyday" in a price table). "rather that" is "rather than" unless it
    states a wish or a correction ("would rather that", "or rather that": `_chosen_rather`); "its worth" before an
    -ing verb is "it's worth" (`_gerund_follows`).
    Example: "more then 2 weeks" -> "than"; "its important to" -> "it's";
    "side affects" -> "side effects"; "wear lose clothing" -> "loose".
    """

    id = "copy.confused-words"
    severity = Severity.ERROR
    trigger_words = _TRIGGERS  # a sentence without one of them has nothing to examine

    def __init__(self, config):
        super().__init__(config)
        words = self.vocabulary("copy_grammar")["confused_words"]
        self.effect_modifiers = frozenset(words["effect_noun_modifiers"])
        self.loose_nouns = frozenset(words["loose_nouns"])
        self.its_idioms = frozenset(words["its_idioms"])
        self.you_are_followers = frozenset(words["you_are_followers"])
        self.comparison_standards = frozenset(words["comparison_standards"])
        self.place_nouns = frozenset(words["place_nouns"])
        self.possessive_object_verbs = frozenset(words["possessive_object_verbs"])
        self.youre_only_verbs = frozenset(words["youre_object_verbs"])
        self.effect_verb_objects = frozenset(words["effect_verb_objects"])
        self.advice_giving_verbs = frozenset(words["advice_giving_verbs"])
        self.you_place_prepositions = frozenset(words["you_place_prepositions"])
        self.you_ordinals = frozenset(words["you_ordinals"])
        self.bare_after_ordinal = frozenset(words["bare_after_ordinal"])
        self.infinitive_verbs = frozenset(words["infinitive_verbs"])
        grammar = self.vocabulary("copy_grammar")
        self.people_nouns = frozenset(grammar["people_plurals"]) | frozenset(
            lx.singular_count_noun(role) or role for role in grammar["care_roles"])

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        self._first_comparative: int | None = None  # found on first need: many "than"s in a sentence stay linear
        for index, token in enumerate(tokens):
            if token.lower not in _TRIGGERS:
                continue
            if _inside_name(sentence, index):
                continue  # "LOOP Everyday", "the Then & Now Clinic": a word of a product or business name
            hit = self._examine(tokens, index, token.lower)
            if hit is not None:
                replacement, message, safe = hit
                if token.text[0].isupper():
                    replacement = replacement[0].upper() + replacement[1:]
                yield self.finding(document, token.start, token.end, message, [Suggestion(replacement, safe=safe)])

    def _examine(self, tokens, index, word):
        previous = tokens[index - 1].lower if index else ""
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        following = after.lower if after is not None else ""
        if word == "then":
            return self._then(tokens, index, after)
        if word == "that":
            if previous == "rather" and not _chosen_rather(tokens, index - 1):
                return "than", "After 'rather', use 'than' ('rather than rubbing').", False
            return None
        if word == "than" and previous in (",", "and") and self._than_means_then(tokens, index, after):
            return "then", "'than' compares; for 'next' or 'after that', use 'then'.", False
        if word == "its":
            return self._its(tokens, index)
        if word in _CONTRACTION_SLIPS and after is not None and following != "to" and lx.is_base_verb(following):
            fix = _CONTRACTION_SLIPS[word]
            return fix, f"Before a verb, '{tokens[index].text}' needs its apostrophe: '{fix}'.", True
        if word == "you":
            return self._you_for_your(tokens, index)
        if word == "your" and self._progressive_after_your(tokens, index):
            return "you're", "'your' is possessive; for 'you are' before a verb in -ing, use 'you're'.", False
        if word == "lead" and previous in ("has", "have", "had") and (following == "to" or following in _LED_OBJECTS):
            return "led", f"The past participle of 'lead' is 'led': '{previous} led {following}'.", following == "to"
        if word == "ready" and previous == "all" and self._already_slot(tokens, index):
            return "already", "'all ready' means 'completely prepared'; for 'by now', write 'already'.", False
        if word == "everyday" and (after is None or after.text in _ENDS or following in _ADVERBIAL_FOLLOWERS):
            return "every day", "'everyday' is an adjective ('everyday life'); as an adverb, write 'every day'.", True
        if word == "principle" and after is not None and self._noun_after_principle(after):
            return "principal", "'principle' is a rule; for 'main', use 'principal'.", False
        if word == "were" and previous in self.place_nouns and self._where_clause(tokens, index):
            return "where", f"'were' after a singular '{tokens[index - 1].text}': for a place, use 'where'.", False
        noun_place = previous in self.effect_modifiers or (
            previous in _BARE_DETERMINERS | lx.POSSESSIVES
            and (following in ("of", "on", "include", "is", "was", "are", "were") or following in lx.MODALS)
        )
        if word in ("affect", "affects") and noun_place:
            replacement = "effect" + word[6:]
            return replacement, f"'{tokens[index].text}' is a verb; the noun is '{replacement}'.", False
        if word == "loosing":
            return "losing", "'loosing' means setting free; for weight, hair or blood use 'losing'.", False
        if word == "loose" and self._verb_slot_for_lose(tokens, index):
            return "lose", "'loose' means 'not tight'; after a modal or 'don't' the verb is 'lose'.", False
        adjective_place = following in self.loose_nouns or previous in ("too", "very", "come", "comes", "came")
        subject_before = (
            previous in lx.SUBJECT_PRONOUNS
            or lx.is_plural_noun(previous)
            or tokens[index - 1].is_number
            or (index > 1 and tokens[index - 1].is_capitalised)
        )  # a subject before the verb: "you lose teeth", "adults in the UK lose teeth"
        if word == "lose" and adjective_place and previous not in _MODAL_OR_NOT and not subject_before:
            return "loose", "'lose' is a verb; for 'not tight' use 'loose'.", False
        follower = following in self.you_are_followers and not _modifies_noun(tokens, index + 1)
        if word == "your" and (follower or _predicative_after_your(tokens, index)):
            return "you're", "'your' is possessive; for 'you are', use 'you're'.", False
        if word == "you're" and after is not None and self._possessive_place(tokens, index + 1):
            return "your", "'you're' means 'you are'; the possessive is 'your'.", False
        if word == "you're" and self._owned_after_youre(tokens, index):
            return "your", "'you're' means 'you are'; after a verb that takes a thing, the possessive is 'your'.", False
        if word == "advise" and (previous in _ADVICE_NOUN_BEFORE) and following not in _ADVISE_OBJECTS:
            return "advice", "'advise' is the verb; the noun is 'advice'.", False
        if word == "advise" and self._given_thing(tokens, index):
            return "advice", "After 'give you' the thing given is the noun 'advice'.", False
        if word == "effect" and previous in _EFFECT_VERB_BEFORE and self._affect_object(tokens, index):
            return "affect", "'effect' as a verb means 'bring about'; for 'have an influence on', use 'affect'.", False
        if word == "there" and previous not in lx.BE_FORMS | lx.MODALS and self._owned_noun(tokens, index + 1):
            return "their", "'there' is a place; the possessive is 'their'.", False
        if word == "who's" and after is not None and self._possessive_place(tokens, index + 1):
            return "whose", "'who's' means 'who is'; the possessive is 'whose'.", False
        if word == "breath" and previous in _TO_OR_MODAL and following not in _BREATH_NOUN_FOLLOWERS:
            return "breathe", "'breath' is the noun; the verb is 'breathe'.", False
        if word == "breathe" and previous in _BREATH_NOUN_BEFORE:
            return "breath", "'breathe' is the verb; the noun is 'breath'.", False
        participle = following == "been" or following.endswith(("ed", "en")) or lx.is_participle(following)
        if word == "of" and previous in ("could", "would", "should", "must", "might", "may") and participle:
            return "have", f"'{previous} of' is a mishearing of '{previous} have'.", False
        return None

    def _given_thing(self, tokens, index) -> bool:
        """ "can give you advise on": a giving verb and its person ("give you", "offer them") leave the
        slot of the thing given, which a verb cannot fill."""
        return (
            index >= 2
            and tokens[index - 1].lower in lx.OBJECT_PRONOUNS
            and tokens[index - 2].lower in self.advice_giving_verbs
        )

    def _affect_object(self, tokens, index) -> bool:
        """ "can effect anyone", "to effect your sleep": "effect" after a modal, "to" or "not" is a verb
        with an object; unless that object is something brought about ("effect change", "effect a
        cure"), the verb meant is "affect". A clause end or a preposition after it ("to effect on")
        proves nothing."""
        if index + 1 >= len(tokens) or not tokens[index + 1].is_word:
            return False
        following = tokens[index + 1].lower
        if following in self.effect_verb_objects:
            return False
        if any(t.lower in self.effect_verb_objects for t in tokens[index + 2 : index + 4] if t.is_word):
            return False  # "effect lasting change", "effect real improvements"
        if following not in _AFFECT_OBJECT_OPENERS and (lx.is_function_word(following) or lx.is_plural_noun(following)):
            return False  # "compared to effect sizes": a noun compound, not a verb and its object
        counts = bigram_counts()
        return not (counts.pair("effect", following)[1] and not counts.pair("affect", following)[1])  # "effect size"

    @staticmethod
    def _progressive_after_your(tokens, index) -> bool:
        """ "if your swimming", "while your taking the tablets", "whether your recovering from": after a
        subordinator, "your" + a verb in -ing that ends the clause, takes an object, or takes a
        preposition in a clause with no finite verb of its own ("if your swimming pool", "if your
        breathing is noisy" and "if your bleeding from the gums stops" are possessives)."""
        if index == 0 or tokens[index - 1].lower not in lx.SUBORDINATORS or index + 1 >= len(tokens):
            return False
        verb = tokens[index + 1].lower
        if not verb.endswith("ing") or "VERB" not in lx.classes(verb):
            return False
        if index + 2 >= len(tokens):
            return True
        after = tokens[index + 2]
        objects = lx.DETERMINERS | lx.OBJECT_PRONOUNS | lx.POSSESSIVES
        if after.lower in lx.PREPOSITIONS - lx.SUBORDINATORS:
            return not _finite_verb_before_clause_end(tokens, index + 3)
        return not after.is_word and after.text in _ENDS or after.lower in objects

    @staticmethod
    def _noun_after_principle(after: Token) -> bool:
        """ "the principle cause": a plain noun right after "principle" (not "principle of", "principle-based")."""
        word = after.lower
        if not after.is_word or after.is_capitalised or lx.is_function_word(word):
            return False
        return lx.is_only(word, "NOUN") or word in ("cause", "reason", "aim", "concern", "risk", "source", "focus")

    @staticmethod
    def _where_clause(tokens, index) -> bool:
        """ "the arm were the shot was given": a clause with its own subject follows, and no "if"/"wish"
        makes "were" a subjunctive ("if the area were the only one")."""
        if index + 1 >= len(tokens) or any(t.lower in ("if", "wish", "though", "unless") for t in tokens[:index]):
            return False
        following = tokens[index + 1].lower
        if following in lx.SUBJECT_PRONOUNS - {"it"}:
            verb = index + 2  # "the clinic were you can register"
        elif following in ("the", "a", "an", "your", "their", "my") and index + 2 < len(tokens):
            noun = tokens[index + 2].lower  # "were the shot was given"; but "were the last to know"
            if "NOUN" not in lx.classes(noun) or lx.is_function_word(noun) or lx.is_adverb(noun):
                return False
            verb = index + 3
        else:
            return False
        if verb >= len(tokens) or not tokens[verb].is_word:
            return False
        if tokens[-1].text == "?":
            return False  # "At the clinic were the nurses trained?": an inverted question
        return tokens[verb].lower in lx.BE_FORMS | lx.MODALS | frozenset(("has", "had"))

    def _owned_after_youre(self, tokens, index) -> bool:
        """ "keep you're home clean", "what triggers you're attacks": "you're" + a noun after a verb that
        takes a thing. "keep"/"protect" never take a "you're" clause; the other verbs can be read as nouns
        ("what triggers you're allergic to"), so they need a noun that is not also an adjective."""
        previous = tokens[index - 1].lower if index else ""
        if previous in self.youre_only_verbs:
            return self._owned_after_object_verb(tokens, index, _YOURE_VERB_OPENERS, adverb_ok=True)
        if previous not in self.possessive_object_verbs or index + 1 >= len(tokens):
            return False
        adjective = "ADJ" in lx.classes(tokens[index + 1].lower)
        return not adjective and self._owned_after_object_verb(tokens, index, _YOURE_VERB_OPENERS, adverb_ok=False)

    def _owned_after_object_verb(self, tokens, index, openers, adverb_ok: bool) -> bool:
        """A verb used as a verb (after "to", a modal, an adverb...), then "you"/"you're" and a noun:
        "may improve you gut health"."""
        if index == 0 or index + 1 >= len(tokens):
            return False
        if index >= 2 and tokens[index - 2].lower not in openers and not lx.is_adverb(tokens[index - 2].lower):
            return False
        after = tokens[index + 1]
        word = after.lower
        if not after.is_word or after.is_capitalised or lx.is_function_word(word) or word.endswith("ing"):
            return False
        known = lx.classes(word)
        if "NOUN" not in known or lx.is_participle(word):
            return False
        return adverb_ok or "ADV" not in known

    def _you_for_your(self, tokens, index):
        """ "talk to you doctor": after a preposition "you" is an object, and a bare singular noun
        cannot follow it (a plural could be a vocative or apposition: "to you doctors")."""
        verb_before = index and tokens[index - 1].lower in self.possessive_object_verbs
        if verb_before and self._owned_after_object_verb(tokens, index, _VERB_OPENERS, adverb_ok=False):
            return "your", "After this verb, 'you' cannot take a noun; the possessive is 'your'.", False
        if index == 0 or index + 1 >= len(tokens):
            return None
        if self._you_before_ordinal(tokens, index):
            return "your", "After an ordinal, 'you' takes no noun ('you first session'): use 'your'.", False
        preposition = tokens[index - 1].lower
        if preposition not in _YOU_OBJECT_PREPOSITIONS and preposition not in self.you_place_prepositions:
            return None
        after = tokens[index + 1]
        word = after.lower
        if not after.is_word or after.is_capitalised or lx.is_function_word(word) or word in self.its_idioms:
            return None
        known = lx.classes(word)
        if "NOUN" not in known or known & {"ADJ", "ADV"} or word.endswith("ing"):
            return None
        if preposition in _CLAUSE_PREPOSITIONS and "VERB" in known:
            return None  # "closer than you think", "sooner than you expect": "you" opens a clause, its verb follows
        if lx.is_plural_noun(word):
            return self._you_before_plural(tokens, index, preposition, word)
        if preposition not in _YOU_OBJECT_PREPOSITIONS:
            return None
        if lx.singular_count_noun(word) is None:
            return None  # "for you alone", "with you today": not a countable thing you own
        if index + 3 < len(tokens) and tokens[index + 3].lower == word:
            return None  # "with you step by step", "to you day after day"
        return "your", "After a preposition, 'you' cannot take a noun; the possessive is 'your'.", False

    def _verb_slot_for_lose(self, tokens, index) -> bool:
        """ "you don't loose a day", "you won't loose your place", "can loose up to 5%", "want to loose between 10
        and 20 pounds": right after a modal, a negated "do" (or "do not") or the "to" of a verb that takes an
        infinitive, "loose" stands where only a verb can, and before an object or "out" it is the
        verb "lose" (the verb "loose", to release, is all but gone from health writing). An adjective after
        a linking verb ("may come loose", "can feel loose", "is not loose") never follows a modal directly."""
        previous = tokens[index - 1].lower if index else ""
        if previous == "to" and index >= 2:
            if tokens[index - 2].lower not in self.infinitive_verbs or index + 1 >= len(tokens):
                return False  # "from tight to loose stools"
            following = tokens[index + 1].lower
            return following not in self.loose_nouns and "ADJ" not in lx.classes(following)
        if previous == "not" and index >= 2:
            previous = tokens[index - 2].lower
            if previous not in lx.DO_FORMS and previous not in lx.MODALS:
                return False  # "the cap is not loose"
        elif previous not in lx.MODALS and previous not in lx.NEGATED_DO:
            return False
        if index + 1 >= len(tokens):
            return False
        after = tokens[index + 1]
        following = after.lower
        if following in _OBJECT_WORDS or following in _LOSE_OBJECTS or after.is_number:
            return True
        return after.is_word and lx.is_only(following, "NOUN") and following not in self.loose_nouns

    def _you_before_ordinal(self, tokens, index) -> bool:
        """ "book you first session", "collect you next box", "to you second dose": "you" + an ordinal + a
        singular count noun with no article is a possessive slot; a second object would need its article
        ("send you a first sample"). Times and set phrases after the ordinal stand bare ("see you next week",
        "call you first thing", "give you first aid")."""
        if index + 2 >= len(tokens) or tokens[index + 1].lower not in self.you_ordinals:
            return False
        noun = tokens[index + 2]
        word = noun.lower
        if not noun.is_word or noun.is_capitalised or word in self.bare_after_ordinal or lx.is_function_word(word):
            return False
        if lx.singular_count_noun(word) is None or not lx.is_only(word, "NOUN"):
            return False
        after = tokens[index + 3].lower if index + 3 < len(tokens) else ""
        return after not in ("of",)  # "the two of you first time ..." is not read

    def _you_before_plural(self, tokens, index, preposition: str, word: str):
        """ "near you eyes", "into you ears", "on you hands": after a preposition of place "you" is an
        object, and a plural thing cannot follow it; a plural naming people may be a vocative or an
        apposition ("to you parents", "for you runners"), a plural that is also a verb may start a clause
        ("what matters to you costs the same"), so neither is judged."""
        if preposition not in self.you_place_prepositions or word in self.people_nouns:
            return None
        if word.endswith(("ers", "ors", "ists", "ians", "ees", "ents")):
            return None
        following = tokens[index + 2].lower if index + 2 < len(tokens) else ""
        if following in ("who", "that", "all", "both") or (lx.third_person_base(word) and following in _OBJECT_WORDS):
            return None  # "what matters to you costs the same": an -s verb with its object
        return "your", "After a preposition, 'you' cannot take a plural noun; the possessive is 'your'.", False

    def _owned_noun(self, tokens, index) -> bool:
        """A plain noun right after "there": "patients and there families", or an ordinal: "there 15th birthday"."""
        if index + 1 < len(tokens) and tokens[index].is_number and _ORDINAL_SUFFIX.fullmatch(tokens[index + 1].lower):
            return tokens[index].end == tokens[index + 1].start  # "15th" is read as "15" and "th"
        if index >= len(tokens) or not tokens[index].is_word or tokens[index].is_capitalised:
            return False
        word = tokens[index].lower
        return lx.is_only(word, "NOUN") and not lx.is_function_word(word) and word not in self.its_idioms

    def _possessive_place(self, tokens, index) -> bool:
        """A noun that cannot follow "you are": "you're doctor" (but "you're patients who ...")."""
        word = tokens[index].lower
        known = lx.classes(word)
        if not tokens[index].is_word or tokens[index].is_capitalised or lx.is_function_word(word):
            return False
        if "NOUN" not in known or known & {"ADJ", "ADV"} or word.endswith("ing") or word in self.its_idioms:
            return False
        after = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        return after not in ("who", "that", "and", "or", ",", ".", "!", "?")

    def _than_means_then(self, tokens, index, after: Token | None) -> bool:
        """Is this "than" a slip for "then" (", than apply"): no comparative before, a verb after?"""
        if after is None or not after.is_word or not lx.is_base_verb(after.lower):
            return False
        if self._first_comparative is None:
            self._first_comparative = next(
                (i for i, token in enumerate(tokens) if is_comparative(token.lower)), len(tokens))
        return self._first_comparative > index

    def _then(self, tokens, index, after: Token | None):
        if after is None or after.text in _ENDS:
            return None
        following = after.lower
        pronoun_after = following in lx.SUBJECT_PRONOUNS
        if _preference_before(tokens, index):
            return "than", "After 'rather', use 'than'.", False
        if following in lx.BE_FORMS and self._comparative_be_participle(tokens, index):
            return "than", f"After the comparative '{tokens[index - 1].text}', use 'than'.", False
        if following in lx.MODALS or following in lx.BE_FORMS:
            return None
        if not pronoun_after and after.is_word and (lx.is_base_verb(following) or lx.third_person_base(following)):
            return None  # "feel better then stop": "then" as "next"
        for distance in (1, 2, 3):
            position = index - distance
            if position < 0:
                return None
            word = tokens[position].lower
            if not tokens[position].is_word:
                return None
            if is_comparative(word):
                if distance > 1 and word not in ("more", "less", "fewer"):
                    return None
                if pronoun_after and distance != 2:
                    return None  # "feel better then you can go": "then" as "next"; but "more common then you think"
                safe = distance == 1 and word in ("more", "less", "fewer", "rather", "other")
                return "than", f"After the comparative '{tokens[position].text}', use 'than'.", safe
            if lx.is_function_word(word) or lx.third_person_base(word) or lx.is_base_verb(word):
                return None
        return None

    @staticmethod
    def _progressive_after_its(tokens, index) -> bool:
        """ "its bothering you", "its getting worse": an -ing verb taking an object or a comparative
        (a possessive "its" is followed by a noun: "its healing properties")."""
        if index + 1 >= len(tokens) or not tokens[index].lower.endswith("ing") or not tokens[index].is_word:
            return False
        if "VERB" not in lx.classes(tokens[index].lower):
            return False
        after = tokens[index + 1].lower
        return after in lx.OBJECT_PRONOUNS or after in ("worse", "better", "harder", "easier", "bigger", "smaller")

    def _comparative_be_participle(self, tokens, index) -> bool:
        """ "smaller then was first reported", "more then is needed": a comparative right before, and
        "was"/"is" + (adverb) + a word naming the standard of comparison after ("got worse then was
        treated" is "next")."""
        if index == 0 or not is_comparative(tokens[index - 1].lower):
            return False
        position = index + 2
        if position < len(tokens) and (lx.is_adverb(tokens[position].lower) or tokens[position].lower == "first"):
            position += 1
        return position < len(tokens) and tokens[position].lower in self.comparison_standards

    @staticmethod
    def _already_slot(tokens, index: int) -> bool:
        """ "have all ready used", "all ready taken": "all ready" after have/has/had or before a past
        participle stands where the adverb "already" does ("We are all ready for you" passes)."""
        before = tokens[index - 2].lower if index > 1 else ""
        after = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        bases = lx.lemmas(after).get("VERB", ())
        participle = lx.is_participle(after) and lx.is_only(after, "VERB") and after not in bases
        return before in ("has", "have", "had", "i've", "we've", "you've", "they've") or participle

    def _its(self, tokens, index):
        if index + 1 >= len(tokens):
            return None
        following = tokens[index + 1].lower
        if following in _PREDICATE_STARTERS:
            return "it's", "'its' is possessive; for 'it is' or 'it has', use 'it's'.", False
        if self._progressive_after_its(tokens, index + 1):
            return "it's", "'its' is possessive; for 'it is' before a verb in -ing, use 'it's'.", False
        clause_start = index == 0 or tokens[index - 1].lower in _CLAUSE_OPENERS
        time_to = following == "time" and index + 2 < len(tokens) and tokens[index + 2].lower in ("to", "for")
        if clause_start and time_to:
            return "it's", "'its time to' should be 'it's time to' (it is time).", False
        if following == "worth" and _gerund_follows(tokens, index + 2):
            return "it's", "'its worth' + an -ing verb is 'it's worth' (it is worth doing).", False
        if index > 0 and tokens[index - 1].lower in lx.PREPOSITIONS - lx.SUBORDINATORS:
            return None  # "at its highest", "at its best": after a preposition a superlative is a noun
        if clause_start and _passive_after_its(tokens, index + 1):
            return "it's", "'its' is possessive; for 'it is' before a past participle, use 'it's'.", False
        return self._its_predicate(tokens, index + 1)

    @staticmethod
    def _its_predicate(tokens, position: int):
        """ "Its never too late.", "Its completely normal for", "Its Smooth, Not Chalky": after "its", past
        adverbs, an adjective (or two joined by "and"/"or") that ends the clause is a predicate, so "its"
        is "it's". A possessive "its" needs a noun: a word that may be a noun counts as the adjective only
        after an adverb ("its completely normal", not "its potential to") or when real English never puts it
        after "its" although it would were the two independent, and often after "is" ("Its quick to book",
        "Its safe for"), and a noun after the adjective ("its completely new formula") keeps the possessive."""
        adverbs = False
        while position < len(tokens) and (
            tokens[position].lower in _INTENSIFIERS or lx.is_only(tokens[position].lower, "ADV")
        ):
            adverbs = adverbs or tokens[position].lower != "very"  # "its very own"
            position += 1
        while position < len(tokens):
            adjective = tokens[position].lower
            known = lx.classes(adjective)
            if "ADJ" not in known or adjective in _POSSESSIVE_ADJECTIVES:
                return None
            if "NOUN" in known and not adverbs and not _predicate_by_counts(adjective):
                return None  # "its potential to", "its right to": the word may be the possessive's noun
            end = position + 1
            if end + 1 < len(tokens) and tokens[end].text == "," and _modifier(tokens[end + 1].lower):
                return None  # "its friendly, caring staff": adjectives listed before their noun
            if end == len(tokens) or tokens[end].text in _ENDS or tokens[end].lower in _LINKERS | {"for"}:
                return "it's", "'its' is possessive; for 'it is', use 'it's'.", False
            if tokens[end].lower not in ("and", "or"):
                return None
            position, adverbs = end + 1, True  # "Its Easy And Quick": a second adjective, a predicate as well
        return None


# Marks that end a clause: a preference's "rather" before one does not reach past it.
_CLAUSE_MARKS = frozenset(",;:.!?()")


def _gerund_follows(tokens, position: int) -> bool:
    """What: the word at `position` is a verb's -ing form, after "its worth": "its worth keeping a record" is "it is
    worth keeping", since a possessive "its worth" (its value) is the subject or object of a verb of its own.
    Why: "so its worth asking your pharmacist" passed; the -ing word after "worth" shows the "it is" reading.
    Example: "its worth keeping a record" -> "it's"; "its worth is hard to judge" and "proved its worth in trials"
    are left alone."""
    if position >= len(tokens) or not tokens[position].is_word:
        return False
    word = tokens[position].lower
    return word.endswith("ing") and word not in lx.lemmas(word).get("VERB", ()) and "VERB" in lx.classes(word)


def _chosen_rather(tokens, rather: int) -> bool:
    """What: the "rather" at `rather` states a wish ("would rather that", "'d much rather that") or corrects what went
    before ("or rather that part"), after which "that" is right; any other "rather that" is a slip of "rather than".
    Why: "Smooth the cream on rather that rubbing it in" is a real-word slip no spell checker sees.
    Example: "rather that rubbing" -> "than"; "I would rather that you rang first", "We'd much rather that" and "or
    rather that part of it" are left alone."""
    before = [token.lower for token in tokens[max(0, rather - 2) : rather]]
    return any(word in ("would", "had", "or") or word.endswith(("'d", "’d")) for word in before)


def _preference_before(tokens, index: int) -> bool:
    """A preference the "then" at `index` completes: "rather" right before it ("rebook you rather then give"),
    or "would rather"/"'d rather" earlier in the same clause ("We'd rather be honest then sell you"). Both
    take "than"; "rather" alone further back grades an adjective ("rather slow, then faster")."""
    if index and tokens[index - 1].lower == "rather":
        return True
    for position in range(index - 1, 0, -1):
        if tokens[position].text in _CLAUSE_MARKS:
            return False
        if tokens[position].lower == "rather":
            before = tokens[position - 1].lower
            return before in ("would", "had") or before.endswith(("'d", "’d"))
    return False


def _predicate_by_counts(word: str) -> bool:
    """A word that may be a noun reads as the adjective of "it is" when the bigram table never lists it after
    "its" although independence predicts it would, yet lists it after "is" ("is quick", "is safe"; "its
    potential" and "its right" are listed, so those stay possessive)."""
    counts = bigram_counts()
    if f"its {word}" in counts.bigrams or not counts.absence_is_evidence("its", word):
        return False
    return counts.pair("is", word)[1]


# Words after a predicative adjective that show it has no noun to modify: "your confident with it".
_AFTER_PREDICATIVE = frozenset("with to that about of whether if even enough for at".split())


def _predicative_after_your(tokens, index: int) -> bool:
    """ "your confident with", "your eligible even if": after "your", a word the lexicon knows only as an
    adjective, followed by a preposition or a clause rather than a noun, is a predicate ("you are
    confident"), not a modifier. Not "your own", nor a comparative or superlative ("your best to")."""
    if index + 2 >= len(tokens):
        return False
    adjective, after = tokens[index + 1].lower, tokens[index + 2].lower
    if adjective == "own" or adjective.endswith("est") or lx.is_inflected_comparative(adjective):
        return False
    return lx.is_only(adjective, "ADJ") and after in _AFTER_PREDICATIVE


def _finite_verb_before_clause_end(tokens, start: int) -> bool:
    """A form of be/have/do, a modal or a verb in -s between `start` and the next clause mark; a word in
    -s right after a determiner or a preposition is a plural noun ("from the gums")."""
    for position in range(start, len(tokens)):
        token, word = tokens[position], tokens[position].lower
        if not token.is_word and token.text in _ENDS:
            return False
        if word in lx.AUXILIARIES:
            return True
        previous = tokens[position - 1].lower
        noun_slot = previous in lx.DETERMINERS | lx.POSSESSIVES | lx.PREPOSITIONS
        if lx.third_person_base(word) and "VERB" in lx.classes(word) and not noun_slot:
            return True
    return False


def _modifier(word: str) -> bool:
    """A word that may modify a noun: an adjective or a participle ("caring", "trusted")."""
    return "ADJ" in lx.classes(word) or word.endswith(("ing", "ed")) and "VERB" in lx.classes(word)


def _passive_after_its(tokens, index: int) -> bool:
    """ "Its caused by", "its needed for": a word the lexicon knows only as a verb's past participle,
    then a preposition, "to" or the end of the clause, is a passive ("it is caused by"); before its
    noun ("its reduced dose") the participle is an adjective and "its" a possessive."""
    word = tokens[index].lower
    bases = lx.lemmas(word).get("VERB", ())
    if not lx.is_only(word, "VERB") or not lx.is_participle(word) or not bases or word in bases:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is None or not following.is_word or following.lower in lx.PREPOSITIONS
