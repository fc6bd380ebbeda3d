"""copy.verb-agreement pass on "are"/"were" right after a singular noun phrase: "The rash are" -> "is"."""

from validators.copy import lexicon as lx
from validators.copy.agreement.clauses import after_additive
from validators.copy.agreement.phrase_words import time_phrase_end
from validators.copy.agreement.word_context import _LONGEST_NOUN_PHRASE, _modifier
from validators.copy.base import CLAUSE_BREAKS

_SUBJUNCTIVE_MARKERS = frozenset("if though wish wished unless suppose".split())
_SINGULAR_DETERMINERS = frozenset("the a an this each every my your his her its our their".split())


class SingularBeChecks:
    """The pass that flags "are"/"were" after a determined singular noun phrase opening a clause."""

    # --- "The rash are" ------------------------------------------------------------------------
    def _be_after_singular(self, tokens):
        first_marker = next((i for i, t in enumerate(tokens) if t.lower in _SUBJUNCTIVE_MARKERS), len(tokens))
        for index in range(2, len(tokens)):
            verb = tokens[index]
            if verb.lower not in ("are", "were"):
                continue
            noun = tokens[index - 1]
            word = noun.lower
            if not noun.is_word or noun.is_capitalised or word in self.collective or word in self.not_plural:
                continue
            if word.endswith("ing") or lx.is_function_word(word):
                continue  # "the following are", "the parameters that are"
            if word in self.heads.adverbs:
                continue  # "the teeth still are", "the results today are": an adverb after the subject
            nouns = lx.lemmas(word).get("NOUN", ())
            if word not in nouns or lx.is_plural_noun(word) or (word.endswith("s") and word[:-1] in nouns):
                continue  # ("feelings": the lexicon also knows it as the plural of "feeling")
            if lx.singular_count_noun(word) is None and "VERB" in lx.classes(word):
                continue
            if word in lx.PARTICLES and lx.is_participle(tokens[index - 2].lower):
                continue  # "The clauses left out are", "the figures set out are": a participle's particle
            if _time_adverbial_after_verb(tokens, index):
                continue  # "the blood tests that your doctor ordered last week are": "last week" says when
            if "ADJ" in lx.classes(word) and tokens[index - 2].lower in ("most", "least"):
                continue  # "The most common are:": a superlative whose noun is left out, of either number
            determiner = index - 2
            while (
                determiner >= max(index - _LONGEST_NOUN_PHRASE, 0)
                and tokens[determiner].lower not in lx.DETERMINERS
                and _modifier(tokens[determiner].lower)
            ):
                determiner -= 1
            if determiner < 0 or tokens[determiner].lower not in _SINGULAR_DETERMINERS:
                continue
            if lx.is_participle(word) and any(lx.is_plural_noun(t.lower) for t in tokens[determiner + 1 : index - 1]):
                continue  # "The areas most often affected are": a participle after its plural head (a reduced
                # relative clause), not a singular head of its own
            if determiner > 0:
                before = tokens[determiner - 1]
                if not (before.text in CLAUSE_BREAKS or before.lower in lx.SUBORDINATORS or before.lower == "but"):
                    continue  # "the symptoms of the rash are", "X and the rash are"
                if after_additive(tokens, determiner, vocabulary=self.heads):
                    continue  # "The tablets as well as the cream are": the verb agrees with the first head
            if verb.lower == "were" and _subjunctive(tokens, index, first_marker):
                continue  # "if the patient were to stop": the subjunctive
            replacement = "is" if verb.lower == "are" else "was"
            yield index, replacement, f"The subject '{noun.text}' is singular: use '{replacement}'."


def _time_adverbial_after_verb(tokens, index: int) -> bool:
    """What: the two words before "are"/"were" at `index` are an adverbial of time (`time_phrase_end`: "last week",
    "this year", "each day") that follows a verb ("that your doctor ordered last week are", "the patients we saw
    this morning were"): it says when the verb happened and is no subject of "are".
    Why is this bad? "week" was read as the singular subject of "are".
    Example: "The results of the tests that your doctor ordered last week are ready" is left alone; "The rash
    last week are gone." (no verb before the time phrase) and "The rash are gone." are still found."""
    start = index - 2
    if start < 1 or time_phrase_end(tokens, start) != index:
        return False
    before = tokens[start - 1].lower
    return "VERB" in lx.classes(before) and not lx.is_only(before, "NOUN") and lx.may_be_finite(before)


def _subjunctive(tokens, index: int, first_marker: int) -> bool:
    """ "were" after "if", "as though" or "wish", or before "to": not a past tense."""
    if index + 1 < len(tokens) and tokens[index + 1].lower == "to":
        return True
    return first_marker < index
