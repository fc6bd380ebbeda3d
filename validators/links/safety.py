"""SSRF protection: the link checker never connects to an internal address unless told to.

A link in an article is input from an editor (or from whoever wrote the page a link
redirects to). Fetching it from the server must not reach loopback services, the
private network or the cloud metadata endpoint, and what the checker answers about a
refused address must not tell the editor anything about it (no status, no error text).

The guard judges exactly the address the HTTP client will connect to:

- the host is read by the client's own URL parser (yarl: IDNA with NFKC, so full-width
  digits, ideographic full stops and circled digits become the ASCII address they stand
  for) and by aiohttp's own test of what counts as an IP literal;
- an IP literal is judged as it is (aiohttp refuses the legacy numeric forms such as
  `2130706433` or `127.1`); any other host is resolved here, every address it resolves
  to must be allowed, and those addresses are *pinned*: the connection pool resolves
  through `PinnedResolver`, which answers only with the addresses the guard approved
  (no second lookup, so no DNS-rebinding gap) and refuses every host it was not given;
- redirects are followed by the checker itself, so every hop is judged the same way.

IPv6 forms that carry an IPv4 address (IPv4-mapped and -compatible, 6to4, NAT64,
Teredo) are judged by the IPv4 address they carry as well.

The site's own host (`--base-url`) and the configured `links.allow_hosts` are exempt:
a staging site on 127.0.0.1 must be checkable.
"""

import ipaddress
import socket

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.helpers import is_ip_address
from aiohttp.resolver import DefaultResolver
from yarl import URL

from validators.links.results import REFUSED


class BlockedAddressError(OSError):
    """The guard refused to connect; the message never names what the host resolved to."""

    def __init__(self):
        super().__init__(REFUSED)


# Cloud metadata endpoints that are not all covered by the private/link-local ranges.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200", "169.254.170.2")
)
NAT64_PREFIXES = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address hands on to (compatible, 6to4, NAT64, Teredo)."""
    carried = [ip.sixtofour, *(ip.teredo or ())]
    if ip in IPV4_COMPATIBLE or any(ip in prefix for prefix in NAT64_PREFIXES):
        carried.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return [address for address in carried if address is not None]


def _internal(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
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


def forbidden_address(address: str) -> bool:
    """True for loopback, private, link-local, multicast, reserved, unspecified and metadata
    addresses, for IPv6 addresses that carry one of them, and for anything that is not an address."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return True  # not an address we can judge: refuse
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:  # the socket connects to the IPv4 address itself
            return _internal(ip.ipv4_mapped)
        if any(_internal(v4) for v4 in embedded_ipv4(ip)):
            return True
    return _internal(ip)


def client_host(host: str) -> str:
    """A host as the HTTP client connects to it: yarl's IDNA/NFKC form, lower case, no trailing dot."""
    return (URL.build(scheme="http", host=host).raw_host or "").rstrip(".")


class AddressGuard:
    """Decides which addresses may be connected to, and pins the ones it approved."""

    def __init__(self, base_url: str | None = None, allow_hosts: tuple[str, ...] = (),
                 resolver: AbstractResolver | None = None):
        self._allowed: set[tuple[str, int | None]] = set()
        self._resolver = resolver  # the system's (created on first use, inside the event loop) when None
        self._pins: dict[tuple[str, int], list[ResolveResult]] = {}
        if base_url:
            url = URL(base_url)
            if url.raw_host:
                self._allowed.add((client_host(url.raw_host), url.port))
        for entry in allow_hosts:
            url = URL("http://" + entry.strip())
            if url.raw_host:
                self._allowed.add((client_host(url.raw_host), url.explicit_port))  # no port: any port

    def allowed(self, host: str, port: int) -> bool:
        name = client_host(host)
        return (name, port) in self._allowed or (name, None) in self._allowed

    async def approve(self, url: URL) -> None:
        """Let a request to `url` go ahead, or raise `BlockedAddressError`.

        A host name is resolved once per batch; its addresses are pinned for the connection.
        Other resolution failures (an unknown name) raise `OSError` as they are.
        """
        host, port = url.raw_host or "", url.port or 0
        allowed = self.allowed(host, port)
        if is_ip_address(host):  # aiohttp connects to an IP literal without resolving it
            if not allowed and forbidden_address(host):
                raise BlockedAddressError
            return
        if (host, port) in self._pins:
            return
        if self._resolver is None:
            self._resolver = DefaultResolver()
        addresses = await self._resolver.resolve(host, port, socket.AF_UNSPEC)
        if not allowed and (not addresses or any(forbidden_address(a["host"]) for a in addresses)):
            raise BlockedAddressError
        self._pins[(host, port)] = addresses

    def pinned(self, host: str, port: int) -> list[ResolveResult]:
        try:
            return self._pins[(host, port)]
        except KeyError:
            raise BlockedAddressError from None

    async def close(self) -> None:
        if self._resolver is not None:
            await self._resolver.close()


class PinnedResolver(AbstractResolver):
    """The connection pool's resolver: the addresses the guard approved, nothing else."""

    def __init__(self, guard: AddressGuard):
        self.guard = guard

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET):
        return self.guard.pinned(host, port)

    async def close(self) -> None:
        await self.guard.close()
