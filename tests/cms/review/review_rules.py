"""Test-only rules, configured through settings (REVIEW_EXTRA_RULES), so the review tests
do not depend on the real rules' heuristics. They are never added to the global registry."""

import re
from collections.abc import Iterable

from validators.document import Document
from validators.findings import Category, Finding, Severity, Suggestion
from validators.registry import Rule


class _PhraseRule(Rule):
    phrases: dict[str, Severity] = {}

    def check(self, document: Document) -> Iterable[Finding]:
        for phrase, severity in self.phrases.items():
            for match in re.finditer(re.escape(phrase), document.text, re.IGNORECASE):
                yield self.finding(document, match.start(), match.end(), f"Test rule: “{phrase}”.",
                                   severity=severity, suggestions=[Suggestion("better", safe=True)])


class MisspellingRule(_PhraseRule):
    """Test rule: "recieve" is a copy error, "utilise" a copy warning.

    Why: an error the editor fixes alone (the workflow sends the page back for it).
    Example: "You will recieve a letter."
    """

    id = "test.misspelling"
    category = Category.COPY
    severity = Severity.ERROR
    phrases = {"recieve": Severity.ERROR, "utilise": Severity.WARNING}


class PromiseRule(_PhraseRule):
    """Test rule: "miracle cure" is a claim error, "may help" a claim warning.

    Why: an error only a reviewer can accept (approve or waive with a reason).
    Example: "This cream is a miracle cure."
    """

    id = "test.promise"
    category = Category.CLAIM
    severity = Severity.ERROR
    phrases = {"miracle cure": Severity.ERROR, "may help": Severity.WARNING}


class CrashingRule(Rule):
    """Test rule that crashes on "CRASH", so the engine reports engine.check-failed.

    Why: the gate must fail closed when a check cannot run.
    Example: any text containing CRASH.
    """

    id = "test.crash"
    category = Category.COPY
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterable[Finding]:
        if "CRASH" in document.text:
            raise RuntimeError("this rule crashed on purpose")
        return []
