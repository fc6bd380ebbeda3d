"""The link family: broken targets, permanent redirects, missing anchors, malformed hrefs
and text that announces a link it does not have.

For reuse outside the rules (the CMS builds its own link checks on these):

- `check_urls(urls, options, cache) -> {url: LinkResult}` (and `check_urls_async`):
  polite, SSRF-safe fetching of absolute http(s) addresses; see `client`.
- `LinkCache` (the two-method interface), `MemoryCache`, `JsonFileCache`, `ttl_for`; a run
  uses another cache (the CMS's database table) through `Config.link_cache`; see `cache`.
- `read_href(href, base_url) -> Target`: what an href is, without the network; see `urls`.
"""

from validators.links.cache import JsonFileCache, LinkCache, MemoryCache, ttl_for
from validators.links.client import check_urls, check_urls_async
from validators.links.results import Hop, LinkResult, Outcome
from validators.links.urls import Kind, Target, read_href

__all__ = [
    "Hop", "JsonFileCache", "Kind", "LinkCache", "LinkResult", "MemoryCache", "Outcome", "Target",
    "check_urls", "check_urls_async", "read_href", "ttl_for",
]
