"""Applying a finding's safe suggestion to the page: one click in the findings panel.

The page's latest content (its latest revision, which may be a draft newer than the live
page) is edited where the finding points — a title, summary, heading, caption or a rich-text
block of the body — and saved as a new revision, never published, so the change is checked
again and goes through review and the gate like any other edit.

Only text the finding covers exactly is replaced: when the flagged words span formatting
(a link or bold across part of them) or the page changed since it was checked, the
suggestion is refused with a reason and the editor fixes it by hand.
"""

import html
import re
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from wagtail.log_actions import LogFormatter, log

from review.documents import build_document
from review.models import StoredFinding

APPLY_ACTION = "review.suggestion.apply"

# Where plain text lives: page fields, and CharBlocks inside struct blocks of the body.
_PLAIN_FIELDS = {"title", "seo_title", "search_description", "summary"}
_STRUCT_TEXT = re.compile(r"^body\.(?P<index>\d+)\.(?P<field>heading|attribution|caption|alt_text)$")
# Rich text of the body: a paragraph, a list item, a callout's text.
_RICH_TEXT = re.compile(r"^body\.(?P<index>\d+)\.(?:(?P<value>value)|items\.(?P<item>\d+)|(?P<text>text))$")


class SuggestionRefused(ValidationError):
    """The suggestion cannot be applied automatically (the message says why)."""


@dataclass(frozen=True)
class AppliedSuggestion:
    revision: object  # the new wagtail Revision
    origin: str
    before: str
    after: str


@transaction.atomic
def apply_suggestion(page, fingerprint: str, index: int, user) -> AppliedSuggestion:
    """Replace the text flagged by the finding `fingerprint` of the page's latest check with
    its suggestion number `index` (which must be marked safe), and save a new revision."""
    page = page.specific
    _check_permission(page, user)
    finding = _current_finding(page, fingerprint)
    suggestions = finding.suggestions or []
    if not 0 <= index < len(suggestions):
        raise SuggestionRefused("This finding has no such suggestion.")
    suggestion = suggestions[index]
    if not suggestion.get("safe"):
        raise SuggestionRefused("This suggestion needs an editor's judgement; change the text by hand.")
    content = page.get_latest_revision_as_object()
    document = build_document(content)
    if document.text[finding.start : finding.end] != finding.excerpt:
        raise SuggestionRefused("The page changed after it was checked; reload the editor and try again.")
    origin, source_start, source_end = _source_span(document, finding.start, finding.end)
    replacement = suggestion.get("replacement", "")
    _replace(content, origin, source_start, source_end, replacement)
    revision = content.save_revision(user=user, log_action=True)
    log(instance=page, action=APPLY_ACTION, user=user, revision=revision, data={
        "finding": {"rule": finding.rule, "excerpt": finding.excerpt, "fingerprint": finding.fingerprint},
        "replacement": replacement, "origin": origin,
    })
    return AppliedSuggestion(revision, origin, finding.excerpt, replacement)


def _check_permission(page, user) -> None:
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied("You cannot edit this page.")
    lock = page.get_lock()
    if lock is not None and lock.for_user(user):
        raise PermissionDenied(str(lock.get_message(user)))


def _current_finding(page, fingerprint: str):
    finding = StoredFinding.objects.of_page(page).filter(fingerprint=fingerprint).first()
    if finding is None:
        raise SuggestionRefused("This finding is not in the page's latest version any more; reload the editor.")
    return finding


def _source_span(document, start: int, end: int) -> tuple[str, int, int]:
    """(origin, start, end) of the stored source the visible text [start, end) came from."""
    if end <= start:
        raise SuggestionRefused("This finding marks no text to replace.")
    first, last = document.source_location(start), document.source_location(end - 1)
    if first is None or last is None or first.origin != last.origin:
        raise SuggestionRefused("The flagged text spans more than one field; change it by hand.")
    source = document.sources.get(first.origin, "")
    if first.origin in _PLAIN_FIELDS or _STRUCT_TEXT.match(first.origin):
        # Plain text was read escaped (see review.documents._add_plain): offsets count entities.
        source = html.escape(source, quote=False)
    stop = source.index(";", last.offset) + 1 if source[last.offset] == "&" else last.offset + 1
    covered = source[first.offset : stop]
    if "<" in covered or _squash(html.unescape(covered)) != _squash(document.text[start:end]):
        raise SuggestionRefused("The flagged text is split by formatting or a link; change it by hand.")
    return first.origin, first.offset, stop


def _squash(text: str) -> str:
    return " ".join(text.split())


def _replace(content, origin: str, start: int, end: int, replacement: str) -> None:
    escaped = html.escape(replacement, quote=False)
    if origin in _PLAIN_FIELDS:
        value = html.escape(getattr(content, origin) or "", quote=False)
        setattr(content, origin, html.unescape(value[:start] + escaped + value[end:]))
        return
    struct = _STRUCT_TEXT.match(origin)
    if struct:
        value = content.body[int(struct["index"])].value
        text = html.escape(value.get(struct["field"]) or "", quote=False)
        value[struct["field"]] = html.unescape(text[:start] + escaped + text[end:])
        return
    rich = _RICH_TEXT.match(origin)
    if not rich:
        raise SuggestionRefused(f"Text in “{origin}” cannot be changed from here; edit it in its panel.")
    block = content.body[int(rich["index"])]
    if rich["value"]:
        target = block.value
    elif rich["item"] is not None:
        target = block.value["items"][int(rich["item"])]
    else:
        target = block.value["text"]
    target.source = target.source[:start] + escaped + target.source[end:]


class AppliedSuggestionFormatter(LogFormatter):
    label = "Apply a content check suggestion"

    def format_message(self, log_entry):
        finding = log_entry.data.get("finding", {})
        replacement = log_entry.data.get("replacement", "")
        return f"Replaced “{finding.get('excerpt', '')}” with “{replacement}” ({finding.get('rule', '')})"
