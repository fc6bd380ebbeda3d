"""Word lists and the phrase-end test shared by the copy.noun-number passes."""


from validators.copy import lexicon as lx

_OWNERS = frozenset("the these those our your their its my his her".split())


def _ends_phrase(tokens, position: int, third_person_ends: bool = False) -> bool:
    """Does the noun at `position` end its phrase? Only when a function word (a modal, "of", "is"),
    a verb that is nothing else, or punctuation follows -- never another content word, which the
    noun may be modifying ("many patient groups", "these medicine bottles")."""
    if position + 1 >= len(tokens):
        return True
    after = tokens[position + 1]
    glued = after.start == tokens[position].end and (
        after.text not in ".,;:!?)" or position + 2 < len(tokens) and tokens[position + 2].start == after.end
    )
    if glued or after.text in ("-", "/", "'", "’", "'s", "’s"):
        return False  # "bindings.h", "hello_macro", "key/value", "week's": a name, a path or a possessive
    if not after.is_word:
        return True
    word = after.lower
    plain_verb = lx.is_only(word, "VERB") and not word.endswith("ing")
    plain_verb = plain_verb and (third_person_ends or lx.third_person_base(word) is None)  # not "these dummy lets"
    return lx.is_function_word(word) or plain_verb
