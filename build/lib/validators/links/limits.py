"""Politeness and patience: per-host request limits and spacing, and the per-address time budget."""

import asyncio
import contextlib
import time


class HostLimiter:
    """Per-host concurrency limit plus a minimum interval between request starts."""

    def __init__(self, per_host: int, interval: float):
        self.per_host = max(1, per_host)
        self.interval = max(0.0, interval)
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextlib.asynccontextmanager
    async def slot(self, host: str):
        semaphore = self._slots.setdefault(host, asyncio.Semaphore(self.per_host))
        async with semaphore:
            loop = asyncio.get_running_loop()
            # Reserve the next start time synchronously: no other task runs in between.
            start = max(loop.time(), self._next_start.get(host, 0.0))
            self._next_start[host] = start + self.interval
            delay = start - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            yield

    def pause(self, host: str, seconds: float) -> None:
        """Hold back every request to `host` for `seconds` (the host asked us to, with 429)."""
        resume = asyncio.get_running_loop().time() + seconds
        self._next_start[host] = max(self._next_start.get(host, 0.0), resume)


class Deadline:
    """The per-address time budget; it starts with the first request, not while queued."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self._ends: float | None = None

    def start(self) -> float:
        if self._ends is None:
            self._ends = time.monotonic() + self.seconds
        return self.remaining()

    def remaining(self) -> float:
        return self.seconds if self._ends is None else self._ends - time.monotonic()
