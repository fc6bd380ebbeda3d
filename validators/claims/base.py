"""The base of every claim rule: one shared analysis per document and run."""

from validators.claims.analysis import DocumentClaims, claims_of
from validators.claims.matching import compile_regexes
from validators.document import Document
from validators.findings import Category
from validators.registry import Rule


class ClaimRule(Rule):
    category = Category.CLAIM

    def prepare(self, documents: list[Document]) -> None:
        """Before the documents go to a check worker, the regexes of the vocabularies this process has loaded are
        compiled here, once (`matching.compile_regexes`): every worker forked from it inherits them compiled. This
        runs before the documents' time budgets start."""
        if self.config.isolate_checks:
            compile_regexes()

    def claims(self, document: Document) -> DocumentClaims:
        return claims_of(document, self.config)
