"""Wagtail's `publish_scheduled`, with the content gate applied one revision at a time.

Wagtail's command publishes all due revisions in one loop, so one refused article would
stop every later one, and the refused revision would lose its schedule on the way (the
publish clears go-live dates before the page is saved). Here each due article revision is
asked of the gate first: a refused one keeps its schedule (it goes live at the first run
after its findings are resolved or waived), is reported on stderr, and is logged once in the
page history. Expiry is Wagtail's, unchanged; `--dryrun` is Wagtail's own.
"""

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import DraftStateMixin, Page, PageLogEntry, Revision

from review import gate
from review.admin_refusals import REFUSED_ACTION


class Command(WagtailCommand):
    help = "Publish scheduled pages and unpublish expired ones; articles with open error findings are held."

    def handle(self, *args, **options):
        if options.get("dryrun"):
            return super().handle(*args, **options)
        self.unpublish_expired()
        self.publish_due()

    def unpublish_expired(self) -> None:
        models = [Page] + [m for m in apps.get_models() if issubclass(m, DraftStateMixin) and not issubclass(m, Page)]
        for model in models:
            for obj in list(model.objects.filter(live=True, expire_at__lt=timezone.now()).order_by("expire_at")):
                obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")

    def publish_due(self) -> None:
        due = Revision.objects.filter(approved_go_live_at__lt=timezone.now()).order_by("approved_go_live_at")
        for revision in due:
            if gate.is_gated_model(revision.content_type.model_class()) and not gate.bypassed():
                result = gate.evaluate_revision(revision)
                if not result.allowed:
                    self.stderr.write(f"Held back: {result.as_text()}")
                    self.log_once(revision, result)
                    continue
            with transaction.atomic():
                revision.publish(log_action="wagtail.publish.scheduled")

    def log_once(self, revision, result) -> None:
        # The command runs every few minutes: one history entry per held revision is enough.
        if PageLogEntry.objects.filter(revision=revision, action=REFUSED_ACTION).exists():
            return
        log(instance=result.page, action=REFUSED_ACTION, revision=revision,
            data={"blocking": [{"rule": f.rule, "excerpt": f.excerpt} for f in result.blocking[:20]],
                  "check_failed": result.run_failed, "scheduled": True})
