"""copy.verb-agreement pass on a question that opens with its auxiliary: "Does the app works?", "Has your gums
receded?"."""

from validators.copy import lexicon as lx
from validators.copy.agreement.word_context import _PLURAL_FINITE, _SINGULAR_FINITE, _preposition_follows, _verb_follows

_QUESTION_WORDS = frozenset("how why when where what which who".split())
# Auxiliaries that open a question and take a base form: "Does the app work?", "Should you stop?".
_BASE_TAKING_AUXILIARIES = lx.MODALS | lx.DO_FORMS | lx.NEGATED_DO


class QuestionChecks:
    """The pass that reads the subject between a question's auxiliary and its verb."""

    # --- "Does the app works?", "Has your gums receded?" ---------------------------------------
    def _inverted_question(self, tokens):
        """A question that opens with its auxiliary: after "does"/"do"/"did" or a modal and the subject, the
        verb takes its base form ("Does the app works?" -> "work", "Should you stopped?" -> "stop"); "has"/
        "is"/"was"/"does" agree with the subject's head ("Has your gums receded?" -> "Have"). Only sentences
        that end with "?", where the opening auxiliary cannot be an imperative ("Have the test done")."""
        if len(tokens) < 4 or tokens[-1].text != "?":
            return
        opening = 1 if tokens[0].lower in _QUESTION_WORDS else 0  # "How does the tablets work?"
        auxiliary = tokens[opening].lower.replace("’", "'")
        subject = self._question_subject(tokens, opening + 1)
        if subject is None:
            return
        head, verb = subject
        word = tokens[verb].lower
        if auxiliary in _BASE_TAKING_AUXILIARIES:
            base = lx.third_person_base(word)  # the subject's reader ended the phrase there: a verb
            if base is None and lx.is_only(word, "VERB") and not word.endswith("ing") and not lx.past_like_base(word):
                base = next(iter(lx.lemmas(word)["VERB"]), None)  # "Should you stopped", "Did the nurse gave"
            if base is not None and base != word:
                yield verb, base, f"After '{tokens[opening].text}', use the base form: '{base}'."
                return
        noun = tokens[head].lower
        if noun in lx.SUBJECT_PRONOUNS or noun in self.collective or noun in self.not_plural:
            return  # ("Do you keep it dry?": a pronoun's auxiliary is judged by _after_pronoun)
        if tokens[head].is_capitalised:
            return
        certain = lx.is_only(word, "VERB") or lx.is_only(word, "ADJ") or word.endswith("ing")
        following = tokens[verb + 1].text if verb + 1 < len(tokens) else ""
        supported = _verb_follows(tokens, verb) or following == "?" or _preposition_follows(tokens, verb)
        after_plural = lx.is_plural_noun(noun) and head == verb - 1  # "Does the tablets cause": no compound goes on
        do_support = auxiliary in lx.DO_FORMS and lx.is_base_verb(word) and (supported or after_plural)
        ends = opening and word == "?" and auxiliary in lx.BE_FORMS  # "Where is the nearest clinics?"
        if not (certain or do_support or ends):
            return  # the verb or complement must be certain: "Has your gums receded", "Is your skin dry"
        if lx.is_plural_noun(noun) and auxiliary in _SINGULAR_FINITE:
            replacement = _SINGULAR_FINITE[auxiliary]
        elif noun in lx.lemmas(noun).get("NOUN", ()) and lx.singular_count_noun(noun) and auxiliary in _PLURAL_FINITE:
            replacement = _PLURAL_FINITE[auxiliary] if auxiliary != "don't" else "doesn't"
        elif auxiliary == "do" and lx.singular_count_noun(noun) and not lx.is_plural_noun(noun):
            replacement = "does"
        else:
            return
        replacement = replacement if opening else replacement.capitalize()
        auxiliary_text = tokens[opening].text
        message = f"The subject '{tokens[head].text}' does not agree with '{auxiliary_text}': use '{replacement}'."
        yield opening, replacement, message

    def _question_subject(self, tokens, start: int) -> tuple[int, int] | None:
        """(head, verb) of the subject after a question's auxiliary: a pronoun, or a determiner, modifiers and
        a noun; an -s noun before a preposition, an object or "?" ends the phrase as the verb, and so does a
        base form after the noun ("Does the team offer home visits?")."""
        position = start
        if tokens[position].lower in ("you", "we", "they", "i", "it", "he", "she"):
            return (position, position + 1) if position + 1 < len(tokens) - 1 else None
        if tokens[position].lower not in lx.DETERMINERS:
            return None
        position += 1
        head = None
        while position < len(tokens) - 1 and position < start + 7:
            token = tokens[position]
            word = token.lower
            if not token.is_word or lx.is_function_word(word):
                break
            known = lx.classes(word)
            if (
                head is not None
                and lx.third_person_base(word)
                and (
                    _verb_follows(tokens, position)
                    or tokens[position + 1].lower in lx.PREPOSITIONS | lx.SUBORDINATORS
                    or tokens[position + 1].text == "?"
                )
            ):
                break  # "Does the app works without": the -s word is the verb
            if known and not known & {"NOUN", "ADJ"}:
                break
            if head is not None and lx.is_only(word, "ADJ"):
                break
            if head is not None and lx.is_base_verb(word):
                break  # "Does the team offer home visits?": the base form is the verb
            head = position if (not known or "NOUN" in known) else head
            position += 1
        if head is None or position >= len(tokens) or head != position - 1:
            return None
        return head, position
