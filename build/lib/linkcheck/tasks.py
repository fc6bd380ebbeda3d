"""Background work through django-tasks (the task framework Wagtail itself uses).

Arguments are ids, not objects: a queued task may run in another process, after the page
has changed again, so each task reads the current state.
"""


from django_tasks import task
from wagtail.models import Page

from linkcheck.checking import BACKGROUND, check_page, refresh_external
from linkcheck.models import Outcome, PageLink


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
