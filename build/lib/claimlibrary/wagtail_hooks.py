"""Wagtail hooks of the approved-claims library; the logic lives in the modules named here."""

from django.urls import include, path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from claimlibrary import urls
from claimlibrary.log_formatters import FORMATTERS
from claimlibrary.models import ApprovedClaim
from claimlibrary.permissions import ApprovedClaimPermissionPolicy
from claimlibrary.viewsets import approved_claim_viewset

register_permission_policy(ApprovedClaim, ApprovedClaimPermissionPolicy(ApprovedClaim))


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("claims/", include(urls, namespace="claimlibrary"))]


@hooks.register("register_admin_viewset")
def register_viewset():
    return approved_claim_viewset


@hooks.register("register_log_actions")
def register_log_actions(actions):
    for action, formatter in FORMATTERS.items():
        actions.register_action(action)(formatter)
