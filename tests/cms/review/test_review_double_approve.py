"""Issue 12 bug 6: "Approve and Publish" posted twice at once, through a live server with a
thread per request on PostgreSQL. The page is published once, History has one approval and
one publish, the editor gets one e-mail, and the second request says what already happened."""

import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from cms_testing import make_article, paragraphs, written_by
from django.core import mail
from django.db import connection
from django.test import Client
from review_testing import article_form
from wagtail.models import PageLogEntry
from wagtail.signals import page_published

from pages.models import ArticlePage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CSRF_SECRET = "a" * 32  # any 32-character secret is a valid CSRF cookie; the form sends it back
TEXTS = ("Wash your skin gently.", "Rinse with warm water.")


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def post(url: str, cookies: str, data: dict) -> tuple[int, str, str]:
    """(status, redirect location, the cookies it set: the messages for the next page)."""
    request = urllib.request.Request(url, data=urllib.parse.urlencode(data).encode(), headers={"Cookie": cookies})
    try:
        reply = urllib.request.build_opener(NoRedirects).open(request, timeout=60)
    except urllib.error.HTTPError as error:
        reply = error
    with reply:
        set_cookies = "; ".join(c.split(";", 1)[0] for c in reply.headers.get_all("Set-Cookie") or [])
        return reply.status, reply.headers.get("Location", ""), set_cookies


def get(url: str, cookies: str) -> str:
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Cookie": cookies}), timeout=60) as reply:
        return reply.read().decode()


@pytest.fixture
def live(request):
    if connection.vendor != "postgresql":
        pytest.skip("concurrent requests on their own connections: PostgreSQL")
    return request.getfixturevalue("live_server")


@pytest.fixture
def slow_first_publish():
    """The first publish pauses (inside its transaction) long enough for the second request to
    arrive: the window the double click hit by chance, made certain."""
    publishing = threading.Event()

    def pause(sender, **kwargs):
        if not publishing.is_set():
            publishing.set()
            threading.Event().wait(1.0)

    page_published.connect(pause, dispatch_uid="test.slow_first_publish")
    yield publishing
    page_published.disconnect(dispatch_uid="test.slow_first_publish")


def editor_footer(page) -> tuple[str, dict]:
    """The editor's "Approve and Publish": the whole edit form plus the workflow action."""
    return f"/admin/pages/{page.pk}/edit/", {
        **article_form("Cream", "cream", *TEXTS), "action-workflow-action": "true",
        "workflow-action-name": "approve", "workflow-action-extra-data": "{}"}


def action_view(page) -> tuple[str, dict]:
    """The Status panel's (and dashboard's) Approve: Wagtail's workflow action view."""
    page.refresh_from_db()
    return f"/admin/pages/workflow/action/{page.pk}/approve/{page.current_workflow_task_state.pk}/", {"comment": ""}


@pytest.mark.parametrize("button", [editor_footer, action_view])
def test_approve_and_publish_posted_twice_publishes_once(live, slow_first_publish, index, editor, reviewer, button):
    page = written_by(make_article(index, "cream", publish=False, body=paragraphs(*TEXTS)), editor)
    page.get_workflow().start(page, editor)
    client = Client()
    client.force_login(reviewer)
    cookies = f"sessionid={client.cookies['sessionid'].value}; csrftoken={CSRF_SECRET}"
    path, form = button(page)
    url, data = f"{live.url}{path}", {**form, "csrfmiddlewaretoken": CSRF_SECRET}
    outcomes = {}

    def click(name):
        outcomes[name] = post(url, cookies, data)

    first = threading.Thread(target=click, args=("first",))
    first.start()
    if not slow_first_publish.wait(30):
        first.join()
        raise AssertionError(f"the first request never published: {outcomes}")
    second = threading.Thread(target=click, args=("second",))
    second.start()
    first.join()
    second.join()

    assert outcomes["first"][0] == 302 and outcomes["second"][0] == 302, outcomes
    page = ArticlePage.objects.get(pk=page.pk)
    assert page.live and not page.has_unpublished_changes
    assert page.live_revision_id == page.latest_revision_id
    actions = list(PageLogEntry.objects.filter(page=page).values_list("action", flat=True))
    assert actions.count("wagtail.publish") == 1
    assert actions.count("wagtail.workflow.approve") == 2  # the automatic check task, then the reviewer
    assert [m.to for m in mail.outbox if "approved" in m.subject.lower()] == [[editor.email]]
    _, location, set_cookies = outcomes["second"]
    assert "was already approved and published by reviewer" in get(f"{live.url}{location}", f"{cookies}; {set_cookies}")
