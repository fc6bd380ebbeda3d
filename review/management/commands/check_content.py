"""`manage.py check_content [--page ID ... | --all] [--format text|json|sarif] [--force] [--enqueue]`

Checks the latest revision of articles from the database (reusing stored runs whose content
and engine version match), prints the report, and exits with status 1 when any error
finding is open (not approved or waived by a reviewer), like `python -m validators check`.
The text summary says how many errors are still open ("12 errors, all approved or waived").

`--enqueue` checks nothing here: it queues one job per article for the task-queue workers
(`manage.py db_worker`, any number of them, on any machines) and exits. Each job reuses a
stored run that is still valid, and a result two workers store at once is stored once, so
enqueueing again after a crash resumes where the workers stopped.
"""

import sys

from django.core.management.base import BaseCommand, CommandError

from pages.models import ArticlePage
from review import checks, gate
from review.documents import build_document
from validators.engine import CheckRun, DocumentReport
from validators.findings import Category, Finding, Severity, SourceLocation, Suggestion
from validators.report import FORMATS


class Command(BaseCommand):
    help = "Check articles' latest revisions; exit status 1 when an error finding is open."

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--page", type=int, action="append", metavar="ID", help="page id (repeatable)")
        which.add_argument("--all", action="store_true", help="every article")
        parser.add_argument("--format", choices=sorted(FORMATS), default="text")
        parser.add_argument("--force", action="store_true", help="check again even when a stored run matches")
        parser.add_argument("--enqueue", action="store_true",
                            help="queue one check per article for the task-queue workers instead of checking here")
        parser.add_argument("--wait", action="store_true",
                            help="with --enqueue: show progress until the workers are done")

    def handle(self, *args, **options):
        if options["enqueue"]:
            from review.tasks import check_latest_revision

            ids = self.select_ids(options)
            queued = [str(check_latest_revision.enqueue(page_id, options["force"]).id) for page_id in ids]
            self.stdout.write(f"Queued {plural(len(ids), 'article check')} for the task-queue workers.")
            if options["wait"]:
                from cms.task_queue import follow

                counts = follow(queued, lambda done: self.progress(done, max(len(queued), 1)))
                self.stderr.write("")
                self.stdout.write(f"Done: {counts.get('SUCCESSFUL', 0)} checked, {counts.get('FAILED', 0)} failed "
                                  "(run `check_content --all` for the report).")
            return
        pages = self.select(options)
        reports, open_errors, failed_runs = [], 0, 0
        show_progress = options["all"] and options["verbosity"] > 0
        for number, page in enumerate(pages, start=1):
            revision = page.get_latest_revision()
            content = revision.as_object() if revision else page
            run = checks.check_page(content, revision, force=options["force"])
            if run.status == run.Status.FAILED:
                self.stderr.write(f"page {page.pk}: the check could not run: {run.error}")
            stored = checks.findings_of(run)
            open_errors += len(gate.open_blocking(page.pk, stored))
            failed_runs += run.status == run.Status.FAILED
            document = build_document(content)
            reports.append(DocumentReport(document, [_as_engine_finding(f) for f in stored], run.timings))
            if show_progress:
                self.progress(number, len(pages))
        if show_progress:
            self.stderr.write("")
        run = CheckRun(reports, 0.0)
        if options["format"] == "text":
            self.stdout.write(to_text(run, open_errors))
        else:
            self.stdout.write(FORMATS[options["format"]](run))
        if failed_runs:
            self.stderr.write(f"{plural(failed_runs, 'page')} could not be checked")
        if open_errors or failed_runs:
            if open_errors:
                self.stderr.write(f"{plural(open_errors, 'open error finding')}")
            sys.exit(1)

    def select(self, options) -> list[ArticlePage]:
        if options["all"]:
            return list(ArticlePage.objects.order_by("path"))
        pages = list(ArticlePage.objects.filter(pk__in=options["page"]).order_by("path"))
        missing = set(options["page"]) - {page.pk for page in pages}
        if missing:
            raise CommandError(f"no article with id {', '.join(map(str, sorted(missing)))}")
        return pages

    def select_ids(self, options) -> list[int]:
        if options["all"]:
            return list(ArticlePage.objects.order_by("path").values_list("pk", flat=True))
        return [page.pk for page in self.select(options)]

    def progress(self, done: int, total: int, width: int = 30) -> None:
        filled = width * done // total
        self.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} pages", ending="")
        self.stderr.flush()


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def error_summary(errors: int, open_errors: int) -> str:
    """'12 errors, all approved or waived', '12 errors (3 open, 9 approved or waived)', '2 errors, open'."""
    text = plural(errors, "error")
    if not errors:
        return text
    if not open_errors:
        return f"{text}, {'all ' if errors > 1 else ''}approved or waived"
    if open_errors == errors:
        return f"{text}, {'all ' if errors > 1 else ''}open"
    return f"{text} ({open_errors} open, {errors - open_errors} approved or waived)"


def to_text(run: CheckRun, open_errors: int) -> str:
    """Compiler-style lines located at the block path (`page/12 body.3.value+45`), which
    says more in a CMS than a line number in a block's source; the summary counts the errors
    still open (not approved or waived by a reviewer) apart from the decided ones."""
    lines, counts = [], {severity: 0 for severity in Severity}
    for report in run.reports:
        for finding in report.findings:
            counts[finding.severity] += 1
            where = f" {finding.source.origin}+{finding.source.offset}" if finding.source else ""
            hint = f" (suggestion: {finding.suggestions[0].replacement!r})" if finding.suggestions else ""
            lines.append(f"{report.document.path}{where}: {finding.severity} {finding.rule} {finding.message}{hint}")
    lines.append(f"{plural(len(run.reports), 'document')}: {error_summary(counts[Severity.ERROR], open_errors)}; "
                 f"{plural(counts[Severity.WARNING], 'warning')}; {plural(counts[Severity.INFO], 'note')}")
    return "\n".join(lines)


def _as_engine_finding(stored) -> Finding:
    source = SourceLocation(stored.origin, stored.offset) if stored.origin and stored.offset is not None else None
    return Finding(
        rule=stored.rule, category=Category(stored.category), severity=Severity(stored.severity),
        message=stored.message, start=stored.start, end=stored.end, excerpt=stored.excerpt,
        sentence=stored.sentence,
        suggestions=tuple(Suggestion(s["replacement"], s.get("safe", False)) for s in stored.suggestions),
        url=stored.url, resolved_url=stored.resolved_url, source=source, fingerprint=stored.fingerprint,
        details=stored.details,
    )
