"""SSRF protection: the link checker never connects to an internal address unless told to.

A link in an article is input from an editor (or from whoever wrote the page a link
redirects to). Fetching it from the server must not reach loopback services, the
private network or the cloud metadata endpoint. Every address is checked *after* DNS
resolution, inside the resolver the HTTP client connects with, so the address checked
is the address connected to (no time-of-check/time-of-use gap through DNS rebinding);
IP-literal hosts, which skip the resolver, are checked before each request. Redirects
are followed by the checker itself, so every hop passes through both checks.

The site's own host (`--base-url`) and the configured `links.allow_hosts` are exempt:
a staging site on 127.0.0.1 must be checkable.
"""

import ipaddress
import socket
from urllib.parse import urlsplit

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver


class BlockedAddressError(OSError):
    """Raised when a host resolves only to addresses the guard refuses."""


# Cloud metadata endpoints that are not all covered by the private/link-local ranges.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200", "169.254.170.2")
)


def forbidden_address(address: str) -> bool:
    """True for loopback, private, link-local, multicast, reserved, unspecified and metadata addresses."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return True  # not an address we can judge: refuse
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (
        ip in METADATA_ADDRESSES
        or not ip.is_global
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_private
        or ip.is_unspecified
    )


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


def host_key(host: str, port: int | None) -> tuple[str, int | None]:
    return host.lower().rstrip(".").strip("[]"), port


class AddressGuard:
    """Decides whether a host (and port) may be connected to."""

    def __init__(self, base_url: str | None = None, allow_hosts: tuple[str, ...] = ()):
        self._allowed: set[tuple[str, int | None]] = set()
        if base_url:
            parts = urlsplit(base_url)
            if parts.hostname:
                self._allowed.add(host_key(parts.hostname, parts.port or _default_port(parts.scheme)))
        for entry in allow_hosts:
            parts = urlsplit("//" + entry.strip())
            if parts.hostname:
                self._allowed.add(host_key(parts.hostname, parts.port))  # no port: any port

    def allowed(self, host: str, port: int) -> bool:
        name, _ = host_key(host, port)
        return (name, port) in self._allowed or (name, None) in self._allowed

    def refuses_literal(self, host: str, port: int) -> bool:
        """An IP-literal host that is not allowed and not public (checked before connecting)."""
        name, _ = host_key(host, port)
        try:
            ipaddress.ip_address(name.split("%", 1)[0])
        except ValueError:
            return False  # a name: the resolver checks what it resolves to
        return not self.allowed(name, port) and forbidden_address(name)


class GuardedResolver(AbstractResolver):
    """Resolves through `inner` and drops every address the guard refuses."""

    def __init__(self, guard: AddressGuard, inner: AbstractResolver | None = None):
        self.guard = guard
        self.inner = inner or DefaultResolver()

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET):
        results: list[ResolveResult] = await self.inner.resolve(host, port, family)
        if self.guard.allowed(host, port):
            return results
        public = [r for r in results if not forbidden_address(r["host"])]
        if not public:
            addresses = ", ".join(sorted({r["host"] for r in results}))
            raise BlockedAddressError(f"{host} resolves to an internal address ({addresses})")
        return public

    async def close(self) -> None:
        await self.inner.close()
