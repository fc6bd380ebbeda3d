"""Keeping link verdicts current as content changes.

- A saved revision (a draft) is checked by a task-queue worker, not in the editor's request:
  internal links from the database, external links from the result table or fetched.
- Publishing makes the published revision's draft rows the live ones (or checks the live
  version when they came from another revision).
- Unpublishing, moving or deleting a page re-checks every live page that links to it, after
  the change has committed.

A link check must never break saving or publishing: failures are logged, and the check's
database work runs in a savepoint so a failed query cannot abort the editor's transaction.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page, Revision
from wagtail.signals import page_published, page_unpublished, post_page_move

from linkcheck.checking import check_object, promote_draft
from linkcheck.models import PageLink
from linkcheck.references import live_pages_linking_to

log = logging.getLogger(__name__)


def _safely(what: str, work) -> None:
    try:
        with transaction.atomic():
            work()
    except Exception:  # noqa: BLE001 - a link check must not stop an editor's save
        log.exception("link check failed: %s", what)


def recheck_later(page_ids) -> None:
    """Re-check these pages' live links once the current transaction has committed."""
    from linkcheck.tasks import recheck_live_pages

    page_ids = sorted(set(page_ids))
    if page_ids:
        transaction.on_commit(lambda: recheck_live_pages.enqueue(page_ids))


@receiver(post_save, sender=Revision)
def check_saved_draft(sender, instance: Revision, created: bool, raw: bool = False, **kwargs):
    if not created or raw or instance.base_content_type_id != ContentType.objects.get_for_model(Page).pk:
        return
    from linkcheck.tasks import check_draft_links

    check_draft_links.enqueue(instance.pk)


def check_draft(revision: Revision) -> None:
    """Check and store a saved revision's links (linkcheck.tasks.check_draft_links)."""
    _safely(
        f"draft of page {revision.object_id}",
        lambda: check_object(revision.as_object(), PageLink.Version.DRAFT, revision_id=revision.pk),
    )


@receiver(page_published)
def check_published(sender, instance: Page, revision: Revision | None = None, **kwargs):
    def work():
        if revision is not None and promote_draft(instance.pk, revision.pk):
            return  # the published revision was checked when it was saved
        check_object(instance.specific, PageLink.Version.LIVE)
        PageLink.objects.filter(page=instance, version=PageLink.Version.DRAFT).delete()

    _safely(f"published page {instance.pk}", work)


@receiver(page_unpublished)
def recheck_after_unpublish(sender, instance: Page, **kwargs):
    def work():
        PageLink.objects.filter(page=instance, version=PageLink.Version.LIVE).delete()
        recheck_later(live_pages_linking_to(instance).values_list("pk", flat=True))

    _safely(f"unpublished page {instance.pk}", work)


@receiver(post_page_move)
def recheck_after_move(sender, instance: Page, **kwargs):
    def work():
        linking = set(live_pages_linking_to(instance).values_list("pk", flat=True))
        recheck_later(linking | ({instance.pk} if instance.live else set()))

    _safely(f"moved page {instance.pk}", work)


@receiver(pre_delete, sender=Page)
def remember_linking_pages(sender, instance: Page, **kwargs):
    # The reference index forgets links to a page when it is deleted: ask before.
    instance._linkcheck_linking = []
    _safely(
        f"deleting page {instance.pk}",
        lambda: instance._linkcheck_linking.extend(live_pages_linking_to(instance).values_list("pk", flat=True)),
    )


@receiver(post_delete, sender=Page)
def recheck_after_delete(sender, instance: Page, **kwargs):
    recheck_later(getattr(instance, "_linkcheck_linking", []))
