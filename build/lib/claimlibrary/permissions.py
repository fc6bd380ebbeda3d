"""Who may do what with the approved-claims library in the admin.

Everyone with admin access may read it (editors see which wording is already approved);
only Compliance reviewers (and superusers) add or change claims. Nobody deletes one: a
claim that is no longer valid is deactivated, so the audit trail of what it approved stays.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies import BasePermissionPolicy

from review import conf
from review.decisions import is_reviewer

_READ = {"view"}
_REVIEWER = {"add", "change"}


def _is_admin_user(user) -> bool:
    return bool(user and user.is_active and (user.is_superuser or user.has_perm("wagtailadmin.access_admin")))


class ApprovedClaimPermissionPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        if action in _READ:
            return _is_admin_user(user)
        return action in _REVIEWER and is_reviewer(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if set(actions) & _REVIEWER:
            return users.filter(Q(is_superuser=True) | Q(groups__name=conf.reviewer_group())).distinct()
        if set(actions) & _READ:
            return users.filter(Q(is_superuser=True) | Q(groups__permissions__codename="access_admin")).distinct()
        return users.none()
