"""Per-host politeness across processes: the engine's `HostSchedule` on the database.

Every process that fetches links in the CMS (gunicorn workers, task workers, `check_links`)
reserves each request's start time for its host in one row per host, so N workers together
start at most one request per `host_interval` on a host, like one process would. A
reservation is one `UPDATE ... SET next_start = MAX(next_start, now) + interval`, committed
at once on a connection of its own (the limiter calls it from a thread of its own), so it is
never held back by the caller's transaction, and it works on SQLite and PostgreSQL alike.
Times are wall-clock: processes on several machines need synchronised clocks (NTP).

The per-host concurrency cap (`per_host`) holds across processes the same way: a request holds
one of the host's `HostSlot` rows while it runs, taken with a lease (`host_slot_lease`), so the
slot of a worker that crashed is free again when the lease ends. On PostgreSQL a free slot is
taken with `SELECT ... FOR UPDATE SKIP LOCKED` (concurrent takers each get a different one); on
SQLite, which has no row locks, with one `UPDATE` whose condition picks the slot (SQLite runs
one writer at a time, so two processes cannot both take it).
A database that cannot be reached never fails a check: the process spaces its own requests
and caps its own requests per host.
On SQLite (one writer at a time) a schedule made inside a transaction (a check run by a save:
that transaction holds the write lock the limiter's threads would wait for) waits at most
`SQLITE_WAIT_IN_TRANSACTION_MS` for the lock, so the check spaces its requests locally instead of
stalling; a schedule made outside any transaction (task workers, `check_links`) waits up to
`SQLITE_WAIT_MS` for the other processes' short reservations, so a busy machine does not make a
worker give up sharing the schedule.
"""

import logging
import time
import uuid

from django.db import DatabaseError, connection, connections, transaction
from django.db.models import F, Subquery, Value
from django.db.models.functions import Greatest

from linkcheck.models import HostSlot, HostTurn

log = logging.getLogger(__name__)
MAX_HOST_LENGTH = HostTurn._meta.get_field("host").max_length
SQLITE_WAIT_IN_TRANSACTION_MS = 500
SQLITE_WAIT_MS = 10_000


class DatabaseHostSchedule:
    """`validators.links.limits.HostSchedule` on the `HostTurn` and `HostSlot` tables.

    Made in the thread that runs the check: whether that thread is inside a transaction decides how
    long a reservation waits for SQLite's write lock (`sqlite_wait_ms`)."""

    def __init__(self) -> None:
        self.sqlite_wait_ms = SQLITE_WAIT_IN_TRANSACTION_MS if connection.in_atomic_block else SQLITE_WAIT_MS

    def reserve(self, host: str, interval: float) -> float | None:
        return self._shared(self._reserve, host, interval)

    def hold(self, host: str, until: float) -> None:
        self._shared(self._hold, host, until)

    def take_slot(self, host: str, slots: int, lease: float) -> str | bool | None:
        return self._shared(self._take_slot, host, slots, lease)

    def free_slot(self, host: str, token: str) -> None:
        self._shared(self._free_slot, host, token)

    def _shared(self, operation, host: str, *values):
        if len(host) > MAX_HOST_LENGTH:
            return None
        try:
            if connection.vendor == "sqlite":
                # SQLite has one writer at a time: a check running inside a save's transaction
                # holds the lock this would wait for. Wait briefly there, then space locally.
                with connection.cursor() as cursor:
                    cursor.execute(f"PRAGMA busy_timeout = {self.sqlite_wait_ms}")
            return operation(host, *values)
        except DatabaseError:
            log.warning("shared host schedule unavailable; spacing requests in this process only", exc_info=True)
            return None
        finally:
            if not connections["default"].in_atomic_block:  # never a caller's transaction
                connections.close_all()  # this thread's: the limiter's threads come and go

    @staticmethod
    def _reserve(host: str, interval: float) -> float:
        with transaction.atomic():
            turn = HostTurn.objects.filter(host=host)
            # The clock is read once the host's row is locked: read before, a process that waited for the lock
            # would reserve a start already past and send its request right before the next process's turn.
            if not list(turn.select_for_update().values_list("pk", flat=True)):
                HostTurn.objects.bulk_create([HostTurn(host=host, next_start=0.0)], ignore_conflicts=True)
                list(turn.select_for_update().values_list("pk", flat=True))
            now = time.time()
            turn.update(next_start=Greatest(F("next_start"), Value(now)) + Value(interval))
            return turn.values_list("next_start", flat=True).get() - interval

    @staticmethod
    def _hold(host: str, until: float) -> None:
        with transaction.atomic():
            HostTurn.objects.bulk_create([HostTurn(host=host, next_start=0.0)], ignore_conflicts=True)
            HostTurn.objects.filter(host=host).update(next_start=Greatest(F("next_start"), Value(until)))

    @classmethod
    def _take_slot(cls, host: str, slots: int, lease: float) -> str | bool:
        token = uuid.uuid4().hex
        if cls._claim(host, slots, lease, token):
            return token
        if HostSlot.objects.filter(host=host, number__lt=slots).count() < slots:  # the host's first requests
            HostSlot.objects.bulk_create([HostSlot(host=host, number=number) for number in range(slots)],
                                         ignore_conflicts=True)
            if cls._claim(host, slots, lease, token):
                return token
        return False

    @staticmethod
    def _claim(host: str, slots: int, lease: float, token: str) -> bool:
        """Take a free slot (lease ended) of the first `slots` for `token`: was one free?"""
        now = time.time()
        free = HostSlot.objects.filter(host=host, number__lt=slots, expires_at__lt=now).order_by("number")
        if connection.features.has_select_for_update_skip_locked:
            with transaction.atomic():
                slot = free.select_for_update(skip_locked=True).values_list("pk", flat=True).first()
                return slot is not None and bool(
                    HostSlot.objects.filter(pk=slot).update(holder=token, expires_at=now + lease))
        # No row locks (SQLite): one statement that finds and takes the slot; the database's
        # single writer runs it whole before another process's.
        return bool(HostSlot.objects.filter(pk=Subquery(free.values("pk")[:1]), expires_at__lt=now)
                    .update(holder=token, expires_at=now + lease))

    @staticmethod
    def _free_slot(host: str, token: str) -> None:
        # Only while it is still this request's: after its lease, the slot may be someone else's.
        HostSlot.objects.filter(host=host, holder=token).update(holder="", expires_at=0.0)
