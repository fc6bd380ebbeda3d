"""The `#fragment` targets of a page version: every id in its rendered HTML.

The page is rendered the way Wagtail renders previews (a simulated request through the
middleware), so ids that come from templates (section headings, `ref-N` on references,
`references-heading`) count exactly as readers' browsers will see them.
"""

import logging

from wagtail.models import Page

from validators.links.anchors import page_anchors

log = logging.getLogger(__name__)


def rendered_anchors(page: Page) -> frozenset[str] | None:
    """Ids of `page` as rendered (live page or a revision's object); None when it cannot be rendered."""
    try:
        response = page.make_preview_request()
    except Exception:  # a broken template must not make every link to the page look broken
        log.warning("could not render page %s to read its anchors", page.pk, exc_info=True)
        return None
    if response.status_code != 200:
        return None
    return page_anchors(response.content, response.charset)
