"""The warning an editor gets before unpublishing, moving or deleting a page others link to."""

from linkcheck.references import live_pages_linking_to


def linking_pages_warning(page) -> str:
    count = live_pages_linking_to(page).count()
    if not count:
        return ""
    pages = "1 live page links" if count == 1 else f"{count} live pages link"
    return f"{pages} here. Their links will be re-checked and reported as broken if they stop working."
