"""Concurrent editors on the default SQLite database: 20 saves at once through gunicorn with
two worker processes all succeed, and every one of them is in the database."""

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from cms_testing import build_site
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from wagtail.models import APIToken

PROJECT = Path(__file__).resolve().parents[2]
SAVES = 20

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def request(url, payload=None, token=None):
    data = json.dumps(payload).encode() if payload is not None else None
    headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers), timeout=120) as reply:
            return reply.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def served_database(tmp_path):
    """The test database copied to a file, served by gunicorn with 2 worker processes."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's locking")
    _, index = build_site()
    editor = get_user_model().objects.create_user("concurrent-editor", "e@example.org", "pw")
    editor.groups.set(Group.objects.filter(name="Editors"))
    _, token = APIToken.create_token(user=editor, name="concurrency")
    database = tmp_path / "db.sqlite3"
    with connection.cursor() as cursor:
        cursor.execute(f"VACUUM INTO '{database}'")
    port = free_port()
    env = {"DJANGO_SETTINGS_MODULE": "cms.settings.test", "DATABASE_URL": f"sqlite:///{database}",
           "PATH": "/usr/bin:/bin"}
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "cms.wsgi", "--workers", "2", "--bind",
                               f"127.0.0.1:{port}", "--timeout", "120"], cwd=PROJECT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # until both workers answer (start-up, not a measurement)
            try:
                if request(f"{base}/api/v3/pages/") == 200:
                    break
            except OSError:
                time.sleep(0.1)
        yield base, token, index.pk, database
    finally:
        server.terminate()
        server.wait(30)


def test_twenty_concurrent_saves_are_all_kept(served_database):
    base, token, parent, database = served_database

    def save(n):
        return request(f"{base}/api/v3/pages/", token=token, payload={
            "meta": {"parent_id": parent, "type": "pages.ArticlePage"},
            "title": f"Concurrent draft {n}", "slug": f"concurrent-{n}", "summary": "Saved at the same time.",
            "body": [{"type": "paragraph", "value": f"<p>Text of draft number {n}.</p>"}],
            "medical_reviewer": "Dr Test", "last_reviewed": "2026-01-15",
        })

    with ThreadPoolExecutor(SAVES) as pool:
        statuses = list(pool.map(save, range(SAVES)))
    assert statuses == [201] * SAVES
    with sqlite3.connect(database) as stored:
        titles = {row[0] for row in stored.execute("SELECT title FROM wagtailcore_page WHERE slug LIKE 'concurrent-%'")}
        revisions = stored.execute("SELECT COUNT(*) FROM wagtailcore_revision").fetchone()[0]
    assert titles == {f"Concurrent draft {n}" for n in range(SAVES)}
    assert revisions >= SAVES
