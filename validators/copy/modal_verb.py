"""The verb after a modal: a modal ("can", "may", "should", "cannot"), like a negated "do" ("does not", "didn't"),
takes the bare base form, so any other inflection of a verb in that slot is a slip ("can also irritating the stomach",
"may disrupted your sleep", "cannot sat still", "doesn't disrupted"). Read by copy.verb-form for the verbs its
bigram table of verb forms does not hold, and across the quantifiers it does not read between an auxiliary and its
verb ("can all disrupted")."""

from collections.abc import Iterator

from validators.copy import lexicon as lx
from validators.copy.text import Token

# Words that may stand between a modal and its verb besides the mid-sentence adverbs ("can all help").
_MODAL_ADVERBS = 2
# Words before the modal after which the subject follows it ("Only then can ...", "nor can ...").
_INVERTING = frozenset("so nor neither than as only rarely seldom never how what why where when which who".split())
_OBJECT_OPENERS = lx.DETERMINERS | lx.POSSESSIVES | lx.OBJECT_PRONOUNS


def wrong_forms_after_modal(
    tokens: tuple[Token, ...], prepositions: frozenset[str]
) -> Iterator[tuple[int, str, bool]]:
    """(index, base form, after a modal) for each verb form after a modal or a negated "do" (and up to two adverbs)
    that is not the base form; after a modal a participle may also be a passive that lost its "be".

    What it does: after a lower-case modal that is not a noun ("a can of", "the will to") nor inverted (a question,
    "Only then can healing begin"), or after a negated "do" ("does not", "don't"), it reads the word after it and
    its adverbs; a word the lexicon knows as a verb's past or participle, as its -s form (not a plural noun unless
    an object follows) or as its -ing form with an object after it, and never as any verb's base form, is flagged
    with the verb's base form. `prepositions`:
    participles that are prepositions ("as soon as you can given the time": copy_verb_forms.yaml
    `participle_prepositions`).
    Why is this bad? "Gargling can eased the pain" and "the tablets may caused drowsiness" are slips a reader notices
    at once; the bigram table behind copy.verb-form holds only the most common verbs, so rarer ones went unread.
    Example: "can also irritating the stomach" -> "irritate"; "can all disrupted your sleep" -> "disrupt"; "cannot
    sat still" -> "sit"; "can also irritate", "can all disrupt" and "cannot sit" are left alone."""
    if tokens and tokens[-1].text == "?":
        return
    for position in range(len(tokens) - 1):
        modal = position > 0 and _modal(tokens, position)
        if not (modal or _negated_do(tokens, position)):
            continue  # ("does not irritates", "Don't rubbed": "do" in a negation takes the base form too)
        index = position + 1
        while index < len(tokens) - 1 and index - position <= _MODAL_ADVERBS and lx.is_adverb(tokens[index].lower):
            index += 1
        base = _wrong_form(tokens, index, prepositions)
        if base is not None:
            yield index, base, modal


def _modal(tokens: tuple[Token, ...], position: int) -> bool:
    """A lower-case modal that is no noun ("a can of") and stands before its subject in no inversion."""
    modal = tokens[position]
    if modal.lower not in lx.MODALS or modal.is_capitalised:
        return False
    before = tokens[position - 1].lower
    return not (before in lx.DETERMINERS or before in _INVERTING or tokens[0].lower in _INVERTING)


def _negated_do(tokens: tuple[Token, ...], position: int) -> bool:
    """ "don't", "doesn't", "didn't", or "do"/"does"/"did" + "not" (the "not" is then read as an adverb)."""
    word = tokens[position].lower.replace("’", "'")
    if word in lx.NEGATED_DO:
        return True
    return word in lx.DO_FORMS and position + 1 < len(tokens) and tokens[position + 1].lower == "not"


def _wrong_form(tokens: tuple[Token, ...], index: int, prepositions: frozenset[str]) -> str | None:
    """The base form when the word at `index` is a verb form other than the base, in a modal's verb slot."""
    token = tokens[index]
    word = token.lower
    if not token.is_word or token.is_capitalised or lx.is_function_word(word) or word in prepositions:
        return None
    bases = lx.lemmas(word).get("VERB", ())
    if len(bases) != 1 or word in bases or lx.is_base_verb(word):
        return None
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if word.endswith("ing"):
        fits = following in _OBJECT_OPENERS  # "can irritating the stomach": a verb with its object
    elif lx.third_person_base(word):
        fits = not lx.is_plural_noun(word) or following in _OBJECT_OPENERS
    else:
        fits = lx.is_participle(word) or lx.is_only(word, "VERB")
    return bases[0] if fits else None
