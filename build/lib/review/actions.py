"""A publish action that asks the gate before writing anything.

Registered for pages in Wagtail's action registry (which the API v3 `/actions/publish/`
endpoint uses), so an API refusal is a 422 with the reasons and leaves no trace: the plain
action would first clear scheduled go-live dates and only then meet the pre_save backstop.
"""

from django.db import transaction
from wagtail.actions.publish_page_revision import PublishPageRevisionAction

from review import gate


class GatedPublishPageRevisionAction(PublishPageRevisionAction):
    def check(self, skip_permission_checks=False):
        super().check(skip_permission_checks=skip_permission_checks)
        if gate.is_gated(self.object):
            gate.assert_publishable(self.object, self.revision)

    def execute(self, skip_permission_checks=False):
        with transaction.atomic():
            return super().execute(skip_permission_checks=skip_permission_checks)
