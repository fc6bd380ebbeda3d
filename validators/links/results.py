"""`LinkResult`: what fetching one page address found, in a form a cache can store.

A result describes a page (its URL without `#fragment`); several links with different
fragments share it and ask `has_anchor(fragment)` for their own verdict.
"""

import time
from dataclasses import asdict, dataclass, field
from enum import StrEnum


class Outcome(StrEnum):
    OK = "ok"  # final answer 2xx
    BROKEN = "broken"  # final answer 4xx (404, 410, ...): the page is not there
    SERVER_ERROR = "server-error"  # 5xx after retries: perhaps temporary
    RATE_LIMITED = "rate-limited"  # 429 that outlasted the time budget
    TIMEOUT = "timeout"  # no answer within the time budget
    CONNECTION_ERROR = "connection-error"  # refused, reset, name not resolved, TLS failure
    REDIRECT_LOOP = "redirect-loop"
    TOO_MANY_REDIRECTS = "too-many-redirects"
    BLOCKED = "blocked"  # the address guard refused to connect (SSRF protection), or no such host: not checked
    INVALID = "invalid"  # the URL (or a redirect's Location) cannot be requested
    UNCHECKED = "unchecked"  # not fetched by policy (--skip-external)
    NOT_CHECKED_IN_TIME = "not-checked-in-time"  # the link phase's deadline ran out first (never cached)


# The whole message of a BLOCKED result: nothing about the refused address is reported, and a
# host name that does not resolve at all gets the same words (so no name's existence shows).
REFUSED = "address not allowed or not found"

# Outcomes that may pass with another try; the cache keeps them for a short while only.
TRANSIENT = frozenset({Outcome.SERVER_ERROR, Outcome.RATE_LIMITED, Outcome.TIMEOUT, Outcome.CONNECTION_ERROR})


@dataclass
class Hop:
    """One redirect: `status` answered by `url`, which sent the checker to `location`."""

    url: str
    status: int
    location: str


@dataclass
class LinkResult:
    url: str  # the address fetched (no fragment)
    outcome: Outcome
    status: int | None = None  # final HTTP status, when there was one
    final_url: str | None = None  # where the redirects ended
    redirects: list[Hop] = field(default_factory=list)
    message: str = ""  # a short human explanation of a failure
    anchors: frozenset[str] | None = None  # ids and a@names of the page; None when not read
    anchors_complete: bool = True  # False when the body was cut at the byte cap
    content_type: str = ""
    checked_at: float = field(default_factory=time.time)

    @property
    def ok(self) -> bool:
        return self.outcome == Outcome.OK

    @property
    def permanently_moved(self) -> bool:
        """The first answer was a permanent redirect (301/308): the link should be updated."""
        return bool(self.redirects) and self.redirects[0].status in (301, 308)

    @property
    def is_html(self) -> bool:
        return "html" in self.content_type.lower()

    def has_anchor(self, fragment: str) -> bool | None:
        """True/False when the page's anchors were read, None when they cannot be known."""
        if self.anchors is None or not self.is_html:
            return None
        return fragment in self.anchors

    def to_json(self) -> dict:
        data = asdict(self)
        data["outcome"] = str(self.outcome)
        data["anchors"] = sorted(self.anchors) if self.anchors is not None else None
        return data

    @classmethod
    def from_json(cls, data: dict) -> "LinkResult":
        data = dict(data)
        data["outcome"] = Outcome(data["outcome"])
        data["redirects"] = [Hop(**hop) for hop in data.get("redirects", [])]
        if data.get("anchors") is not None:
            data["anchors"] = frozenset(data["anchors"])
        return cls(**data)
