"""Saving and publishing keep the recorded links in step: a draft's rows become the live rows
when that revision is published, and a broken link keeps the time it was first seen."""

import pytest
from cms_testing import build_site, make_article, paragraph

from linkcheck.models import Outcome, PageLink

pytestmark = pytest.mark.django_db


def rows(page, version):
    return list(PageLink.objects.filter(page=page, version=version).values_list("url", "outcome", "revision_id"))


def test_publishing_the_checked_revision_promotes_its_rows():
    _, index = build_site()
    page = make_article(index, "promoted", publish=False, body=[paragraph('<p><a href="/health/gone/">x</a></p>')])
    revision = page.latest_revision
    assert rows(page, "draft") == [("/health/gone/", Outcome.NOT_FOUND, revision.pk)]
    assert rows(page, "live") == []
    draft_row = PageLink.objects.get(page=page)
    revision.publish()
    assert rows(page, "draft") == []
    assert rows(page, "live") == [("/health/gone/", Outcome.NOT_FOUND, None)]
    assert PageLink.objects.get(page=page).pk == draft_row.pk  # the same row, not checked again


def test_publishing_an_older_revision_checks_the_live_version():
    _, index = build_site()
    page = make_article(index, "older", publish=False, body=[paragraph('<p><a href="/health/gone/">x</a></p>')])
    old_revision = page.latest_revision
    page.body = [paragraph('<p><a href="/health/">fixed</a></p>')]
    page.save_revision()
    old_revision.publish()
    assert rows(page, "live") == [("/health/gone/", Outcome.NOT_FOUND, None)]
    assert rows(page, "draft") == []


def test_a_broken_link_keeps_its_first_sighting_through_drafts_and_publishing():
    _, index = build_site()
    page = make_article(index, "lasting", body=[paragraph('<p><a href="/health/gone/">x</a></p>')])
    first = PageLink.objects.get(page=page, version="live").first_seen
    page.body = [paragraph('<p>New intro.</p>'), paragraph('<p><a href="/health/gone/">x</a></p>')]
    page.save_revision().publish()
    moved = PageLink.objects.get(page=page, version="live")
    assert moved.block_path == "body[1]" and moved.first_seen == first  # moved down a block: the same link
    page.body = [paragraph('<p><a href="/health/gone/">other text</a></p>')]
    page.save_revision().publish()
    assert PageLink.objects.get(page=page, version="live").first_seen > first  # a new link
