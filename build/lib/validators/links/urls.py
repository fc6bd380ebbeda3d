"""Reading an href as written: what kind of link it is, where it points, what is wrong with it.

Nothing here touches the network, and nothing here raises on bad input: a malformed
href becomes a `Target` of kind MALFORMED with a message an editor can act on.
"""

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from validators.links.schemes import data_problem, mailto_problem, tel_problem


class Kind(StrEnum):
    HTTP = "http"  # fetchable http(s) address
    SELF_FRAGMENT = "self-fragment"  # "#id": a place in this document
    MAILTO = "mailto"
    TEL = "tel"
    DATA = "data"
    OTHER_SCHEME = "other-scheme"  # ftp:, javascript:, sms: ... not checked
    UNRESOLVED = "unresolved"  # relative, but no base URL to resolve it against
    EMPTY = "empty"  # "" or "#": the page itself
    MALFORMED = "malformed"


@dataclass(frozen=True)
class Target:
    href: str
    kind: Kind
    resolved: str | None = None  # absolute address, fragment kept
    page: str | None = None  # absolute address without fragment or credentials: what is fetched
    fragment: str = ""
    problem: str = ""  # why the href is malformed or invalid


_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
# Code points a host may not contain (WHATWG URL "forbidden host code points").
_FORBIDDEN_HOST = re.compile(r"[\x00-\x20#%/:<>?@\[\\\]^|\x7f]")
_VALIDATED_SCHEMES = {"mailto": (Kind.MAILTO, mailto_problem), "tel": (Kind.TEL, tel_problem),
                      "data": (Kind.DATA, data_problem)}


_C0_AND_SPACE = "".join(map(chr, range(0x21)))


def read_href(href: str, base_url: str | None = None) -> Target:
    # Browsers (the URL standard) drop leading/trailing C0 controls and spaces, and any tab or
    # newline inside an href.
    cleaned = re.sub(r"[\t\n\r]", "", href.strip(_C0_AND_SPACE))
    if cleaned in ("", "#"):
        return Target(href, Kind.EMPTY)
    if cleaned.startswith("#"):
        return Target(href, Kind.SELF_FRAGMENT, fragment=unquote(cleaned[1:]))
    scheme_match = _SCHEME.match(cleaned)
    scheme = scheme_match.group(1).lower() if scheme_match else None
    if scheme in _VALIDATED_SCHEMES:
        kind, validate = _VALIDATED_SCHEMES[scheme]
        problem = validate(cleaned[len(scheme) + 1 :])
        return Target(href, Kind.MALFORMED if problem else kind, problem=problem)
    if scheme in ("http", "https"):
        return _http_target(href, cleaned)
    if scheme is not None and len(scheme) == 1:
        return Target(href, Kind.MALFORMED, problem="this is a file path on one computer (C:\\...), not a web address")
    if scheme is not None:
        return Target(href, Kind.OTHER_SCHEME)
    if cleaned.startswith("//"):
        base_scheme = urlsplit(base_url).scheme if base_url else "https"
        return _http_target(href, f"{base_scheme}:{cleaned}")
    if not base_url:
        return Target(href, Kind.UNRESOLVED)
    try:
        absolute = urljoin(base_url, cleaned)
    except ValueError as error:  # e.g. an unclosed IPv6 bracket
        return Target(href, Kind.MALFORMED, problem=f"not a valid address ({error})")
    return _http_target(href, absolute)


def _http_target(href: str, absolute: str) -> Target:
    problem = http_problem(absolute)
    if problem:
        return Target(href, Kind.MALFORMED, problem=problem)
    parts = urlsplit(absolute)
    netloc = parts.netloc.rsplit("@", 1)[-1]  # credentials are never sent
    page = urlunsplit((parts.scheme.lower(), netloc.lower(), parts.path or "/", parts.query, ""))
    resolved = page + ("#" + parts.fragment if parts.fragment else "")
    return Target(href, Kind.HTTP, resolved=resolved, page=page, fragment=unquote(parts.fragment))


def http_problem(url: str) -> str:
    """Why an absolute http(s) address cannot be requested, or "" when it can."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        return f"the address cannot be parsed ({error})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"'{parts.scheme}:' is not a web address"
    if not parts.netloc or not parts.hostname:
        return "the address has no host name (expected e.g. https://example.org/page)"
    if port == 0:
        return "port 0 cannot be connected to"
    host = parts.hostname
    if host.startswith("[") or ":" in host:
        return ""  # an IPv6 literal: urlsplit has already validated the brackets
    if _FORBIDDEN_HOST.search(host):
        return f"the host name '{host}' contains a character a host name cannot have"
    try:
        labels = host.rstrip(".").encode("idna").split(b".")
    except UnicodeError:
        return f"the host name '{host}' is not a valid domain name"
    if any(not label for label in labels):
        return f"the host name '{host}' has an empty part"
    return ""


def host_and_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return (parts.hostname or "").lower(), parts.port or (443 if parts.scheme == "https" else 80)


def same_site(url: str, base_url: str | None) -> bool:
    """Is `url` on the site named by `base_url` (same host and port)?"""
    return bool(base_url) and host_and_port(url) == host_and_port(base_url)
