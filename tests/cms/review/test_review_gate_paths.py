"""Code that changes a live article without a new revision goes through the gate too:
`save(update_fields=["body"])`, a generic `Page` with a new title, an alias edited in place.
An alias that mirrors its reviewed original is not checked again."""

import pytest
from cms_testing import make_article, paragraphs
from review_testing import edit, waive
from wagtail.models import Page

from pages.models import ArticlePage
from review.gate import PublishBlocked

pytestmark = pytest.mark.django_db

CLEAN = "Wash your skin gently."


@pytest.fixture
def live(index):
    return make_article(index, "live-article", body=paragraphs(CLEAN))


def test_saving_only_the_body_of_a_live_article_is_checked(live):
    live.body = paragraphs("This cream is a miracle cure for acne.")
    with pytest.raises(PublishBlocked, match="miracle cure"):
        live.save(update_fields=["body"])
    assert "miracle" not in str(ArticlePage.objects.get(pk=live.pk).body)

    live.body = paragraphs("Wash your skin gently twice a day.")
    live.save(update_fields=["body"])  # clean text passes


def test_a_new_title_on_a_generic_page_is_checked(live):
    generic = Page.objects.get(pk=live.pk)
    generic.title = "A miracle cure for acne"
    with pytest.raises(PublishBlocked, match="miracle cure"):
        generic.save()
    assert Page.objects.get(pk=live.pk).title == live.title

    generic.title = "Acne: gentle washing"
    generic.save()


def test_an_alias_edited_in_place_is_checked(live, site_tree):
    alias = live.create_alias(parent=site_tree[0], update_slug="alias-of-live").specific
    alias.body = paragraphs("This cream is a miracle cure for acne.")
    with pytest.raises(PublishBlocked, match="miracle cure"):
        alias.save()


def test_an_alias_follows_its_reviewed_original(draft, editor, reviewer, site_tree):
    waive(draft, reviewer)
    draft.get_latest_revision().publish()
    draft.refresh_from_db()
    alias = draft.create_alias(parent=site_tree[0], update_slug="alias-of-cream")
    edit(draft, editor, "Wash your skin gently every day.", "This cream is a miracle cure for acne.").publish()
    assert "every day" in str(ArticlePage.objects.get(pk=alias.pk).body)
