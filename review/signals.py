"""Model signals: queue the check of every saved revision of an article, and refuse to put an
article live with open blocking findings whatever code path does it.

Every Wagtail publish path (editor, bulk action, workflow, scheduled publishing, both
APIs, `revision.publish()` / `page.publish()`) ends in `PublishRevisionAction`, which sets
`live = True` and `live_revision = <revision>` and saves the page: a pre_save receiver
sees all of them, including future ones, without replacing Wagtail code. It is connected for
the gated page types and the generic `Page` only (`connect_publish_gate`, at start-up), so
saving anything else costs nothing.
"""

import logging

from django.apps import apps
from django.db.models.signals import post_save, pre_delete, pre_save
from django.dispatch import receiver
from wagtail.models import Page, Revision
from wagtail.signals import page_unpublished, post_page_move

from review import checks, gate, tasks
from review.checks import content_digest
from review.documents import build_document

log = logging.getLogger(__name__)


@receiver(post_save, sender=Revision, dispatch_uid="review.check_saved_revision")
def check_saved_revision(sender, instance: Revision, created, raw=False, update_fields=None, **kwargs):
    # Scheduling and other bookkeeping updates touch other columns; only content is checked.
    if raw or (update_fields is not None and "content" not in update_fields):
        return
    if not gate.is_gated_model(instance.content_type.model_class()):
        return
    # Saving never waits for the checks: a worker runs them (the task row commits with the revision).
    tasks.check_saved_revision.enqueue(instance.pk)


@receiver(page_unpublished, dispatch_uid="review.invalidate_after_unpublish")
@receiver(post_page_move, dispatch_uid="review.invalidate_after_move")
def invalidate_linking_runs(sender, instance: Page, **kwargs):
    """The internal links to this page changed verdict: the linking pages are checked again."""
    checks.invalidate_linking_runs(instance)


@receiver(pre_delete, sender=Page, dispatch_uid="review.invalidate_before_delete")
def invalidate_before_delete(sender, instance: Page, **kwargs):
    # The reference index forgets the links to a page when it is deleted: ask before.
    checks.invalidate_linking_runs(instance)


def connect_publish_gate() -> None:
    """Connect the backstop for the generic `Page` and every gated page type (pre_save's
    sender is the instance's own class, so each concrete class is connected)."""
    for model in [Page, *(model for model in apps.get_models() if gate.is_gated_model(model))]:
        pre_save.connect(refuse_blocked_publish, sender=model, dispatch_uid=f"review.refuse_blocked_publish.{model}")


def refuse_blocked_publish(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not instance.live:
        return
    if update_fields is not None and not (PUBLISH_FIELDS | CONTENT_FIELDS) & set(update_fields):
        return  # bookkeeping (a move, a lock, a workflow state): no text goes live
    if not gate.is_gated(instance) or gate.bypassed():
        return
    if instance.alias_of_id:
        _refuse_diverging_alias(instance)
        return
    content = instance if _has_content(instance) else _content_of(instance)
    if instance.pk is None:
        _create_as_draft_unless_clear(instance, content)
        return
    previous = Page.objects.filter(pk=instance.pk).values("live", "live_revision_id").first()
    if previous and previous["live"] and previous["live_revision_id"] == instance.live_revision_id:
        # Already live with this revision. Wagtail saves live pages for moves and bookkeeping;
        # only code that rewrites a live article's content in place, bypassing revisions
        # (`save(update_fields=["body"])`, a generic `Page` with a new title), publishes new
        # text this way: that text is checked as it will be live.
        changed = _changed_in_place(instance)
        if changed is not None:
            gate.assert_publishable(changed)
        return
    revision = instance.live_revision if instance.live_revision_id else None
    gate.assert_publishable(content, revision)


def _refuse_diverging_alias(instance) -> None:
    """An alias mirrors its original, which went through the gate itself: Wagtail copies the
    original's live content into it when the original is published. Content that is not the
    original's (an alias edited in place by code) is checked like any other live text."""
    content = _live_content(instance)
    original = type(content).objects.filter(pk=instance.alias_of_id).first()
    if original is None or content_digest(build_document(content)) != content_digest(build_document(original)):
        gate.assert_publishable(content)
def _create_as_draft_unless_clear(instance, content) -> None:
    """A page created already live (Wagtail's admin does this before publishing the first
    revision; code may do it too). With open blocking findings it is created as a draft,
    not refused: the admin then refuses the publish step with a message, and nothing the
    editor wrote is lost."""
    result = gate.evaluate(content)
    if result.allowed:
        return
    log.warning("page %r created as a draft: %s", instance.title, result.summary())
    instance.live = False
    instance.has_unpublished_changes = True
    instance.live_revision = None


CONTENT_FIELDS = {"title", "seo_title", "search_description", "summary", "body"}
PUBLISH_FIELDS = {"live", "live_revision"}


def _changed_in_place(instance):
    """The article as it would be live when its stored content differs from `instance`'s
    (None when nothing readers see changes)."""
    content = _live_content(instance)
    stored = type(content).objects.filter(pk=instance.pk).first()
    if stored is None:
        return None
    if content_digest(build_document(content)) == content_digest(build_document(stored)):
        return None
    return content


def _live_content(instance):
    """What `instance` would make live: the article itself, or for a generic `Page` the stored
    article with the generic page's title (the only content field a generic page has)."""
    if _has_content(instance):
        return instance
    content = instance.specific_class.objects.get(pk=instance.pk) if instance.pk else instance.specific
    content.title = instance.title
    return content


def _has_content(instance) -> bool:
    from pages.models import ArticlePage

    return isinstance(instance, ArticlePage)


def _content_of(instance):
    """A generic `Page` of an article being saved: check what it would make live."""
    if instance.live_revision_id:
        return instance.live_revision.as_object()
    return instance.specific
