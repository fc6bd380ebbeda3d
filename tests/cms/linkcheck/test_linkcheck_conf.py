"""One link pipeline: the review engine's link rules and the linkcheck app read one
configuration (`VALIDATORS["links"]`) and one result store (the `LinkResult` table), against a
real HTTP server on 127.0.0.1; the removed settings are refused by a system check."""

import pytest
from cms_testing import build_site, make_article
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from test_linkcheck_external import links_to, outcomes, run_check_links

from linkcheck.models import LinkResult
from review.checks import latest_run

pytestmark = pytest.mark.django_db


def link_findings(page):
    page.refresh_from_db()
    return {(f.rule, f.severity, f.message) for f in latest_run(page).findings.filter(category="link")}


def test_the_review_check_and_check_links_fetch_each_address_once_between_them(local_site, settings):
    settings.VALIDATORS = {**settings.VALIDATORS, "disable": ["copy", "claim"]}
    _, index = build_site()
    page = make_article(index, "cited", body=[links_to(local_site, "/status/404")])
    assert ("link.http-status", "error", "Link target answered 404 Not Found.") in link_findings(page)
    fetched = local_site.requests_for("/status/404")
    assert fetched >= 1 and LinkResult.objects.filter(status=404).exists()

    run_check_links("--all", "--no-progress")
    assert outcomes(page)["404"][2] == 404
    assert local_site.requests_for("/status/404") == fetched  # answered from the shared table


@pytest.mark.parametrize("allowed", [["127.0.0.1"], []])
def test_both_read_the_one_allow_list(local_site, settings, allowed):
    settings.VALIDATORS = {"disable": ["copy", "claim"], "links": {
        "allow_hosts": allowed, "timeout": 3.0, "retries": 0, "host_interval": 0.0}}
    _, index = build_site()
    page = make_article(index, "listed", body=[links_to(local_site, "/status/404")])
    run_check_links("--all", "--no-progress")
    refused = "Link not checked: address not allowed or not found."
    review_refused = any(message == refused for _, _, message in link_findings(page))
    linkcheck_refused = outcomes(page)["404"][0] == "blocked"
    assert review_refused == linkcheck_refused == (not allowed)


@pytest.mark.parametrize("removed", ["LINKCHECK_OPTIONS", "LINKCHECK_ALLOW_HOSTS"])
def test_the_removed_settings_are_refused_with_where_they_went(settings, removed):
    setattr(settings, removed, ["staging.internal"] if removed.endswith("HOSTS") else {"timeout": 3})
    with pytest.raises(SystemCheckError, match=rf"linkcheck.E001.*{removed}.*VALIDATORS\["):
        call_command("check")
