"""Run one copy rule over a snippet of text, as the engine would."""

from validators.config import Config
from validators.registry import all_rules
from validators.sources import from_html, from_text


def findings(rule_id: str, text: str, config: Config | None = None, html: bool = False):
    document = from_html(text) if html else from_text(text)
    rule = all_rules()[rule_id](config or Config())
    return list(rule.check(document))


def flagged(rule_id: str, text: str, **kwargs) -> list[tuple[str, list[str]]]:
    """(excerpt, suggestions) of each finding."""
    return [(f.excerpt, [s.replacement for s in f.suggestions]) for f in findings(rule_id, text, **kwargs)]
