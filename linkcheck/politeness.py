"""Per-host politeness across processes: the engine's `HostSchedule` on the `HostTurn` table.

Every process that fetches links in the CMS (gunicorn workers, task workers, `check_links`)
reserves each request's start time for its host in one row per host, so N workers together
start at most one request per `host_interval` on a host, like one process would. A
reservation is one `UPDATE ... SET next_start = MAX(next_start, now) + interval`, committed
at once on a connection of its own (the limiter calls it from a thread of its own), so it is
never held back by the caller's transaction, and it works on SQLite and PostgreSQL alike.
Times are wall-clock: processes on several machines need synchronised clocks (NTP).
A database that cannot be reached never fails a check: the process spaces its own requests.
On SQLite (one writer at a time) a reservation waits at most `SQLITE_WAIT_MS` for the write
lock, so a check that runs inside a save's transaction spaces its requests locally instead of
stalling; checks in task workers (outside any transaction) share the schedule.
"""

import logging
import time

from django.db import DatabaseError, connection, connections, transaction
from django.db.models import F, Value
from django.db.models.functions import Greatest

from linkcheck.models import HostTurn

log = logging.getLogger(__name__)
MAX_HOST_LENGTH = HostTurn._meta.get_field("host").max_length
SQLITE_WAIT_MS = 500


class DatabaseHostSchedule:
    """`validators.links.limits.HostSchedule` on the `HostTurn` table."""

    def reserve(self, host: str, interval: float) -> float | None:
        return self._shared(self._reserve, host, interval)

    def hold(self, host: str, until: float) -> None:
        self._shared(self._hold, host, until)

    def _shared(self, operation, host: str, value: float):
        if len(host) > MAX_HOST_LENGTH:
            return None
        try:
            if connection.vendor == "sqlite":
                # SQLite has one writer at a time: a check running inside a save's transaction
                # holds the lock this would wait for. Wait briefly, then space locally.
                with connection.cursor() as cursor:
                    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_WAIT_MS}")
            return operation(host, value)
        except DatabaseError:
            log.warning("shared host schedule unavailable; spacing requests in this process only", exc_info=True)
            return None
        finally:
            if not connections["default"].in_atomic_block:  # never a caller's transaction
                connections.close_all()  # this thread's: the limiter's threads come and go

    @staticmethod
    def _reserve(host: str, interval: float) -> float:
        with transaction.atomic():
            now = time.time()
            turn = HostTurn.objects.filter(host=host)
            if not turn.update(next_start=Greatest(F("next_start"), Value(now)) + Value(interval)):
                HostTurn.objects.bulk_create([HostTurn(host=host, next_start=0.0)], ignore_conflicts=True)
                turn.update(next_start=Greatest(F("next_start"), Value(now)) + Value(interval))
            return turn.values_list("next_start", flat=True).get() - interval

    @staticmethod
    def _hold(host: str, until: float) -> None:
        with transaction.atomic():
            HostTurn.objects.bulk_create([HostTurn(host=host, next_start=0.0)], ignore_conflicts=True)
            HostTurn.objects.filter(host=host).update(next_start=Greatest(F("next_start"), Value(until)))
