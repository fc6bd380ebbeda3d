"""Bounds on what one check run stores, so a text with thousands of findings (80 kB of
"the the …") cannot fill the database or make the editor page crawl.

- At most `REVIEW_MAX_STORED_FINDINGS` findings per run (default 500), errors first, then
  warnings, then notes, each in reading order; the rest become one summary finding
  (`review.findings-capped`) with the severity of the worst finding it stands for. It is
  bound to the whole content like a failed check, and reviewers cannot approve or waive it:
  findings nobody can see cannot be accepted.
- Sentences and excerpts are stored clipped around the flagged text (a 20 kB paragraph
  without a full stop is one "sentence"); fingerprints are computed before clipping.
"""

from collections import Counter

from validators.findings import Finding, Severity

CAPPED = "review.findings-capped"
CLIP = 400  # characters of context kept either side of an excerpt, and of an excerpt itself


def capped(findings: list[Finding], limit: int) -> list[Finding]:
    """`findings` (in reading order) when within `limit`, else the `limit` most severe plus a summary."""
    if len(findings) <= limit:
        return findings
    ranked = sorted(findings, key=lambda f: (-Severity(f.severity).rank, f.start, f.end, f.rule))
    kept, dropped = ranked[:limit], ranked[limit:]
    kept.sort(key=lambda f: (f.start, f.end, f.rule))
    worst = max(dropped, key=lambda f: Severity(f.severity).rank)
    counts = Counter(str(f.severity) for f in dropped)
    what = ", ".join(f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info")
                     if counts[s])
    summary = Finding(
        rule=CAPPED, category=worst.category, severity=worst.severity,
        message=f"{len(dropped)} more findings ({what}) were not stored: this version has more than {limit}. "
                "Fix the flagged text and save again; findings nobody can see cannot be approved or waived.",
        start=0, end=0, excerpt="", sentence="", details={"not_stored": dict(counts)},
    )
    return [*kept, summary]


def clip(sentence: str, excerpt: str) -> tuple[str, str]:
    """(sentence, excerpt) cut to a window around the excerpt."""
    short = excerpt if len(excerpt) <= CLIP else excerpt[:CLIP] + "…"
    if len(sentence) <= 2 * CLIP + len(short):
        return sentence, short
    at = max(sentence.find(excerpt), 0)
    start, end = max(at - CLIP, 0), at + len(excerpt) + CLIP
    if len(excerpt) > CLIP:
        return ("…" if start else "") + sentence[start:at] + short, short
    return ("…" if start else "") + sentence[start:end] + ("…" if end < len(sentence) else ""), short
