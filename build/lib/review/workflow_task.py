"""The automatic first task of the "Compliance review" workflow (a model; see workflow.py
for what it decides)."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Task


class ContentCheckTask(Task):
    """Runs the content checks on the submitted revision and decides at once: back to the
    editor while findings the editor must fix are open (copy, links, a failed check), on to
    the reviewers otherwise. Nobody acts on it by hand."""

    def start(self, workflow_state, user=None):
        from review.workflow import decide_check_task

        task_state = super().start(workflow_state, user=user)
        decide_check_task(task_state)
        return task_state

    def get_actions(self, obj, user):
        return []

    @classmethod
    def get_description(cls):
        return _("Checks copy, claims and links; sends the page back while the editor has errors to fix")

    class Meta:
        verbose_name = _("Automatic content checks")
        verbose_name_plural = _("Automatic content checks")
