"""What editors are told: before unpublishing, moving or deleting a page others link to, and
how many broken links the page itself has (its draft and live versions)."""

from linkcheck.filters import PROBLEMS
from linkcheck.models import PageLink
from linkcheck.references import live_pages_linking_to


def linking_pages_warning(page) -> str:
    count = live_pages_linking_to(page).count()
    if not count:
        return ""
    pages = "1 live page links" if count == 1 else f"{count} live pages link"
    return f"{pages} here. Their links will be re-checked and reported as broken if they stop working."


def broken_link_count(page) -> int:
    return PageLink.objects.filter(page=page, severity__in=PROBLEMS).count()
