"""Fixtures for the CMS tests (tests/cms runs on SQLite and on PostgreSQL)."""

import pytest
from cms_testing import build_site
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


@pytest.fixture
def site_tree(db):
    return build_site()


@pytest.fixture
def make_user(db):
    def make(username, *groups, superuser=False):
        user_model = get_user_model()
        if superuser:
            return user_model.objects.create_superuser(username, f"{username}@example.org", "pw-for-tests")
        user = user_model.objects.create_user(username, f"{username}@example.org", "pw-for-tests")
        user.groups.set(Group.objects.filter(name__in=groups))
        return user

    return make


@pytest.fixture
def index(site_tree):
    """The article index of `site_tree`."""
    return site_tree[1]


@pytest.fixture
def editor(make_user):
    return make_user("editor", "Editors")


@pytest.fixture
def reviewer(make_user):
    return make_user("reviewer", "Compliance reviewers")
