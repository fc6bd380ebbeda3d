"""Wagtail's default "Moderators" group can publish any page, which would be a way around the
compliance review. Only Compliance reviewers (and superusers) publish on this site, so the
group keeps its editing rights but loses publish."""

from django.db import migrations


def revoke_publish(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(group__name="Moderators", permission__codename="publish_page").delete()


def restore_publish(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    group = Group.objects.filter(name="Moderators").first()
    root = Page.objects.filter(depth=1).first()
    permission = Permission.objects.filter(content_type__app_label="wagtailcore", codename="publish_page").first()
    if group and root and permission:
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_editorial_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(revoke_publish, restore_publish)]
