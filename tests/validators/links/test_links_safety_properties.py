"""The SSRF guard against every spelling of an internal address (property-based).

An address can be written in many ways that the URL parser (yarl: IDNA with NFKC), the
resolver (inet_aton's numeric forms) or the IPv6 stack (addresses that carry an IPv4
address) turn back into the same place. Whatever the spelling, the guard must refuse it,
and a real server on 127.0.0.1 must never see a request.
"""

import asyncio
import ipaddress
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from yarl import URL

from validators.links.client import check_urls
from validators.links.results import Outcome
from validators.links.safety import AddressGuard, BlockedAddressError

INTERNAL_V4 = [ipaddress.ip_network(n) for n in (
    "127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "100.64.0.0/10", "0.0.0.0/8",
)]
PUBLIC_V4 = [ipaddress.ip_network(n) for n in ("8.8.0.0/16", "93.184.0.0/16", "1.1.1.0/24")]

# What NFKC (and so IDNA) folds back into ASCII digits and dots.
DIGIT_FORMS = [
    lambda d: str(d),
    lambda d: chr(0xFF10 + d),  # full-width
    lambda d: chr(0x1D7CE + d),  # mathematical bold
    lambda d: "⓪" if d == 0 else chr(0x245F + d),  # circled
]
DOT_FORMS = [".", "。", "．", "｡"]


def ipv4_in(networks):
    return st.sampled_from(networks).flatmap(
        lambda net: st.integers(0, net.num_addresses - 1).map(lambda n: net[n])
    )


@st.composite
def unicode_spelling(draw, ip: ipaddress.IPv4Address, trailing_dot: bool = True) -> str:
    """Dotted quad with each digit and dot drawn from its NFKC look-alikes, perhaps a trailing dot
    (which makes any literal unusable: aiohttp refuses it, and so does the guard)."""
    out = []
    for char in str(ip):
        out.append(draw(st.sampled_from(DOT_FORMS)) if char == "." else draw(st.sampled_from(DIGIT_FORMS))(int(char)))
    return "".join(out) + (draw(st.sampled_from(["", "."])) if trailing_dot else "")


def numeric_spellings(ip: ipaddress.IPv4Address) -> list[str]:
    """The legacy inet_aton forms: one number, octal and hex parts, short forms."""
    a, b, c, d = ip.packed
    whole = int(ip)
    return [
        str(whole), hex(whole), f"0{whole:o}",
        f"0{a:o}.0{b:o}.0{c:o}.0{d:o}", f"{a:#x}.{b:#x}.{c:#x}.{d:#x}",
        f"{a}.{b}.{c * 256 + d}", f"{a}.{b * 65536 + c * 256 + d}", f"{str(ip)}.",
    ]


def ipv6_carriers(ip: ipaddress.IPv4Address) -> list[str]:
    """IPv6 addresses that lead to the IPv4 address: mapped, compatible, NAT64, 6to4, Teredo."""
    v4 = int(ip)
    teredo = (0x20010000 << 96) | (0x41 << 64) | (0x8000 << 48) | (0xFFFF << 32) | (~v4 & 0xFFFFFFFF)
    forms = [f"::ffff:{ip}", f"::{ip}", f"64:ff9b::{ip}", str(ipaddress.IPv6Address((0x2002 << 112) | (v4 << 80) | 1)),
             str(ipaddress.IPv6Address(teredo))]
    return [f"[{form}]" for form in forms]


def spelled(networks):
    return ipv4_in(networks).flatmap(
        lambda ip: st.one_of(
            unicode_spelling(ip), st.sampled_from(numeric_spellings(ip)), st.sampled_from(ipv6_carriers(ip))
        )
    )


def verdict(host: str, port: int = 80) -> str:
    """"refused", "allowed", or "unreadable" (the client cannot even build the request)."""
    try:
        url = URL(f"http://{host}:{port}/")
    except ValueError:
        return "unreadable"

    async def approve():
        guard = AddressGuard()
        try:
            await guard.approve(url)
        finally:
            await guard.close()

    try:
        asyncio.run(approve())
    except BlockedAddressError:
        return "refused"
    return "allowed"


@given(host=spelled(INTERNAL_V4))
@settings(max_examples=200, deadline=None)
def test_every_spelling_of_an_internal_address_is_refused(host):
    assert verdict(host) in ("refused", "unreadable")


@given(ip=ipv4_in(PUBLIC_V4), data=st.data())
@settings(max_examples=100, deadline=None)
def test_a_public_address_in_look_alike_digits_is_still_allowed(ip, data):
    assert verdict(data.draw(unicode_spelling(ip, trailing_dot=False))) == "allowed"


@pytest.mark.parametrize("through_redirect", [False, True])
@given(host=spelled([ipaddress.ip_network("127.0.0.1/32")]))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_real_loopback_server_never_sees_a_request(site, other_site, through_redirect, host):
    other_site.reset()
    url = f"http://{host}:{other_site.port}/secret"
    if through_redirect:
        url = f"{site.url}/redirect/to?url={quote(url, safe='')}"
    result = check_urls([url], site.options(retries=0, timeout=2.0))[url]
    assert result.outcome in (Outcome.BLOCKED, Outcome.INVALID)
    assert result.status is None
    assert other_site.log.requests == []
