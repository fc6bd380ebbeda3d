"""SSRF protection with real servers: internal addresses are refused after DNS and on every hop,
in whatever form the address is written, and a refusal says nothing about the address."""

from urllib.parse import quote

import pytest

from validators.links.client import check_urls
from validators.links.results import REFUSED, Outcome
from validators.links.safety import AddressGuard, forbidden_address


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.100.100.200", "0.0.0.0",
     "224.0.0.1", "240.0.0.1", "::1", "fe80::1", "fd00:ec2::254", "::ffff:127.0.0.1", "not-an-address",
     "2002:7f00:1::", "2002:a9fe:a9fe::1", "64:ff9b::7f00:1", "64:ff9b::a01:203",
     "2001:0:4136:e378:8000:63bf:80ff:fffe", "::127.0.0.1", "::ffff:10.0.0.1"],
)
def test_internal_addresses_are_forbidden(address):
    assert forbidden_address(address)


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "2002:808:808::1",
                                     "::ffff:8.8.8.8"])
def test_public_addresses_are_allowed(address):
    assert not forbidden_address(address)


def test_guard_allows_the_base_host_only_on_its_port():
    guard = AddressGuard("http://127.0.0.1:8000/", allow_hosts=("intranet.example", "10.0.0.5:8080"))
    assert guard.allowed("127.0.0.1", 8000) and not guard.allowed("127.0.0.1", 8001)
    assert guard.allowed("intranet.example", 443) and guard.allowed("INTRANET.example.", 80)
    assert guard.allowed("10.0.0.5", 8080) and not guard.allowed("10.0.0.5", 80)


def test_allowed_hosts_are_read_as_the_client_reads_them():
    guard = AddressGuard(None, allow_hosts=("ｓｔａｇｉｎｇ.example:8080", "１０.０.０.５"))
    assert guard.allowed("staging.example", 8080) and guard.allowed("STAGING.EXAMPLE.", 8080)
    assert guard.allowed("10.0.0.5", 443) and not guard.allowed("10.0.0.6", 443)


def redirect_to(site, target: str) -> str:
    return f"{site.url}/redirect/to?url={quote(target, safe='')}"


def test_redirect_from_allowed_host_to_another_loopback_port_is_refused(site, other_site):
    url = redirect_to(site, f"{other_site.url}/ok")
    other_site.reset()
    result = check_urls([url], site.options())[url]
    assert (result.outcome, result.message, result.status) == (Outcome.BLOCKED, REFUSED, None)
    assert result.final_url == other_site.url + "/ok"
    assert other_site.log.requests == []  # never connected


def test_redirect_to_cloud_metadata_is_refused(site):
    url = redirect_to(site, "http://169.254.169.254/latest/meta-data/")
    result = check_urls([url], site.options(timeout=1))[url]
    assert (result.outcome, result.message) == (Outcome.BLOCKED, REFUSED)


def test_name_resolving_to_loopback_is_refused_after_dns(site, other_site):
    # "localhost" is a name, not a literal: only the resolver can see it is 127.0.0.1.
    url = redirect_to(site, f"http://localhost:{other_site.port}/ok")
    other_site.reset()
    result = check_urls([url], site.options())[url]
    assert (result.outcome, result.message) == (Outcome.BLOCKED, REFUSED)  # what it resolved to is not said
    assert other_site.log.requests == []


INTERNAL_NAMES = {"db.corp.test": "10.0.0.5", "metadata.corp.test": "169.254.169.254", "admin.corp.test": "127.0.0.1"}
MISSING_NAMES = ["nosuch.corp.test", "typo-in-domain.test", "gone.example.test"]


def test_a_name_that_does_not_resolve_reads_exactly_like_an_internal_one(site, static_resolver):
    """Otherwise an editor could probe which internal host names exist."""
    urls = [f"http://{name}/x" for name in [*INTERNAL_NAMES, *MISSING_NAMES]]
    results = check_urls(urls, site.options(), resolver=static_resolver(INTERNAL_NAMES))
    told = {(r.outcome, r.message, r.status, r.final_url.replace(url, "")) for url, r in results.items()}
    assert told == {(Outcome.BLOCKED, REFUSED, None, "")}


def test_redirects_to_an_internal_or_a_missing_name_read_alike(site, static_resolver):
    resolver = static_resolver({"127.0.0.1": "127.0.0.1", **INTERNAL_NAMES})
    urls = [redirect_to(site, f"http://{name}/x") for name in [*INTERNAL_NAMES, *MISSING_NAMES]]
    results = check_urls(urls, site.options(), resolver=resolver)
    assert {(r.outcome, r.message, r.status) for r in results.values()} == {(Outcome.BLOCKED, REFUSED, None)}


def test_name_mapped_to_metadata_address_is_refused(site, static_resolver):
    url = "http://metadata.internal.test/latest/"
    result = check_urls([url], site.options(), resolver=static_resolver({"metadata.internal.test": "169.254.169.254"}))
    assert result[url].outcome == Outcome.BLOCKED


def test_name_with_one_internal_address_among_public_ones_is_refused(site, static_resolver):
    class TwoAddresses(static_resolver):
        async def resolve(self, host, port=0, family=0):
            found = await super().resolve(host, port, family)
            return [{**r, "host": a} for r in found for a in ("8.8.8.8", "10.0.0.7")]

    url = "http://mixed.test/"
    assert check_urls([url], site.options(), resolver=TwoAddresses({"mixed.test": ""}))[url].outcome == Outcome.BLOCKED


def test_direct_link_to_an_internal_port_is_refused(site, other_site):
    other_site.reset()
    url = other_site.url + "/ok"
    assert check_urls([url], site.options())[url].outcome == Outcome.BLOCKED
    assert other_site.log.requests == []


def test_allow_list_lets_an_internal_host_through(site, other_site):
    other_site.reset()
    url = redirect_to(site, f"{other_site.url}/ok")
    result = check_urls([url], site.options(allow_hosts=(f"127.0.0.1:{other_site.port}",)))[url]
    assert result.ok and other_site.log.paths() == ["/ok"]


def test_allowed_name_may_resolve_to_loopback(site, other_site, static_resolver):
    other_site.reset()
    url = f"http://staging.test:{other_site.port}/ok"
    resolver = static_resolver({"staging.test": "127.0.0.1"})
    assert check_urls([url], site.options(allow_hosts=("staging.test",)), resolver=resolver)[url].ok
    assert other_site.log.requests[0].host == "staging.test"


def test_the_allowed_host_is_recognised_in_any_spelling(site):
    # The base URL's host written in full-width digits is the same address: it may be checked.
    fullwidth = site.url.replace("127.0.0.1", "１２７.０.０.１") + "/ok"
    assert check_urls([fullwidth], site.options())[fullwidth].ok


# Spellings of 127.0.0.1 that an HTTP client or resolver turns back into it (or into an
# IPv6 address that carries it).
DISGUISED_LOOPBACK = [
    "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::127.0.0.1]", "[64:ff9b::7f00:1]", "[2002:7f00:1::]",
    "2130706433", "0x7f.0.0.1", "0x7f000001", "127.1", "0177.0.0.1", "127.0.0.1.", "LocalHost",
    "１２７.０.０.１", "127。0。0。1", "127．0．0．1", "127｡0｡0｡1", "①②⑦.0.0.1", "𝟏𝟐𝟕.𝟎.𝟎.𝟏", "１２７.０.０.１.",
]


@pytest.mark.parametrize("host", DISGUISED_LOOPBACK)
def test_disguised_loopback_addresses_are_never_connected_to(site, other_site, host):
    other_site.reset()
    direct = f"http://{host}:{other_site.port}/ok"
    via_redirect = redirect_to(site, direct)
    results = check_urls([direct, via_redirect], site.options(retries=0))
    assert [(r.outcome, r.message, r.status) for r in results.values()] == [(Outcome.BLOCKED, REFUSED, None)] * 2
    assert other_site.log.requests == []


def test_cli_never_fetches_a_disguised_internal_address(site, other_site, tmp_path, run_cli):
    hosts = ["１２７.０.０.１", "127。0。0。1", "①②⑦.0.0.1", "2130706433", "[::ffff:7f00:1]"]
    links = [f"http://{host}:{other_site.port}/admin" for host in hosts]
    links.append(redirect_to(site, f"http://１２７.０.０.１:{other_site.port}/admin"))
    article = tmp_path / "article.html"
    article.write_text("<p>" + " ".join(f'<a href="{link}">link {n}</a>' for n, link in enumerate(links)) + "</p>")
    markdown = tmp_path / "article.md"
    markdown.write_text(" ".join(f"[link {n}]({link})" for n, link in enumerate(links[:3])) + "\n")
    other_site.reset()

    status, report = run_cli("--base-url", site.url, str(article), str(markdown))

    assert other_site.log.requests == []
    findings = [f for d in report["documents"] for f in d["findings"] if f["rule"] == "link.http-status"]
    assert len(findings) == len(links) + 3
    assert all(f["severity"] == "warning" and f["details"]["status"] is None for f in findings)
    assert all(f["message"].startswith("Link not checked: address not allowed or not found") for f in findings)
    assert not any("connect" in f["message"] for f in findings)
    assert status == 0  # warnings only
