"""The database-table link result cache: TTL per outcome, long URLs, first_seen, use by the engine."""

import time
from datetime import timedelta

import pytest

from linkcheck.cache import DatabaseCache
from linkcheck.models import LinkResult as StoredResult
from validators.config import LinkOptions
from validators.links.cache import DEFAULT_TTL
from validators.links.client import check_urls
from validators.links.results import Hop, LinkResult, Outcome

pytestmark = pytest.mark.django_db


def result(url, outcome, age=0.0, **fields):
    return LinkResult(url=url, outcome=outcome, checked_at=time.time() - age, **fields)


def test_round_trip_keeps_what_the_engine_needs():
    cache = DatabaseCache()
    stored = result(
        "https://example.org/a", Outcome.OK, status=200, final_url="https://example.org/b",
        redirects=[Hop("https://example.org/a", 301, "https://example.org/b")],
        anchors=frozenset({"dosage", "risks"}), content_type="text/html", anchors_complete=False,
    )
    cache.set_many({stored.url: stored})
    back = cache.get_many(["https://example.org/a", "https://example.org/unknown"])
    assert list(back) == ["https://example.org/a"]
    got = back["https://example.org/a"]
    assert (got.outcome, got.status, got.final_url, got.anchors, got.anchors_complete) == (
        Outcome.OK, 200, "https://example.org/b", frozenset({"dosage", "risks"}), False,
    )
    assert got.permanently_moved and got.has_anchor("risks") is True and got.has_anchor("nope") is False


@pytest.mark.parametrize("outcome", [Outcome.OK, Outcome.BROKEN, Outcome.SERVER_ERROR, Outcome.TIMEOUT])
def test_each_outcome_expires_after_its_ttl(outcome):
    cache = DatabaseCache()
    ttl = DEFAULT_TTL[outcome]
    fresh = result("https://example.org/fresh", outcome, age=ttl - 60)
    stale = result("https://example.org/stale", outcome, age=ttl + 60)
    cache.set_many({fresh.url: fresh, stale.url: stale})
    assert set(cache.get_many([fresh.url, stale.url])) == {fresh.url}
    row = StoredResult.objects.get(url=fresh.url)
    assert abs((row.expires_at - row.checked_at) - timedelta(seconds=ttl)) < timedelta(seconds=1)


def test_errors_are_rechecked_sooner_than_working_links():
    assert DEFAULT_TTL[Outcome.BROKEN] < DEFAULT_TTL[Outcome.OK]
    assert DEFAULT_TTL[Outcome.TIMEOUT] < DEFAULT_TTL[Outcome.BROKEN]


def test_policy_outcomes_are_not_stored():
    cache = DatabaseCache()
    cache.set_many({
        "http://10.0.0.1/": result("http://10.0.0.1/", Outcome.BLOCKED),
        "https://example.org/x": result("https://example.org/x", Outcome.UNCHECKED),
    })
    assert StoredResult.objects.count() == 0


def test_urls_of_any_length_and_first_seen_survives_rechecks():
    cache = DatabaseCache()
    url = "https://example.org/long/" + "a" * 10_000
    cache.set_many({url: result(url, Outcome.BROKEN, status=404)})
    first = StoredResult.objects.get()
    cache.set_many({url: result(url, Outcome.OK, status=200)})
    again = StoredResult.objects.get()
    assert len(again.url) == len(url) and len(again.url_hash) == 64
    assert (again.outcome, again.status) == ("ok", 200)
    assert again.first_seen == first.first_seen and again.checked_at >= first.checked_at
    assert cache.get_many([url])[url].status == 200


def test_check_urls_uses_the_table_in_the_callers_transaction(local_site):
    # The engine reads and writes its cache outside its event loop, in this thread, so the
    # rows are written on this connection: visible here and rolled back with the test.
    url = local_site.url + "/status/410"
    options = LinkOptions(allow_hosts=("127.0.0.1",), host_interval=0.0, timeout=3.0)
    first = check_urls([url + "#part"], options, DatabaseCache())
    assert first[url + "#part"].status == 410
    assert StoredResult.objects.get(url=url).status == 410
    hits = local_site.requests_for("/status/410")
    assert check_urls([url], options, DatabaseCache())[url].status == 410
    assert local_site.requests_for("/status/410") == hits  # answered from the table
