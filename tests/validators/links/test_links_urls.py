"""Reading hrefs without the network: kinds, resolution, and clear messages for bad input."""

import pytest

from validators.links.client import check_urls
from validators.links.results import Outcome
from validators.links.urls import Kind, read_href

BASE = "https://site.example"


@pytest.mark.parametrize(
    ("href", "kind", "resolved"),
    [
        ("/health/acne/#causes", Kind.HTTP, "https://site.example/health/acne/#causes"),
        ("page", Kind.HTTP, "https://site.example/page"),
        ("  https://Other.example/x \n", Kind.HTTP, "https://other.example/x"),
        ("//cdn.example/lib.js", Kind.HTTP, "https://cdn.example/lib.js"),
        ("https://user:pw@other.example/", Kind.HTTP, "https://other.example/"),
        ("#dosage", Kind.SELF_FRAGMENT, None),
        ("", Kind.EMPTY, None),
        ("#", Kind.EMPTY, None),
        ("mailto:info@clinic.example?subject=Hi", Kind.MAILTO, None),
        ("tel:+1 (555) 010-9999", Kind.TEL, None),
        ("data:text/plain;base64,SGVsbG8=", Kind.OTHER_SCHEME, None),
        ("javascript:void(0)", Kind.OTHER_SCHEME, None),
        ("ftp://files.example/x", Kind.OTHER_SCHEME, None),
    ],
)
def test_href_kinds(href, kind, resolved):
    target = read_href(href, BASE)
    assert (target.kind, target.resolved) == (kind, resolved)


def test_relative_href_without_base_is_unresolved():
    assert read_href("/health/", None).kind == Kind.UNRESOLVED


@pytest.mark.parametrize(
    ("href", "words"),
    [
        ("http://exa mple.org/", "cannot have"),
        ("https://[::1/", "cannot be parsed"),
        ("https://example.org:99999/", "Port out of range"),
        ("http://", "no host name"),
        ("http:/example.org", "no host name"),
        ("https://a..b.example/", "not a valid domain"),
        ("https://" + "x" * 70 + ".example/", "not a valid domain"),
        ("C:\\Users\\me\\page.html", "file path"),
        ("mailto:", "no e-mail address"),
        ("mailto:info@", "not a valid e-mail"),
        ("mailto:a@b.example,not an address", "not a valid e-mail"),
        ("tel:call-us", "not a phone number"),
        ("tel:", "no phone number"),
    ],
)
def test_malformed_hrefs_get_clear_messages(href, words):
    target = read_href(href, BASE)
    assert target.kind == Kind.MALFORMED and words in target.problem


@pytest.mark.parametrize(
    ("href", "scheme"),
    [("JavaScript:void(0)", "javascript"), (" java\tscript:alert(1)", "javascript"), ("FILE:///etc/hosts", "file"),
     ("data:text/plain;base64," + "QUFB" * 500_000, "data"), ("gopher://g.example/", "gopher")],
)
def test_other_schemes_are_read_as_browsers_read_them(href, scheme):
    target = read_href(href, BASE)
    assert (target.kind, target.scheme) == (Kind.OTHER_SCHEME, scheme)


def test_ten_thousand_character_href_is_read():
    href = "/search?q=" + "x" * 9_990
    assert len(read_href(href, BASE).resolved) == len(BASE) + len(href)


@pytest.mark.parametrize("url", ["http://[::1", "notaurl", "http://exa mple.org/", "ftp://x.example/"])
def test_checker_reports_malformed_addresses_instead_of_crashing(site, url):
    assert check_urls([url], site.options())[url].outcome == Outcome.INVALID
