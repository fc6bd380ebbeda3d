"""The network half of the link checker: one batch of requests through aiohttp.

Kept apart from `client` so that importing the link rules (every CLI run does) does not
import aiohttp, which costs about half a second: this module is imported only when an
address actually has to be fetched. The politeness and safety rules are described in
`client`.
"""

import asyncio
import email.utils
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import aiohttp
from aiohttp.abc import AbstractResolver
from yarl import URL

from validators.config import LinkOptions
from validators.links.anchors import page_anchors
from validators.links.client import fetchable, split_fragment
from validators.links.limits import Deadline, HostLimiter, HostSchedule
from validators.links.results import REFUSED, Hop, LinkResult, Outcome
from validators.links.safety import AddressGuard, BlockedAddressError, PinnedResolver
from validators.links.urls import host_and_port, http_problem

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_HEADER_BYTES = 64 * 1024  # per header line; aiohttp's default (8 KiB) cuts long redirect targets
BACKOFF_BASE = 0.5  # seconds before the first retry; doubled for each further one


@dataclass
class _Answer:
    status: int
    location: str | None
    retry_after: float | None
    content_type: str
    anchors: frozenset[str] | None
    anchors_complete: bool


class _Failure(Exception):
    def __init__(self, outcome: Outcome, message: str):
        super().__init__(message)
        self.outcome = outcome
        self.message = message


class LinkChecker:
    """One batch of checks sharing a connection pool, limits and the address guard."""

    def __init__(self, options: LinkOptions, resolver: AbstractResolver | None = None,
                 schedule: HostSchedule | None = None):
        self.options = options
        self.guard = AddressGuard(options.base_url, options.allow_hosts, resolver)
        # A request holds its host slot while it waits for its start (a host's Retry-After is
        # honoured only within `timeout`) and then for at most `timeout`.
        lease = max(options.host_slot_lease, 2 * options.timeout)
        self.limiter = HostLimiter(options.per_host, options.host_interval, schedule, lease)
        self._global: asyncio.Semaphore | None = None
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "LinkChecker":
        connector = aiohttp.TCPConnector(
            limit=self.options.concurrency,
            limit_per_host=0,  # HostLimiter does this, by host name rather than by port
            resolver=PinnedResolver(self.guard),  # connects only to the addresses the guard approved
            use_dns_cache=False,  # the guard's pins are the cache
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            # A redirect's Location can be as long as any URL (10,000 characters and more).
            max_line_size=MAX_HEADER_BYTES,
            max_field_size=MAX_HEADER_BYTES,
            headers={"User-Agent": self.options.user_agent, "Accept": "text/html,*/*;q=0.8"},
            trust_env=False,
        )
        self._global = asyncio.Semaphore(self.options.concurrency)
        return self

    async def __aexit__(self, *exc_info) -> None:
        await self._session.close()

    async def check(self, page: str, want_anchors: bool) -> LinkResult:
        """Follow `page` (no fragment) through its redirects to a final answer."""
        problem = http_problem(page)
        if problem:
            return _result(page, Outcome.INVALID, [], page, message=problem)
        deadline = Deadline(self.options.timeout)
        hops: list[Hop] = []
        current = page
        while True:
            if not fetchable(current, self.options):
                return _result(page, Outcome.UNCHECKED, hops, current, message="external host not fetched")
            try:
                answer = await self._request_with_retries(current, want_anchors, deadline)
            except _Failure as failure:
                return _result(page, failure.outcome, hops, current, message=failure.message)
            if answer.status in REDIRECT_STATUSES and answer.location is not None:
                target, _ = split_fragment(urljoin(current, answer.location.strip()))
                hops.append(Hop(current, answer.status, target))
                problem = http_problem(target)
                if problem:
                    message = f"redirects to a bad address: {problem}"
                    return _result(page, Outcome.INVALID, hops, target, message=message)
                if target == current or any(hop.url == target for hop in hops):
                    return _result(page, Outcome.REDIRECT_LOOP, hops, target, message="redirects in a loop")
                if len(hops) > self.options.max_redirects:
                    message = f"more than {self.options.max_redirects} redirects"
                    return _result(page, Outcome.TOO_MANY_REDIRECTS, hops, target, message=message)
                current = target
                continue
            if answer.status in REDIRECT_STATUSES:
                message = f"answers {answer.status} (a redirect) without saying where to"
                return _result(page, Outcome.INVALID, hops, current, status=answer.status, message=message)
            outcome = Outcome.OK if answer.status < 400 else Outcome.BROKEN
            if answer.status == 429:
                outcome = Outcome.RATE_LIMITED
            elif answer.status >= 500:
                outcome = Outcome.SERVER_ERROR
            result = _result(page, outcome, hops, current, status=answer.status)
            result.content_type = answer.content_type
            result.anchors, result.anchors_complete = answer.anchors, answer.anchors_complete
            return result

    async def _request_with_retries(self, url: str, want_anchors: bool, deadline: Deadline) -> _Answer:
        host, _ = host_and_port(url)
        await self._approve(url)
        method = "GET" if want_anchors else "HEAD"
        attempt = 0
        while True:
            try:
                answer = await self._request(method, url, want_anchors, deadline)
            except _Failure as failure:
                if failure.outcome != Outcome.CONNECTION_ERROR or not await self._back_off(attempt, deadline):
                    raise
                attempt += 1
                continue
            if method == "HEAD" and _confirm_with_get(answer.status):
                method = "GET"
                continue
            if answer.status == 429 and attempt < self.options.retries:
                wait = answer.retry_after if answer.retry_after is not None else BACKOFF_BASE * 2**attempt
                if wait < deadline.remaining():
                    await self.limiter.pause(host, wait)
                    attempt += 1
                    continue
            if answer.status >= 500 and await self._back_off(attempt, deadline):
                attempt += 1
                continue
            return answer

    async def _approve(self, url: str) -> None:
        """The guard's verdict on the address this request would connect to, before any request."""
        try:
            async with asyncio.timeout(self.options.timeout):
                await self.guard.approve(URL(url))
        except TimeoutError:
            raise _Failure(Outcome.TIMEOUT, f"no answer within {self.options.timeout:g} s") from None
        except BlockedAddressError:
            raise _Failure(Outcome.BLOCKED, REFUSED) from None
        except ValueError as error:  # yarl cannot read the host
            raise _Failure(Outcome.INVALID, f"the address cannot be requested ({error})") from None
        except OSError:
            # A name that does not resolve reads exactly like one that resolves to an internal
            # address: otherwise an editor could tell which internal names exist.
            raise _Failure(Outcome.BLOCKED, REFUSED) from None

    async def _back_off(self, attempt: int, deadline: Deadline) -> bool:
        """Sleep before another attempt; False when no attempt is left or the budget is spent."""
        wait = BACKOFF_BASE * 2**attempt
        if attempt >= self.options.retries or wait >= deadline.remaining():
            return False
        await asyncio.sleep(wait)
        return True

    async def _request(self, method: str, url: str, want_anchors: bool, deadline: Deadline) -> _Answer:
        host, _ = host_and_port(url)
        async with self.limiter.slot(host), self._global:
            remaining = deadline.start()
            if remaining <= 0:
                raise _Failure(Outcome.TIMEOUT, f"no answer within {self.options.timeout:g} s")
            try:
                async with self._session.request(
                    method, URL(url), allow_redirects=False, timeout=aiohttp.ClientTimeout(total=remaining)
                ) as response:
                    return await self._answer(response, method, want_anchors)
            except TimeoutError:
                raise _Failure(Outcome.TIMEOUT, f"no answer within {self.options.timeout:g} s") from None
            except aiohttp.ClientConnectorDNSError:  # refused by the guard, or not found: told alike
                raise _Failure(Outcome.BLOCKED, REFUSED) from None
            except aiohttp.InvalidURL as error:
                raise _Failure(Outcome.INVALID, f"the address cannot be requested ({error})") from None
            except (aiohttp.ClientError, OSError, ValueError) as error:
                raise _Failure(Outcome.CONNECTION_ERROR, _describe(error)) from None

    async def _answer(self, response: aiohttp.ClientResponse, method: str, want_anchors: bool) -> _Answer:
        content_type = response.headers.get("Content-Type", "")
        anchors, complete = None, True
        if want_anchors and method == "GET" and response.status < 300 and "html" in content_type.lower():
            body, complete = await _read_capped(response.content, self.options.max_body_bytes)
            anchors = page_anchors(body, response.charset)
        return _Answer(
            status=response.status,
            location=response.headers.get("Location"),
            retry_after=_retry_after(response.headers.get("Retry-After")),
            content_type=content_type,
            anchors=anchors,
            anchors_complete=complete,
        )


def _confirm_with_get(head_status: int) -> bool:
    """Should a HEAD answer be confirmed with GET before it counts?

    405/403/501 are how servers refuse HEAD. Others (400, 404, 500) answer HEAD wrongly
    often enough that a failing verdict, which can block publishing, is confirmed with a
    GET first; it costs one request per failing link. 429 says nothing about the page.
    """
    return head_status >= 400 and head_status != 429


async def _read_capped(stream: aiohttp.StreamReader, cap: int) -> tuple[bytes, bool]:
    chunks, size = [], 0
    while size < cap:
        chunk = await stream.read(min(65536, cap - size))
        if not chunk:
            return b"".join(chunks), True
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks), stream.at_eof()


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _describe(error: BaseException) -> str:
    if isinstance(error, aiohttp.ClientConnectorError):
        return f"cannot connect to {error.host}:{error.port} ({error.os_error.strerror or error.os_error})"
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def _result(page: str, outcome: Outcome, hops: list[Hop], final: str, status: int | None = None, message: str = ""):
    return LinkResult(url=page, outcome=outcome, status=status, final_url=final, redirects=hops, message=message)


async def check_isolated(checker: LinkChecker, page: str, want_anchors: bool) -> LinkResult:
    """One address's unexpected failure must not take the whole batch down with it."""
    try:
        return await checker.check(page, want_anchors)
    except Exception as error:  # noqa: BLE001 - reported on this link, as a warning
        return LinkResult(page, Outcome.CONNECTION_ERROR, final_url=page, message=f"check failed: {_describe(error)}")
