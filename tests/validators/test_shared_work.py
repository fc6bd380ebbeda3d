"""The per-run context: work the rules of one run share about a document (`Document.shared`)."""

import pickle
import threading
import uuid

import pytest

from validators.config import Config
from validators.engine import check_documents
from validators.findings import Category
from validators.registry import Rule
from validators.sources import from_text


def _analysis(document) -> str:
    """Stands for a costly shared pass (tokens, claim analysis): a value unique to each computation."""
    return document.shared(_analysis, lambda: uuid.uuid4().hex)


class FirstReader(Rule):
    """Reports the shared analysis it was handed."""

    id = "test.first-reader"
    category = Category.COPY

    def check(self, document):
        yield self.finding(document, 0, 1, _analysis(document))


class SecondReader(FirstReader):
    """Reports the shared analysis it was handed."""

    id = "test.second-reader"


def _analyses(documents, isolate: bool) -> list[set[str]]:
    config = Config(isolate_checks=isolate)
    run = check_documents(documents, config, rules=[FirstReader, SecondReader])
    return [{f.message for f in report.findings} for report in run.reports]


@pytest.mark.parametrize("isolate", [True, False], ids=["worker process", "thread"])
def test_rules_of_a_run_share_one_computation_per_document(isolate):
    documents = [from_text("Alpha beta gamma.", "a.txt"), from_text("Delta epsilon zeta.", "b.txt")]
    first, second = _analyses(documents, isolate)
    assert len(first) == 1 and len(second) == 1  # both rules saw the same value
    assert first != second  # each document has its own


@pytest.mark.parametrize("isolate", [True, False], ids=["worker process", "thread"])
def test_a_new_run_computes_afresh_for_the_same_document(isolate):
    document = from_text("Alpha beta gamma.", "a.txt")
    assert _analyses([document], isolate) != _analyses([document], isolate)


def test_shared_work_stays_behind_when_a_document_is_sent_elsewhere():
    document = from_text("Alpha beta gamma.", "a.txt")
    before = _analysis(document)
    copy = pickle.loads(pickle.dumps(document))
    assert copy == document
    assert _analysis(copy) != before
    assert _analysis(document) == before


def test_threads_wait_only_for_the_same_work():
    document = from_text("Alpha beta gamma.", "a.txt")
    started, release = threading.Event(), threading.Event()
    computed = []

    def slow():
        computed.append("slow")
        started.set()
        release.wait(30)
        return "slow value"

    results = {}
    first = threading.Thread(target=lambda: results.setdefault("first", document.shared("slow", slow)))
    first.start()
    assert started.wait(30)
    # Other work is not held up by the slow computation...
    assert document.shared("quick", lambda: "quick value") == "quick value"
    # ...while a second asker of the same work waits for it instead of computing it again.
    second = threading.Thread(target=lambda: results.setdefault("second", document.shared("slow", slow)))
    second.start()
    release.set()
    first.join(30)
    second.join(30)
    assert results == {"first": "slow value", "second": "slow value"}
    assert computed == ["slow"]
