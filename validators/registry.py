"""The rule registry. A rule is a small class with a stable id, registered on import.

Rule ids are never reused: a retired rule's id stays retired.
"""

import importlib
from collections.abc import Iterable
from typing import ClassVar

from validators.config import Config, ConfigError
from validators.document import Document
from validators.findings import Category, Finding, Severity, Suggestion
from validators.vocabulary import load_vocabulary, word_set

# Modules that define rules; importing them registers their classes.
RULE_MODULES = (
    "validators.copy.rules",
    "validators.claims.rules",
    "validators.links.rules",
)

_REGISTRY: dict[str, type["Rule"]] = {}


# A finding quotes the sentence around its excerpt (context for the editor, and part of its
# fingerprint). A "sentence" can be a whole paragraph without a full stop, tens of kilobytes
# long: beyond this length the quote is the part of the sentence around the excerpt, so that
# every finding costs the same whatever the text (thousands of findings in one long
# sentence would otherwise copy it thousands of times).
CONTEXT_CHARS = 400


class Rule:
    """Base class. Subclasses set `id`, `category`, `severity` and implement `check`.

    `isolated` rules (the default) have their `check` run in a worker process that the
    engine can stop at the deadline (see `validators.worker`): `check` gets a copy of the
    document and must depend only on it and the configuration, not on state `prepare` set
    up in this process. Rules whose `check` reads what `prepare` fetched (link results,
    LanguageTool answers) or a database set `isolated = False`; their `check` must be cheap.

    Work several rules need about a document (its tokens, the claim analysis) is asked for
    with `document.shared(key, compute)`: computed once per document and engine run, by the
    first rule that asks, wherever the rules run. A rule keeps no cache of documents itself.
    """

    id: ClassVar[str]
    category: ClassVar[Category]
    severity: ClassVar[Severity] = Severity.WARNING
    isolated: ClassVar[bool] = True

    def __init__(self, config: Config):
        self.config = config
        self.options = config.options_for(self.id)

    @property
    def effective_severity(self) -> Severity:
        return self.config.severities.get(self.id, self.severity)

    @classmethod
    def description(cls) -> str:
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else ""

    def vocabulary(self, name: str):
        return load_vocabulary(name, self.config.vocabulary_dirs)

    def word_set(self, name: str, key: str) -> frozenset[str]:
        return word_set(name, key, self.config.vocabulary_dirs)

    def prepare(self, documents: list[Document]) -> None:
        """Work shared by all documents of a run (e.g. fetching every link once)."""

    def check(self, document: Document) -> Iterable[Finding]:
        raise NotImplementedError

    def finding(
        self,
        document: Document,
        start: int,
        end: int,
        message: str,
        suggestions: Iterable[Suggestion | str] = (),
        severity: Severity | None = None,
        **extra,
    ) -> Finding:
        if severity is None or self.id in self.config.severities:
            severity = self.effective_severity
        return Finding(
            rule=self.id,
            category=self.category,
            severity=severity,
            message=message,
            start=start,
            end=end,
            excerpt=document.text[start:end],
            sentence=context_of(document, start, end),
            suggestions=tuple(s if isinstance(s, Suggestion) else Suggestion(s) for s in suggestions),
            **extra,
        )


def context_of(document: Document, start: int, end: int) -> str:
    """The sentence around `start` (or its block outside sentences), cut to `CONTEXT_CHARS`
    around the excerpt when it is longer."""
    sentence = document.sentence_at(start)
    if sentence is not None:
        low, high = sentence.start, sentence.end
    else:
        block = document.block_at(start)
        low, high = (block.start, block.end) if block else (start, start)
    if high - low > CONTEXT_CHARS:
        low = max(low, start - CONTEXT_CHARS // 2)
        high = min(high, max(end, low) + CONTEXT_CHARS // 2)
    return document.text[low:high]


def register(cls: type[Rule]) -> type[Rule]:
    existing = _REGISTRY.get(cls.id)
    if existing is not None and existing is not cls:
        raise ValueError(f"rule id {cls.id} is already taken by {existing.__qualname__}")
    if not (cls.__doc__ or "").strip():
        raise ValueError(f"rule {cls.id} needs a docstring (what / why / example)")
    _REGISTRY[cls.id] = cls
    return cls


def all_rules() -> dict[str, type[Rule]]:
    for module in RULE_MODULES:
        importlib.import_module(module)
    return dict(sorted(_REGISTRY.items()))


def enabled_rules(config: Config, candidates: Iterable[type[Rule]] | None = None) -> list[type[Rule]]:
    """The rule classes to run: `candidates` (default: every registered rule) minus the disabled ones.

    Rule ids the configuration names (disable, severity, rule options) must exist: a typo
    would otherwise silently leave a rule on, or at its default severity.
    """
    known = all_rules()
    rules = known if candidates is None else {cls.id: cls for cls in candidates}
    known = {**known, **rules}
    unknown = [rule_id for rule_id in config.disabled if rule_id not in known and not _is_prefix(rule_id, known)]
    if unknown:
        raise ConfigError(f"unknown rule ids in disable: {', '.join(sorted(unknown))}")
    for section, ids in (("severity", config.severities), ("rules", config.rule_options)):
        unknown = [rule_id for rule_id in ids if rule_id not in known]
        if unknown:
            raise ConfigError(f"unknown rule ids in [{section}]: {', '.join(sorted(unknown))}")
    return [cls for rule_id, cls in rules.items() if not is_disabled(rule_id, config.disabled)]


def _is_prefix(prefix: str, rules) -> bool:
    return any(rule_id.startswith(prefix + ".") for rule_id in rules)


def is_disabled(rule_id: str, disabled: frozenset[str]) -> bool:
    """Whether `disabled` names the rule or a family it is in: "copy" disables the whole family, "copy.spelling"
    one rule ("copy.house-style" the rules under it). Looked up by each family name in the id, not by a scan
    of `disabled` (some rules ask for every claim of a long page)."""
    if rule_id in disabled:
        return True
    dot = rule_id.find(".")
    while dot != -1:
        if rule_id[:dot] in disabled:
            return True
        dot = rule_id.find(".", dot + 1)
    return False
