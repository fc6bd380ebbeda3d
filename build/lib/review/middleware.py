"""Turn a gate refusal raised deep inside an admin action into a message, not a 500.

Wagtail offers hooks before the editor's publish and before bulk actions (used in
wagtail_hooks.py), but not before a workflow approval publishes; there, the refusal is an
exception raised inside the approval's transaction (so nothing of it is kept), and this
middleware shows it.
"""

from django.urls import reverse

from review.admin_refusals import refusal_response
from review.gate import PublishBlocked


class PublishRefusalMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, PublishBlocked) and request.path.startswith(reverse("wagtailadmin_home")):
            return refusal_response(request, exception)
        return None
