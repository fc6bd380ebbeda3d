"""Real-browser tests: Playwright's sync API driving Debian's Chromium (never a downloaded
browser). Without Chromium the tests are skipped, or fail when REQUIRE_BROWSER=1 (CI)."""

import os
import shutil
from pathlib import Path

import pytest
from django.core.servers.basehttp import WSGIServer
from django.test.testcases import LiveServerThread

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def _unavailable(reason: str):
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


def pytest_terminal_summary(terminalreporter):
    """A skipped browser test is easy to miss among the dots: say so plainly at the end."""
    skipped = [report for report in terminalreporter.stats.get("skipped", [])
               if "tests/browser/" in report.nodeid.replace("\\", "/")]
    if skipped:
        terminalreporter.write_sep("!", f"{len(skipped)} BROWSER TEST(S) SKIPPED: no Chromium. Install it with "
                                   "`apt-get install chromium` (.ci/run does), or set CHROMIUM_EXECUTABLE",
                                   yellow=True, bold=True)


class OneRequestAtATimeServer(WSGIServer):
    """A live server that serves one request at a time (answering with `Connection: close`).

    With the in-memory SQLite test database every request thread of Django's threaded live
    server uses the same database connection; two requests at once (an autosave while the
    editor's form posts) then fail with "database table is locked"."""

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)  # the server thread itself holds the shared connection


@pytest.fixture(scope="session", autouse=True)
def one_request_at_a_time():
    threaded = LiveServerThread.server_class
    LiveServerThread.server_class = OneRequestAtATimeServer
    yield
    LiveServerThread.server_class = threaded


@pytest.fixture(scope="session")
def chromium_executable():
    executable = os.environ.get("CHROMIUM_EXECUTABLE", "/usr/bin/chromium")
    if not (Path(executable).is_file() or shutil.which(executable)):
        _unavailable(f"no Chromium at {executable} (apt-get install chromium, or set CHROMIUM_EXECUTABLE)")
    return executable


@pytest.fixture(scope="module")
def browser(chromium_executable):
    # Module scope, not session: while Playwright runs, this thread has a running event loop
    # (and async-unsafe ORM calls are allowed), which must not leak into the tests after these.
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    # Playwright's sync API runs an event loop in this thread, and Django refuses ORM calls
    # from a thread with a running loop; the tests' own ORM calls are ordinary sync code.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_executable, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def new_context(browser, live_server):
    """Browser contexts on the live server, closed before the live server and database go away."""
    opened = []

    def make(**options):
        context = browser.new_context(base_url=live_server.url, **options)
        context.set_default_timeout(15_000)
        opened.append(context)
        return context

    yield make
    for context in opened:
        context.close()


@pytest.fixture
def admin_page(new_context):
    """A page logged in to the admin as `username` (1440 px wide, a common laptop screen)."""

    def log_in(username, password):
        page = new_context(viewport={"width": 1440, "height": 1000}).new_page()
        page.goto("/admin/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", password)
        page.click("button[type=submit]")
        page.wait_for_url(lambda url: url.endswith("/admin/"))
        return page

    return log_in
