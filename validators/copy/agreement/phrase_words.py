"""Word lists and word tests shared by the subject reader and its verdicts (copy.verb-agreement)."""

import re

from validators.copy import lexicon as lx
from validators.copy.word_frequencies import zipf

SINGULAR, PLURAL = "singular", "plural"


_LONGEST_PHRASE = 30  # tokens of a subject: longer ones are left alone (and keep the walk linear)
_SINGULAR_TO_PLURAL = {
    "is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't",
    "wasn't": "weren't", "hasn't": "haven't",
}
_PLURAL_TO_SINGULAR = {plural: singular for singular, plural in _SINGULAR_TO_PLURAL.items()}
_FINITE_FORMS = frozenset(_SINGULAR_TO_PLURAL) | frozenset(_PLURAL_TO_SINGULAR)
# Words that open a verb's object (not "which"/"that": they also open a relative clause on a noun).
_OBJECT_OPENERS = (lx.DETERMINERS - {"which", "what", "whose", "that", "such"}) | lx.POSSESSIVES | lx.OBJECT_PRONOUNS
_SUBJECT_PRONOUNS = frozenset("i we you they he she".split())
_RELATIVES = frozenset("who that which".split())
# Prepositions that also open a clause with its own subject and verb ("before a period is due", "after the rash
# has gone", "until the pain stops").
CLAUSE_PREPOSITIONS = frozenset("before after until till since".split())
_VERB_CONTEXT = (lx.DETERMINERS - {"such"}) | lx.POSSESSIVES | lx.OBJECT_PRONOUNS | frozenset(
    "to up out off down away back not how what whether best better more less fewer most together again".split()
)
# Adverbs that follow a verb, never a noun: an -s word before them is the verb ("works together").
_ONLY_AFTER_VERBS = frozenset("together again".split())
# Words before which a coordinated verb may continue an infinitive or a question ("to stop and lose").
_CONTINUED_VERB_OPENERS = frozenset("to how what why where when whether".split())
_QUESTION_WORDS = frozenset("how why when where what who whom".split())
# Number words that count ("Two weeks ... is": an amount may take a singular verb); not "one".
_COUNTING_WORDS = lx.NUMBER_WORDS - {"one"}
# Determiners that open a verb's object ("the app record the sounds").
_OBJECT_DETERMINERS = frozenset("a an the my your his its our their".split())
# Words that open a determined noun phrase after an -ing verb ("living with the", "caring for their"): articles and
# every possessive.
ARTICLES_AND_POSSESSIVES = frozenset("a an the".split()) | lx.POSSESSIVES
# Object pronouns that end a prepositional phrase ("on it", "with them"); not "you"/"her" (also a subject or
# a determiner).
_PHRASE_PRONOUNS = frozenset("it them him us me".split())
# Prepositions of time and place that open a sentence before its subject ("During the review the nurse ...").
_OPENING_PREPOSITIONS = frozenset("during after before at in on within throughout by over from".split())
# A noun phrase of time that opens a sentence before its subject ("Last year our clinics ...", "Every spring, the").
_TIME_DETERMINERS = frozenset("last this next every each".split())
# What counts the time nouns after "every"/"each": "every three months", "every few weeks".
_TIME_COUNTS = lx.NUMBER_WORDS | {"few"}
_TIME_NOUNS = frozenset(
    "year week month day morning evening night weekend winter spring summer autumn fall season term".split()
)


def time_phrase_end(tokens, index: int) -> int | None:
    """The index after an adverbial of time opening at `index` ("this winter", "last year", "each day", "every three
    months", "every few weeks"), or None. It may stand between a subject and its verb ("A blood test every three
    months checks the kidneys", "Residents in care homes this winter are offered") and is neither a subject nor
    an object."""
    if index + 1 >= len(tokens) or tokens[index].lower not in _TIME_DETERMINERS:
        return None
    position = index + 1
    counting = tokens[index].lower in ("every", "each")
    if counting and (tokens[position].is_number or tokens[position].lower in _TIME_COUNTS):
        position += 1  # "every three months", "every few weeks"
    if position >= len(tokens):
        return None
    word = tokens[position].lower
    singular = word in _TIME_NOUNS
    plural = position > index + 1 and any(lemma in _TIME_NOUNS for lemma in lx.lemmas(word).get("NOUN", ()))
    return position + 1 if (singular and position == index + 1) or (plural and lx.is_plural_noun(word)) else None
# Words that open a definite noun phrase, and so a new subject after "and"/"so" once the clause has its verb.
_DEFINITE_OPENERS = frozenset("the this these those my your his her its our their".split())
# Particles of a phrasal verb in -ing after a noun ("a tooth coming through", "symptoms flaring up").
_ING_PARTICLES = lx.PARTICLES | frozenset("through in on over around".split())
# Word classes a noun phrase's words may have (one of them).
_NOMINAL_CLASSES = frozenset(["NOUN", "ADJ", "PROPN"])


# Predeterminers before "a"/"the" in a noun phrase ("half an hour", "twice a day", "quite a few").
_PREDETERMINERS = frozenset("half twice quite".split())
# Words whose "'s" is "is" or "us", never a possessive ("it's", "there's", "let's").
_CONTRACTED_STEMS = frozenset("it that there here what who where how let he she everything nothing".split())


def possessive(word: str) -> bool:
    """A noun with its possessive "'s" ("child's", "everyone's"): it stands where a determiner does, before the
    head of the phrase it belongs to ("Your child's temperature rises")."""
    stem = word[:-2]
    if not word.endswith(("'s", "’s")) or not stem.isalpha():
        return False
    return stem not in _CONTRACTED_STEMS and not lx.is_function_word(stem)


def past_form(word: str) -> bool:
    """A word the lexicon knows only as a verb, in a form that is no base, -s or -ing form: a past tense or
    participle ("recorded", "showed", "gave")."""
    verbs = lx.lemmas(word).get("VERB", ())
    if lx.classes(word) != {"VERB"} or word in verbs or word.endswith("ing"):
        return False
    return lx.third_person_base(word) is None


def present_verb_form(word: str) -> bool:
    """What: a word the lexicon knows only as a verb, in its present -s form ("applies", "goes", "visits" is not:
    it is a noun too). After a noun phrase it is the clause's verb, so the word before it is the phrase's head,
    whatever the lexicon lists that word as ("a short questionnaire applies": "questionnaire" only as a verb).
    Why is this bad? "a short questionnaire applies" was read as the subject "short" and its verb "questionnaire".
    Example: "a short questionnaire applies" is left alone; "The nurse check the dressing" is still judged."""
    return word.endswith("s") and lx.is_only(word, "VERB") and lx.third_person_base(word) is not None


def once_of_frequency(tokens, index: int) -> bool:
    """ "once" before "a"/"an"/"every"/"each" says how often ("once a day", "once every week"): an adverbial, not
    the conjunction that opens a clause ("once the swelling goes down")."""
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return tokens[index].lower == "once" and following in ("a", "an", "every", "each")


# Nouns that measure a length of time ("5 years since", "two weeks after", "a few days before").
_DURATION_NOUNS = frozenset(
    "second minute hour day night week fortnight month year decade".split()
) | frozenset("seconds minutes hours days nights weeks fortnights months years decades".split())
# Words that count or size a length of time before its noun ("5 years", "a few days", "several weeks").
_DURATION_COUNTS = lx.NUMBER_WORDS | frozenset("a an few several many some".split())


def preposition_after_duration(tokens, index: int) -> bool:
    """What: a word that is both a preposition and a clause opener ("since", "after", "before", "until") right after
    a length of time: a number or a counting word, then a noun of time ("5 years since", "two weeks after", "a few
    days before").
    Why is this bad? After a length of time the word is a preposition and the noun phrase after it is its object,
    not a clause's subject: "It has been 5 years since your last dose and the wound is deep" was read as the
    clause "since [your last dose and the wound] is" and flagged ("are"), though "and" opens a new clause.
    Example: "10 years since your last booster and the cut is dirty", "two days after the operation and the
    dressing is wet", "a few weeks before the test and the form is ready": no subject opens after the preposition;
    "since your last dose and the booster is due" is still read as a clause's subject."""
    if index < 2 or tokens[index].lower not in CLAUSE_PREPOSITIONS or tokens[index - 1].lower not in _DURATION_NOUNS:
        return False
    count = index - 2
    if tokens[count].lower == "few" and count > 0 and tokens[count - 1].lower in ("a", "very"):
        count -= 1
    return tokens[count].is_number or tokens[count].lower in _DURATION_COUNTS


def _auxiliary(word: str) -> bool:
    return word in _FINITE_FORMS or word in lx.MODALS or lx.is_function_word(word)


def past_adverbs(tokens, position: int) -> int:
    """`position`, or the index after the adverbs that stand there ("and then inspects", "they usually gets")."""
    while position < len(tokens) and lx.is_adverb(tokens[position].lower):
        position += 1
    return position


def counted(tokens, index: int) -> bool:
    """A number in the two words before the noun at `index` ("Six sessions", "10 minutes", "six more months"): an
    amount, often taken as one thing."""
    return any(tokens[k].is_number or tokens[k].lower in lx.NUMBER_WORDS for k in range(max(index - 2, 0), index))


def species_epithet(tokens, index: int) -> bool:
    """The lower-case word at `index` follows a capitalised Latin genus name, unknown to the lexicon or known only
    as a noun ("Propionibacterium acnes", "Streptococcus pneumoniae", "Candida albicans"): the species epithet of a
    binomial name, which is singular however it ends ("pneumoniae" is also read as the plural of "pneumonia"). A
    brand before a common plural ("Imodium capsules is") is no genus, nor a capitalised verb or adjective."""
    if index == 0 or not tokens[index].text.islower():
        return False
    genus = tokens[index - 1]
    if not genus.is_word or not genus.is_capitalised or set(lx.lemmas(genus.lower)) - {"NOUN"}:
        return False
    return _GENUS_ENDING.search(genus.lower) is not None and zipf(tokens[index].lower) < _RARE_EPITHET


# Endings of Latin genus names ("Clostridium", "Streptococcus", "Trichomonas", "Neisseria", "Bordetella", "Candida").
_GENUS_ENDING = re.compile(r"(?:ium|um|us|as|ia|ella|ida|oides)$")
# An epithet is rare as an English word (wordfreq Zipf: "acnes" 1.7, "albicans" 2.3); a product's plural after a
# brand ending like a genus is not ("Imodium capsules" 3.3, "tablets" 3.9).
_RARE_EPITHET = 2.5


# What may join the two ends of a range of numbers ("6 to 11", "21–65"), and what may close a range left open
# ("3 and up", "65 and over").
_RANGE_JOINS = frozenset(["to", "through", "–", "-"])
_OPEN_RANGE_ENDS = frozenset(["up", "over", "older", "above", "under", "younger", "below"])


def range_named_by_noun(tokens, index: int) -> bool:
    """What: the -s word read as the plural subject's verb is also a plural noun, a range of bare numbers follows it
    ("6 to 11", "21–65", "12+", "3 and up") and then a verb's base form, an auxiliary or the end of the phrase: the word
    names the range the people before it fall in ("Children ages 6 to 11 need two doses", "Adults ages 65 and over
    can").
    Why is this bad? "Kids ages 3 and up can get a flu shot" was flagged as "age", a noun read as a verb in -s.
    Example: "Women ages 21–65 should have a Pap test" is left alone; "Appointments lasts 10 to 15 minutes" (a unit
    after the range) and "Kids loves it" are still found."""
    if not lx.is_plural_noun(tokens[index].lower) or index + 3 >= len(tokens) or not tokens[index + 1].is_number:
        return False
    join, end = tokens[index + 2], tokens[index + 3]
    if join.lower in _RANGE_JOINS and end.is_number:
        after = index + 4
    elif join.text == "+":
        after = index + 3
    elif join.lower == "and" and end.lower in _OPEN_RANGE_ENDS:
        after = index + 4
    else:
        return False
    if after >= len(tokens) or not tokens[after].is_word:
        return True
    following = tokens[after].lower
    return following in lx.AUXILIARIES or lx.is_base_verb(following)
