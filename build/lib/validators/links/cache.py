"""Link result caches: fetched pages are not fetched again while their result is fresh.

A cache maps a page address (no fragment) to its `LinkResult`. How long a result stays
fresh depends on its outcome: a working page is trusted for days, a broken one is
re-checked within the hour (an editor may be fixing it), a transient failure within
minutes. Results that depend only on configuration (blocked, unchecked, invalid) are
never stored.

`MemoryCache` lives as long as the process; `JsonFileCache` persists between CLI runs
(`links.cache_path`); the CMS adds a database-table cache with the same two methods.
"""

import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Protocol

from validators.links.results import TRANSIENT, LinkResult, Outcome

log = logging.getLogger(__name__)

DAY = 24 * 3600
DEFAULT_TTL: dict[Outcome, float] = {
    Outcome.OK: 3 * DAY,
    Outcome.BROKEN: 3600,
    Outcome.REDIRECT_LOOP: 3600,
    Outcome.TOO_MANY_REDIRECTS: 3600,
    **{outcome: 300 for outcome in TRANSIENT},
}


class LinkCache(Protocol):
    def get_many(self, urls: Iterable[str]) -> dict[str, LinkResult]:
        """The fresh results among `urls` (missing and expired ones are left out)."""

    def set_many(self, results: Mapping[str, LinkResult]) -> None:
        """Store results; outcomes without a TTL are ignored."""


def ttl_for(result: LinkResult, ttl: Mapping[Outcome, float] = DEFAULT_TTL) -> float:
    """Seconds a result stays fresh; 0 means it is not cached at all."""
    return ttl.get(result.outcome, 0)


def is_fresh(result: LinkResult, ttl: Mapping[Outcome, float] = DEFAULT_TTL, now: float | None = None) -> bool:
    return (now if now is not None else time.time()) < result.checked_at + ttl_for(result, ttl)


class MemoryCache:
    """Results kept in this process only, at most `max_entries` (the oldest go first)."""

    def __init__(self, ttl: Mapping[Outcome, float] = DEFAULT_TTL, max_entries: int = 100_000):
        self.ttl = dict(ttl)
        self.max_entries = max_entries
        self._results: dict[str, LinkResult] = {}
        self._lock = threading.Lock()

    def get_many(self, urls: Iterable[str]) -> dict[str, LinkResult]:
        now = time.time()
        with self._lock:
            found = {url: self._results.get(url) for url in urls}
        return {url: result for url, result in found.items() if result is not None and is_fresh(result, self.ttl, now)}

    def set_many(self, results: Mapping[str, LinkResult]) -> None:
        with self._lock:
            for url, result in results.items():
                if ttl_for(result, self.ttl) > 0:
                    self._results.pop(url, None)  # re-inserted at the end: the newest entry
                    self._results[url] = result
            for url in list(self._results)[: max(0, len(self._results) - self.max_entries)]:
                del self._results[url]

    def __len__(self) -> int:
        return len(self._results)


class JsonFileCache(MemoryCache):
    """Results kept in a JSON file between runs, rewritten atomically after each batch.

    An unreadable file is moved aside (to `<name>.corrupt`) with a logged warning rather
    than overwritten, so nothing an operator might want to inspect is lost.
    """

    def __init__(self, path: str | Path, ttl: Mapping[Outcome, float] = DEFAULT_TTL):
        super().__init__(ttl)
        self.path = Path(path)
        self._load()

    def _load(self) -> None:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        try:
            entries = json.loads(raw)["results"]
            results = {url: LinkResult.from_json(data) for url, data in entries.items()}
        except (ValueError, KeyError, TypeError) as error:
            aside = self.path.with_name(self.path.name + ".corrupt")
            log.warning("link cache %s is unreadable (%s); moved to %s, starting empty", self.path, error, aside)
            os.replace(self.path, aside)
            return
        now = time.time()
        self._results = {url: r for url, r in results.items() if is_fresh(r, self.ttl, now)}

    def set_many(self, results: Mapping[str, LinkResult]) -> None:
        super().set_many(results)
        self.save()

    def save(self) -> None:
        now = time.time()
        with self._lock:
            entries = {url: r.to_json() for url, r in self._results.items() if is_fresh(r, self.ttl, now)}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump({"version": 1, "results": entries}, stream)
            os.replace(temporary, self.path)
        except BaseException:
            os.unlink(temporary)
            raise


_PROCESS_CACHES: dict[str | None, MemoryCache] = {}
_PROCESS_LOCK = threading.Lock()


def cache_for(cache_path: str | None) -> LinkCache:
    """The process's cache for a configured path (a JSON file), or its in-memory cache.
    A run with `Config.link_cache` set uses that instead."""
    with _PROCESS_LOCK:
        cache = _PROCESS_CACHES.get(cache_path)
        if cache is None:
            cache = JsonFileCache(cache_path) if cache_path else MemoryCache()
            _PROCESS_CACHES[cache_path] = cache
        return cache
