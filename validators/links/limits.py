"""Politeness and patience: per-host request limits and spacing, and the per-address time budget."""

import asyncio
import contextlib
import time
from typing import Literal, Protocol

SLOT_POLL = (0.02, 0.5)  # seconds between tries for a host's shared slot: first, at most (doubling)
# A request woken later after its turn than this fraction of an interval (and than LATE_FLOOR
# seconds, the jitter of a busy event loop) takes a new turn.
LATE_TURN, LATE_FLOOR = 0.25, 0.05
TURN_TRIES = 3  # turns a request takes at most before it starts however late it is


class HostSchedule(Protocol):
    """Request start times per host shared by several processes (the CMS's database table):
    what makes the spacing hold across N workers, not only within one batch. Times are
    wall-clock seconds (`time.time()`). None from either method: the schedule is unavailable,
    the limiter spaces requests within its own batch only."""

    def reserve(self, host: str, interval: float) -> float | None:
        """Reserve the next start for `host`, `interval` after the last one: when to start."""

    def hold(self, host: str, until: float) -> None:
        """No request to `host` starts before `until` (the host asked us to slow down)."""

    def take_slot(self, host: str, slots: int, lease: float) -> str | Literal[False] | None:
        """Take one of the `slots` connection slots of `host` that every process shares, for at
        most `lease` seconds (then it is free again: its process may have crashed): a token
        for `free_slot`; False when all are taken (try again later); None: the schedule is
        unavailable, the limiter caps this process's own requests only."""

    def free_slot(self, host: str, token: str) -> None:
        """Give back the slot `take_slot` returned `token` for."""


class HostLimiter:
    """Per-host concurrency limit plus a minimum interval between request starts; with a
    shared `HostSchedule` both hold across processes: the starts are taken from it, and each
    request holds one of the host's `per_host` shared slots (for at most `lease` seconds)."""

    def __init__(self, per_host: int, interval: float, schedule: HostSchedule | None = None, lease: float = 60.0):
        self.per_host = max(1, per_host)
        self.interval = max(0.0, interval)
        self.schedule = schedule
        self.lease = lease
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextlib.asynccontextmanager
    async def slot(self, host: str):
        semaphore = self._slots.setdefault(host, asyncio.Semaphore(self.per_host))
        async with semaphore:
            token = await self._take_shared_slot(host)
            try:
                await self._wait_for_start(host)
                yield
            finally:
                if token:
                    await asyncio.to_thread(self.schedule.free_slot, host, token)

    async def _take_shared_slot(self, host: str) -> str | None:
        """One of the host's slots shared by every process, once one is free; None without a
        shared schedule (this process's semaphore is the only cap)."""
        if self.schedule is None:
            return None
        poll = SLOT_POLL[0]
        while (token := await asyncio.to_thread(self.schedule.take_slot, host, self.per_host, self.lease)) is False:
            await asyncio.sleep(poll)
            poll = min(poll * 2, SLOT_POLL[1])
        return token

    async def _wait_for_start(self, host: str) -> None:
        """Until this request's turn: `interval` after the previous start to `host`. A request
        woken more than `LATE_TURN` of an interval after its turn (a loaded machine, a slow
        reservation) would start close to the next turn's request: it takes a new turn instead,
        at most `TURN_TRIES` times, so requests stay spaced by most of an interval."""
        loop = asyncio.get_running_loop()
        late = max(self.interval * LATE_TURN, LATE_FLOOR)
        for _ in range(TURN_TRIES):
            start = await self._take_turn(host)
            delay = start - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            if loop.time() - start <= late:
                return

    async def _take_turn(self, host: str) -> float:
        """The next start time for `host` (event-loop clock), reserved here and, with a shared
        schedule, across processes."""
        loop = asyncio.get_running_loop()
        # Reserve the next start time synchronously: no other task runs in between.
        start = max(loop.time(), self._next_start.get(host, 0.0))
        self._next_start[host] = start + self.interval
        if self.schedule is not None:
            shared = await asyncio.to_thread(self.schedule.reserve, host, self.interval)
            if shared is not None:
                start = max(start, loop.time() + shared - time.time())
        return start

    async def pause(self, host: str, seconds: float) -> None:
        """Hold back every request to `host` for `seconds` (the host asked us to, with 429)."""
        resume = asyncio.get_running_loop().time() + seconds
        self._next_start[host] = max(self._next_start.get(host, 0.0), resume)
        if self.schedule is not None:
            await asyncio.to_thread(self.schedule.hold, host, time.time() + seconds)


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
