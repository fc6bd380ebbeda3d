"""SSRF protection with real servers: internal addresses are refused after DNS and on every hop."""

import pytest

from validators.links.client import check_urls
from validators.links.results import Outcome
from validators.links.safety import AddressGuard, forbidden_address


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.100.100.200", "0.0.0.0",
     "224.0.0.1", "240.0.0.1", "::1", "fe80::1", "fd00:ec2::254", "::ffff:127.0.0.1", "not-an-address"],
)
def test_internal_addresses_are_forbidden(address):
    assert forbidden_address(address)


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_are_allowed(address):
    assert not forbidden_address(address)


def test_guard_allows_the_base_host_only_on_its_port():
    guard = AddressGuard("http://127.0.0.1:8000/", allow_hosts=("intranet.example", "10.0.0.5:8080"))
    assert guard.allowed("127.0.0.1", 8000) and not guard.allowed("127.0.0.1", 8001)
    assert guard.allowed("intranet.example", 443) and guard.allowed("INTRANET.example.", 80)
    assert guard.allowed("10.0.0.5", 8080) and not guard.allowed("10.0.0.5", 80)


def test_redirect_from_allowed_host_to_another_loopback_port_is_refused(site, other_site):
    url = f"{site.url}/redirect/to?url={other_site.url}/ok"
    other_site.reset()
    result = check_urls([url], site.options())[url]
    assert result.outcome == Outcome.BLOCKED and "127.0.0.1" in result.message
    assert result.final_url == other_site.url + "/ok"
    assert other_site.log.requests == []  # never connected


def test_redirect_to_cloud_metadata_is_refused(site):
    url = f"{site.url}/redirect/to?url=http://169.254.169.254/latest/meta-data/"
    result = check_urls([url], site.options(timeout=1))[url]
    assert result.outcome == Outcome.BLOCKED and "169.254.169.254" in result.message


def test_name_resolving_to_loopback_is_refused_after_dns(site, other_site):
    # "localhost" is a name, not a literal: only the resolver can see it is 127.0.0.1.
    url = f"{site.url}/redirect/to?url=http://localhost:{other_site.port}/ok"
    other_site.reset()
    result = check_urls([url], site.options())[url]
    assert result.outcome == Outcome.BLOCKED and "internal address" in result.message
    assert other_site.log.requests == []


def test_name_mapped_to_metadata_address_is_refused(site, static_resolver):
    url = "http://metadata.internal.test/latest/"
    result = check_urls([url], site.options(), resolver=static_resolver({"metadata.internal.test": "169.254.169.254"}))
    assert result[url].outcome == Outcome.BLOCKED


def test_direct_link_to_an_internal_port_is_refused(site, other_site):
    other_site.reset()
    url = other_site.url + "/ok"
    assert check_urls([url], site.options())[url].outcome == Outcome.BLOCKED
    assert other_site.log.requests == []


def test_allow_list_lets_an_internal_host_through(site, other_site):
    other_site.reset()
    url = f"{site.url}/redirect/to?url={other_site.url}/ok"
    result = check_urls([url], site.options(allow_hosts=(f"127.0.0.1:{other_site.port}",)))[url]
    assert result.ok and other_site.log.paths() == ["/ok"]


def test_allowed_name_may_resolve_to_loopback(site, other_site, static_resolver):
    other_site.reset()
    url = f"http://staging.test:{other_site.port}/ok"
    resolver = static_resolver({"staging.test": "127.0.0.1"})
    assert check_urls([url], site.options(allow_hosts=("staging.test",)), resolver=resolver)[url].ok
    assert other_site.log.requests[0].host == "staging.test"


@pytest.mark.parametrize(
    "host", ["[::1]", "[::ffff:127.0.0.1]", "2130706433", "0x7f.0.0.1", "127.1", "0177.0.0.1", "localhost."]
)
def test_disguised_loopback_addresses_are_never_connected_to(site, other_site, host):
    other_site.reset()
    url = f"{site.url}/redirect/to?url=http://{host}:{other_site.port}/ok"
    result = check_urls([url], site.options(retries=0))[url]
    assert result.outcome in (Outcome.BLOCKED, Outcome.INVALID, Outcome.CONNECTION_ERROR)
    assert other_site.log.requests == []
