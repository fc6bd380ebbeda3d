"""The one type every rule reports: a `Finding`."""

import hashlib
import re
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # blocks publishing
    WARNING = "warning"  # needs a reviewer's decision
    INFO = "info"  # a note; never blocks

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


class Category(StrEnum):
    COPY = "copy"
    CLAIM = "claim"
    LINK = "link"


@dataclass(frozen=True)
class Suggestion:
    """A replacement for the flagged excerpt. `safe` means applying it needs no judgement."""

    replacement: str
    safe: bool = False


@dataclass(frozen=True)
class SourceLocation:
    """Where a visible-text offset came from: `origin` names the source (a file, or a
    CMS block path such as ``body.3.value``), `offset` is the character offset in it."""

    origin: str
    offset: int
    line: int | None = None
    column: int | None = None


@dataclass
class Finding:
    rule: str
    category: Category
    severity: Severity
    message: str
    start: int
    end: int
    excerpt: str
    sentence: str
    suggestions: tuple[Suggestion, ...] = ()
    url: str | None = None
    resolved_url: str | None = None
    source: SourceLocation | None = None
    fingerprint: str = ""
    details: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        data = {
            "rule": self.rule,
            "category": str(self.category),
            "severity": str(self.severity),
            "message": self.message,
            "excerpt": self.excerpt,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "suggestions": [s.replacement for s in self.suggestions],
            "safe_suggestions": [s.replacement for s in self.suggestions if s.safe],
            "fingerprint": self.fingerprint,
        }
        if self.url is not None or self.category == Category.LINK:
            data["url"] = self.url
            data["resolved_url"] = self.resolved_url
        if self.source is not None:
            data["source"] = {
                "origin": self.source.origin,
                "offset": self.source.offset,
                "line": self.source.line,
                "column": self.source.column,
            }
        if self.details:
            data["details"] = self.details
        return data


_SPACE = re.compile(r"\s+")


def _normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def assign_fingerprints(findings: list[Finding]) -> None:
    """Give each finding a fingerprint built from what it is about, not where it is.

    The review workflow keys approvals and waivers on it, so it must survive edits
    elsewhere in the document (offsets change) and lapse when the flagged sentence
    itself changes. Identical findings in identical sentences are told apart by
    their order of occurrence.
    """
    seen: dict[tuple, int] = {}
    for finding in sorted(findings, key=lambda f: (f.start, f.end, f.rule)):
        key = (finding.rule, _normalise(finding.sentence), _normalise(finding.excerpt), finding.url or "")
        if finding.details.get("failed_rule"):
            # An approved failure of one rule must not carry over to another rule's failure.
            key += (finding.details["failed_rule"],)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        payload = "\x1f".join((*key, str(occurrence)))
        finding.fingerprint = hashlib.sha256(payload.encode()).hexdigest()[:20]
