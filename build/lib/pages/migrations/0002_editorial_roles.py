"""Editorial roles.

Editors write and edit articles and submit them for review but cannot publish; Compliance
reviewers review (the "Compliance review" workflow task is theirs) and publish. Permissions
are granted on the tree root, so they cover every page created later. Re-running is safe:
everything is get-or-create, and a stray publish permission on Editors is removed.
"""

from django.db import migrations

ROLE_PAGE_PERMISSIONS = {
    "Editors": ("add", "change"),
    "Compliance reviewers": ("add", "change", "publish", "lock", "unlock"),
}
MEDIA_PERMISSIONS = {
    ("wagtailimages", "image"): ("add", "change", "choose"),
    ("wagtaildocs", "document"): ("add", "change", "choose"),
}
REVIEW_NAME = "Compliance review"


def _permission(apps, app_label, model, action):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_{model}",
        defaults={"name": f"Can {action} {model}"},
    )
    return permission


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    access_admin = _permission(apps, "wagtailadmin", "admin", "access")

    groups = {}
    for name, actions in ROLE_PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(access_admin)
        for action in actions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=_permission(apps, "wagtailcore", "page", action)
            )
        GroupPagePermission.objects.filter(group=group).exclude(
            permission__codename__in=[f"{action}_page" for action in actions]
        ).delete()
        for (app_label, model), media_actions in MEDIA_PERMISSIONS.items():
            for action in media_actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(apps, app_label, model, action),
                )

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=REVIEW_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_NAME, content_type=task_type, active=True)
    task.groups.add(groups["Compliance reviewers"])
    workflow, _ = Workflow.objects.get_or_create(name=REVIEW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Group.objects.filter(name="Compliance reviewers").delete()
    Workflow.objects.filter(name=REVIEW_NAME).delete()
    Task.objects.filter(name=REVIEW_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
