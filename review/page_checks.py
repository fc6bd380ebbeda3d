"""Checks on a page's fields rather than its text, stored and gated like the engine's findings.

`page.medical-review`: an article names the clinician who reviewed it and when. Readers are
told who checked the medical content; an article with neither shown could go live looking
unreviewed. Each missing field is a finding (severity from `REVIEW_MEDICAL_REVIEW`, default
"error", so publishing is blocked until it is filled in, or a reviewer waives it with a reason;
None turns the check off). Only gated pages (articles) are checked.
"""

import hashlib

from review import conf
from review.gate import is_gated
from validators.findings import Category, Finding, Severity, SourceLocation

MEDICAL_REVIEW = "page.medical-review"
REQUIRED_FIELDS = {
    "medical_reviewer": "No medical reviewer is named: add the clinician who reviewed this article "
                        "(Medical review → Medical reviewer) before it is published.",
    "last_reviewed": "No date of the last medical review: add it (Medical review → Last reviewed) before the "
                     "article is published.",
}


def page_findings(page) -> list[Finding]:
    """Findings about the page's fields (located at the field, with a fingerprint per field)."""
    severity = conf.medical_review_severity()
    if severity is None or not is_gated(page):
        return []
    return [
        Finding(rule=MEDICAL_REVIEW, category=Category.CLAIM, severity=Severity(severity), message=message,
                start=0, end=0, excerpt=_label(page, name), sentence="", source=SourceLocation(name, 0),
                details={"field": name},
                fingerprint=hashlib.sha256(f"{MEDICAL_REVIEW}\x1f{name}".encode()).hexdigest()[:20])
        for name, message in REQUIRED_FIELDS.items()
        if not getattr(page, name, None)
    ]


def _label(page, name: str) -> str:
    """The empty field, as the editor sees it named ("Medical reviewer")."""
    return str(page._meta.get_field(name).verbose_name).capitalize()


def signature(findings: list[Finding]) -> str:
    """What the page checks found, for the run's content hash: filling in a field re-checks."""
    return "|".join(f"{finding.fingerprint}:{finding.severity}" for finding in findings)
