"""Fingerprints that bind a reviewer's decision to the exact text it was taken on.

A decision (approve, waive, request changes) is keyed on the fingerprint of the finding it
is about. The engine's own fingerprint is built to survive edits (normalised text, counted
across the whole document); a decision needs more: it must lapse as soon as the text it
accepted changes, and must never pass to another place that happens to read the same. So the
CMS fingerprint is a digest of

- the rule, the flagged excerpt and the exact sentence around it (the block's text when the
  finding has no sentence), and the link it is about;
- the unit the text sits in: the stream block's uuid (plus the item path inside it), or the
  page field (title, summary, references.N) - identical sentences in two sections differ;
- for `engine.check-failed` (and the "too many findings" summary) the digest of the whole
  checked content: nothing was checked sentence by sentence, so any edit anywhere lapses it;
- the finding's order among identical keys of the same unit.
"""

import hashlib

from validators.document import Document
from validators.findings import Finding

WHOLE_CONTENT = "document"


def unit_of(finding: Finding, block_ids: dict[str, str]) -> str:
    """The stable id of where a finding is: "<block uuid>.items.2", "title", "references.0"."""
    origin = finding.source.origin if finding.source else ""
    if origin.startswith("body."):
        parts = origin.split(".")
        block_id = block_ids.get(".".join(parts[:2]))
        if block_id:
            return ".".join([block_id, *parts[2:]])
    return origin


def bind(findings: list[Finding], document: Document, block_ids: dict[str, str], content_hash: str,
         whole_content_rules: frozenset[str]) -> list[str]:
    """One fingerprint per finding (same order)."""
    seen: dict[tuple, int] = {}
    fingerprints = []
    for finding in findings:
        if finding.rule in whole_content_rules:
            unit, text = WHOLE_CONTENT, content_hash
        else:
            unit, text = unit_of(finding, block_ids), finding.sentence or _block_text(document, finding)
        key = (finding.rule, unit, text, finding.excerpt, finding.url or "",
               str(finding.details.get("failed_rule", "")))
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        payload = "\x1f".join((*key, str(occurrence)))
        fingerprints.append(hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()[:40])
    return fingerprints


def _block_text(document: Document, finding: Finding) -> str:
    block = document.block_at(finding.start)
    return document.block_text(block) if block is not None else ""
