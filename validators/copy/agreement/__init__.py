"""copy.verb-agreement: a verb that does not agree with its subject or with the verb it is coordinated with.

Modules: `rule` (the rule and the order of its passes); the passes, one module per shape of subject
(`imperative`, `noun_subject`, `relative`, `pronouns`, `question`, `singular_be`, `singular_subject`,
`gerund_subject`) over
the shared `word_context`; the subject reader (`clauses` -> `subject_reader` -> `inner_clauses` -> `noun_phrase`, with
`phrase_words`, `head_vocabulary`, `verb_slot`) and the verdicts on the verbs after a read subject
(`verb_verdicts`).
"""

from validators.copy.agreement.rule import VerbAgreement

__all__ = ["VerbAgreement"]
