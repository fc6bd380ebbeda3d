"""Background work through django-tasks (the task framework Wagtail itself uses).

Arguments are ids, not objects: a queued task may run in another process, after the page
has changed again, so each task reads the current state.
"""


from django.db import transaction
from django_tasks import task
from wagtail.models import Page, Revision

from linkcheck.checking import BACKGROUND, CACHED, check_page, refresh_external
from linkcheck.models import Outcome, PageLink


@task()
def check_draft_links(revision_id: int) -> bool:
    """The links of a saved revision (False: the revision was deleted before its turn came)."""
    from linkcheck.signals import check_draft

    revision = Revision.objects.filter(pk=revision_id).first()
    if revision is None:
        return False
    check_draft(revision)
    return True


@task()
def check_external_links(page_id: int) -> int:
    """Fetch the pending external links of a page (either version); returns how many were checked."""
    rows = list(PageLink.objects.filter(page_id=page_id, kind=PageLink.Kind.EXTERNAL, outcome=Outcome.PENDING))
    return len(refresh_external(rows))


@task()
def recheck_live_pages(page_ids: list[int]) -> int:
    """Re-check the live versions of pages whose link targets changed (unpublished, moved, deleted)."""
    pages = Page.objects.filter(pk__in=page_ids).live().specific()
    for page in pages:
        check_page(page, PageLink.Version.LIVE, BACKGROUND)
    return len(pages)


@task()
def check_live_links(page_id: int, force: bool = False, skip_external: bool = False) -> int:
    """`check_links --all --enqueue`: one live page's links. Its rows are replaced under the
    page's row lock (two workers given the same page store them one after the other, never
    interleaved); external addresses are then fetched outside any transaction, each answer
    kept in the shared result table. Returns how many links the page has."""
    with transaction.atomic():
        page = Page.objects.live().select_for_update(no_key=True).filter(pk=page_id).first()
        if page is None:
            return 0
        rows = check_page(page.specific, PageLink.Version.LIVE, CACHED)
    external = [row for row in rows if row.kind == PageLink.Kind.EXTERNAL and (force or row.outcome == Outcome.PENDING)]
    if external and not skip_external:
        refresh_external(external, force=force)
    return len(rows)
