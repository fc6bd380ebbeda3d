"""Rules run where they can be stopped: a runaway rule's worker process is killed at the
deadline (or stopped by its memory limit) and the document fails closed, while this process
stays small. Findings per rule and document are capped, with one summary finding.

The runaway rules are real: an endless loop and a loop that allocates until it is stopped.
"""

import os
import re
import time
from pathlib import Path

import pytest

from validators.config import Config
from validators.engine import CHECK_FAILED, FINDINGS_NOT_SHOWN, check_documents
from validators.findings import Category, Severity
from validators.registry import Rule
from validators.sources import from_html, from_text


class Spins(Rule):
    """Loops forever after writing its process id to the file named in its options (test rule)."""

    id = "test.spins"
    category = Category.COPY

    def check(self, document):
        Path(self.options["pid_file"]).write_text(str(os.getpid()))
        while True:
            pass


class Hoards(Rule):
    """Allocates memory until something stops it (test rule)."""

    id = "test.hoards"
    category = Category.CLAIM

    def check(self, document):
        Path(self.options["pid_file"]).write_text(str(os.getpid()))
        hoard = []
        while True:
            hoard.append(bytearray(32 * 2**20))


class FlagBad(Rule):
    """Flags every "bad" as a warning, and every "awful" as an error (test rule)."""

    id = "test.bad"
    category = Category.COPY

    def check(self, document):
        for match in re.finditer(r"\b(bad|awful)\b", document.text):
            severity = Severity.ERROR if match.group(1) == "awful" else Severity.WARNING
            yield self.finding(document, match.start(), match.end(), "Avoid it.", severity=severity)


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def gone(pid: int) -> bool:
    """True when no process `pid` exists any more (killed and reaped)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def options_for(rule_id: str, tmp_path: Path, **config) -> tuple[Config, Path]:
    pid_file = tmp_path / "pid"
    return Config.from_mapping({"rules": {rule_id: {"pid_file": str(pid_file)}}, **config}), pid_file


def test_an_endless_rule_is_killed_at_the_deadline_and_fails_closed(tmp_path):
    config, pid_file = options_for("test.spins", tmp_path, time_budget=1)
    report = check_documents([from_text("A bad day.")], config, rules=[FlagBad, Spins]).reports[0]

    assert [f.rule for f in report.findings] == [CHECK_FAILED, "test.bad"]  # what finished is kept
    [failed] = [f for f in report.findings if f.rule == CHECK_FAILED]
    assert failed.details == {"failed_rule": "test.spins"} and failed.severity == Severity.ERROR
    assert "did not finish within the 1 s budget (stopped)" in failed.message
    assert gone(int(pid_file.read_text()))  # not abandoned: the process that ran it no longer exists


def test_a_rule_that_hoards_memory_is_stopped_and_this_process_stays_small(tmp_path):
    config, pid_file = options_for("test.hoards", tmp_path, time_budget=30, check_memory_limit=256)
    before = resident_mb()
    report = check_documents([from_text("A bad day.")], config, rules=[Hoards, FlagBad]).reports[0]

    [failed] = [f for f in report.findings if f.rule == CHECK_FAILED]
    assert failed.details == {"failed_rule": "test.hoards"}
    assert "MemoryError" in failed.message
    assert [f.rule for f in report.findings if f.rule != CHECK_FAILED] == ["test.bad"]
    assert os.getpid() != int(pid_file.read_text())  # it ran elsewhere
    assert resident_mb() - before < 64  # the hoard never lived here


def test_the_next_document_after_a_killed_worker_is_checked_normally(tmp_path):
    config, _ = options_for("test.spins", tmp_path, time_budget=0.5)
    check_documents([from_text("bad")], config, rules=[Spins])
    report = check_documents([from_text("A bad day.")], rules=[FlagBad]).reports[0]
    assert [f.rule for f in report.findings] == ["test.bad"]


def test_rules_that_cannot_be_sent_to_a_worker_run_in_this_process():
    class LocalRule(FlagBad):  # defined in a function: no worker can import it
        """Flags "bad" (test rule defined in a function)."""

        id = "test.local"

    report = check_documents([from_text("A bad day.")], rules=[LocalRule]).reports[0]
    assert [f.rule for f in report.findings] == ["test.local"]


def test_findings_past_the_cap_are_summed_up_at_their_highest_severity():
    text = " ".join(["bad"] * 10 + ["awful"] + ["bad"] * 5)
    config = Config.from_mapping({"max_findings_per_rule": 3})
    findings = check_documents([from_text(text)], config, rules=[FlagBad]).reports[0].findings

    shown = [f for f in findings if f.rule == "test.bad"]
    [summary] = [f for f in findings if f.rule == FINDINGS_NOT_SHOWN]
    assert [f.excerpt for f in shown] == ["bad"] * 3  # the first ones, in order
    assert summary.message == "13 more findings of rule test.bad not shown (at most 3 per rule in one document)."
    assert (summary.severity, summary.category, summary.details) == (
        Severity.ERROR, Category.COPY, {"rule": "test.bad", "not_shown": 13})


def test_findings_within_the_cap_have_no_summary():
    config = Config.from_mapping({"max_findings_per_rule": 3})
    findings = check_documents([from_text("bad, bad, bad")], config, rules=[FlagBad]).reports[0].findings
    assert [f.rule for f in findings] == ["test.bad"] * 3


@pytest.mark.parametrize("words", [2_000, 20_000])
def test_a_finding_in_a_huge_sentence_quotes_only_the_part_around_it(words):
    text = "the " * words
    findings = check_documents([from_text(text)], rules=[FlagThe]).reports[0].findings
    assert len(findings) == 201
    assert max(len(f.sentence) - len(f.excerpt) for f in findings) <= 400
    assert all(f.excerpt in f.sentence for f in findings if f.rule == "test.the")


class FlagThe(Rule):
    """Flags every "the" (test rule)."""

    id = "test.the"
    category = Category.COPY

    def check(self, document):
        for match in re.finditer(r"\bthe\b", document.text):
            yield self.finding(document, match.start(), match.end(), "The.")


class ReportsLimits(Rule):
    """Reports the process id and the CPU and address-space limits it runs under (test rule)."""

    id = "test.limits"
    category = Category.COPY

    def check(self, document):
        import resource

        cpu, memory = resource.getrlimit(resource.RLIMIT_CPU)[0], resource.getrlimit(resource.RLIMIT_AS)[0]
        yield self.finding(document, 0, 1, f"{os.getpid()} {cpu} {memory}")


def test_isolated_rules_run_in_another_process_under_cpu_and_memory_limits():
    import resource

    config = Config.from_mapping({"time_budget": 5, "check_memory_limit": 300})
    [finding] = check_documents([from_text("x")], config, rules=[ReportsLimits]).reports[0].findings
    pid, cpu, memory = map(int, finding.message.split())
    assert pid != os.getpid()
    assert cpu != resource.RLIM_INFINITY and memory != resource.RLIM_INFINITY
    assert memory < 300 * 2**20 + 4 * 2**30  # its size at start (far below 4 GB) plus the limit


def test_with_isolation_off_rules_run_in_this_process():
    config = Config.from_mapping({"isolate_checks": False})
    [finding] = check_documents([from_text("x")], config, rules=[ReportsLimits]).reports[0].findings
    assert int(finding.message.split()[0]) == os.getpid()


class ReportsCollection(Rule):
    """Reports its process id and whether automatic garbage collection is on while it runs (test rule)."""

    id = "test.collection"
    category = Category.COPY

    def check(self, document):
        import gc

        yield self.finding(document, 0, 1, f"{os.getpid()} {gc.isenabled()}")


def test_a_worker_checks_a_document_with_collection_paused_and_this_process_never_pauses_it():
    import gc

    [finding] = check_documents([from_text("x")], rules=[ReportsCollection]).reports[0].findings
    pid, enabled = finding.message.split()
    assert int(pid) != os.getpid() and enabled == "False"
    assert gc.isenabled()
    config = Config.from_mapping({"isolate_checks": False})
    [finding] = check_documents([from_text("x")], config, rules=[ReportsCollection]).reports[0].findings
    assert finding.message.split() == [str(os.getpid()), "True"]


_COLLECTIONS_OVER_A_DOCUMENT = {"document": None, "walked": False}


def _note_a_collection_over_a_document(phase, info):
    if phase == "start" and _COLLECTIONS_OVER_A_DOCUMENT["document"]() is not None:
        _COLLECTIONS_OVER_A_DOCUMENT["walked"] = True


class ReportsCollectionsOverADocument(Rule):
    """Reports whether a garbage collection started in its worker while the document it checked before was still
    alive, then shares some ten thousand objects about this one, as real rules share tokens (test rule)."""

    id = "test.collections-over-a-document"
    category = Category.COPY

    def check(self, document):
        import gc
        import weakref

        state = _COLLECTIONS_OVER_A_DOCUMENT
        if state["document"] is None:
            gc.callbacks.append(_note_a_collection_over_a_document)
        yield self.finding(document, 0, 1, f"{os.getpid()} {state['walked']}")
        state["document"] = weakref.ref(document)
        document.shared("objects", lambda: [[n] for n in range(10_000)])


def test_a_worker_drops_each_document_and_its_shared_work_before_collection_resumes():
    """A collection that starts while a checked document is alive walks every object its rules shared (on a long
    page, hundreds of thousands); dropped before collection resumes, they die by reference counting alone."""
    reports = [check_documents([from_text("x")], rules=[ReportsCollectionsOverADocument]).reports[0] for _ in range(3)]
    pids = {finding.message.split()[0] for report in reports for finding in report.findings}
    assert len(pids) == 1 and pids != {str(os.getpid())}
    assert [finding.message.split()[1] for report in reports for finding in report.findings] == ["False"] * 3


def test_checking_an_article_with_every_local_rule_leaves_no_cyclic_garbage():
    """What makes pausing collection in the worker safe: its garbage all goes by reference counting."""
    import gc

    html = (Path(__file__).resolve().parents[2] / "benchmarks" / "fixtures" / "article_1500.html").read_text()
    config = Config.from_mapping({"disable": ["link", "copy.languagetool"], "isolate_checks": False},
                                 skip_external=True)
    check_documents([from_html(html, "warm-up.html")], config)  # vocabularies loaded, memos filled
    gc.collect()
    gc.disable()
    try:
        run = check_documents([from_html(html, "article.html")], config)
        assert run.reports[0].findings
        del run
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_300_kb_word_is_checked_by_every_rule_within_the_limits():
    # The spelling rule's one-edit suggestions for a word this long once needed terabytes.
    word = "".join("abcdefghij"[(n * 7) % 10] for n in range(300_000))
    config = Config.from_mapping({"disable": ["link", "copy.languagetool"], "check_memory_limit": 512},
                                 skip_external=True)
    findings = check_documents([from_text(f"Hello {word} world.")], config).reports[0].findings
    assert [f.message for f in findings if f.rule == CHECK_FAILED] == []


def test_a_worker_killed_while_idle_is_replaced():
    import signal

    first = check_documents([from_text("x")], rules=[ReportsLimits]).reports[0].findings[0]
    pid = int(first.message.split()[0])
    os.kill(pid, signal.SIGKILL)  # as the kernel's out-of-memory killer would
    while Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z":
        time.sleep(0.01)  # until it is dead (a zombie, not yet reaped by the engine)
    [second] = check_documents([from_text("x")], rules=[ReportsLimits]).reports[0].findings
    assert second.rule == "test.limits"
    assert int(second.message.split()[0]) not in (os.getpid(), pid)


def test_a_worker_keeps_none_of_the_sockets_its_parent_had_open():
    """A web server forks the worker while it holds client connections: the worker must not keep
    them open, or a response would never end for the client (the socket closes on the last copy)."""
    import signal
    import socket

    first = check_documents([from_text("x")], rules=[ReportsLimits]).reports[0].findings[0]
    pid = int(first.message.split()[0])
    os.kill(pid, signal.SIGKILL)  # the next check forks a fresh worker
    while Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z":
        time.sleep(0.01)
    server_side, client_side = socket.socketpair()
    with server_side, client_side:
        [finding] = check_documents([from_text("x")], rules=[ReportsLimits]).reports[0].findings
        assert int(finding.message.split()[0]) != os.getpid()  # it ran in a worker forked just now
        server_side.close()  # the server is done with this client
        client_side.settimeout(10)
        assert client_side.recv(1) == b""  # the client sees the end: no other process holds it
