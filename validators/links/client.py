"""The asynchronous link checker: fetch many addresses quickly without hammering anyone.

`check_urls(urls, options, cache)` returns a `LinkResult` for every address. Politeness
and safety are built in rather than left to callers:

- at most `options.per_host` requests in flight per host and `options.host_interval`
  seconds between their starts, under a global limit of `options.concurrency` (with a
  shared `schedule`, the first two hold across processes: `limits.HostSchedule`);
- one connection pool for the whole batch (keep-alive), a clear User-Agent, no cookies
  and no credentials (userinfo is stripped from addresses, no netrc, no proxy env);
- HEAD first, GET when HEAD is refused (405/403/501), to confirm any other failing
  answer, or when the page's anchors are needed; bodies read only up to `options.max_body_bytes`;
- redirects followed by hand (each hop is checked by the address guard), loops caught;
- 5xx and connection failures retried with exponential backoff, 429 waits for
  `Retry-After` (and slows the whole host down), all within `options.timeout` seconds
  per address;
- SSRF protection through `safety.AddressGuard` (see there);
- optionally a deadline for the whole batch: addresses without an answer by then are
  `NOT_CHECKED_IN_TIME` (their requests are cancelled; nothing is left running).

The requests themselves are made by `fetcher`, imported only when something is fetched; asyncio
too (~0.06 s of a cold CLI run that fetches nothing).
"""

from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from validators.config import LinkOptions
from validators.links.cache import LinkCache
from validators.links.results import LinkResult, Outcome
from validators.links.urls import http_problem, same_site

if TYPE_CHECKING:
    from aiohttp.abc import AbstractResolver

    from validators.links.limits import HostSchedule  # imports asyncio: only the fetcher needs it


def split_fragment(url: str) -> tuple[str, str]:
    """The page an address names (without fragment and credentials, which are never sent) and its fragment."""
    page, _, fragment = url.partition("#")
    try:
        parts = urlsplit(page)
    except ValueError:
        return page, fragment  # malformed: `LinkChecker.check` reports it
    if "@" in parts.netloc:
        page = urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))
    return page, fragment


def needs_anchor_check(fragment: str) -> bool:
    # "#:~:text=..." is a text fragment and "#!/route" a script route: neither names an element.
    return bool(fragment) and not fragment.startswith((":~:", "!"))


async def check_urls_async(
    urls: Iterable[str],
    options: LinkOptions,
    cache: LinkCache | None = None,
    resolver: "AbstractResolver | None" = None,
    deadline: float | None = None,
    schedule: "HostSchedule | None" = None,
) -> dict[str, LinkResult]:
    """Check absolute http(s) addresses; the answer maps each given address to its page's result.

    Addresses differing only in their fragment are fetched once; fragments that name an
    element make the page be read (GET) so `result.has_anchor(fragment)` can answer.
    `deadline`: seconds for the whole batch (None: each address has only its own timeout).
    `schedule`: per-host start times shared with other processes (see `limits.HostSchedule`).
    """
    urls, want_anchors, results = _from_cache(urls, cache)
    fresh, pending = _settle(want_anchors, results, options)
    if pending:
        fetched = await _fetch(pending, want_anchors, options, resolver, deadline, schedule)
        fresh.update(zip(pending, fetched, strict=True))
    return _answer(urls, results, fresh, cache)


def _from_cache(urls, cache):
    urls = list(dict.fromkeys(urls))
    want_anchors: dict[str, bool] = {}
    for url in urls:
        page, fragment = split_fragment(url)
        want_anchors[page] = want_anchors.get(page, False) or needs_anchor_check(fragment)
    results = cache.get_many(want_anchors) if cache is not None else {}
    results = {page: r for page, r in results.items() if not _lacks_anchors(r, want_anchors[page])}
    return urls, want_anchors, results


def _settle(want_anchors, results, options) -> tuple[dict[str, LinkResult | None], list[str]]:
    """Results that need no request, and the pages that do."""
    fresh = {page: _settled_without_request(page, options) for page in want_anchors if page not in results}
    return fresh, [page for page, result in fresh.items() if result is None]


async def _fetch(pending, want_anchors, options, resolver, deadline, schedule=None) -> list[LinkResult]:
    import asyncio

    from validators.links.fetcher import LinkChecker, check_isolated  # imports aiohttp: only when fetching

    async with LinkChecker(options, resolver, schedule) as checker:
        tasks = [asyncio.create_task(check_isolated(checker, page, want_anchors[page])) for page in pending]
        _, late = await asyncio.wait(tasks, timeout=deadline)
        for task in late:
            task.cancel()
        await asyncio.gather(*late, return_exceptions=True)
        return [
            _not_in_time(page, deadline) if task in late else task.result()
            for page, task in zip(pending, tasks, strict=True)
        ]


def _not_in_time(page: str, deadline: float) -> LinkResult:
    return LinkResult(page, Outcome.NOT_CHECKED_IN_TIME, final_url=page,
                      message=f"not checked in time (the link phase has {deadline:g} s)")


def _answer(urls, results, fresh, cache) -> dict[str, LinkResult]:
    if fresh:
        if cache is not None:
            cache.set_many(fresh)
        results.update(fresh)
    return {url: results[split_fragment(url)[0]] for url in urls}


def fetchable(url: str, options: LinkOptions) -> bool:
    """Policy, not safety: with skip_external only the site's own host is fetched."""
    return not options.skip_external or same_site(url, options.base_url)


def _settled_without_request(page: str, options: LinkOptions) -> LinkResult | None:
    """The result of a page no request is made for (a bad address; another site's under
    skip_external), or None. Settled here so that such runs never import the HTTP client."""
    try:
        problem = http_problem(page)
        if problem:
            return LinkResult(page, Outcome.INVALID, final_url=page, message=problem)
        if not fetchable(page, options):
            return LinkResult(page, Outcome.UNCHECKED, final_url=page, message="external host not fetched")
    except ValueError:
        return None  # the fetcher reports it, isolated from the other addresses
    return None


def _lacks_anchors(result: LinkResult, want_anchors: bool) -> bool:
    """A cached result from a HEAD request cannot answer an anchor question about an HTML page."""
    maybe_html = result.is_html or not result.content_type
    return want_anchors and result.ok and result.anchors is None and maybe_html


def check_urls(
    urls: Iterable[str],
    options: LinkOptions,
    cache: LinkCache | None = None,
    resolver: "AbstractResolver | None" = None,
    deadline: float | None = None,
    schedule: "HostSchedule | None" = None,
) -> dict[str, LinkResult]:
    """`check_urls_async` for synchronous callers (the CLI, Django views, management commands).

    The cache is read and written here, in the caller's thread and outside any event loop,
    so a cache backed by a database (the CMS's) can use the caller's connection and transaction.
    """
    urls, want_anchors, results = _from_cache(urls, cache)
    fresh, pending = _settle(want_anchors, results, options)
    if pending:  # no event loop at all when nothing needs a request
        import asyncio
        from concurrent.futures import ThreadPoolExecutor

        coroutine = _fetch(pending, want_anchors, options, resolver, deadline, schedule)
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            fetched = asyncio.run(coroutine)
        else:
            # Called from inside an event loop (an async view): run the batch on a loop of its own.
            with ThreadPoolExecutor(max_workers=1) as pool:
                fetched = pool.submit(asyncio.run, coroutine).result()
        fresh.update(zip(pending, fetched, strict=True))
    return _answer(urls, results, fresh, cache)
