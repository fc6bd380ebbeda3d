"""Fill the bench database with generated articles: `python -m benchmarks._site_loader COUNT
LINK_BASE`. About 800 words of real prose (the benchmark fixture) per article, 10 internal
links to other articles and 10 external links to LINK_BASE. Articles already there are kept,
so a second run only adds what is missing. The pages are published with the content checks
and the gate left out: the fixture's prose has findings on purpose, and the bench times the
checks itself, with the site-wide re-check commands."""

import datetime
import html
import re
import sys
import time
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "article_1500.html"
WORDS_PER_ARTICLE = 800
INTERNAL_LINKS = EXTERNAL_LINKS = 10
SECTION_SIZE = 500
SLUG_PREFIX = "bench-"


def prose_paragraphs() -> list[str]:
    """The fixture's paragraphs as plain text (their own links removed)."""
    source = FIXTURE.read_text(encoding="utf-8")
    paragraphs = [re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<p>(.*?)</p>", source, flags=re.S)]
    return [html.escape(" ".join(p.split()), quote=False) for p in paragraphs if p.strip()]


def article_body(number: int, earlier_ids: list[int], link_base: str, paragraphs: list[str]) -> list[dict]:
    """StreamField data: ~800 words in paragraphs, each paragraph carrying links until 10 + 10."""
    blocks, words, index = [], 0, number
    internal = [earlier_ids[(number * 7 + k * 13) % len(earlier_ids)] for k in range(INTERNAL_LINKS) if earlier_ids]
    external = [f"{link_base}/sources/{number}/{k}" for k in range(EXTERNAL_LINKS)]
    while words < WORDS_PER_ARTICLE or internal or external:
        text = paragraphs[index % len(paragraphs)]
        index += 1
        words += len(text.split())
        links = []
        if internal:
            links.append(f'<a linktype="page" id="{internal.pop()}">related article</a>')
        if external:
            links.append(f'<a href="{external.pop()}">source</a>')
        suffix = f" See {' and '.join(links)}." if links else ""
        blocks.append({"type": "paragraph", "value": f"<p>{text}{suffix}</p>"})
    return blocks


def load(count: int, link_base: str) -> None:
    import django

    django.setup()
    from django.db.models.signals import post_save
    from django.test.utils import override_settings
    from wagtail.models import Revision

    # The loader builds the site; checking every article is the work the bench times.
    post_save.disconnect(sender=Revision, dispatch_uid="review.check_saved_revision")
    with override_settings(REVIEW_GATE_ENABLED=False):
        _add_articles(count, link_base)


def _add_articles(count: int, link_base: str) -> None:
    from wagtail.models import Page, Site

    from pages.models import ArticleIndexPage, ArticlePage, HomePage

    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.first()
    if home is None:
        home = Page.get_first_root_node().add_child(instance=HomePage(title="Home", slug="home-bench"))
        home.save_revision().publish()
        site.root_page, site.hostname, site.port = home, "127.0.0.1", 80
        site.save()
    existing = ArticlePage.objects.filter(slug__startswith=SLUG_PREFIX).count()
    ids = list(ArticlePage.objects.filter(slug__startswith=SLUG_PREFIX).values_list("pk", flat=True))
    paragraphs = prose_paragraphs()
    began = time.monotonic()
    for number in range(existing, count):
        section_slug = f"{SLUG_PREFIX}section-{number // SECTION_SIZE}"
        section = ArticleIndexPage.objects.filter(slug=section_slug).first()
        if section is None:
            section = home.add_child(instance=ArticleIndexPage(title=f"Section {number // SECTION_SIZE}",
                                                               slug=section_slug))
            section.save_revision().publish()
        page = ArticlePage(
            title=f"Bench article {number}", slug=f"{SLUG_PREFIX}{number}",
            summary=f"Generated article {number} for the site benchmark.",
            body=article_body(number, ids, link_base, paragraphs),
            medical_reviewer="Dr Bench Reviewer, MD", last_reviewed=datetime.date(2026, 1, 15), live=False,
        )
        section.add_child(instance=page)
        page.save_revision().publish()
        ids.append(page.pk)
        if (number + 1) % 500 == 0:
            rate = (number + 1 - existing) / (time.monotonic() - began)
            print(f"  {number + 1} articles ({rate:.0f}/s)", file=sys.stderr, flush=True)


if __name__ == "__main__":
    load(int(sys.argv[1]), sys.argv[2])
