"""`python manage.py check_links --all`: re-check the links of live pages (run it on a schedule).

Internal links are judged page by page; external addresses of all pages are then fetched
together (each address once, per-host limits across the whole site) unless the result
table still has a fresh answer. Exit status 1 when any link is broken (an error).

`--enqueue` checks nothing here: it queues one job per live page for the task-queue workers
(`manage.py db_worker`, any number, on any machines) and exits. A job re-checks its page's
live links under the page's row lock, so two workers given the same page store its links
once; enqueueing again after a crash resumes (fresh results are read from the result table).
"""

import sys

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from linkcheck.checking import CACHED, check_page, refresh_external
from linkcheck.models import Outcome, PageLink

BATCH = 500  # external addresses per fetch: large enough to keep every host busy, small enough for progress


class Progress:
    """A one-line progress bar on the command's stderr (redrawn in place on a terminal, one line per step otherwise)."""

    def __init__(self, stream, label: str, total: int, width: int = 30):
        self.stream, self.label, self.total, self.width = stream, label, max(total, 1), width
        self.interactive = stream.isatty()

    def show(self, done: int) -> None:
        filled = self.width * done // self.total
        line = f"{self.label:<9} [{'#' * filled}{'.' * (self.width - filled)}] {done}/{self.total}"
        if self.interactive:
            self.stream.write("\r" + line, ending="\n" if done >= self.total else "")
        elif done >= self.total or done % max(1, self.total // 10) == 0:
            self.stream.write(line)
        self.stream.flush()


class Command(BaseCommand):
    help = "Check the links of live pages; exit status 1 when a link is broken."

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--all", action="store_true", help="every live page")
        which.add_argument("--page", type=int, action="append", metavar="ID", help="this page (repeatable)")
        parser.add_argument("--force", action="store_true", help="ignore cached results: fetch every address again")
        parser.add_argument("--skip-external", action="store_true",
                            help="do not fetch other sites (cached results are still used)")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")
        parser.add_argument("--limit", type=int, default=20, help="broken links listed in the summary (default 20)")
        parser.add_argument("--enqueue", action="store_true",
                            help="queue one job per page for the task-queue workers instead of checking here")
        parser.add_argument("--wait", action="store_true",
                            help="with --enqueue: show progress until the workers are done")

    def handle(self, *args, **options):
        pages = Page.objects.live().filter(depth__gt=1).specific().order_by("path")  # not the tree's root
        if options["enqueue"]:
            from linkcheck.tasks import check_live_links

            chosen = pages.filter(pk__in=options["page"]) if options["page"] else pages
            ids = list(chosen.values_list("pk", flat=True))
            queued = [str(check_live_links.enqueue(page_id, options["force"], options["skip_external"]).id)
                      for page_id in ids]
            self.stdout.write(f"Queued {len(ids)} page link check{'' if len(ids) == 1 else 's'} for the task-queue "
                              "workers.")
            if options["wait"]:
                from cms.task_queue import follow

                bar = Progress(self.stderr, "pages", len(queued))
                counts = follow(queued, bar.show)
                self.stdout.write(f"Done: {counts.get('SUCCESSFUL', 0)} pages checked, {counts.get('FAILED', 0)} "
                                  "failed (see the Broken links report).")
            return
        if options["page"]:
            pages = pages.filter(pk__in=options["page"])
            missing = set(options["page"]) - set(pages.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no live page with id {', '.join(map(str, sorted(missing)))}")
        pages = list(pages)
        progress = not options["no_progress"]

        rows: list[PageLink] = []
        bar = Progress(self.stderr, "pages", len(pages)) if progress else None
        for done, page in enumerate(pages, start=1):
            rows += check_page(page, PageLink.Version.LIVE, CACHED)
            if bar:
                bar.show(done)

        external = [row for row in rows if row.kind == PageLink.Kind.EXTERNAL and
                    (options["force"] or row.outcome == Outcome.PENDING)]
        if external and not options["skip_external"]:
            bar = Progress(self.stderr, "addresses", len(external)) if progress else None
            for start in range(0, len(external), BATCH):
                refresh_external(external[start : start + BATCH], force=options["force"])
                if bar:
                    bar.show(min(start + BATCH, len(external)))

        self._summary(pages, rows, options["limit"])
        if any(row.severity == PageLink.Severity.ERROR for row in rows):
            sys.exit(1)

    def _summary(self, pages, rows: list[PageLink], limit: int) -> None:
        errors = [row for row in rows if row.severity == PageLink.Severity.ERROR]
        warnings = [row for row in rows if row.severity == PageLink.Severity.WARNING]
        self.stdout.write(
            f"Checked {len(rows)} links on {len(pages)} live pages: {len(errors)} broken, {len(warnings)} warnings, "
            f"{sum(1 for row in rows if row.outcome == Outcome.OK)} OK, "
            f"{sum(1 for row in rows if row.outcome == Outcome.PENDING)} not checked."
        )
        titles = {page.pk: page.get_admin_display_title() for page in pages}
        for row in (errors + warnings)[:limit]:
            self.stdout.write(f"  [{row.severity}] {titles.get(row.page_id)}: {row.url} — {row.message}")
        if len(errors) + len(warnings) > limit:
            self.stdout.write(f"  ... and {len(errors) + len(warnings) - limit} more (see the Broken links report)")
