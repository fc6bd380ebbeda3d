"""A list of noun phrases joined by "and" that opens the sentence, then an -s verb, for copy.verb-agreement.

"Salt, alcohol and too little exercise all plays a part" -> "play"; "Caffeine, alcohol and late meals also makes
sleep harder" -> "make": two or more subjects joined by "and" are plural, however long the list is."""

from collections.abc import Iterator

from validators.copy import lexicon as lx

# The longest item of the list read, in words ("too little exercise at night").
_LONGEST_ITEM = 6
# Words that make the first subject one of each ("Each patient and carer receives"): a singular list.
_DISTRIBUTIVE = frozenset("each every no any either neither".split())
# Subject pronouns: with one, the words before the verb hold a clause, not a list of noun phrases.
_CLAUSE_PRONOUNS = frozenset("i we they he she".split())
_NOT_IN_SUBJECT = (
    lx.MODALS | (lx.BE_FORMS - {"being"}) | lx.DO_FORMS | lx.SUBORDINATORS | _CLAUSE_PRONOUNS
) | frozenset(("has", "have", "had"))
_DETERMINERS = lx.DETERMINERS | lx.POSSESSIVES
_OBJECT_OPENERS = _DETERMINERS | lx.OBJECT_PRONOUNS | lx.NUMBER_WORDS | frozenset(("most", "many", "more"))
# Words right before an item's noun: after them an -s word is that noun ("and conditions", "some medicines").
_ITEM_OPENERS = _DETERMINERS | frozenset(("and", "or", ","))


def coordinated_subject_verbs(tokens) -> Iterator[tuple[int, str, str]]:
    """(index of the verb, replacement, message) for a sentence opening with a list of subjects joined by "and".

    What it does: the words from the sentence's start to its first -s verb (after "also", "all", "often" ...) must
    form a list of two or more short noun phrases (up to six words each) separated by commas, the last joined by
    "and" (an item may hold "or": "paracetamol or ibuprofen"); then the -s verb wants its base form. Not a list that
    may be one noun phrase: one whose first item opens with a determiner the last lacks ("Our dandelion and senna
    blend"), with an of-phrase the "and" may sit in ("Our team of nurses and pharmacists"), with a capitalised name
    ("The Food and Drug Administration"), opening with an -ing form (an activity and its objects: "Keeping blood
    pressure and cholesterol in range helps"; see `_subject_list`), a preposition or a verb with its object (an
    imperative). Nor a list
    holding a clause (a finite verb, modal, subordinator or subject pronoun; a plural noun before a base verb: "Cases
    rise and fall"). An -s word that is also a plural noun counts as the verb only with its object after it.
    Why is this bad? A long list hides its "and" from the writer, who then agrees the verb with the nearest noun
    ("smoking and stress makes"); readers stumble on it in the advice they are meant to follow.
    Example: "Salt, alcohol and too little exercise all plays a part" -> "play"; "Stress, poor sleep and alcohol
    makes it worse" -> "make"; "Each patient and carer receives a leaflet" (a distributive list), "Rest or ice
    helps" (no "and"), "Our zinc and vitamin C formula contains" and "Salt, alcohol and too little exercise all play
    a part" are left alone."""
    for index in range(3, len(tokens)):
        verb = tokens[index]
        base = lx.third_person_base(verb.lower)
        if base is None or base == "be" or not verb.is_word or verb.is_capitalised:
            continue
        end = index
        while end > 0 and index - end < 2 and lx.is_adverb(tokens[end - 1].lower):
            end -= 1  # "also", "all", "often": after them the -s word is a verb
        if end == index and not _verb_reading(tokens, index):
            continue
        if _subject_list(tokens, end, floating=any(t.lower in ("all", "both") for t in tokens[end:index])):
            yield index, base, f"The subjects joined by 'and' before '{verb.text}' are plural: use '{base}'."
        return  # only the sentence's first -s word can be the verb of a subject that opens it


def _verb_reading(tokens, index: int) -> bool:
    """The -s word at `index` is a verb, not the head noun of the list's last item: no determiner, preposition,
    adjective or separator right before it ("and conditions", "some medicines", "late meals", "without rails"), and
    a word that can open its object after it ("makes it worse", "helps most people", "helps to set"), not a verb,
    a preposition, an adverb or a coordinator that would follow a compound noun ("Diet and exercise tips are",
    "tips for", "tablets make", "screens late")."""
    before = tokens[index - 1].lower
    if before in _ITEM_OPENERS or before in lx.PREPOSITIONS or "ADJ" in lx.classes(before):
        return False
    if index + 1 >= len(tokens) or not tokens[index + 1].is_word:
        return False
    word = tokens[index + 1].lower
    if word == "to":
        return index + 2 < len(tokens) and lx.is_lexical_base_verb(tokens[index + 2].lower)
    if word in _OBJECT_OPENERS:
        return True
    if word in lx.PREPOSITIONS or word in lx.CONJUNCTIONS or "ADV" in lx.classes(word):
        return False
    return not (lx.may_be_finite(word) or lx.is_lexical_base_verb(word))


def _subject_list(tokens, end: int, floating: bool) -> bool:
    """tokens[:end] is a list of two or more short noun phrases, separated by commas, the last joined by "and".
    A list opening with an -ing form counts only as three or more subjects whose second also opens with one
    ("Being overweight, smoking and stress"), or before "all"/"both" (`floating`): else the -ing form's objects may
    be the list ("Keeping blood pressure and cholesterol in range helps"), or two activities one whole ("Taking the
    tablets with food and starting on a low dose reduces")."""
    first = tokens[0]
    if end < 3 or first.lower in _DISTRIBUTIVE or first.lower in lx.PREPOSITIONS:
        return False
    items, item, joined = [], [], False
    for position, token in enumerate(tokens[:end]):
        if token.text == ",":
            if joined or not item:
                return False  # a comma after the "and": a clause or an aside, not the list
            items.append(item)
            item = []
        elif token.lower == "and":
            if joined or not item:
                return False
            items.append(item)
            item, joined = [], True
        elif (token.is_capitalised and position > 0) or not (_subject_word(token) or _such_as(tokens, position)):
            return False
        else:
            item.append(token)
    items.append(item)
    if not joined or not all(0 < len(words) <= _LONGEST_ITEM for words in items):
        return False
    if first.lower.endswith("ing") and not floating and not (len(items) > 2 and _opens_gerund(items[1])):
        return False
    if any(token.lower == "of" and not _opens_gerund(words) for words in items[:-1] for token in words):
        return False  # "Our team of nurses and pharmacists": the "and" may join the of-phrase's nouns
    if items[0][0].lower in _DETERMINERS and items[-1][0].lower not in _DETERMINERS:
        return False  # "Our dandelion and senna blend": the determiner may govern one noun with two modifiers
    if _compound_noun(items[-1]):
        return False  # "Tea and coffee machine cleaning": the "and" may join two modifiers of one noun
    if any(words[0].lower in lx.PREPOSITIONS for words in items):
        return False  # "in changing rooms and around swimming pools": prepositional phrases, no subjects
    if len(items[0]) > 1 and lx.is_lexical_base_verb(first.lower):
        return False  # "Stop taking iron pills and ...": an imperative and its objects
    return not any(_holds_clause(words) for words in items)


def _compound_noun(words) -> bool:
    """The item opens with a singular noun followed by another noun ("coffee machine cleaning"), so a noun before
    the "and" may modify the same head ("Tea and coffee machine cleaning takes")."""
    if len(words) < 2:
        return False
    first, second = words[0].lower, words[1].lower
    modifier = "NOUN" in lx.classes(first) and not lx.is_plural_noun(first) and not first.endswith("ing")
    return modifier and "NOUN" in lx.classes(second)


def _opens_gerund(words) -> bool:
    """The item opens with an -ing form, after "not" if negated ("smoking", "not getting enough sleep")."""
    word = words[1].lower if words[0].lower == "not" and len(words) > 1 else words[0].lower
    return word.endswith("ing")


def _holds_clause(words) -> bool:
    """An item holds a verb of its own: a determiner inside it follows no preposition ("Run the H3", "uses a
    series"; not "late in the evening"), or a
    plural noun stands before a base verb ("Cases rise")."""
    for position in range(1, len(words)):
        word, before = words[position].lower, words[position - 1].lower
        if word in _DETERMINERS and before not in lx.PREPOSITIONS and before not in ("such", "as"):
            return True
        if lx.is_plural_noun(before) and lx.is_lexical_base_verb(word) and "ADJ" not in lx.classes(word):
            return True
    return False


def _subject_word(token) -> bool:
    """A word an item of a subject list may hold: not a finite verb, an auxiliary, a subordinator or a pronoun; an
    -ing form ("using screens") and a participle ("caffeine taken late") may stand in one."""
    word = token.lower
    if not token.is_word or word in _NOT_IN_SUBJECT:
        return False
    if not lx.is_only(word, "VERB") or word.endswith("ing"):
        return True
    return lx.is_participle(word) and not lx.third_person_base(word)


def _such_as(tokens, position: int) -> bool:
    """The "as" of "such as", which opens an example inside an item ("conditions such as gout")."""
    return tokens[position].lower == "as" and position > 0 and tokens[position - 1].lower == "such"
