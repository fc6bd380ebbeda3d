"""Many rows quickly, for tests whose subject is how queries grow (10 versus 1,000 rows).

Pages are created through Wagtail's tree API; their revisions, check runs, findings,
decisions and link rows are written in bulk, with the fields a real save, check or link
check stores, so a thousand of them take a second rather than a thousand engine runs.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Page, Revision

from linkcheck.models import Outcome, PageLink, url_hash
from pages.models import ArticlePage
from review.models import CheckRun, FindingDecision, StoredFinding

KINDS = [("claim", "error"), ("copy", "warning"), ("copy", "error"), ("claim", "info")]


def fingerprint(*parts) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


def articles_with_findings(index, count: int, findings_each: int, author) -> list[ArticlePage]:
    """`count` draft articles, each with a revision by `author` whose check run stored
    `findings_each` findings (errors and warnings, claims and copy)."""
    pages = _children(index, count)
    article_type = ContentType.objects.get_for_model(ArticlePage)
    page_type = ContentType.objects.get_for_model(Page)
    now = timezone.now()
    revisions = Revision.objects.bulk_create([
        Revision(content_type=article_type, base_content_type=page_type, object_id=str(page.pk), user=author,
                 content={"pk": page.pk, "title": page.title}, object_str=page.title, created_at=now)
        for page in pages
    ])
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision = revision
    Page.objects.bulk_update(pages, ["latest_revision"])
    runs = CheckRun.objects.bulk_create([
        CheckRun(page_id=page.pk, revision=revision, engine_version="scaled", content_hash=fingerprint(page.pk))
        for page, revision in zip(pages, revisions, strict=True)
    ])
    for run in runs:
        add_findings(run, findings_each, author)
    return pages


def _children(index, count: int) -> list[ArticlePage]:
    """`count` draft articles appended under `index`: tree rows in bulk, then each article's own
    row as fixtures load it (`save_base(raw=True)`), without search or reference indexing."""
    index.refresh_from_db()
    article_type = ContentType.objects.get_for_model(ArticlePage)
    first = index.numchild + 1
    parents = Page.objects.bulk_create([
        Page(title=f"Scaled {n}", draft_title=f"Scaled {n}", slug=f"scaled-{n}", live=False,
             has_unpublished_changes=True, path=Page._get_path(index.path, index.depth + 1, n),
             depth=index.depth + 1, numchild=0,
             url_path=f"{index.url_path}scaled-{n}/", content_type=article_type, locale_id=index.locale_id)
        for n in range(first, first + count)
    ])
    Page.objects.filter(pk=index.pk).update(numchild=index.numchild + count)
    pages = []
    for parent in parents:
        page = ArticlePage(page_ptr=parent, summary="S.", medical_reviewer="Dr Test Reviewer, MD")
        page.__dict__.update({field.attname: getattr(parent, field.attname) for field in Page._meta.concrete_fields})
        page.save_base(raw=True)
        pages.append(page)
    return pages


def add_findings(run: CheckRun, count: int, author) -> list[StoredFinding]:
    """`count` more findings on `run`, each flagging its own sentence."""
    rows = []
    first = run.findings.count()
    for n in range(first, first + count):
        category, severity = KINDS[n % len(KINDS)]
        excerpt = f"miracle {n}"
        rows.append(StoredFinding(
            run=run, rule=f"scaled.{category}", category=category, severity=severity, message=f"Finding {n}.",
            excerpt=excerpt, sentence=f"This is the {excerpt} sentence.", start=100 + 40 * n, end=110 + 40 * n,
            origin=f"body.{n}.value", offset=12, fingerprint=fingerprint(run.page_id, n),
            introduced_in=run.revision_id, author=author,
        ))
    return StoredFinding.objects.bulk_create(rows)


def decide_every_third(page_id: int, findings, reviewer) -> list[FindingDecision]:
    """Waive one finding in three; request changes on the next one (which stays open)."""
    decisions = []
    for n, finding in enumerate(findings):
        kind = {0: FindingDecision.Kind.WAIVE, 1: FindingDecision.Kind.REQUEST_CHANGES}.get(n % 3)
        if kind:
            decisions.append(FindingDecision(page_id=page_id, fingerprint=finding.fingerprint, rule=finding.rule,
                                             severity=finding.severity, excerpt=finding.excerpt, decision=kind,
                                             reason="Scaled test decision.", user=reviewer))
    return FindingDecision.objects.bulk_create(decisions)


def broken_links(pages, count: int) -> list[PageLink]:
    """`count` broken external links spread over `pages` (live versions)."""
    now = timezone.now()
    rows = []
    for n in range(count):
        url = f"https://gone.example.org/study/{n}"
        rows.append(PageLink(
            page_id=pages[n % len(pages)].pk, version=PageLink.Version.LIVE, kind=PageLink.Kind.EXTERNAL, position=n,
            url=url, url_hash=url_hash(url), host="gone.example.org", link_text=f"study {n}",
            block_path=f"body.{n}.value", outcome=Outcome.BROKEN, severity=PageLink.Severity.ERROR, status=404,
            message="The server answered 404 Not Found.", last_checked=now,
        ))
    return PageLink.objects.bulk_create(rows)
