"""The "Compliance review" workflow: the automatic content checks first, then the
Compliance reviewers' approval (the GroupApprovalTask and workflow created by
pages/migrations/0002_editorial_roles, assigned to the tree root so it covers every
article). Re-running is safe: the check task is added once and put first."""

from django.db import migrations

WORKFLOW_NAME = "Compliance review"
CHECK_TASK_NAME = "Automatic content checks"


def add_check_task(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentCheckTask = apps.get_model("review", "ContentCheckTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Page = apps.get_model("wagtailcore", "Page")

    task_type, _ = ContentType.objects.get_or_create(app_label="review", model="contentchecktask")
    task = ContentCheckTask.objects.filter(name=CHECK_TASK_NAME).first()
    if task is None:
        task = ContentCheckTask.objects.create(name=CHECK_TASK_NAME, content_type=task_type, active=True)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    others = list(WorkflowTask.objects.filter(workflow=workflow).exclude(task_id=task.pk).order_by("sort_order"))
    WorkflowTask.objects.update_or_create(workflow=workflow, task_id=task.pk, defaults={"sort_order": 0})
    for position, workflow_task in enumerate(others, start=1):
        workflow_task.sort_order = position
        workflow_task.save(update_fields=["sort_order"])
    root = Page.objects.filter(depth=1).first()
    if root is not None and not WorkflowPage.objects.filter(page=root).exists():
        WorkflowPage.objects.create(page=root, workflow=workflow)


def remove_check_task(apps, schema_editor):
    apps.get_model("review", "ContentCheckTask").objects.filter(name=CHECK_TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0001_initial"),
        ("pages", "0002_editorial_roles"),
    ]

    operations = [migrations.RunPython(add_check_task, remove_check_task)]
