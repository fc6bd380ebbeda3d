"""Which pages link to a page: Wagtail's reference index (page links, chooser blocks) plus
the recorded relative/absolute links that resolved to it (the index does not see those)."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex

from linkcheck.models import PageLink


def pages_linking_to(page: Page):
    """Pages (other than `page` itself) whose content links to `page`, live or not."""
    page_type = ContentType.objects.get_for_model(Page)
    indexed = ReferenceIndex.get_references_to(page).filter(base_content_type=page_type).values_list(
        "object_id", flat=True
    )
    recorded = PageLink.objects.filter(target_page=page).values_list("page_id", flat=True)
    ids = {int(pk) for pk in indexed} | set(recorded)
    ids.discard(page.pk)
    return Page.objects.filter(pk__in=ids)


def live_pages_linking_to(page: Page):
    return pages_linking_to(page).live()
