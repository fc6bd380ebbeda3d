"""The "Compliance review" workflow: automatic checks first, then the Compliance reviewers;
approving the last task publishes only when no error finding is open."""

import pytest
from cms_testing import make_article, paragraphs
from django.urls import reverse
from review_testing import article_form, edit, waive
from wagtail.models import GroupApprovalTask, WorkflowState

from pages.models import ArticlePage
from review.models import ContentCheckTask

pytestmark = pytest.mark.django_db


def submit(page, user):
    return page.get_workflow().start(page, user)


def approve_in_admin(client, page, follow=True):
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""}, follow=follow)


def test_the_workflow_runs_the_checks_first_then_the_reviewers(index):
    page = make_article(index, "any", publish=False)
    tasks = [task.specific for task in page.get_workflow().tasks]
    assert [type(task) for task in tasks] == [ContentCheckTask, GroupApprovalTask]
    assert [group.name for group in tasks[1].groups.all()] == ["Compliance reviewers"]


def test_copy_errors_send_the_page_back_to_the_editor(index, editor):
    page = make_article(index, "typo", publish=False, body=paragraphs("You will recieve a letter."))
    state = submit(page, editor)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    rejected = state.current_task_state
    assert isinstance(rejected.task.specific, ContentCheckTask)
    assert "recieve" in rejected.comment

    edit(page, editor, "You will receive a letter.")
    state.resume(user=editor)  # the editor resubmits: the checks run again, then the reviewers
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert isinstance(state.current_task_state.task.specific, GroupApprovalTask)


def test_claims_go_to_the_reviewer_whose_approval_is_refused_until_decided(client, draft, editor, reviewer):
    state = submit(draft, editor)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert isinstance(state.current_task_state.task.specific, GroupApprovalTask)

    client.force_login(reviewer)
    response = approve_in_admin(client, draft)
    assert "cannot be published" in response.content.decode()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS  # the approval was rolled back
    assert state.current_task_state.status == "in_progress"
    assert not ArticlePage.objects.get(pk=draft.pk).live

    waive(draft, reviewer)
    approve_in_admin(client, draft)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert ArticlePage.objects.get(pk=draft.pk).live


def test_an_approval_modal_gets_the_refusal_as_a_redirect(client, draft, editor, reviewer):
    submit(draft, editor)
    client.force_login(reviewer)
    draft.refresh_from_db()
    url = reverse("wagtailadmin_pages:workflow_action",
                  args=[draft.pk, "approve", draft.current_workflow_task_state.pk])
    response = client.post(url, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 200
    payload = response.json()
    assert payload["step"] == "success"
    assert payload["redirect"] == reverse("wagtailadmin_pages:edit", args=[draft.pk])


def test_clean_content_is_published_when_the_reviewer_approves(client, index, editor, reviewer):
    page = make_article(index, "clean-flow", publish=False, body=paragraphs("Nothing to flag."))
    submit(page, editor)
    client.force_login(reviewer)
    approve_in_admin(client, page)
    assert ArticlePage.objects.get(pk=page.pk).live


def test_editors_cannot_publish_directly(client, index, editor):
    page = make_article(index, "editor-page", publish=False, body=paragraphs("Nothing to flag."))
    assert not page.permissions_for_user(editor).can_publish()
    client.force_login(editor)
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]),
                article_form("Editor page", "editor-page", "Nothing to flag.", action="action-publish"))
    assert not ArticlePage.objects.get(pk=page.pk).live


def test_pages_other_than_articles_pass_the_check_task(site_tree, editor):
    home, _ = site_tree
    home.save_revision()
    state = submit(home, editor)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert isinstance(state.current_task_state.task.specific, GroupApprovalTask)


def test_approving_from_the_editor_is_refused_too(client, draft, editor, reviewer):
    submit(draft, editor)
    client.force_login(reviewer)
    data = article_form("Cream", "cream", "Wash your skin gently.", "This cream is a miracle cure for acne.")
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve",
                 "workflow-action-extra-data": "{}"})
    response = client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), data, follow=True)
    assert "cannot be published" in response.content.decode()
    assert not ArticlePage.objects.get(pk=draft.pk).live
    draft.refresh_from_db()
    assert draft.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
