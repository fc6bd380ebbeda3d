"""Rules of this family; importing this module registers them."""

from validators.copy import (  # noqa: F401
    agreement,
    apposition,
    articles,
    confusables,
    house_style,
    languagetool,
    mechanics,
    noun_number,
    spelling,
)
