"""cms.mail.AfterCommitBackend: mail sent inside a transaction leaves when it commits and never
when it rolls back (a workflow's "approved" notice must not announce a publish that failed)."""

import pytest
from django.core import mail
from django.db import transaction
from django.test import override_settings

AFTER_COMMIT = {"default": {"BACKEND": "cms.mail.AfterCommitBackend",
                            "OPTIONS": {"backend": "django.core.mail.backends.locmem.EmailBackend"}}}


@pytest.fixture
def after_commit_mail(transactional_db):
    with override_settings(MAILERS=AFTER_COMMIT):
        mail.outbox = []
        yield mail


def notify(subject: str) -> None:
    mail.send_mail(subject, "body", "cms@example.org", ["editor@example.org"])


def test_mail_in_a_transaction_leaves_when_it_commits(after_commit_mail):
    with transaction.atomic():
        notify("Approved")
        assert after_commit_mail.outbox == []
    assert [m.subject for m in after_commit_mail.outbox] == ["Approved"]


def test_mail_in_a_transaction_that_rolls_back_never_leaves(after_commit_mail):
    with pytest.raises(RuntimeError), transaction.atomic():
        notify("Approved and published")
        raise RuntimeError("the publish failed")
    assert after_commit_mail.outbox == []


def test_mail_outside_a_transaction_leaves_at_once(after_commit_mail):
    notify("Submitted")
    assert [m.subject for m in after_commit_mail.outbox] == ["Submitted"]


def test_the_sites_mailer_sends_after_commit():
    from cms.settings import base  # the test runner swaps the live setting for its outbox

    assert base.MAILERS["default"]["BACKEND"] == "cms.mail.AfterCommitBackend"
