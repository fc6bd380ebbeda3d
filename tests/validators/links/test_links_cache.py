"""Result caches: TTL per outcome, the JSON file between runs, and the checker using them."""

import json
import time

from validators.links.cache import DEFAULT_TTL, JsonFileCache, MemoryCache
from validators.links.client import check_urls
from validators.links.results import Hop, LinkResult, Outcome


def result(outcome=Outcome.OK, age=0.0, **fields):
    return LinkResult(url="https://example.org/a", outcome=outcome, checked_at=time.time() - age, **fields)


def test_ok_results_last_longer_than_errors():
    cache = MemoryCache()
    cache.set_many({"ok": result(age=3600 * 5), "broken": result(Outcome.BROKEN, age=3600 * 5, status=404)})
    assert set(cache.get_many(["ok", "broken"])) == {"ok"}
    assert DEFAULT_TTL[Outcome.OK] > DEFAULT_TTL[Outcome.BROKEN] > DEFAULT_TTL[Outcome.TIMEOUT]


def test_policy_outcomes_are_not_cached():
    cache = MemoryCache()
    cache.set_many({"a": result(Outcome.BLOCKED), "b": result(Outcome.UNCHECKED), "c": result(Outcome.INVALID)})
    assert len(cache) == 0


def test_json_file_cache_round_trip(tmp_path):
    path = tmp_path / "links.json"
    stored = result(
        status=200, final_url="https://example.org/b", redirects=[Hop("https://example.org/a", 301, "https://example.org/b")],
        anchors=frozenset({"top", "dosage"}), content_type="text/html",
    )
    JsonFileCache(path).set_many({"https://example.org/a": stored})
    loaded = JsonFileCache(path).get_many(["https://example.org/a"])["https://example.org/a"]
    assert loaded == stored and loaded.permanently_moved and loaded.has_anchor("dosage")


def test_json_file_cache_drops_expired_entries(tmp_path):
    path = tmp_path / "links.json"
    JsonFileCache(path).set_many({"old": result(Outcome.TIMEOUT, age=DEFAULT_TTL[Outcome.TIMEOUT] + 1)})
    assert JsonFileCache(path).get_many(["old"]) == {}
    assert json.loads(path.read_text())["results"] == {}


def test_corrupt_cache_file_is_moved_aside_not_lost(tmp_path, caplog):
    path = tmp_path / "links.json"
    path.write_text("{not json")
    cache = JsonFileCache(path)
    assert cache.get_many(["x"]) == {}
    assert (tmp_path / "links.json.corrupt").read_text() == "{not json"
    assert "unreadable" in caplog.text


def test_checker_does_not_refetch_cached_results(site, tmp_path):
    cache = JsonFileCache(tmp_path / "links.json")
    urls = [site.url + "/ok", site.url + "/status/404"]
    first = check_urls(urls, site.options(), cache)
    site.reset()
    second = check_urls(urls, site.options(), JsonFileCache(tmp_path / "links.json"))
    assert site.log.requests == []
    assert [r.outcome for r in second.values()] == [r.outcome for r in first.values()] == [Outcome.OK, Outcome.BROKEN]


def test_cached_head_result_is_refetched_when_anchors_are_needed(site):
    cache = MemoryCache()
    check_urls([site.url + "/anchors"], site.options(), cache)
    results = check_urls([site.url + "/anchors#dosage"], site.options(), cache)
    assert [r.method for r in site.log.requests] == ["HEAD", "GET"]
    assert results[site.url + "/anchors#dosage"].has_anchor("dosage")


def test_memory_cache_keeps_only_the_newest_entries():
    cache = MemoryCache(max_entries=2)
    for name in ("a", "b", "c"):
        cache.set_many({name: result()})
    assert set(cache.get_many(["a", "b", "c"])) == {"b", "c"}


def test_rules_use_the_cache_the_run_is_given(site, tmp_path):
    from validators.config import Config
    from validators.engine import check_documents
    from validators.links.status import HttpStatusRule
    from validators.sources import from_html

    shared = MemoryCache()
    unused_file = tmp_path / "not-used.json"
    config = Config().replace(base_url=site.url, host_interval=0.0, cache_path=str(unused_file), link_cache=shared)
    check_documents([from_html('<p><a href="/status/404">x</a></p>')], config, rules=[HttpStatusRule])
    assert shared.get_many([site.url + "/status/404"])[site.url + "/status/404"].status == 404
    assert not unused_file.exists()
