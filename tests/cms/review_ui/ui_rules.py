"""Test-only rules for the review UI tests (configured through REVIEW_EXTRA_RULES, never
added to the global registry), so the tests do not depend on the real rules' heuristics."""

import re
from collections.abc import Iterable

from validators.document import Document
from validators.findings import Category, Finding, Severity, Suggestion
from validators.registry import Rule


class _PhraseRule(Rule):
    phrases: dict[str, tuple[Severity, Suggestion | None]] = {}

    def check(self, document: Document) -> Iterable[Finding]:
        for phrase, (severity, suggestion) in self.phrases.items():
            for match in re.finditer(re.escape(phrase), document.text, re.IGNORECASE):
                yield self.finding(document, match.start(), match.end(), f"UI test rule: “{phrase}”.",
                                   severity=severity, suggestions=[suggestion] if suggestion else [])


class TypoRule(_PhraseRule):
    """UI test rule: "recieve" is a copy error with a safe fix; "utilise" a warning with an unsafe one.

    Why: the panel applies safe suggestions with one click, never unsafe ones.
    Example: "You will recieve a letter."
    """

    id = "uitest.typo"
    category = Category.COPY
    severity = Severity.ERROR
    phrases = {
        "recieve": (Severity.ERROR, Suggestion("receive", safe=True)),
        "utilise": (Severity.WARNING, Suggestion("use", safe=False)),
    }


class PromiseRule(_PhraseRule):
    """UI test rule: "miracle cure" is a claim error; "may help" a claim warning.

    Why: claims need a reviewer's decision (approve or waive with a reason).
    Example: "This cream is a miracle cure."
    """

    id = "uitest.promise"
    category = Category.CLAIM
    severity = Severity.ERROR
    phrases = {"miracle cure": (Severity.ERROR, None), "may help": (Severity.WARNING, None)}


class CrashRule(Rule):
    """UI test rule that crashes on "CRASH", so the engine reports engine.check-failed.

    Why: a check that could not run must show in the panel as blocking (fail closed).
    Example: any text containing CRASH.
    """

    id = "uitest.crash"
    category = Category.COPY
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterable[Finding]:
        if "CRASH" in document.text:
            raise RuntimeError("UI test rule crashed on purpose")
        return []
