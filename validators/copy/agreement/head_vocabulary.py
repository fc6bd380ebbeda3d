"""The subject reader's word lists from copy_grammar.yaml (`subject_head` section), built once per configuration."""

from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from pathlib import Path

from validators.vocabulary import load_vocabulary


@dataclass(frozen=True)
class HeadVocabulary:
    """The word lists of copy_grammar.yaml's `subject_head` section, plus the noun lists the rule shares."""

    singular_of_heads: frozenset[str]
    indefinite_plural_heads: frozenset[str]  # "a number of": plural with a plural of-phrase
    plural_of_heads: frozenset[str]  # "all of", "most of": plural with a plural of-phrase
    definite_singular_heads: frozenset[str]  # "the number of": singular after "the" only
    singular_determiners: frozenset[str]
    plural_determiners: frozenset[str]
    prepositions: frozenset[str]
    additive_phrases: tuple[tuple[str, ...], ...]
    adverbs: frozenset[str]
    clause_openers: frozenset[str]
    no_number: frozenset[str]  # collective, invariable and plural-looking singular nouns, "none", "all"
    object_and_verb: frozenset[str]  # "help you and your doctor identify": an object, then a bare verb
    singular_only: frozenset[str] = frozenset()  # "news", "measles": an -s noun that is always singular
    opening_adverbs: frozenset[str] = frozenset()  # "Even mild sunburn raises": read the subject after it
    person_plurals: frozenset[str] = frozenset()  # "people", "patients": an -s word right after one is the verb
    counting_of_heads: frozenset[str] = frozenset()  # "an average of 20 patients": either number
    ing_compound_modifiers: frozenset[str] = frozenset()  # "Teething gels", "Sleeping tablets": a compound
    aside_openers: frozenset[str] = frozenset()  # ", however,", ", if used daily,": an aside between commas
    mass_quantifiers: tuple[tuple[str, ...], ...] = ()  # "some pain", "a little stiffness": an uncounted amount
    binomial_nouns: frozenset[str] = frozenset()  # "wear and tear", "trial and error": one thing

    @classmethod
    def from_grammar(cls, grammar: dict) -> "HeadVocabulary":
        section = grammar["subject_head"]
        return cls(
            frozenset(section["singular_of_heads"]),
            frozenset(section["indefinite_plural_heads"]),
            frozenset(section["plural_of_heads"]),
            frozenset(section["definite_singular_heads"]),
            frozenset(section["singular_determiners"]),
            frozenset(section["plural_determiners"]),
            frozenset(section["phrase_prepositions"]),
            tuple(tuple(phrase.split()) for phrase in section["additive_phrases"]),
            frozenset(section["subject_adverbs"]),
            frozenset(section["clause_openers"]),
            frozenset(grammar["collective_nouns"])
            | frozenset(grammar["plural_form_singular_nouns"])
            | frozenset(grammar["same_plural_nouns"])
            | frozenset(section["no_number_heads"]),
            frozenset(section["object_and_verb_verbs"]),
            frozenset(grammar.get("singular_only_nouns", ())),
            frozenset(section.get("opening_adverbs", ())),
            frozenset(section.get("person_plural_heads", ())) | frozenset(grammar.get("people_plurals", ())),
            frozenset(section.get("counting_of_heads", ())),
            frozenset(section.get("ing_compound_modifiers", ())),
            frozenset(section.get("aside_openers", ())),
            tuple(tuple(phrase.split()) for phrase in section.get("mass_quantifiers", ())),
            frozenset(section.get("binomial_nouns", ())),
        )

    def __hash__(self) -> int:
        return self._hash

    @cached_property
    def clause_start_words(self) -> frozenset[str]:
        """The words after which a clause's subject may open (`clauses._clause_starts`): the clause openers,
        "whose", "but", "so" and "and". A token after any other word (but ";" and ":") opens none."""
        return self.clause_openers | {"whose", "but", "so", "and"}

    @cached_property
    def _hash(self) -> int:
        """The fields' hash, computed once: the rules look their shared subjects up by vocabulary
        for every sentence (`sentence_subjects`)."""
        return hash(tuple(getattr(self, field.name) for field in fields(self)))


@lru_cache(maxsize=8)
def head_vocabulary(vocabulary_dirs: tuple[Path, ...]) -> HeadVocabulary:
    """copy_grammar.yaml's subject vocabulary, built once per configuration (a check run makes its rules
    anew): the rules that share the subjects (`sentence_subjects`) then hold the same instance, which a
    look-up compares by identity, not word by word."""
    return HeadVocabulary.from_grammar(load_vocabulary("copy_grammar", vocabulary_dirs))
