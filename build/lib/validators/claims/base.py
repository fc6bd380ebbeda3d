"""The base of every claim rule: one shared analysis per document and run."""

from validators.claims.analysis import DocumentClaims, claims_of, forget
from validators.document import Document
from validators.findings import Category
from validators.registry import Rule


class ClaimRule(Rule):
    category = Category.CLAIM

    def prepare(self, documents: list[Document]) -> None:
        # A new run analyses its documents afresh (the first claim rule to check one pays for
        # it, the others reuse it), even when the same Document objects are checked again.
        forget(documents)

    def claims(self, document: Document) -> DocumentClaims:
        return claims_of(document, self.config)
