"""The database-table implementation of the engine's link result cache (`LinkCache`).

Rows live in `LinkResult`, keyed by a SHA-256 of the address so addresses of any length
work; each row expires after the engine's TTL for its outcome. `first_seen` survives
re-checks. A failing cache never fails a check: errors are logged and treated as misses.

The engine's synchronous `check_urls` reads and writes its cache in the caller's thread,
outside its event loop, so the queries run on the caller's connection and transaction. A
review run hands this cache to the engine's own link rules through `Config.link_cache`.
"""

import logging
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta

from django.db import DatabaseError

from linkcheck.models import LinkResult as StoredResult
from linkcheck.models import url_hash
from validators.links.cache import DEFAULT_TTL, ttl_for
from validators.links.results import Hop, LinkResult, Outcome

log = logging.getLogger(__name__)
CHUNK = 500  # rows per query: keeps IN (...) lists and upserts within every backend's limits


def to_engine(row: StoredResult) -> LinkResult:
    details = row.details or {}
    anchors = details.get("anchors")
    return LinkResult(
        url=row.url,
        outcome=Outcome(row.outcome),
        status=row.status,
        final_url=row.final_url or None,
        redirects=[Hop(**hop) for hop in details.get("redirects", [])],
        message=row.error,
        anchors=frozenset(anchors) if anchors is not None else None,
        anchors_complete=details.get("anchors_complete", True),
        content_type=details.get("content_type", ""),
        checked_at=row.checked_at.timestamp(),
    )


def to_row(url: str, result: LinkResult, ttl: Mapping[Outcome, float]) -> StoredResult:
    data = result.to_json()
    checked_at = datetime.fromtimestamp(result.checked_at, UTC)
    return StoredResult(
        url=url,
        url_hash=url_hash(url),
        outcome=str(result.outcome),
        status=result.status,
        final_url=result.final_url or "",
        error=result.message,
        details={key: data[key] for key in ("redirects", "anchors", "anchors_complete", "content_type")},
        checked_at=checked_at,
        expires_at=checked_at + timedelta(seconds=ttl_for(result, ttl)),
    )


class DatabaseCache:
    """`LinkCache` on the `LinkResult` table."""

    def __init__(self, ttl: Mapping[Outcome, float] = DEFAULT_TTL):
        self.ttl = dict(ttl)

    def get_many(self, urls: Iterable[str]) -> dict[str, LinkResult]:
        wanted = {url_hash(url): url for url in urls}
        return self._get(wanted)

    def set_many(self, results: Mapping[str, LinkResult]) -> None:
        rows = [to_row(url, result, self.ttl) for url, result in results.items() if ttl_for(result, self.ttl) > 0]
        if rows:
            self._set(rows)

    def _get(self, wanted: dict[str, str]) -> dict[str, LinkResult]:
        now = datetime.now(UTC)
        hashes = list(wanted)
        found = {}
        try:
            for start in range(0, len(hashes), CHUNK):
                rows = StoredResult.objects.filter(url_hash__in=hashes[start : start + CHUNK], expires_at__gt=now)
                found.update({wanted[row.url_hash]: to_engine(row) for row in rows})
        except DatabaseError:
            log.warning("link result cache unreadable; checking without it", exc_info=True)
            return {}
        return found

    def _set(self, rows: list[StoredResult]) -> None:
        fields = ["url", "outcome", "status", "final_url", "error", "details", "checked_at", "expires_at"]
        try:
            for start in range(0, len(rows), CHUNK):
                StoredResult.objects.bulk_create(
                    rows[start : start + CHUNK], update_conflicts=True, unique_fields=["url_hash"], update_fields=fields
                )
        except DatabaseError:
            log.warning("link results could not be stored in the cache", exc_info=True)
