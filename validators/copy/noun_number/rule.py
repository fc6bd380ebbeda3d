"""copy.noun-number: a noun whose number contradicts its determiner: "this medicines", "many patient",
"a lot of patient stop", "a few day", "one of the most common cause", "there is many options",
"there are a small risk"."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.base import SentenceRule
from validators.copy.noun_number.existential import ExistentialChecks
from validators.copy.noun_number.words import _OWNERS, _ends_phrase
from validators.copy.text import TokenizedSentence
from validators.document import Document
from validators.findings import Finding, Severity, Suggestion
from validators.registry import register

# Determiners that want a singular noun, and those that want a plural one. "that" is left out:
# it is also a pronoun and a conjunction ("so that patients ...").
_SINGULAR_DETERMINERS = frozenset("this each every another a an".split())
# Plurals not in -s that the rule knows the singular of ("a bacteria" -> "a bacterium"); "a people" is a word.
_LATIN_PLURALS = frozenset("bacteria criteria phenomena fungi larvae nuclei stimuli bacilli cocci".split())
_PLURAL_DETERMINERS = frozenset("these those many several few various numerous".split())
# Those that also stand alone as pronouns ("these help", "many experience"): a word after them
# that can be a verb is left alone.
_PRONOUN_DETERMINERS = frozenset("these those many several few".split())
# Quantifiers that, with a singular noun, a verb and its object after them, show the noun is the subject
# ("many patient notice an improvement"); "these"/"those" are left out ("those present find that ...").
_SUBJECT_QUANTIFIERS = frozenset("many several few numerous".split())
# Quantifiers that only count ("several", never a pronoun with a participle as "those taking" is).
_COUNTING_QUANTIFIERS = frozenset("many several various numerous".split())
# Quantity nouns that, with "of", count a plural ("a lot of patients stop", "lots of people find"):
# the word before "of" and the one before that ("a") when the phrase needs it.
_QUANTITY_NOUNS_OF = {"lot": "a", "number": "a", "majority": "the", "lots": None, "plenty": None}
_OBJECT_STARTS = lx.DETERMINERS | lx.POSSESSIVES | lx.OBJECT_PRONOUNS | frozenset({"to"})
_LONGEST_PHRASE = 5


@register
class NounNumber(ExistentialChecks, SentenceRule):
    """A noun whose number contradicts its determiner or quantifier.

    What it does: flags a noun whose number does not match its determiner or quantifier ("this",
    "many", "one of the"), and "there is" before a plural.
    Why is this bad? "this medicines" or "many patient" is a slip an editor always corrects; it makes health
    advice look unchecked. The rule needs the noun to be the head of its phrase (not the first
    part of a compound: "many patient groups") and knows nouns that look plural but are not
    ("this series", "each means") from the copy_grammar vocabulary.
    Also "several reading", "Here is the results", "There's three clinics", and a number word from two up
    before a singular count noun ("You will need three injection"; not after a label: "stage three"; not a unit
    whose plural is the same word: "two stone").
    Example: "This medicines should be taken with food" -> "medicine"; "One of the most common
    cause of headaches" -> "causes"; "There is many options" -> "are".
    """

    id = "copy.noun-number"
    severity = Severity.ERROR
    sentence_local = True  # a sentence's findings follow from its words alone (`SentenceRule`)

    def __init__(self, config):
        super().__init__(config)
        grammar = self.vocabulary("copy_grammar")
        self.not_plural = frozenset(grammar["plural_form_singular_nouns"])
        self.collective = frozenset(grammar["collective_nouns"])
        self.idioms = frozenset(grammar["confused_words"]["its_idioms"])
        self.person_adjectives = frozenset(grammar["person_adjective_nouns"])
        self.same_plural = frozenset(grammar["same_plural_nouns"])
        self.counted_same_plural = self.same_plural | frozenset(grammar.get("counted_same_plural_nouns", ()))
        self.labels = frozenset(grammar.get("number_label_nouns", ()))

    def check_sentence(self, document: Document, sentence: TokenizedSentence) -> Iterator[Finding]:
        tokens = sentence.tokens
        number_words, labels = lx.NUMBER_WORDS, self.labels  # a word outside them never counts from two
        for index, token in enumerate(tokens[:-1]):
            word = token.lower
            found = None
            if word in _SINGULAR_DETERMINERS:
                found = self._plural_after_singular(tokens, index)
            elif word in _PLURAL_DETERMINERS:
                found = self._singular_after_plural(tokens, index)
            elif word == "one" and self._one_of(tokens, index):
                found = self._singular_after_one_of(tokens, index)
            elif (counts := word in number_words and self._counts_from_two(tokens, index, labels)) and self._one_of(
                tokens, index
            ):
                found = self._singular_after_one_of(tokens, index)  # "Two of our pharmacist are"
            elif counts:
                found = self._singular_after_count(tokens, index)  # "Two dose are needed"
            elif word == "there" and index + 2 < len(tokens):
                found = self._existential(tokens, index)
            elif word in ("there's", "here's", "here") and index + 2 < len(tokens):
                found = self._contracted_existential(tokens, index)
            elif word == "of" and _counts_a_plural(tokens, index):
                found = self._subject_after_quantity(tokens, index)
            if found is not None:
                position, replacement, message = found
                target = tokens[position]
                yield self.finding(document, target.start, target.end, message, [Suggestion(replacement)])

    def _plural_after_singular(self, tokens, index):
        """ "This medicines": a plural that cannot be a verb ("this helps" is a pronoun and its verb)."""
        noun = tokens[index + 1]
        word = noun.lower
        if not noun.is_word or noun.is_capitalised or word in self.not_plural or not lx.is_plural_noun(word):
            return None
        if not _ends_phrase(tokens, index + 1, third_person_ends=True):  # "each patients gets"
            return None
        if lx.classes(word) & {"ADJ", "ADV"} or (lx.third_person_base(word) and not _modal_after(tokens, index + 1)):
            return None  # "this helps": a pronoun and its verb, unless a modal follows ("this creams can")
        if not word.endswith("s") and word not in _LATIN_PLURALS:
            return None
        singular = lx.lemmas(word).get("NOUN", (None,))[0]
        if not singular or singular == word:
            return None
        return index + 1, singular, f"After '{tokens[index].text}', use the singular: '{singular}'."

    def _singular_after_plural(self, tokens, index):
        """ "These medicine can", "many patient notice": a singular count noun heading the phrase."""
        if index > 0 and tokens[index - 1].lower in ("a", "the", "so", "how", "too", "as") and tokens[index].lower in (
            "few",
            "many",
        ):
            if tokens[index - 1].lower == "a" and tokens[index].lower == "few":
                return self._singular_after_a_few(tokens, index)
            return None  # "the many", "how many": other constructions
        if tokens[index].lower in _SUBJECT_QUANTIFIERS and self._subject_before_verb(tokens, index + 1):
            plural = self._count_plural(tokens, index + 1)
            return index + 1, plural, f"After '{tokens[index].text}', use the plural: '{plural}'."
        position = self._head(tokens, index + 1)
        if position is None:
            return None
        pronoun = tokens[index].lower in _PRONOUN_DETERMINERS and lx.is_base_verb(tokens[position].lower)
        if pronoun and not _modal_after(tokens, position):
            return None  # "these help": a pronoun and its verb, unless a modal follows ("these drop can")
        if tokens[index].lower in _COUNTING_QUANTIFIERS and position == index + 1:
            plural = self._ing_noun_plural(tokens, position)
            if plural is not None:  # "several reading in a row", "many meeting are held"
                return position, plural, f"After '{tokens[index].text}', use the plural: '{plural}'."
        plural = self._count_plural(tokens, position)
        if plural is None:
            return None
        return position, plural, f"After '{tokens[index].text}', use the plural: '{plural}'."

    def _singular_after_a_few(self, tokens, index):
        """ "for a few day": "a few" counts a plural as "few" does; the head must end its phrase. Standing alone,
        "a few" is a pronoun subject: a base verb right after it with the start of an object is its verb ("and a
        few need a second visit", "a few find it hard", "a few want their own copy"), as after a number
        (`_singular_after_count`)."""
        position = self._head(tokens, index + 1)
        if position is None:
            return None
        following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
        if position == index + 1 and lx.is_base_verb(tokens[position].lower) and following in _OBJECT_STARTS:
            return None
        plural = self._count_plural(tokens, position)
        if plural is None or plural == tokens[position].lower:
            return None
        return position, plural, f"After 'a few', use the plural: '{plural}'."

    def _subject_after_quantity(self, tokens, index):
        """ "a lot of patient stop their treatment": after a quantity of a plural, a singular count
        noun followed by a plain verb and its object is the subject and wants the plural."""
        if not self._subject_before_verb(tokens, index + 1):
            return None
        plural = self._count_plural(tokens, index + 1)
        quantity = " ".join(token.text for token in tokens[index - 1 : index + 1])
        return index + 1, plural, f"After '{quantity}', use the plural: '{plural}'."

    def _subject_before_verb(self, tokens, position) -> bool:
        """ "many patient notice an improvement", "several woman need to": a singular noun (not a verb,
        nor an adjective unless it names people) then a plain verb and the start of its object."""
        if position + 2 >= len(tokens):
            return False
        noun, verb = tokens[position], tokens[position + 1]
        word = noun.lower
        if not noun.is_word or noun.is_capitalised or not verb.is_word or word in self.same_plural:
            return False
        known = lx.classes(word)
        if "VERB" in known or "ADJ" in known and word not in self.person_adjectives:
            return False
        if not lx.is_lexical_base_verb(verb.lower) or verb.lower.endswith("ing"):
            return False
        if tokens[position + 2].lower not in _OBJECT_STARTS:
            return False
        plural = self._count_plural(tokens, position)
        return plural is not None and plural != word

    @staticmethod
    def _one_of(tokens, index) -> bool:
        return index + 2 < len(tokens) and tokens[index + 1].lower == "of" and tokens[index + 2].lower in _OWNERS

    def _singular_after_one_of(self, tokens, index):
        """ "One of the most common cause", "Two of our pharmacist": the noun after "N of the" is plural; also
        before a relative clause without its pronoun ("one of the main reason people miss work")."""
        position = self._head(tokens, index + 3)
        if position is None:
            position = self._head_before_reduced_relative(tokens, index + 3)
        if position is None:
            return None
        plural = self._count_plural(tokens, position)
        if plural is None:
            return None
        counted = f"{tokens[index].text.lower()} of {tokens[index + 2].text}"
        return position, plural, f"After '{counted}', use the plural: '{plural}'."

    @staticmethod
    def _head_before_reduced_relative(tokens, start: int) -> int | None:
        """The noun before a relative clause without its pronoun: a subject pronoun or a plural noun, then a
        base verb ("reason people miss", "clinic we run"); adjectives may stand before the noun."""
        position = start
        while position < len(tokens) - 3 and "ADJ" in lx.classes(tokens[position].lower) and (
            tokens[position + 1].is_word and "NOUN" in lx.classes(tokens[position + 1].lower)
        ):
            position += 1  # "the main reason", "the best clinic"
        if position + 2 >= len(tokens) or not tokens[position].is_word or tokens[position].is_capitalised:
            return None
        if "NOUN" not in lx.classes(tokens[position].lower) or lx.is_function_word(tokens[position].lower):
            return None
        subject, verb = tokens[position + 1].lower, tokens[position + 2].lower
        subject_reading = subject in ("we", "you", "they", "i") or (
            lx.is_plural_noun(subject) and not lx.third_person_base(subject)
        )
        return position if subject_reading and lx.is_lexical_base_verb(verb) and not lx.is_plural_noun(verb) else None

    @staticmethod
    def _counts_from_two(tokens, index, labels: frozenset[str]) -> bool:
        """A number from two up that counts ("two", "3", "several"), not a label after a noun or name
        ("stage 3", "Type 2", "level 2") nor part of a range or a date."""
        token = tokens[index]
        word = token.lower
        if word in ("one", "hundred", "thousand", "million") or word not in lx.NUMBER_WORDS:
            return False  # digits are often labels and versions ("C++11 compiler", "the 2003 specification")
        if index == 0:
            return True
        before = tokens[index - 1]
        if before.is_capitalised or before.lower in lx.DETERMINERS or lx.is_only(before.lower, "ADJ"):
            return False  # "Type two", "another two week", "an extra two"
        if before.lower in ("or", "to", "and"):
            return False  # "within a day or two of the stroke", "one to two": a range of an earlier noun
        if before.lower == "in" and index > 1 and tokens[index - 2].lower in ("one", "1"):
            return False  # "a one in four chance", "a 1 in 10 risk": a ratio modifying a singular noun
        return before.lower not in labels and before.text not in ("-", "–", "/")

    def _singular_after_count(self, tokens, index):
        """ "Two dose are needed", "You will need three injection", "3 pharmacy": a number from two up before
        a singular count noun that ends its phrase (not "a two hour wait", "two week course")."""
        position = index + 1
        if position >= len(tokens) or not tokens[position].is_word or tokens[position].is_capitalised:
            return None
        noun = tokens[position].lower
        if "NOUN" not in lx.classes(noun) or lx.is_function_word(noun) or not _ends_phrase(tokens, position):
            return None
        following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
        if following in ("-", "–", "/"):
            return None
        if lx.is_base_verb(tokens[position].lower) and following in _OBJECT_STARTS:
            return None  # "Children under 2 need a lower dose": the clause's verb and its object
        plural = self._count_plural(tokens, position)
        if plural is None or plural == tokens[position].lower or tokens[position].lower in self.counted_same_plural:
            return None
        return position, plural, f"After '{tokens[index].text}', use the plural: '{plural}'."

    def _head(self, tokens, start: int) -> int | None:
        """The head noun of a short noun phrase from `start` (adjectives and adverbs before it), when
        what follows it shows it is the head: no noun after it that it could be modifying."""
        position = start
        while position < len(tokens) and position - start < _LONGEST_PHRASE:
            token = tokens[position]
            if not token.is_word or token.is_capitalised:
                return None
            known = lx.classes(token.lower)
            if "NOUN" in known and not lx.is_function_word(token.lower):
                following = tokens[position + 1] if position + 1 < len(tokens) else None
                word_next = following is not None and following.is_word and not lx.is_function_word(following.lower)
                if not (known & {"ADJ", "ADV"} and word_next):
                    break  # "most common cause", "many other tools": an adjective before the head
            if not known & {"ADJ", "ADV"} or lx.is_function_word(token.lower) and token.lower != "most":
                return None
            position += 1
        else:
            return None
        return position if _ends_phrase(tokens, position) else None

    def _ing_noun_plural(self, tokens, position) -> str | None:
        """The plural of an -ing word that is also a count noun ("reading" -> "readings"), when no object
        follows it: after "many"/"several" with an object it is a participle ("many reading this know")."""
        word = tokens[position].lower
        if not word.endswith("ing") or word not in lx.lemmas(word).get("NOUN", ()):
            return None
        following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
        if following in _OBJECT_STARTS or following in lx.SUBORDINATORS:
            return None
        plural = lx.singular_count_noun(word)
        return plural if plural and lx.is_plural_noun(plural) else None

    def _count_plural(self, tokens, position) -> str | None:
        """The plural of a singular count noun that heads a phrase, else None. A pronoun or another function word
        is never counted ("the majority of them find", "a lot of us have", "lots of those need"): the lexicon lists
        pronouns as nouns, so without this its regular plural ("thems", "uses") was offered."""
        word = tokens[position].lower
        if lx.is_function_word(word):
            return None
        if word in self.collective or word in self.not_plural or word in self.idioms or lx.is_plural_noun(word):
            return None
        if "ADV" in lx.classes(word) or word.endswith("ing") or _past_participle(word):
            return None
        return lx.singular_count_noun(word)


def _counts_a_plural(tokens, index: int) -> bool:
    """Is tokens[index] ("of") the end of a quantity of a plural: "a lot of", "lots of", "a number of"?"""
    if index < 1 or tokens[index - 1].lower not in _QUANTITY_NOUNS_OF:
        return False
    article = _QUANTITY_NOUNS_OF[tokens[index - 1].lower]
    return article is None or (index >= 2 and tokens[index - 2].lower == article)


def _modal_after(tokens, position: int) -> bool:
    """A modal right after the word at `position`: the word is a noun heading the subject, not a verb ("these
    drop can be used", "this creams should"), since a verb is not followed by a modal."""
    return position + 1 < len(tokens) and tokens[position + 1].lower in lx.MODALS


def _past_participle(word: str) -> bool:
    """The past participle of a verb, regular or not: a participle standing for the people it describes is never
    counted ("Among those affected were", "those concerned", "many injured in the crash", "those given a leaflet",
    "those known to the service", "those left behind"), so it takes no plural -s. A participle spelled like its
    verb's base ("cut", "set") is no sign of one, so "those cut" is still judged as a noun."""
    if not (word.endswith("ed") or lx.is_participle(word)):
        return False
    return any(lemma != word for lemma in lx.lemmas(word).get("VERB", ()))
