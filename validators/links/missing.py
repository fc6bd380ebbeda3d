"""Rule on text that announces a link but has none ("Visit our website" with no link)."""

import re
from collections.abc import Iterable
from functools import cached_property

from validators.document import Document
from validators.findings import Category, Finding, Severity
from validators.registry import Rule, register

_WORDS = r"(?:[\w'’&\-]+ ){0,3}?"
# An address written out right after the phrase: plain text has no <a>, the address is the link.
_WRITTEN_ADDRESS = re.compile(r"[\s:(]*(?:(?:at|on|via)\s+)?(?:https?://|www\.|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b)", re.I)


@register
class MissingLinkRule(Rule):
    """Text that announces a link ("visit our website", "click here") without one.

    What it does: flags text that promises a link ("visit our website", "click here") where no link
    is attached to it.
    Why is this bad? The reader is promised a page and given nothing to click; usually the link was lost
    when the text was pasted or edited. Phrases live in validators/data/links_announcements.yaml.
    Example: "Ready to start? Visit our website or <a>contact us</a>." — "Visit our website"
    has no link of its own (the link that follows "or" belongs to "contact us").
    """

    id = "link.missing"
    category = Category.LINK
    severity = Severity.WARNING

    @cached_property
    def _phrases(self) -> tuple[re.Pattern, set[str]]:
        data = self.vocabulary("links_announcements")
        patterns = "|".join(f"(?:{p.replace('{words}', _WORDS)})" for p in data["patterns"])
        return re.compile(patterns, re.IGNORECASE), {c.strip().lower() for c in data["connectors"]}

    def check(self, document: Document) -> Iterable[Finding]:
        pattern, connectors = self._phrases
        for sentence in document.sentences:
            text = document.sentence_text(sentence)
            for match in pattern.finditer(text):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                if document.is_ignored(start, end) or self._has_link(document, start, end, sentence.end, connectors):
                    continue
                if _WRITTEN_ADDRESS.match(document.text, end, sentence.end):
                    continue
                message = f"'{match.group(0)}' promises the reader a link, but there is none: add it or rephrase."
                yield self.finding(document, start, end, message, url=None)

    @staticmethod
    def _has_link(document: Document, start: int, end: int, sentence_end: int, connectors: set[str]) -> bool:
        """A link on the phrase, or right after it with only a connector ("at", ":") in between."""
        for link in document.links_in(start, sentence_end):
            if not link.href:
                continue
            if link.start < end:
                return True
            gap = " ".join(document.text[end : link.start].split()).lower()
            if gap in connectors or _names_the_topic(gap):
                return True
        return False


_TOPIC_PREPOSITIONS = frozenset("to on about for of".split())


def _names_the_topic(gap: str) -> bool:
    """ "Read our guide to <a>exercise for strong bones</a>": the link is on the topic that a
    preposition right after the phrase introduces (up to three words before the link)."""
    words = gap.split()
    if not 0 < len(words) <= 3 or words[0] not in _TOPIC_PREPOSITIONS or any(mark in gap for mark in ",;:.!?"):
        return False
    return not any(word in ("or", "and", "but") for word in words)  # "to book, or <a>call us</a>": another link
