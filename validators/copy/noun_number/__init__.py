"""copy.noun-number: a noun whose number contradicts its determiner or quantifier.

Modules: `rule` (the rule, the determiner, quantifier and count passes, and the head reading they share),
`existential` ("there is"/"here is" before a plural), `words` (word lists and the phrase-end test).
"""

from validators.copy.noun_number.rule import NounNumber

__all__ = ["NounNumber"]
