"""Who wrote the flagged words of a finding: the author a reviewer may not be to approve it.

Authorship follows the flagged words, not whoever last saved the sentence. When a run is
stored, each of its findings gets its author from the page's durable `FlaggedWords` records
(never from revisions, which `purge_revisions` deletes together with their runs):

- a finding the page already had (same fingerprint) keeps its author;
- a new finding that replaces one of the previous check's findings of the same rule in the
  same block, where the flagged words and their sentence differ only by touch-ups (see
  `is_touch_up`), keeps that finding's author: a reviewer who turns "cold sore," into
  "cold sores," does not become the author of someone else's claim in that sentence;
- any other new finding was written by the user who saved the revision.

The records are written in the transaction that stores the run, under the page's check lock.
"""

import re

from django.db.models import F, Max, Value
from django.db.models.functions import Greatest

from review.models import FlaggedWords, StoredFinding

_WORD = re.compile(r"\w+")
# Shortest word in which a one-letter slip counts as a typo: shorter ones ("on"/"no",
# "can"/"cat") are different words too often.
_TYPO_MIN_LENGTH = 4
_PLURAL_ENDINGS = ("s", "es")
_PLURAL_MIN_LENGTH = 3  # "a"/"as", "i"/"is" are not plurals


def attribute(page_id: int, revision, findings: list[StoredFinding]) -> None:
    """Set `introduced_in` and `author_id` on `findings` (a run of `revision` being stored) and
    record them. Call inside the transaction that stores the run, under the page's lock."""
    known = {row.fingerprint: row for row in FlaggedWords.objects.filter(
        page_id=page_id, fingerprint__in={finding.fingerprint for finding in findings})}
    if revision is None:  # a check of an unsaved state: nothing to record
        for finding in findings:
            _carry(finding, known.get(finding.fingerprint))
        return
    replaced = _gone_since_previous_check(page_id, revision.pk, set(known))
    new_rows = []
    for finding in findings:
        row = known.get(finding.fingerprint)
        if row is None:
            row = _edited_from(finding, replaced)
        if row is not None:
            _carry(finding, row)
        elif finding.introduced_in is None:  # not copied from an identical earlier revision
            finding.introduced_in, finding.author_id = revision.pk, revision.user_id
        if finding.fingerprint not in known:
            new_rows.append(FlaggedWords(
                page_id=page_id, fingerprint=finding.fingerprint, rule=finding.rule, unit=unit_of(finding),
                words=finding.excerpt, sentence=finding.sentence, author_id=finding.author_id,
                introduced_in=finding.introduced_in, seen_in=revision.pk,
            ))
            known[finding.fingerprint] = new_rows[-1]
    FlaggedWords.objects.bulk_create(new_rows)
    FlaggedWords.objects.filter(page_id=page_id, fingerprint__in=[f.fingerprint for f in findings]).update(
        seen_in=Greatest(F("seen_in"), Value(revision.pk)))


def unit_of(finding: StoredFinding) -> str:
    """The stable place of a stored finding: "<block uuid>.items.2", "title", "references.0"."""
    if finding.block_id:
        return ".".join([finding.block_id, *finding.origin.split(".")[2:]])
    return finding.origin


def is_touch_up(before: str, after: str) -> bool:
    """Whether `after` is `before` with only touch-ups: case, punctuation, spacing, and per word
    at most one typo-sized slip (one letter changed, added, dropped or two swapped, never the
    first letter, in words of 4+ letters without digits) or a plural ending. Words added,
    removed or replaced ("not", "never" for "ever", "100" for "10") are writing, not touch-ups."""
    old, new = _WORD.findall(before.lower()), _WORD.findall(after.lower())
    return len(old) == len(new) and all(a == b or _slip(a, b) for a, b in zip(old, new, strict=True))


def _slip(a: str, b: str) -> bool:
    if any(c.isdigit() for c in a + b) or a[0] != b[0]:
        return False
    short, long = sorted((a, b), key=len)
    if len(short) >= _PLURAL_MIN_LENGTH and any(long == short + ending for ending in _PLURAL_ENDINGS):
        return True
    if len(short) < _TYPO_MIN_LENGTH or len(long) - len(short) > 1:
        return False
    if len(short) == len(long):
        differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                    and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]])
    return any(long[:i] + long[i + 1:] == short for i in range(1, len(long)))


def _carry(finding: StoredFinding, row: FlaggedWords | None) -> None:
    if row is not None:
        finding.introduced_in, finding.author_id = row.introduced_in, row.author_id


def _gone_since_previous_check(page_id: int, revision_id: int, still_there: set[str]) -> list[FlaggedWords]:
    """The previous check's findings (the newest checked revision up to this one; this one
    itself when it is saved over in place) that this check no longer has."""
    previous = (FlaggedWords.objects.filter(page_id=page_id, seen_in__lte=revision_id)
                .aggregate(newest=Max("seen_in"))["newest"])
    if previous is None:
        return []
    return list(FlaggedWords.objects.filter(page_id=page_id, seen_in=previous).exclude(fingerprint__in=still_there)
                .order_by("id"))


def _edited_from(finding: StoredFinding, replaced: list[FlaggedWords]) -> FlaggedWords | None:
    """The previous finding this one is a touched-up version of (used at most once)."""
    unit = unit_of(finding)
    for position, row in enumerate(replaced):
        if (row.rule == finding.rule and row.unit == unit and is_touch_up(row.words, finding.excerpt)
                and is_touch_up(row.sentence, finding.sentence)):
            return replaced.pop(position)
    return None
