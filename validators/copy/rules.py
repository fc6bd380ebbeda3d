"""Rules of this family; importing this module registers them."""

from validators.copy import agreement, apposition, articles, confusables, languagetool, mechanics  # noqa: F401
