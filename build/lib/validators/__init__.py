"""The content check engine: plain Python, no Django.

Builds a `Document` (visible text with an offset map back to its source) from HTML,
Markdown, plain text or CMS blocks, runs the registered rules over it and reports
`Finding`s. The CMS and the `python -m validators` command share this engine.
"""

from validators.document import Block, BlockKind, Document, Link, Sentence
from validators.engine import CheckRun, check_documents
from validators.findings import Category, Finding, Severity, Suggestion

ENGINE_VERSION = "0.1.0"

__all__ = [
    "ENGINE_VERSION",
    "Block",
    "BlockKind",
    "Category",
    "CheckRun",
    "Document",
    "Finding",
    "Link",
    "Sentence",
    "Severity",
    "Suggestion",
    "check_documents",
]
