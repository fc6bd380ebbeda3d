"""Rules of this family; importing this module registers them."""

from validators.copy import (  # noqa: F401
    agreement,
    apposition,
    articles,
    confusables,
    context_words,
    extra_words,
    harper_engine,
    house_style,
    languagetool,
    mechanics,
    missing_auxiliary,
    missing_copula,
    missing_words,
    noun_number,
    possessive_slot,
    spelling,
    structure,
    typography,
    verb_forms,
    word_order,
)
