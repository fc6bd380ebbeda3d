"""A decision taken while a save of the page is in flight: the save's check lapses it, or the
decision is refused, never neither (on PostgreSQL the page's row lock orders the two)."""

import threading

import pytest
from cms_testing import make_article, paragraphs, written_by
from django.db import connection
from django.db.models.signals import post_save
from review_testing import edit, finding
from wagtail.models import Revision

from review import decisions
from review.checks import latest_run
from review.models import FindingDecision

# Real concurrent connections: committed data (the root page, the groups) is restored per test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def postgresql_only():
    # SQLite's in-memory test database locks whole tables across threads; its writers are
    # serialised by BEGIN IMMEDIATE instead (see tests/cms/test_cms_concurrency.py).
    if connection.vendor != "postgresql":
        pytest.skip("row locks: PostgreSQL")


class PausedSave:
    """Runs `edit` in a thread that stops right after its revision was saved and checked,
    before Wagtail points the page at the new revision, until `go` is set."""

    def __init__(self, page, user, *texts):
        self.checked, self.go, self.error = threading.Event(), threading.Event(), None
        self.thread = threading.Thread(target=self._run, args=(page, user, texts), name="saving")

    def _pause(self, sender, instance, created, **kwargs):
        if threading.current_thread() is self.thread:
            self.checked.set()
            self.go.wait()

    def _run(self, page, user, texts):
        try:
            edit(page, user, *texts)  # save_revision is one transaction
        except BaseException as error:  # noqa: BLE001 - reported by the test
            self.error = error
            self.checked.set()
        finally:
            connection.close()

    def __enter__(self):
        post_save.connect(self._pause, sender=Revision, dispatch_uid="test.paused_save")
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.go.set()
        self.thread.join()
        post_save.disconnect(sender=Revision, dispatch_uid="test.paused_save")
        assert self.error is None, self.error


def decide_in_thread(stale, reviewer) -> dict:
    outcome = {}

    def run():
        try:
            outcome["decision"] = decisions.waive(stale, reviewer, "Accepted while the editor was saving.")
        except decisions.DecisionInvalid as refused:
            outcome["refused"] = refused
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return {"thread": thread, "outcome": outcome}


def assert_no_decision_outlives_its_finding(page):
    page.refresh_from_db()
    current = {f.fingerprint for f in latest_run(page).findings.all()}
    in_force = set(FindingDecision.objects.filter(page=page, lapsed_at__isnull=True).values_list("fingerprint",
                                                                                                  flat=True))
    assert in_force <= current


@pytest.fixture
def page(site_tree, editor):
    article = make_article(site_tree[1], "racing", publish=False,
                           body=paragraphs("Wash gently.", "This cream is a miracle cure for acne."))
    return written_by(article, editor)


def test_a_decision_taken_while_a_save_is_in_flight_never_outlives_its_finding(page, editor, reviewer):
    stale = finding(page)
    with PausedSave(page, editor, "Wash gently.", "This new cream is a miracle cure for acne.") as save:
        save.checked.wait()
        # The new revision is saved and checked (and its check lapsed the decisions it no longer
        # has), but not committed: the page row still names the old revision.
        racer = decide_in_thread(stale, reviewer)
        racer["thread"].join(2)  # without the page lock the decision lands now, on the old text
    racer["thread"].join()
    assert racer["outcome"], "the decision neither went through nor was refused"
    assert_no_decision_outlives_its_finding(page)
