"""After Submit in the editor, the message says what happened: "Sent back: N blocking findings"
with the list when the automatic checks rejected the page at once, never a success banner."""

import pytest
from cms_testing import make_article, paragraphs
from django.contrib.messages import get_messages
from django.urls import reverse
from review_testing import article_form
from wagtail.models import PageLogEntry

pytestmark = pytest.mark.django_db


def shown(client, response) -> list[tuple[str, str]]:
    """The messages the editor sees on the page the submission redirects to."""
    assert response.status_code == 302
    page = client.get(response["Location"])
    return [(message.level_tag, str(message)) for message in get_messages(page.wsgi_request)]


def test_submitting_copy_errors_says_sent_back_with_the_list(client, index, editor):
    page = make_article(index, "typo", publish=False, body=paragraphs("Fine."))
    client.force_login(editor)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]),
                           article_form("Typo", "typo", "You will recieve a letter.", "Also recieve this.",
                                        action="action-submit"))
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])  # back to the findings
    [(level, text)] = shown(client, response)
    assert level == "error" and text.startswith("Sent back: 2 blocking findings to fix before review")
    assert text.count("<li>test.misspelling: “recieve”") == 2
    assert "submitted for moderation" not in text
    # The history credits the rejection to the automatic task (no user), not to the editor.
    rejection = PageLogEntry.objects.get(page=page, action="wagtail.workflow.reject")
    assert rejection.user is None
    assert PageLogEntry.objects.get(page=page, action="wagtail.workflow.start").user == editor


def test_submitting_a_new_page_with_errors_says_sent_back(client, index, editor):
    client.force_login(editor)
    response = client.post(reverse("wagtailadmin_pages:add", args=["pages", "articlepage", index.pk]),
                           article_form("New", "new", "You will recieve a letter.", action="action-submit"))
    [(level, text)] = shown(client, response)
    assert level == "error" and text.startswith("Sent back: 1 blocking finding to fix")


def test_a_submission_that_reaches_the_reviewers_keeps_the_success_message(client, draft, editor):
    client.force_login(editor)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]),
                           article_form("Cream", "cream", "This cream is a miracle cure for acne.",
                                        action="action-submit"))
    [(level, text)] = shown(client, response)
    assert level == "success" and "submitted for moderation" in text
