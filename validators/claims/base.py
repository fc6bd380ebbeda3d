"""The base of every claim rule: one shared analysis per document and run."""

from validators.claims.analysis import DocumentClaims, claims_of
from validators.document import Document
from validators.findings import Category
from validators.registry import Rule


class ClaimRule(Rule):
    category = Category.CLAIM

    def claims(self, document: Document) -> DocumentClaims:
        return claims_of(document, self.config)
