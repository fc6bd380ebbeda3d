"""Bad input never crashes the link code: any href is read, any address gets a result."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from validators.links.client import check_urls
from validators.links.urls import Kind, read_href

HREF_PARTS = st.sampled_from(
    ["http://", "https://", "mailto:", "tel:", "data:", "//", "#", "/", "[", "]", "::1", "@", ":", "%", "%zz", " ",
     "\t", "?", "=", ",", ";base64", "example.org", "..", "\\", "C:", "é", "\x00", "xn--", "65536", "a"]
)
HREFS = st.lists(HREF_PARTS | st.text(max_size=5), max_size=8).map("".join)


@given(href=HREFS, base=st.sampled_from([None, "https://site.example/a/", "http://127.0.0.1:8000"]))
@settings(max_examples=400, deadline=None)
@example(href="\x1fhttp://[", base="https://site.example/a/")  # once raised inside urljoin
@example(href="[", base="https://site.example/a/")
def test_any_href_is_read_without_raising(href, base):
    target = read_href(href, base)
    assert (target.kind == Kind.MALFORMED) == bool(target.problem)
    if target.kind == Kind.HTTP:
        assert target.page.startswith(("http://", "https://")) and "#" not in target.page


@given(tail=HREFS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_address_on_the_site_gets_a_result(site, tail):
    url = site.url + "/" + tail
    result = check_urls([url], site.options(timeout=1.0, retries=0))[url]
    assert result.outcome is not None
    assert result.message or result.status is not None
