"""`manage.py check_content [--page ID ... | --all] [--format text|json|sarif] [--force]`

Checks the latest revision of articles from the database (reusing stored runs whose content
and engine version match), prints the report, and exits with status 1 when any error
finding is open (not approved or waived by a reviewer), like `python -m validators check`.
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

    def handle(self, *args, **options):
        pages = self.select(options)
        reports, open_errors = [], 0
        show_progress = options["all"] and options["verbosity"] > 0
        for number, page in enumerate(pages, start=1):
            revision = page.get_latest_revision()
            content = revision.as_object() if revision else page
            run = checks.check_page(content, revision, force=options["force"])
            if run.status == run.Status.FAILED:
                self.stderr.write(f"page {page.pk}: the check could not run: {run.error}")
            stored = checks.findings_of(run)
            open_errors += len(gate.open_blocking(page.pk, stored)) + (1 if run.status == run.Status.FAILED else 0)
            document = build_document(content)
            reports.append(DocumentReport(document, [_as_engine_finding(f) for f in stored], run.timings))
            if show_progress:
                self.progress(number, len(pages))
        if show_progress:
            self.stderr.write("")
        render = to_text if options["format"] == "text" else FORMATS[options["format"]]
        self.stdout.write(render(CheckRun(reports, 0.0)))
        if open_errors:
            self.stderr.write(f"{open_errors} open error finding(s)")
            sys.exit(1)

    def select(self, options) -> list[ArticlePage]:
        if options["all"]:
            return list(ArticlePage.objects.order_by("path"))
        pages = list(ArticlePage.objects.filter(pk__in=options["page"]).order_by("path"))
        missing = set(options["page"]) - {page.pk for page in pages}
        if missing:
            raise CommandError(f"no article with id {', '.join(map(str, sorted(missing)))}")
        return pages

    def progress(self, done: int, total: int, width: int = 30) -> None:
        filled = width * done // total
        self.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} pages", ending="")
        self.stderr.flush()


def to_text(run: CheckRun) -> str:
    """Compiler-style lines located at the block path (`page/12 body.3.value+45`), which
    says more in a CMS than a line number in a block's source."""
    lines, counts = [], {severity: 0 for severity in Severity}
    for report in run.reports:
        for finding in report.findings:
            counts[finding.severity] += 1
            where = f" {finding.source.origin}+{finding.source.offset}" if finding.source else ""
            hint = f" (suggestion: {finding.suggestions[0].replacement!r})" if finding.suggestions else ""
            lines.append(f"{report.document.path}{where}: {finding.severity} {finding.rule} {finding.message}{hint}")
    lines.append(f"{len(run.reports)} document(s): {counts[Severity.ERROR]} error(s), "
                 f"{counts[Severity.WARNING]} warning(s), {counts[Severity.INFO]} note(s)")
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
