"""Mail that says only what really happened: an e-mail sent inside a database transaction (a
workflow's "approved" notice, sent while the approval and the publish are being saved) leaves
when that transaction commits, and never if it rolls back, so no one is told of an approval or a
publish that did not happen. Outside a transaction it leaves at once.

    MAILERS = {"default": {"BACKEND": "cms.mail.AfterCommitBackend",
                           "OPTIONS": {"backend": "django.core.mail.backends.smtp.EmailBackend",
                                       "backend_options": {"host": "smtp.example.org"}}}}
"""

from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils.module_loading import import_string


class AfterCommitBackend(BaseEmailBackend):
    def __init__(self, *, backend: str, backend_options: dict | None = None, **kwargs):
        super().__init__(**kwargs)
        self.backend = backend
        self.backend_options = backend_options or {}

    def send_messages(self, email_messages):
        email_messages = list(email_messages)
        if email_messages:
            transaction.on_commit(lambda: self._deliver(email_messages))
        return len(email_messages)

    def _deliver(self, email_messages) -> None:
        import_string(self.backend)(alias=self.alias, **self.backend_options).send_messages(email_messages)
