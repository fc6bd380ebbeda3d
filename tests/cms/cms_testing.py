"""Helpers shared by the CMS tests: a small real page tree in the test database."""

import datetime

from wagtail.models import Page, Site

from pages.models import ArticleIndexPage, ArticlePage, ArticleReference, HomePage


def build_site():
    """Home (as the default site's root) with a live article index, like load_demo but empty."""
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="home-test"))
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    index = home.add_child(instance=ArticleIndexPage(title="Health", slug="health"))
    return home, index


def make_article(index, slug, *, publish=True, body=None, references=(), **fields):
    """Create an article under index with the given StreamField data and references."""
    page = ArticlePage(
        title=fields.pop("title", slug.replace("-", " ").title()),
        slug=slug,
        summary=fields.pop("summary", f"Summary of {slug}."),
        body=body or [{"type": "paragraph", "value": f"<p>Body of {slug}.</p>"}],
        medical_reviewer=fields.pop("medical_reviewer", "Dr Test Reviewer, MD"),
        last_reviewed=fields.pop("last_reviewed", datetime.date(2026, 1, 15)),
        live=False,
        **fields,
    )
    page.references = [ArticleReference(sort_order=i, **ref) for i, ref in enumerate(references)]
    index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


def paragraph(html: str) -> dict:
    """A body paragraph block holding `html`."""
    return {"type": "paragraph", "value": html}


def paragraphs(*texts) -> list[dict]:
    return [paragraph(f"<p>{text}</p>") for text in texts]


def section(heading: str, anchor: str = "") -> dict:
    return {"type": "section", "value": {"heading": heading, "level": "h2", "anchor": anchor}}


def written_by(page, user):
    """Make `user` the author of the page's latest revision and of the words its check found
    new (as if `user` had saved it)."""
    from review.models import FlaggedWords, StoredFinding

    revision = page.get_latest_revision()
    revision.user = user
    revision.save(update_fields=["user"])
    for model in (FlaggedWords, StoredFinding):
        model.objects.filter(introduced_in=revision.pk).update(author=user)
    return page
