"""Local checks in a worker process, where a rule that overruns can be stopped for real.

A runaway rule (an endless loop, a pattern that backtracks on a 300 kB word, a pass that
eats gigabytes) cannot be stopped inside the process that runs it: a thread can only be
abandoned, and it goes on burning CPU and memory after the answer was given. So the
engine sends each document to a worker process that runs under a CPU-time limit and an
address-space limit (`resource.setrlimit`), reads the rules' outcomes as they finish (a
few to a message, see `_Outbox`), and kills the worker when the document's time budget
runs out. Rules that did not report by then fail closed (`engine.check-failed`).

Workers are forked from this process, so they start warm (modules imported, vocabularies
loaded) in a few milliseconds; they only run pure-Python checks and never touch what other
threads of this process hold (database connections, sockets), so forking a threaded server
is safe for them. A worker is reused for the next document; one that was killed, crashed or
hit a limit is replaced. Where no process can be forked, `WorkerUnavailable` tells the
engine to run the rules in a thread instead (the old, unstoppable way).
"""

import gc
import logging
import math
import multiprocessing
import os
import pickle
import resource
import signal
import threading
import time
import warnings
from contextlib import contextmanager
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler

from validators.config import Config
from validators.document import Document
from validators.registry import Rule
from validators.rule_outcome import RuleOutcome, run_rule

log = logging.getLogger(__name__)

MAX_IDLE_WORKERS = 2  # kept for the next documents (concurrent CMS requests each take one)


class WorkerUnavailable(Exception):
    """No worker process can be used here; the message says why."""


class Worker:
    def __init__(self, memory_limit_mb: int):
        try:
            context = multiprocessing.get_context("fork")
        except ValueError as error:  # a platform without fork()
            raise WorkerUnavailable(str(error)) from None
        self.memory_limit_mb = memory_limit_mb
        self.connection, child = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child, memory_limit_mb * 2**20), name="validators check worker", daemon=True
        )
        try:
            with warnings.catch_warnings():
                # Python warns about forking a threaded process; see the module docstring for why it is safe here.
                warnings.filterwarnings("ignore", r"This process .* is multi-threaded", DeprecationWarning)
                gc.freeze()  # the worker's garbage collector leaves what it inherits alone: those pages stay shared
                self.process.start()
        except OSError as error:
            raise WorkerUnavailable(f"cannot start a worker process: {error}") from None
        finally:
            gc.unfreeze()
            child.close()

    def stop(self) -> str:
        """Kill the worker; returns how it ended (for the check-failed message)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.connection.close()
        code = self.process.exitcode
        if code == -signal.SIGXCPU:
            return "used up its CPU time"
        if code is not None and code < 0:
            return f"was stopped by signal {signal.Signals(-code).name}"
        return f"ended (exit status {code})"


_idle: list[Worker] = []
_idle_lock = threading.Lock()


def _take(memory_limit_mb: int) -> Worker:
    with _idle_lock:
        while _idle:
            worker = _idle.pop()
            if worker.process.is_alive() and worker.memory_limit_mb == memory_limit_mb:
                return worker
            worker.stop()
    return Worker(memory_limit_mb)


def _give_back(worker: Worker) -> None:
    with _idle_lock:
        if worker.process.is_alive() and len(_idle) < MAX_IDLE_WORKERS:
            _idle.append(worker)
            return
    worker.stop()


def stop_idle_workers() -> None:
    """Stop the workers kept for the next documents (a benchmark reads their CPU time once they have ended)."""
    with _idle_lock:
        workers = _idle[:]
        _idle.clear()
    for worker in workers:
        worker.stop()


def run_isolated(
    rules: list[Rule], document: Document, config: Config, deadline: float, run: bytes
) -> tuple[dict[str, RuleOutcome], str]:
    """Run `rules` over `document` in a worker until `deadline` (time.monotonic()).

    `run` names the engine run: the worker makes its own rule instances once per run, as the
    engine does, so no rule state outlives a run. Returns the outcomes of the rules that
    finished, and why the others did not ("" when all did). Raises `WorkerUnavailable`
    before anything ran when no worker can be used.
    """
    try:
        spec = pickle.dumps((config.replace(link_cache=None, host_schedule=None), [type(rule) for rule in rules]))
    except (pickle.PicklingError, TypeError, AttributeError) as error:  # e.g. a rule class defined in a function
        raise WorkerUnavailable(f"the rules cannot be sent to a worker: {error}") from None
    job = (run, spec, document, config.max_findings_per_rule, config.time_budget)
    worker = _send(job, config.check_memory_limit)
    outcomes: dict[str, RuleOutcome] = {}
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not worker.connection.poll(remaining):
            worker.stop()
            return outcomes, f"did not finish within the {config.time_budget:g} s budget (stopped)"
        try:
            message = worker.connection.recv()
        except (EOFError, OSError):
            return outcomes, f"did not finish: its check process {worker.stop()}"
        if message is None:
            _give_back(worker)
            return outcomes, ""
        outcomes.update(message)  # the outcomes of the rules that finished since the last message


def _send(job: tuple, memory_limit_mb: int) -> Worker:
    """A worker that has been handed `job`."""
    try:
        payload = ForkingPickler.dumps(job)
    except (pickle.PicklingError, TypeError, AttributeError) as error:
        raise WorkerUnavailable(f"the document cannot be sent to a worker: {error}") from None
    worker = _take(memory_limit_mb)
    try:
        worker.connection.send_bytes(payload)
    except OSError:  # it died while idle (the kernel's out-of-memory killer, say): one fresh worker
        worker.stop()
        worker = Worker(memory_limit_mb)
        try:
            worker.connection.send_bytes(payload)
        except OSError as error:
            worker.stop()
            raise WorkerUnavailable(f"cannot reach a worker process: {error}") from None
    return worker


def _serve(connection: Connection, memory_bytes: int) -> None:
    """The worker: check documents until the engine closes the connection."""
    # Not the handlers of the process it was forked from (a web server's): SIGTERM ends it, and
    # Ctrl+C at a terminal is for the CLI, which then stops its worker.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _close_inherited_descriptors(keep=connection.fileno())
    try:
        _limit(resource.RLIMIT_AS, _address_space() + memory_bytes)
    except OSError:  # no /proc here: the wall-clock deadline and the CPU limit still hold
        log.warning("cannot read this process's size; the check worker runs without a memory limit")
    # The configuration and rule classes last sent (`spec`), read once while the engine sends the same ones (reading
    # them for every document cost more than most rules), and the latest run's rules, made anew for each run.
    read_spec, config, classes = b"", None, []
    made_for, rules = None, []  # (run, spec) of the rules made last, and those rules
    while True:
        try:
            run, spec, document, cap, seconds = connection.recv()
        except (EOFError, OSError):
            return
        used = resource.getrusage(resource.RUSAGE_SELF)
        _limit(resource.RLIMIT_CPU, math.ceil(used.ru_utime + used.ru_stime + seconds) + 1)
        if spec != read_spec:
            config, classes = pickle.loads(spec)
            read_spec = spec
        if (run, spec) != made_for:
            made_for, rules = (run, spec), [cls(config) for cls in classes]
        outbox = _Outbox(connection)
        with _collection_paused():
            for rule in rules:
                outbox.put(rule.id, run_rule(rule, document, cap))
            # The document and the work its rules shared die here by reference counting, while collection
            # is still paused: alive when it resumes, they were walked by the next young collection.
            del document
        outbox.close()


class _Outbox:
    """Sends a document's rule outcomes to the engine as they finish, a few to a message.

    One message per rule woke the engine some seventy times per document, and each wake-up cost
    both processes more CPU time than most rules take. A thread of the worker sends what has
    finished once `GATHER_SECONDS` have passed since the first unsent outcome, while the next
    rule runs: a rule that then runs until the deadline does not hold back what finished
    before it, as Python switches threads during a long run of Python code (not within one
    call of C code, such as a single regex search: the outcomes of the last few milliseconds
    then fail closed with it).
    """

    GATHER_SECONDS = 0.005

    def __init__(self, connection: Connection):
        self.connection = connection
        self.pending: list[tuple[str, RuleOutcome]] = []
        self.closed = False
        self.changed = threading.Condition()
        self.sender = threading.Thread(target=self._send_gathered, name="check outcomes", daemon=True)
        self.sender.start()

    def put(self, rule_id: str, outcome: RuleOutcome) -> None:
        with self.changed:
            self.pending.append((rule_id, outcome))
            if len(self.pending) == 1:
                self.changed.notify()

    def close(self) -> None:
        """Send what is left, then None: the document is done."""
        with self.changed:
            self.closed = True
            self.changed.notify()
        self.sender.join()
        self.connection.send(None)

    def _send_gathered(self) -> None:
        while True:
            with self.changed:
                self.changed.wait_for(lambda: self.pending or self.closed)
                if not self.closed:
                    self.changed.wait_for(lambda: self.closed, self.GATHER_SECONDS)
                batch, self.pending = self.pending, []
                closed = self.closed
            if batch:
                self.connection.send(batch)
            if closed:
                return


@contextmanager
def _collection_paused():
    """No automatic garbage collection while the worker checks a document.

    A check makes hundreds of thousands of small objects (tokens, sentence analyses) that live
    until the document is done and then die by reference counting; Python's full collections,
    set off by that growth, walked them all again and again: on 100,000 words of HTML they took
    as long as the rules. The worker does nothing else meanwhile, and collection resumes after
    the document, so cyclic garbage (a check leaves none) still goes at the next collection.
    Only here: in a thread of the calling process, pausing would stop a web server's collection.
    """
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _close_inherited_descriptors(keep: int) -> None:
    """Close every file descriptor the worker inherited but its standard streams and its pipe.

    The engine's process may be a web server or a test driver: a client connection kept open
    here would never see its response end (the socket closes only when every copy is closed),
    and a browser driver's pipe would never see its end either, for as long as the worker lives.
    """
    os.closerange(3, keep)
    os.closerange(keep + 1, os.sysconf("SC_OPEN_MAX"))


def _address_space() -> int:
    """This process's virtual memory size in bytes (what RLIMIT_AS counts)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _limit(which: int, soft: int) -> None:
    _, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    try:
        resource.setrlimit(which, (soft, hard))
    except (ValueError, OSError):
        log.warning("cannot set resource limit %s in the check worker", which, exc_info=True)
