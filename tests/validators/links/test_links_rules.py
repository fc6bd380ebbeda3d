"""The link rules through the engine, on HTML documents whose links point at a real local site."""

import pytest

from validators.config import Config
from validators.engine import check_documents
from validators.links.fragments import MissingAnchorRule
from validators.links.missing import MissingLinkRule
from validators.links.status import HttpStatusRule, PermanentRedirectRule
from validators.links.syntax import LinkSchemeRule, MalformedLinkRule
from validators.sources import from_html, from_markdown

LINK_RULES = [HttpStatusRule, PermanentRedirectRule, MissingAnchorRule, MalformedLinkRule, MissingLinkRule,
              LinkSchemeRule]


@pytest.fixture
def config(site, tmp_path):
    return Config().replace(
        base_url=site.url, skip_external=True, timeout=2.0, host_interval=0.0, cache_path=str(tmp_path / "links.json")
    )


def link_findings(html, config, path="article.html"):
    document = from_html(html, path) if path.endswith(".html") else from_markdown(html, path)
    run = check_documents([document], config, rules=LINK_RULES)
    return [(f.rule, f.severity.value, f.url) for f in run.reports[0].findings]


def test_statuses_become_errors_warnings_or_nothing(site, config):
    html = (
        f'<p><a href="/ok">fine</a>, <a href="/status/404">missing</a>, <a href="{site.url}/status/410">gone</a>,'
        ' <a href="/status/503">busy</a>, <a href="/status/403">forbidden</a>, <a href="/redirect/loop">loop</a>,'
        ' <a href="/redirect/broken">moved away</a>, <a href="/head-not-allowed">picky</a>.</p>'
    )
    assert link_findings(html, config) == [
        ("link.http-status", "error", "/status/404"),
        ("link.http-status", "error", f"{site.url}/status/410"),
        ("link.http-status", "warning", "/status/503"),
        ("link.http-status", "warning", "/status/403"),
        ("link.http-status", "error", "/redirect/loop"),
        ("link.http-status", "error", "/redirect/broken"),
    ]


def test_finding_carries_href_resolved_url_excerpt_and_sentence(site, config):
    document = from_html('<p>First. Read <a href="/status/404#x">the old page</a> now.</p>', "a.html")
    finding = check_documents([document], config, rules=[HttpStatusRule]).reports[0].findings[0]
    assert (finding.url, finding.resolved_url) == ("/status/404#x", site.url + "/status/404#x")
    assert (finding.excerpt, finding.sentence) == ("the old page", "Read the old page now.")
    assert "404 Not Found" in finding.message


def test_ten_thousand_character_links_are_checked(site, config):
    working, missing = "/long/" + "a" * 9_994, "/gone/" + "a" * 9_994
    html = f'<p><a href="{working}">long</a> and <a href="{missing}">long and gone</a>.</p>'
    assert link_findings(html, config) == [("link.http-status", "error", missing)]


def test_permanent_redirect_is_info_with_a_safe_suggestion(site, config):
    document = from_html('<p><a href="/redirect/permanent#dosage">d</a> and <a href="/redirect/temporary">t</a></p>')
    findings = check_documents([document], config, rules=LINK_RULES).reports[0].findings
    assert [(f.rule, f.severity.value) for f in findings] == [("link.permanent-redirect", "info")]
    assert [(s.replacement, s.safe) for s in findings[0].suggestions] == [(site.url + "/anchors#dosage", True)]


def test_missing_anchors_on_target_pages_and_in_this_document(config):
    html = (
        '<h2 id="here">Here</h2><p><a href="/anchors#dosage">ok</a> <a href="/anchors#risks">named</a>'
        ' <a href="/anchors#gone">gone</a> <a href="#here">self ok</a> <a href="#nowhere">self gone</a>'
        ' <a href="/plain#x">not html</a> <a href="/anchors#:~:text=Dosage">text fragment</a></p>'
    )
    assert link_findings(html, config) == [
        ("link.anchor", "error", "/anchors#gone"),
        ("link.anchor", "error", "#nowhere"),
    ]


def test_anchor_past_the_byte_cap_is_only_a_warning(site, tmp_path):
    config = Config().replace(base_url=site.url, timeout=2.0, max_body_bytes=5_000, cache_path=str(tmp_path / "c.json"))
    assert link_findings('<p><a href="/big#end">end</a></p>', config) == [("link.anchor", "warning", "/big#end")]


def test_markdown_heading_slugs_are_anchors(config):
    text = "# Side effects\n\nSee [below](#side-effects) and [nowhere](#dosage).\n"
    assert link_findings(text, config, "a.md") == [("link.anchor", "error", "#dosage")]


def test_malformed_links_are_errors_and_valid_schemes_pass(config):
    html = (
        '<p><a href="mailto:info@clinic.example">mail</a> <a href="tel:+44 20 7946 0000">call</a>'
        ' <a href="mailto:info@">bad mail</a> <a href="tel:ring-us">bad tel</a>'
        ' <a href="http://exa mple.org/">bad host</a></p>'
    )
    assert link_findings(html, config) == [
        ("link.malformed", "error", "mailto:info@"),
        ("link.malformed", "error", "tel:ring-us"),
        ("link.malformed", "error", "http://exa mple.org/"),
    ]


def test_external_links_are_not_fetched_or_flagged_when_skipping(site, config):
    html = '<p>See <a href="https://doi.org/10.1000/182">the study</a> and <a href="http://169.254.169.254/">x</a>.</p>'
    assert link_findings(html, config) == []
    assert site.log.requests == []


def test_internal_target_refused_by_the_guard_is_reported_without_its_answer(site, other_site, tmp_path):
    config = Config().replace(base_url=site.url, timeout=2.0, cache_path=str(tmp_path / "c.json"))
    html = f'<p><a href="/redirect/to?url={other_site.url}/ok">sneaky</a> <a href="http://169.254.169.254/">meta</a></p>'
    other_site.reset()
    run = check_documents([from_html(html, "article.html")], config, rules=LINK_RULES)
    findings = run.reports[0].findings
    expected = [("link.http-status", "warning", None)] * 2
    assert [(f.rule, f.severity.value, f.details["status"]) for f in findings] == expected
    assert findings[0].message == (f"Link not checked: address not allowed or not found (after redirecting to "
                                   f"{other_site.url}/ok).")
    assert findings[1].message == "Link not checked: address not allowed or not found."
    assert other_site.log.requests == []


def test_links_are_fetched_once_per_run_across_documents_and_rules(site, config):
    documents = [from_html('<p><a href="/ok">a</a> <a href="/anchors#top">b</a></p>', f"{n}.html") for n in range(5)]
    check_documents(documents, config, rules=LINK_RULES)
    assert sorted(r.path for r in site.log.requests) == ["/anchors", "/ok"]


ANNOUNCED = [
    ('Ready? Visit our website or <a href="/ok">contact us today</a> to learn more.', "Visit our website"),
    ("For dosing advice, see our medication guide.", "see our medication guide"),
    ("Click here to book an appointment.", "Click here"),
    ("Visit our online pharmacy to order a refill.", "Visit our online pharmacy"),
    ("To renew a prescription, visit our online clinic.", "visit our online clinic"),
    ("Book a check-up, or browse our online store for sun cream.", "browse our online store"),
    ("Book a scan, or check out our spring offers on the offers page.",
     "check out our spring offers on the offers page"),
    ("Before you travel, see the vaccine prices on our fees page.", "see the vaccine prices on our fees page"),
    ("Find the full timetable on the clinics page.", "Find the full timetable on the clinics page"),
    ("The complete list can be found here.", "can be found here"),
    ("To check your eligibility, follow this link.", "follow this link"),
    ("For the latest advice, visit the NHS website.", "visit the NHS website"),
    ("For travel vaccines, see the CDC website.", "see the CDC website"),
    ("Download our free eczema guide to learn more.", "Download our free eczema guide"),
    ("More information here.", "More information here"),
    ("Read our guide to exercise for strong bones.", "Read our guide"),
    ('Visit our website to book, or <a href="/ok">call the practice</a> today.', "Visit our website"),
    # "download" + any document noun; a link placed "below" or "at the bottom of this page".
    ("Download our printable symptom diary before your appointment.", "Download our printable symptom diary"),
    ("Download the weekly meal plan and stick it on your fridge.", "Download the weekly meal plan"),
    ("Download our price list for all treatments.", "Download our price list"),
    ("The consent form is linked at the bottom of this page.", "is linked at the bottom of this page"),
    ("Our exercise sheets are linked below.", "are linked below"),
]
LINKED_OR_NOT_AN_ANNOUNCEMENT = [
    'Visit our website at <a href="/ok">site.example</a>.',
    'Read our guide to <a href="/ok">exercise for strong bones</a>.',
    'See our page on <a href="/ok">sun safety</a> before you travel.',
    'See our <a href="/ok">acne page</a> for more.',
    '<a href="/ok">Click here</a> to book.',
    'Click <a href="/ok">here</a> to book.',
    'You can learn more at our <a href="/ok">Accutane treatment page</a>.',
    'For help, click here: <a href="/ok">booking</a>.',
    "Visit our clinic in Leeds for a consultation.",
    "Our website is updated every week.",
    "Ask your doctor to look at the injection site.",
    "Read the leaflet that comes with your medicine.",
    "<code>click here</code> is weak link text.",
    "Symptoms include the following: itching and a rash.",
    "Blood tests are done at our Leeds site.",
    "Researchers studied the link between acne and diet, and via the link with stress found little.",
    "Press the button on the inhaler once.",
    "We hope that our page of tips helps you.",
    "At our clinic we update the page weekly.",
    "See our doctors for a check-up.",
    "Visit our website at www.honeydew.example for opening hours.",
    "Visit our website: https://honeydew.example/hours.",
    "Flu vaccines are available here at the clinic.",
    "Visit the clinic's reception desk to check in.",
    # A page named as a place, in a statement: the reader is not sent there.
    "Full details are at our acne treatment page.",
    "Prices for each vaccine are listed on our price page.",
    "Call the number listed on our contact page.",
    "Our online pharmacy opened in 2019.",
    'Download our <a href="/ok">symptom diary</a> before your appointment.',
    "We keep a printed price list at reception.",
    "Acne and diet are linked in some studies.",
    "Stress and poor sleep are linked to flare-ups.",
    "Make a list of your medicines and bring it with you.",
    'Our exercise sheets are linked below: <a href="/ok">knee exercises</a>.',
]


@pytest.mark.parametrize(("html", "phrase"), ANNOUNCED)
def test_announced_link_without_a_link_is_a_warning(config, html, phrase):
    document = from_html(f"<p>{html}</p>")
    findings = check_documents([document], config, rules=[MissingLinkRule]).reports[0].findings
    found = [(f.rule, f.severity.value, f.excerpt, f.url) for f in findings]
    assert found == [("link.missing", "warning", phrase, None)]
    assert phrase in findings[0].sentence


@pytest.mark.parametrize("html", LINKED_OR_NOT_AN_ANNOUNCEMENT)
def test_linked_or_unannounced_text_is_not_flagged(config, html):
    document = from_html(f"<p>{html}</p>")
    assert check_documents([document], config, rules=[MissingLinkRule]).reports[0].findings == []


UNSAFE_LINKS = ["javascript:openBookingForm()", "data:text/html;base64,PGgxPkhpPC9oMT4=", "file:///C:/clinic/leaflet.pdf",
                "JAVASCRIPT:void(0)", "vbscript:msgbox(1)"]
NON_WEB_LINKS = ["ftp://files.example/leaflet.pdf", "gopher://gopher.example/1/", "irc://chat.example/clinic"]
USABLE_LINKS = ["mailto:help@clinic.example", "tel:+44 20 7946 0000", "/ok"]


@pytest.mark.parametrize("path", ["article.html", "article.md"])
def test_unsafe_schemes_are_errors_other_schemes_warnings(config, path):
    hrefs = UNSAFE_LINKS + NON_WEB_LINKS + USABLE_LINKS
    if path.endswith(".html"):
        text = "<p>" + " ".join(f'<a href="{href}">link {n}</a>' for n, href in enumerate(hrefs)) + "</p>"
    else:
        text = " ".join(f"[link {n}](<{href}>)" for n, href in enumerate(hrefs)) + "\n"
    findings = [f for f in link_findings(text, config, path) if f[0] == "link.scheme"]
    assert findings == [("link.scheme", "error", href) for href in UNSAFE_LINKS] + [
        ("link.scheme", "warning", href) for href in NON_WEB_LINKS
    ]
