"""copy.harper: grammar and word choice from Harper, Automattic's offline grammar checker (harper-py)."""

import threading
from collections.abc import Iterator

from validators.document import Document
from validators.findings import Category, Finding, Severity, Suggestion
from validators.registry import Rule, register

_DIALECTS = {"en-US": "AMERICAN", "en-GB": "BRITISH"}
MAX_SUGGESTIONS = 5


class HarperLinters:
    """One Harper linter per dialect and lint configuration for the whole process.

    Building a linter takes about a second (its curated dictionary), so it is built once, by the
    rule's prepare(): in the engine's process, before it forks its check workers, so they start
    with it built (a linter being built in a thread would not exist in a forked worker). A linter
    is not thread-safe, so every use holds its lock.
    """

    _lock = threading.Lock()
    _built: dict[tuple, tuple[threading.Lock, object]] = {}

    @classmethod
    def get(cls, dialect: str, off_rules: frozenset[str]) -> tuple[threading.Lock, object]:
        key = (dialect, off_rules)
        with cls._lock:
            if key not in cls._built:
                cls._built[key] = (threading.Lock(), cls._build(dialect, off_rules))
            return cls._built[key]

    @staticmethod
    def _build(dialect: str, off_rules: frozenset[str]):
        import harper  # here: importing and building cost nothing until the rule runs

        linter = harper.Linter(getattr(harper.Dialect, _DIALECTS[dialect]))
        config = linter.get_default_lint_config()
        config.update({name: False for name in off_rules if name in config})
        linter.set_lint_config(config)
        linter.lint("Warm up.", language="plaintext")
        return linter


@register
class HarperCheck(Rule):
    """Grammar, agreement and word choice found by Harper, a second grammar engine.

    What it does: runs Harper (Automattic's offline grammar checker, written in Rust) over the
    document's visible text in the site's dialect and reports its lints of the kinds
    validators/data/copy_harper.yaml switches on, with that file's severity per kind; Harper's
    spelling, formatting and style lints and the rules that fired on clean edited articles are off.
    Why is this bad? Harper's hundreds of hand-checked rules cover errors the built-in rules do not
    ("then" for "than" after a comparative, "a" before a vowel sound, doubled words), and it needs
    no Java server. The Harper rule name is in `details`.
    Example: "It absorbs more easily then the tablets." -> Harper's ThenThan: "than".

    Off unless the rule's option `enabled` is true (`[tool.validators.rules."copy.harper"]
    enabled = true`): building Harper's dictionary takes over a second per process and linting
    runs well past the engine's 20 ms per 1,000 words, so it suits a long-lived CMS process that
    can afford it, not the default CLI run.
    """

    id = "copy.harper"
    category = Category.COPY
    severity = Severity.ERROR

    def __init__(self, config):
        super().__init__(config)
        mapping = self.vocabulary("copy_harper")
        self.kind_severity = {kind: value for kind, value in mapping["kind_severity"].items() if value != "off"}
        self.off_rules = frozenset(mapping["off_rules"])
        self.enabled = bool(self.options.get("enabled", False))

    def prepare(self, documents: list[Document]) -> None:
        if self.enabled:
            HarperLinters.get(self.config.dialect, self.off_rules)

    def check(self, document: Document) -> Iterator[Finding]:
        if not self.enabled:
            return
        lock, linter = HarperLinters.get(self.config.dialect, self.off_rules)
        with lock:
            organized = linter.organized_lints(document.text, language="plaintext")
        for harper_rule, lints in organized.items():
            for lint in lints:
                severity = self.kind_severity.get(lint.lint_kind)
                if severity is None or lint.span.is_empty():
                    continue
                replacements = dict.fromkeys(s.replacement_text for s in lint.suggestions if s.kind == 0)
                suggestions = [Suggestion(text) for text in list(replacements)[:MAX_SUGGESTIONS]]
                yield self.finding(
                    document,
                    lint.span.start,
                    lint.span.end,
                    lint.message.replace("`", "'"),
                    suggestions,
                    severity=Severity(severity),
                    details={"harper_rule": harper_rule, "harper_kind": lint.lint_kind},
                )
