"""Fill the bench database with generated articles: `python -m benchmarks._site_loader COUNT
LINK_BASE`. About 800 words of real prose (the benchmark fixture) per article, 10 internal
links to other articles and 10 external links to LINK_BASE. Articles already there are kept,
so a second run only adds what is missing.

The pages are what an editor's publish leaves: live, with their revision, log entries,
reference index (the links between articles) and search index entries. What the bench times
itself is left out: the content and link checks (the site-wide re-check commands run them) and
the gate (the fixture's prose has findings on purpose). Speed (about 10 articles/s instead of
1): the per-save receivers that would queue a check, a reference index and a search index
task for every save are off, the two indexes are written per batch of `BATCH` articles, one
transaction each, and commits do not wait for the disk (`synchronous_commit = off`)."""

import contextlib
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
BATCH = 50  # articles per transaction
PROGRESS_EVERY = 500


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


def load(count: int, link_base: str) -> int:
    """Add the missing articles up to `count`; how many the site has now (more if an earlier run
    built a bigger site: every article stays)."""
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import override_settings
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from pages.models import ArticlePage

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # a bench site can be rebuilt: commits need not wait for the disk
            cursor.execute("SET synchronous_commit = off")
    with _per_save_work_off(), disable_reference_index_auto_update(), override_settings(REVIEW_GATE_ENABLED=False):
        _add_articles(count, link_base)
    return ArticlePage.objects.filter(slug__startswith=SLUG_PREFIX).count()


@contextlib.contextmanager
def _per_save_work_off():
    """Save and publish without the receivers that queue or run work per save: the content and
    link checks (the work the bench times, with the site-wide re-check commands) and the search
    index update (each save would queue a task; `_index` does it per batch instead)."""
    from django.db.models.signals import post_save
    from modelsearch import index
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.models import Revision
    from wagtail.signals import page_published

    from linkcheck import signals as linkcheck_signals
    from review import signals as review_signals

    receivers = [
        (post_save, review_signals.check_saved_revision,
         {"sender": Revision, "dispatch_uid": "review.check_saved_revision"}),
        (post_save, linkcheck_signals.check_saved_draft, {"sender": Revision}),
        (page_published, linkcheck_signals.check_published, {}),
        *[(post_save, post_save_signal_handler, {"sender": model}) for model in index.get_indexed_models()],
    ]
    disconnected = [(signal, receiver, kwargs) for signal, receiver, kwargs in receivers
                    if signal.disconnect(receiver, **kwargs)]
    try:
        yield
    finally:
        for signal, receiver, kwargs in disconnected:
            signal.connect(receiver, **kwargs)


def _add_articles(count: int, link_base: str) -> None:
    from django.db import transaction
    from wagtail.models import Page, Site

    from pages.models import ArticlePage, HomePage

    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.first()
    if home is None:
        with transaction.atomic():
            home = Page.get_first_root_node().add_child(instance=HomePage(title="Home", slug="home-bench"))
            home.save_revision().publish()
            _index([home])
            site.root_page, site.hostname, site.port = home, "127.0.0.1", 80
            site.save()
    existing = ArticlePage.objects.filter(slug__startswith=SLUG_PREFIX).count()
    ids = list(ArticlePage.objects.filter(slug__startswith=SLUG_PREFIX).values_list("pk", flat=True))
    paragraphs = prose_paragraphs()
    sections = {}
    began = time.monotonic()
    for first in range(existing, count, BATCH):
        with transaction.atomic():  # a batch is there whole or not at all: a rerun adds what is missing
            batch = []
            for number in range(first, min(first + BATCH, count)):
                section = sections.get(number // SECTION_SIZE) or _section(home, number // SECTION_SIZE)
                sections[number // SECTION_SIZE] = section
                page = ArticlePage(
                    title=f"Bench article {number}", slug=f"{SLUG_PREFIX}{number}",
                    summary=f"Generated article {number} for the site benchmark.",
                    body=article_body(number, ids, link_base, paragraphs),
                    medical_reviewer="Dr Bench Reviewer, MD", last_reviewed=datetime.date(2026, 1, 15), live=False,
                )
                section.add_child(instance=page)
                page.save_revision().publish()
                ids.append(page.pk)
                batch.append(page)
            _index(batch)
        done = first + len(batch)
        if done // PROGRESS_EVERY > first // PROGRESS_EVERY or done == count:
            rate = (done - existing) / (time.monotonic() - began)
            print(f"  {done} articles ({rate:.1f}/s)", file=sys.stderr, flush=True)


def _section(home, number: int):
    from pages.models import ArticleIndexPage

    slug = f"{SLUG_PREFIX}section-{number}"
    section = ArticleIndexPage.objects.filter(slug=slug).first()
    if section is None:
        section = home.add_child(instance=ArticleIndexPage(title=f"Section {number}", slug=slug))
        section.save_revision().publish()
        _index([section])
    return section


def _index(pages: list) -> None:
    """What the receivers turned off in `_per_save_work_off` would have queued, done at once:
    the reference index (the links between articles, which "used by" and the link checks read)
    and the search index of these pages as published."""
    from modelsearch.backends import get_search_backends
    from wagtail.models import ReferenceIndex

    for page in pages:
        ReferenceIndex.create_or_update_for_object(page)
    for backend in get_search_backends(with_auto_update=True):
        for model in {type(page) for page in pages}:
            backend.add_bulk(model, [page for page in pages if type(page) is model])


if __name__ == "__main__":
    print(load(int(sys.argv[1]), sys.argv[2]))
