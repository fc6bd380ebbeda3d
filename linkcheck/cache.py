"""The database-table implementation of the engine's link result cache (`LinkCache`).

Rows live in `LinkResult`, keyed by a SHA-256 of the address so addresses of any length
work; each row expires after the engine's TTL for its outcome. `first_seen` survives
re-checks. A failing cache never fails a check: errors are logged and treated as misses.

Django's ORM refuses to run inside an event loop, and the engine calls a cache from inside
its loop. `StagedCache` avoids that for callers in this app (reads before, writes after);
the engine's own rules reach this cache through `engine_uses_database_cache`, where calls made
inside the engine's private loop run in place (see `_outside_event_loop`).
"""

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta

from django.db import DatabaseError

from linkcheck.models import LinkResult as StoredResult
from linkcheck.models import url_hash
from validators.links.cache import DEFAULT_TTL, LinkCache, set_cache_provider, ttl_for
from validators.links.client import split_fragment
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


def _outside_event_loop(work: Callable):
    """Run ORM work in this thread even when the engine calls from inside its event loop.

    The engine's checker runs each batch on a private loop (`asyncio.run` in this thread) and
    asks its cache before the first request and after the last, when nothing else is waiting
    on that loop. Django refuses queries while a loop runs, to protect loops shared by many
    requests; this one is not shared, so the guard is lifted for the call. The query then runs
    on this thread's own connection and transaction: a thread of its own would need a second
    connection, which waits for this transaction's locks on SQLite and escapes it on PostgreSQL.
    """
    loop = asyncio._get_running_loop()
    if loop is None:
        return work()
    asyncio._set_running_loop(None)
    try:
        return work()
    finally:
        asyncio._set_running_loop(loop)


class DatabaseCache:
    """`LinkCache` on the `LinkResult` table."""

    def __init__(self, ttl: Mapping[Outcome, float] = DEFAULT_TTL):
        self.ttl = dict(ttl)

    def get_many(self, urls: Iterable[str]) -> dict[str, LinkResult]:
        wanted = {url_hash(url): url for url in urls}
        return _outside_event_loop(lambda: self._get(wanted))

    def set_many(self, results: Mapping[str, LinkResult]) -> None:
        rows = [to_row(url, result, self.ttl) for url, result in results.items() if ttl_for(result, self.ttl) > 0]
        if rows:
            _outside_event_loop(lambda: self._set(rows))

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


class StagedCache:
    """A cache for one batch: fresh results read up front, new ones written after the batch.

    The engine calls it from inside its event loop, where the database must not be touched.
    """

    def __init__(self, backing: LinkCache, urls: Iterable[str]):
        self.backing = backing
        self.found = backing.get_many({split_fragment(url)[0] for url in urls})
        self.new: dict[str, LinkResult] = {}

    def get_many(self, urls: Iterable[str]) -> dict[str, LinkResult]:
        return {url: self.found[url] for url in urls if url in self.found}

    def set_many(self, results: Mapping[str, LinkResult]) -> None:
        self.new.update(results)

    def flush(self) -> None:
        self.backing.set_many(self.new)


@contextlib.contextmanager
def engine_uses_database_cache():
    """Within this block the engine's link rules (run by the review app) share the database table.

    The engine's provider hook is process-wide, so it is set for the duration of a run only:
    set for good at start-up it would also catch engine runs that must not touch the database
    (the pure-Python test suite runs in the same process). A concurrent run that finishes first
    makes this one fall back to the engine's memory cache: slower, never wrong.
    """
    set_cache_provider(lambda cache_path: DatabaseCache())
    try:
        yield
    finally:
        set_cache_provider(None)
