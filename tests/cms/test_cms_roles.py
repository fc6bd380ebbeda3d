"""Roles from the data migration: Editors write and submit, Compliance reviewers review and publish."""

import pytest
from cms_testing import make_article
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Page, Workflow

from pages.models import ArticlePage

pytestmark = pytest.mark.django_db


def test_groups_and_review_workflow_exist():
    assert set(Group.objects.values_list("name", flat=True)) >= {"Editors", "Compliance reviewers"}
    workflow = Workflow.objects.get(name="Compliance review")
    assert Page.get_first_root_node().get_workflow() == workflow
    task = GroupApprovalTask.objects.get(name="Compliance review")
    assert list(task.groups.values_list("name", flat=True)) == ["Compliance reviewers"]


def test_editor_can_create_and_edit_but_not_publish(site_tree, make_user):
    _, index = site_tree
    editor = make_user("ed", "Editors")
    article = make_article(index, "draft-for-editor", publish=False)
    on_index = index.permissions_for_user(editor)
    on_article = article.permissions_for_user(editor)
    assert editor.has_perm("wagtailadmin.access_admin")
    assert on_index.can_add_subpage()
    assert on_article.can_edit()
    assert on_article.can_submit_for_moderation()
    assert not on_article.can_publish()
    assert not on_index.can_publish_subpage()


def test_reviewer_can_publish(site_tree, make_user):
    _, index = site_tree
    reviewer = make_user("rev", "Compliance reviewers")
    article = make_article(index, "draft-for-reviewer", publish=False)
    assert article.permissions_for_user(reviewer).can_publish()
    assert reviewer.has_perm("wagtailadmin.access_admin")


def test_editor_publish_through_admin_is_refused_and_reviewer_approves(client, site_tree, make_user):
    _, index = site_tree
    editor = make_user("ed", "Editors")
    reviewer = make_user("rev", "Compliance reviewers")
    article = make_article(index, "workflow-article", publish=False)
    edit_url = f"/admin/pages/{article.pk}/edit/"
    form = {
        "title": "Workflow article",
        "slug": "workflow-article",
        "summary": "s",
        "body-count": "0",
        "references-TOTAL_FORMS": "0",
        "references-INITIAL_FORMS": "0",
        "references-MIN_NUM_FORMS": "0",
        "references-MAX_NUM_FORMS": "1000",
        "medical_reviewer": "Dr X",
        "last_reviewed": "2026-01-01",
        "tags": "",
    }

    client.force_login(editor)
    client.post(edit_url, {**form, "action-publish": "publish"})
    assert not ArticlePage.objects.get(pk=article.pk).live
    response = client.post(edit_url, {**form, "action-submit": "submit"})
    assert response.status_code == 302
    workflow_state = ArticlePage.objects.get(pk=article.pk).current_workflow_state
    assert workflow_state is not None and workflow_state.status == "in_progress"
    assert workflow_state.current_task_state.task.name == "Compliance review"

    client.force_login(reviewer)
    task_state = workflow_state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{article.pk}/approve/{task_state.pk}/", {"comment": "Checked."}
    )
    assert response.status_code in (200, 302)
    assert ArticlePage.objects.get(pk=article.pk).live


def test_wagtails_default_moderators_cannot_publish(site_tree, make_user):
    # Moderators would otherwise be a way around the compliance review.
    _, index = site_tree
    moderator = make_user("moderator", "Moderators")
    article = make_article(index, "draft-for-moderator", publish=False)
    assert moderator.groups.filter(name="Moderators").exists()
    assert article.permissions_for_user(moderator).can_edit()
    assert not article.permissions_for_user(moderator).can_publish()
